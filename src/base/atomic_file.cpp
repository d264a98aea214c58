#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "base/file_io.h"

namespace plancheck {

namespace {

/// The file a write to `path` should replace: a symbolic link's final
/// target, so that the link stays a link; `path` itself otherwise.
std::string resolved(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(path, ec)) return path;
  const std::filesystem::path target = std::filesystem::canonical(path, ec);
  return ec ? path : target.string();
}

/// Whether `path` or a symbolic link on the way from it lies in /dev or
/// /proc: /dev/stdout, /dev/fd/N and /proc/self/fd/N name an open file, which
/// a rename would replace (in /dev, for every program) instead of writing to.
bool names_open_file(std::filesystem::path path) {
  std::error_code ec;
  for (int hops = 0; hops < 40; ++hops) {
    const std::string text = path.string();
    if (text.starts_with("/dev/") || text.starts_with("/proc/")) return true;
    if (!std::filesystem::is_symlink(path, ec)) return false;
    const std::filesystem::path target = std::filesystem::read_symlink(path, ec);
    if (ec) return false;
    path = target.is_absolute() ? target : path.parent_path() / target;
  }
  return false;
}

/// Whether writes to `path` go straight to it instead of through a
/// temporary file: it exists and is no regular file (/dev/null, a terminal,
/// a FIFO), or it names an open file.
bool is_special(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) return true;
  return names_open_file(path);
}

/// Writes straight into a special file, appending (standard output
/// redirected with >> stays appended to); a FIFO without a reader is an
/// error (ENXIO), not a wait.
std::optional<std::string> write_direct(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return os_error();
  const int flags = ::fcntl(fd, F_GETFL);
  auto error = flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0
                   ? std::optional<std::string>(os_error())
                   : write_all(fd, content);
  if (::close(fd) != 0 && !error) error = os_error();
  return error;
}

}  // namespace

AtomicFiles::~AtomicFiles() {
  for (const Staged& s : staged_) {
    if (!s.tmp.empty()) ::unlink(s.tmp.c_str());
  }
}

std::optional<std::string> AtomicFiles::add(const std::string& path, std::string_view content) {
  if (is_special(path)) {
    staged_.push_back({path, path, "", std::string(content)});
    return std::nullopt;
  }
  const std::string target = resolved(path);
  // A file that is replaced keeps its permissions; a new one gets the umask's.
  struct stat st {};
  const mode_t mode = ::stat(target.c_str(), &st) == 0 ? (st.st_mode & 07777) : new_file_mode();
  std::string tmp;
  if (auto error = write_temporary_beside(target, content, mode, tmp)) return error;
  staged_.push_back({path, target, tmp, ""});
  return std::nullopt;
}

std::optional<AtomicFiles::Failure> AtomicFiles::commit() {
  // Direct writes first: they are the ones likely to fail (a FIFO without a
  // reader), and a failure then leaves every regular file untouched.
  for (const Staged& s : staged_) {
    if (!s.tmp.empty()) continue;
    if (auto error = write_direct(s.target, s.content)) return Failure{s.path, *error};
  }
  for (Staged& s : staged_) {
    if (s.tmp.empty()) continue;
    if (::rename(s.tmp.c_str(), s.target.c_str()) != 0) return Failure{s.path, os_error()};
    s.tmp.clear();
  }
  return std::nullopt;
}

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
  AtomicFiles files;
  if (auto error = files.add(path, content)) return error;
  if (auto failure = files.commit()) return failure->reason;
  return std::nullopt;
}

}  // namespace plancheck
