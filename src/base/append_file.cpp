#include "base/append_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace plancheck {

std::optional<std::string> append_to_file(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return std::string(std::strerror(errno));
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
  if (::close(fd) != 0 && !error) error = std::string(std::strerror(errno));
  return error;
}

}  // namespace plancheck
