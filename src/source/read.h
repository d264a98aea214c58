#pragma once
// Reading input files and walking directories, with every failure as a value.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plancheck::source {

/// The largest plan file plancheck reads (64 MiB).
inline constexpr uint64_t kMaxFileSize = 64ull << 20;

struct ReadError {
  enum class Kind { not_found, is_directory, not_regular, unreadable, too_large };
  Kind kind;
  std::string detail;  // the operating system's words, where it gave any
};

struct ReadResult {
  std::string text;
  std::optional<ReadError> error;
};

/// Reads a whole regular file; FIFOs and devices are refused unread.
ReadResult read_file(const std::string& path);

/// The first `bytes` bytes of a regular file (empty when it cannot be read).
std::string read_head(const std::string& path, size_t bytes);

/// A file found by walking, or named by the user.
struct Candidate {
  std::string path;
  bool named = false;  // named on the command line, not found by walking
};

/// A directory entry that could not be walked.
struct WalkProblem {
  enum class Kind { unreadable, loop };
  Kind kind;
  std::string path;
  std::string detail;
};

struct WalkResult {
  std::vector<Candidate> files;  // sorted by path
  std::vector<WalkProblem> problems;
};

/// Lists the files to consider under each path: a file is taken as named;
/// a directory is walked for *.yaml and *.yml files, skipping hidden
/// entries, FIFOs, devices and sockets, and following each directory link
/// at most once. Paths that do not exist are the caller's to reject first.
WalkResult walk(const std::vector<std::string>& paths);

/// `path` for display: without a leading "./".
std::string display_path(const std::string& path);

}  // namespace plancheck::source
