#pragma once
// Writing output files atomically: a reader sees the old file or the whole new one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/platform.h"

namespace plancheck {

/// Output files written all or none. add() writes each to a temporary file
/// beside its target (after following symbolic links) and flushes it;
/// commit() renames them into place. Temporary files not committed are
/// removed by the destructor, so a failed run leaves nothing behind. A
/// target that exists and is not a regular file (/dev/stdout, a terminal, a
/// FIFO) is opened and written at commit() instead: it is never replaced.
class AtomicFiles {
 public:
  AtomicFiles() = default;
  AtomicFiles(const AtomicFiles&) = delete;
  AtomicFiles& operator=(const AtomicFiles&) = delete;
  ~AtomicFiles();

  /// Stages `content` for `path`; the operating system's error text on failure.
  std::optional<std::string> add(const std::string& path, std::string_view content);
  /// A file that could not be put in place: its path as given, and why.
  struct Failure {
    std::string path;
    std::string reason;
  };
  /// Puts every staged file in place; stops at the first that fails.
  std::optional<Failure> commit();

 private:
  struct Staged {
    std::string path;     // as given to add()
    std::string target;   // where the content goes (symbolic links followed)
    std::optional<platform::TempFile> temp;  // the new content; none for a direct write
    std::string content;                     // kept only for a direct write
  };
  std::vector<Staged> staged_;
};

/// Writes `content` to a temporary file beside `path`, flushes it and renames
/// it over `path`. On failure nothing is left behind and the error text
/// (from the operating system) is returned.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace plancheck
