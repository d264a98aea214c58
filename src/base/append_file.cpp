#include "base/append_file.h"

namespace plancheck {

using platform::ErrorKind;
using platform::FileType;

platform::Status append_to_file(const std::string& path, std::string_view content) {
  const auto existing = platform::file_info(path);
  if (existing && existing->type != FileType::regular) return platform::error_of(ErrorKind::not_regular);
  auto file = platform::File::open_append(path, true);
  if (!file) {
    // A FIFO made meanwhile, without a reader.
    if (file.error().kind == ErrorKind::no_reader) return platform::error_of(ErrorKind::not_regular);
    return file.error();
  }
  const auto before = file->info();
  if (!before) return before.error();
  if (before->type != FileType::regular) return platform::error_of(ErrorKind::not_regular);
  platform::Status error = file->write_all(content);
  if (error) {
    if (auto cut = file->truncate(before->size)) error->message += "; " + cut->message;
  }
  if (auto closed = file->close(); closed && !error) error = closed;
  return error;
}

}  // namespace plancheck
