#pragma once
// The system calls under every file plancheck writes: whole writes, the
// mode of a new file, and temporary files beside their target.

#include <sys/types.h>

#include <cerrno>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

/// The operating system's text for an errno value.
std::string os_error(int code = errno);

/// Writes all of `content` to `fd`, retrying interrupted and short writes;
/// the system's error text on failure.
std::optional<std::string> write_all(int fd, std::string_view content);

/// The permission bits of a new file: read and write for all, less the
/// process's umask (what open(O_CREAT, 0666) gives).
mode_t new_file_mode();

/// Writes `content` to a new temporary file beside `target` (the same
/// directory, so that a rename into place is atomic), flushed to disk and
/// given `mode`, and sets `tmp` to its name. On failure the temporary file
/// is removed again and the system's error text returned.
std::optional<std::string> write_temporary_beside(const std::string& target,
                                                  std::string_view content, mode_t mode,
                                                  std::string& tmp);

}  // namespace plancheck
