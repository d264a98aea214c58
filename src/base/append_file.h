#pragma once
// Appending to a file that others write too, such as a CI job's summary file.

#include <string>
#include <string_view>

#include "base/platform.h"

namespace plancheck {

/// Appends `content` to the end of the regular file `path` (creating it when
/// missing, never truncating it) with O_APPEND, so that it lands after what
/// others wrote. A path that is not a regular file (a FIFO, a device, a
/// directory) is refused unopened, or unwritten when it became one
/// meanwhile: ErrorKind::not_regular (opening never blocks). After a write
/// that failed half-way the file is cut back to its size before (no
/// partial text is left).
platform::Status append_to_file(const std::string& path, std::string_view content);

}  // namespace plancheck
