#include "base/file_io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace plancheck {

std::string os_error(int code) {
  return std::string(std::strerror(code));
}

std::optional<std::string> write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return os_error();
    }
    content.remove_prefix(static_cast<size_t>(n));
  }
  return std::nullopt;
}

mode_t new_file_mode() {
  // umask() can only be read by setting it; plancheck has one thread.
  const mode_t mask = ::umask(022);
  ::umask(mask);
  return 0666 & ~mask;
}

std::optional<std::string> write_temporary_beside(const std::string& target,
                                                  std::string_view content, mode_t mode,
                                                  std::string& tmp) {
  const std::filesystem::path p(target);
  const std::string name = "." + p.filename().string() + ".XXXXXX";
  tmp = p.parent_path().empty() ? name : (p.parent_path() / name).string();
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return os_error();
  auto error = write_all(fd, content);
  if (!error && ::fsync(fd) != 0) error = os_error();
  if (::fchmod(fd, mode) != 0 && !error) error = os_error();
  if (::close(fd) != 0 && !error) error = os_error();
  if (error) ::unlink(tmp.c_str());
  return error;
}

}  // namespace plancheck
