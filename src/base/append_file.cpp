#include "base/append_file.h"

#include "base/platform.h"

namespace plancheck {

std::optional<std::string> append_to_file(const std::string& path, std::string_view content) {
  auto file = platform::File::open_append(path, true);
  if (!file) return file.error().message;
  const auto before = file->info();
  const bool regular = before && before->type == platform::FileType::regular;
  std::optional<std::string> error;
  if (auto failed = file->write_all(content)) {
    error = failed->message;
    // A write that failed half-way (a full disk) leaves no partial text.
    if (regular) {
      if (auto cut = file->truncate(before->size)) *error += "; " + cut->message;
    }
  }
  if (auto closed = file->close(); closed && !error) error = closed->message;
  return error;
}

}  // namespace plancheck
