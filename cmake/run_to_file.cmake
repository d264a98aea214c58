# Runs a program and writes its standard output to a file, failing on a
# non-zero exit (a build step cannot redirect portably).
#
#   cmake -DOUTPUT=file "-DCOMMAND=prog|arg|arg" -P run_to_file.cmake
string(REPLACE "|" ";" command "${COMMAND}")
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND ${command} OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${command} failed: ${result}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
