#include "base/new_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "base/file_io.h"

namespace plancheck {

namespace fs = std::filesystem;

namespace {

/// The missing directories above `path`, outermost first.
std::vector<fs::path> missing_parents(const std::string& path) {
  std::vector<fs::path> missing;
  std::error_code ec;
  for (fs::path dir = fs::path(path).parent_path(); !dir.empty() && !fs::exists(dir, ec);
       dir = dir.parent_path()) {
    missing.insert(missing.begin(), dir);
    if (dir == dir.parent_path()) break;
  }
  return missing;
}

/// Removes what a failed create_new_files made, newest first.
void undo(const std::vector<std::string>& files, const std::vector<fs::path>& dirs) {
  for (auto it = files.rbegin(); it != files.rend(); ++it)
    ::unlink(it->c_str());
  for (auto it = dirs.rbegin(); it != dirs.rend(); ++it)
    ::rmdir(it->c_str());
}

}  // namespace

std::optional<std::string> first_existing(const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec))) return path;
  }
  return std::nullopt;
}

std::optional<NewFileError> create_new_file(const std::string& path, std::string_view content) {
  std::string tmp;
  if (auto error = write_temporary_beside(path, content, new_file_mode(), tmp)) {
    return NewFileError{path, *error};
  }
  // Unlike rename(), these refuse an existing name: the check and the
  // creation are one step, so a file made meanwhile is not replaced either.
  // link() is the fallback for file systems without RENAME_NOREPLACE.
  if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) {
    return std::nullopt;
  }
  int code = errno;
  if (code == EINVAL || code == ENOSYS || code == ENOTSUP) {
    code = ::link(tmp.c_str(), path.c_str()) == 0 ? 0 : errno;
  }
  ::unlink(tmp.c_str());
  if (code != 0) return NewFileError{path, os_error(code), code == EEXIST};
  return std::nullopt;
}

std::optional<NewFileError> create_new_files(const std::vector<NewFile>& files) {
  std::vector<std::string> paths;
  paths.reserve(files.size());
  for (const NewFile& f : files)
    paths.push_back(f.path);
  if (const auto existing = first_existing(paths)) {
    return NewFileError{*existing, os_error(EEXIST), true};
  }
  std::vector<std::string> made_files;
  std::vector<fs::path> made_dirs;
  for (const NewFile& f : files) {
    for (const fs::path& dir : missing_parents(f.path)) {
      if (::mkdir(dir.c_str(), 0755) == 0) {
        made_dirs.push_back(dir);
      } else if (errno != EEXIST) {
        const NewFileError error{dir.string(), os_error(errno)};
        undo(made_files, made_dirs);
        return error;
      }
    }
    if (auto error = create_new_file(f.path, f.content)) {
      undo(made_files, made_dirs);
      return error;
    }
    made_files.push_back(f.path);
  }
  return std::nullopt;
}

}  // namespace plancheck
