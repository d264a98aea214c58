#pragma once
// Appending to a file that others write too, such as a CI job's summary file.

#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

/// Appends `content` to the end of `path` (creating it when missing, never
/// truncating it) with O_APPEND, so that it lands after what others wrote;
/// returns the operating system's error text on failure, after cutting a
/// regular file back to its size before (no partial text is left).
std::optional<std::string> append_to_file(const std::string& path, std::string_view content);

}  // namespace plancheck
