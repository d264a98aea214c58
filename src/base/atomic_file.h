#pragma once
// Writing output files all or none: a reader sees the old files or all the new ones.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/platform.h"

namespace plancheck {

/// Where a write to an output path goes, and whether plancheck may write there.
struct ResolvedOutput {
  std::string target;         // the file written: every symbolic link followed (may not exist yet)
  bool direct = false;        // written in place: a FIFO, a device, /dev/stdout, /proc/self/fd/N
  bool outside_link = false;  // a symbolic link inside the current directory's tree leads outside it
  std::optional<platform::FileId> id;  // the file at `target` now, when there is one
};

/// Resolves an output path component by component. A path the user gives
/// under /dev or /proc is written in place; a link found on the way is
/// followed, but one that lies inside the current directory's tree (a
/// repository, where a pull request can add one) and leads outside that
/// tree sets `outside_link`, and the path must not be written.
ResolvedOutput resolve_output(const std::string& path);

/// Output files written all or none. add() writes each to a temporary file
/// beside its target (platform::TempFile: unnamed where the system allows)
/// and flushes it to the disk; commit() first checks that every target can
/// be replaced, writes the special targets (a FIFO, /dev/stdout: never
/// replaced, only written to), then renames the new files into place,
/// keeping the old files under a second name until every new one is in
/// place and restoring them when a rename fails. Nothing temporary is left,
/// also when the process is interrupted (platform::install_interrupt_cleanup).
class AtomicFiles {
 public:
  AtomicFiles() = default;
  AtomicFiles(const AtomicFiles&) = delete;
  AtomicFiles& operator=(const AtomicFiles&) = delete;
  ~AtomicFiles();

  /// Stages `content` for `path`; the operating system's error on failure.
  std::optional<platform::Error> add(const std::string& path, std::string_view content);
  /// A file that could not be put in place: its path as given, and why.
  struct Failure {
    std::string path;
    platform::Error error;
  };
  /// Puts every staged file in place, or none (special targets aside: what
  /// was written to a FIFO cannot be taken back).
  std::optional<Failure> commit();

 private:
  struct Staged {
    std::string path;                        // as given to add()
    std::string target;                      // where the content goes (symbolic links followed)
    std::optional<platform::TempFile> temp;  // the new content; none for a direct write
    std::string content;                     // kept only for a direct write
    std::string tmp_name;                    // the temporary name it is renamed from
    std::string backup;                      // the old file's second name while committing
    int backup_slot = -1;                    // the backup's interrupt cleanup slot
    bool backup_moved = false;               // the old file was renamed to `backup`, not linked
    bool installed = false;                  // renamed into place
  };
  std::optional<Failure> install(Staged& s);
  void roll_back();
  void drop_backups();
  std::vector<Staged> staged_;
};

/// Writes `content` to a temporary file beside `path`, flushes it and renames
/// it over `path`. On failure nothing is left behind and the error text
/// (from the operating system) is returned.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace plancheck
