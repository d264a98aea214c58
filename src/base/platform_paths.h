#pragma once
// How paths are spelt on this system (part of the platform layer,
// platform.h; implemented in platform_posix.cpp and platform_windows.cpp):
// what separates components and where an absolute path starts.

#include <string>
#include <string_view>

namespace plancheck::platform {

/// Whether `c` separates the components of a path ('/'; on Windows also '\').
bool is_separator(char c);

/// Where a path starts.
struct PathRoot {
  std::string prefix;     // "" on POSIX; Windows: a drive (C:) or a share (\\server\share)
  bool absolute = false;  // the components after `prefix` start at a root directory
};

/// The root of `path`: /x is absolute without a prefix; on Windows C:\x and
/// \\server\share\x are absolute with one, \x without one, C:x is relative.
PathRoot path_root(std::string_view path);

}  // namespace plancheck::platform
