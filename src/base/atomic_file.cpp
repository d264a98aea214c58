#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace plancheck {

namespace {

std::optional<std::string> write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::string(std::strerror(errno));
    }
    content.remove_prefix(static_cast<size_t>(n));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content) {
  const std::filesystem::path target(path);
  std::string tmp = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
  if (target.parent_path().empty()) tmp = "." + target.filename().string() + ".XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return std::string(std::strerror(errno));
  auto error = write_all(fd, content);
  if (!error && ::fsync(fd) != 0) error = std::string(std::strerror(errno));
  if (::fchmod(fd, 0644) != 0 && !error) error = std::string(std::strerror(errno));
  if (::close(fd) != 0 && !error) error = std::string(std::strerror(errno));
  if (!error && ::rename(tmp.c_str(), path.c_str()) != 0) error = std::string(std::strerror(errno));
  if (error) ::unlink(tmp.c_str());
  return error;
}

}  // namespace plancheck
