#pragma once
// The platform layer (see platform.h): running another program. Declared
// apart from platform.h so that only the code that runs programs depends
// on it; implemented per system in platform_posix.cpp and
// platform_windows.cpp like the rest of the layer.

#include <string>
#include <string_view>
#include <vector>

#include "base/platform.h"

namespace plancheck::platform {

/// What a program run by run_process() did: its exit code and its output.
struct ProcessResult {
  int exit_code = 0;  // the program's exit code; 128 + the signal that ended it (POSIX)
  std::string out;    // its standard output
  std::string err;    // its standard error
};

/// Runs `command` (the program, found on PATH, then its arguments) in the
/// directory `directory` (empty: the current one), with `input` as its
/// standard input, and waits for it; its output is collected whole. An
/// error only when the program could not be started (not_found when it is
/// not installed) or its pipes failed; a program that fails is a result.
Expected<ProcessResult> run_process(const std::vector<std::string>& command,
                                    const std::string& directory, std::string_view input);

}  // namespace plancheck::platform
