#include "base/new_files.h"

#include "base/platform.h"

namespace plancheck {

namespace {

/// The directory part of `path`, empty for a bare name.
std::string parent_of(const std::string& path) {
  return platform::utf8_path(platform::fs_path(path).parent_path());
}

bool exists(const std::string& path) { return platform::link_info(path).ok(); }

/// The missing directories above `path`, outermost first.
std::vector<std::string> missing_parents(const std::string& path) {
  std::vector<std::string> missing;
  for (std::string dir = parent_of(path); !dir.empty() && !exists(dir); dir = parent_of(dir)) {
    missing.insert(missing.begin(), dir);
    if (dir == parent_of(dir)) break;
  }
  return missing;
}

/// Removes what a failed create_new_files made, newest first.
void undo(const std::vector<std::string>& files, const std::vector<std::string>& dirs) {
  for (auto it = files.rbegin(); it != files.rend(); ++it) platform::remove_file(*it);
  for (auto it = dirs.rbegin(); it != dirs.rend(); ++it) platform::remove_directory(*it);
}

}  // namespace

std::optional<std::string> first_existing(const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    if (exists(path)) return path;
  }
  return std::nullopt;
}

std::optional<NewFileError> create_new_file(const std::string& path, std::string_view content) {
  auto temp = platform::TempFile::create_beside(path);
  if (!temp) return NewFileError{path, temp.error()};
  if (auto error = temp->write_and_sync(content, platform::new_file_permissions())) {
    return NewFileError{path, *error};
  }
  if (auto error = temp->link_as_new(path)) {
    return NewFileError{path, *error, error->kind == platform::ErrorKind::exists};
  }
  return std::nullopt;
}

std::optional<NewFileError> create_new_files(const std::vector<NewFile>& files) {
  std::vector<std::string> paths;
  paths.reserve(files.size());
  for (const NewFile& f : files)
    paths.push_back(f.path);
  if (const auto existing = first_existing(paths)) {
    return NewFileError{*existing, platform::error_of(platform::ErrorKind::exists), true};
  }
  std::vector<std::string> made_files;
  std::vector<std::string> made_dirs;
  for (const NewFile& f : files) {
    for (const std::string& dir : missing_parents(f.path)) {
      if (const auto error = platform::make_directory(dir)) {
        if (error->kind == platform::ErrorKind::exists) continue;
        undo(made_files, made_dirs);
        return NewFileError{dir, *error};
      }
      made_dirs.push_back(dir);
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
