#pragma once
// Writing output files atomically: a reader sees the old file or the whole new one.

#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

/// Writes `content` to a temporary file beside `path`, flushes it and renames
/// it over `path`. On failure nothing is left behind and the error text
/// (from the operating system) is returned.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace plancheck
