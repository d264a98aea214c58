#pragma once
// Finding the plan root from a folder inside it, looking upward as git does.

#include <optional>
#include <string>

namespace plancheck::source {

/// The plan root of `start` (a directory): the nearest directory at or
/// above it that holds a frame file itself (a *.yaml or *.yml file whose
/// marker says `kind: frame`). The search stops after a repository root (a
/// directory holding `.git`) and at the file system's root; std::nullopt
/// when no directory on the way holds a frame. The result is relative when
/// `start` is ("..", "../.."), so paths below it stay relative to where the
/// user is.
std::optional<std::string> find_plan_root(const std::string& start);

/// Whether directory `dir` holds a frame file itself (not in a subdirectory).
bool holds_frame(const std::string& dir);

}  // namespace plancheck::source
