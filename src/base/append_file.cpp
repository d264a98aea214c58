#include "base/append_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/file_io.h"

namespace plancheck {

std::optional<std::string> append_to_file(const std::string& path, std::string_view content) {
  const int fd =
      ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);  // less the umask
  if (fd < 0) return os_error();
  struct stat before {};
  const bool regular = ::fstat(fd, &before) == 0 && S_ISREG(before.st_mode);
  std::optional<std::string> error = write_all(fd, content);
  // A write that failed half-way (a full disk) leaves no partial text.
  if (error && regular && ::ftruncate(fd, before.st_size) != 0) {
    *error += "; " + os_error();
  }
  if (::close(fd) != 0 && !error) error = os_error();
  return error;
}

}  // namespace plancheck
