@echo off
rem Sjekker planfilene i mappa denne fila ligger i, med plancheck, og
rem holder vinduet aapent til en tast trykkes. Legg fila i planmappa.
rem Ingen parenteser i echo-linjene: en if leser dem som en blokk.
setlocal
cd /d "%~dp0"
set "PLANCHECK=%~dp0plancheck.exe"
if not exist "%PLANCHECK%" set "PLANCHECK=plancheck.exe"
"%PLANCHECK%" check --lang nb .
set "RESULT=%ERRORLEVEL%"
echo.
if "%RESULT%"=="0" echo Ferdig: ingen feil i planene.
if "%RESULT%"=="1" echo Ferdig: plancheck fant feil i planene, se over.
if not "%RESULT%"=="0" if not "%RESULT%"=="1" echo plancheck kunne ikke sjekke mappa, se meldingen over.
echo.
pause
exit /b %RESULT%
