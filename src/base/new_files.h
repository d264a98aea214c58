#pragma once
// Creating new files without ever replacing one: each file is written to a
// temporary file and then linked into place, which fails when the name
// exists; a set of files is created all or nothing.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/platform.h"

namespace plancheck {

/// A file to create: its path and its whole content.
struct NewFile {
  std::string path;
  std::string content;
};

/// Why creating files failed: the path it failed on and the system's reason;
/// `exists` when that path was there already.
struct NewFileError {
  std::string path;
  platform::Error error;  // why it could not be made
  bool exists = false;
};

/// The first of `paths` that exists (as anything, a dangling link included).
std::optional<std::string> first_existing(const std::vector<std::string>& paths);

/// Creates `path` with `content` atomically: a reader sees no file or the
/// whole file, and an existing file (made by anyone, at any moment) is never
/// replaced. The parent directory must exist.
std::optional<NewFileError> create_new_file(const std::string& path, std::string_view content);

/// Creates every file, with the missing parent directories. When one cannot
/// be created (it exists, or a write fails), the files and directories made
/// so far are removed again and the error is returned.
std::optional<NewFileError> create_new_files(const std::vector<NewFile>& files);

}  // namespace plancheck
