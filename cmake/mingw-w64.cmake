# CMake toolchain for cross-building Windows (x86-64) programs on Debian with
# mingw-w64's posix-thread compilers (g++-mingw-w64-x86-64-posix: std::thread
# needs them). `make windows` uses it for plancheck.exe and for the libraries
# it builds from Debian's source packages; PLANCHECK_WINDOWS_PREFIX names
# where those libraries are installed, so that they are found and nothing of
# the build machine's own /usr is.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER ${mingw}-g++-posix)
set(CMAKE_RC_COMPILER ${mingw}-windres)
set(CMAKE_AR ${mingw}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${mingw}-gcc-ranlib-posix CACHE FILEPATH "")

set(PLANCHECK_WINDOWS_PREFIX "" CACHE PATH "Where the cross-built libraries are installed")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES PLANCHECK_WINDOWS_PREFIX)
set(CMAKE_FIND_ROOT_PATH /usr/${mingw} ${PLANCHECK_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Static libraries only, and a self-contained .exe: libstdc++, libgcc and
# winpthread linked in, so that it runs without any DLL beside it.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
