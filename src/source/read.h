#pragma once
// Reading input files and walking directories, with every failure as a value.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/platform.h"

namespace plancheck::source {

/// The largest plan file plancheck reads (64 MiB).
inline constexpr uint64_t kMaxFileSize = 64ull << 20;

struct ReadError {
  enum class Kind { not_found, is_directory, not_regular, unreadable, too_large };
  Kind kind;
  platform::Error os;  // the operating system's error, where it gave one
};

struct ReadResult {
  std::string text;
  std::optional<ReadError> error;
};

/// Reads a whole regular file; FIFOs and devices are refused unread.
ReadResult read_file(const std::string& path);

/// The whole of standard input (up to kMaxFileSize; more is too_large).
ReadResult read_stdin();

/// The first `bytes` bytes of a regular file (empty when it cannot be read).
std::string read_head(const std::string& path, size_t bytes);

/// A file found by walking, or named by the user.
struct Candidate {
  std::string path;
  bool named = false;      // named on the command line, not found by walking
  bool near_miss = false;  // a plan-like name (near_miss_name) found by walking
};

/// For a file name that is almost a YAML file's, the name it was probably
/// meant to have: the extension in another case (`plan.YAML`, `plan.Yml`)
/// or followed by another (`plan.yaml.txt`) gives `plan.yaml`/`plan.yml`;
/// empty for any other name, a *.yaml or *.yml name included.
std::string near_miss_name(std::string_view name);

/// An entry the walk passed over without reading it.
struct Skipped {
  enum class Kind { hidden, not_regular };
  Kind kind;
  std::string path;
  bool directory = false;
};

/// A directory entry that could not be walked.
struct WalkProblem {
  enum class Kind { unreadable, loop };
  Kind kind;
  std::string path;
  platform::Error os;  // why it could not be read (unreadable)
};

struct WalkResult {
  std::vector<Candidate> files;  // sorted by path
  std::vector<WalkProblem> problems;
  std::vector<Skipped> skipped;  // hidden YAML files and directories, FIFOs and devices named *.yaml
};

/// Lists the files to consider under each path: a file is taken as named;
/// a directory is walked for *.yaml and *.yml files (and near misses,
/// near_miss_name), skipping hidden entries, FIFOs, devices and sockets, and following each directory link
/// at most once. Paths that do not exist are the caller's to reject first.
WalkResult walk(const std::vector<std::string>& paths);

/// `path` for display: without a leading "./".
std::string display_path(const std::string& path);

}  // namespace plancheck::source
