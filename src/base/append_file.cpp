#include "base/append_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace plancheck {

std::optional<std::string> append_to_file(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return std::string(std::strerror(errno));
  struct stat before {};
  const bool regular = ::fstat(fd, &before) == 0 && S_ISREG(before.st_mode);
  std::optional<std::string> error;
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::string(std::strerror(errno));
      break;
    }
    content.remove_prefix(static_cast<size_t>(n));
  }
  // A write that failed half-way (a full disk) leaves no partial text.
  if (error && regular && ::ftruncate(fd, before.st_size) != 0) {
    *error += std::string("; ") + std::strerror(errno);
  }
  if (::close(fd) != 0 && !error) error = std::string(std::strerror(errno));
  return error;
}

}  // namespace plancheck
