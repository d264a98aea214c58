#include "source/root.h"

#include "base/platform.h"
#include "source/encoding.h"
#include "source/marker.h"
#include "source/read.h"

namespace plancheck::source {

namespace {

/// How far up the search goes at most (a guard against unusual mounts).
constexpr int kMaxLevels = 64;

/// The marker lines are at the top; this much of a file shows them.
constexpr size_t kHeadBytes = 8 << 10;

std::string joined(const std::string& dir, const std::string& name) {
  return dir == "." ? name : dir + "/" + name;
}

/// The directory above `dir`, as a relative path when `dir` is one ("."
/// gives "..", "plans" gives ".").
std::string parent(const std::string& dir) {
  std::string up = platform::utf8_path((platform::fs_path(dir) / "..").lexically_normal());
  while (up.size() > 1 && up.ends_with('/')) up.pop_back();
  return up.empty() ? "." : up;
}

}  // namespace

bool holds_frame(const std::string& dir) {
  const auto names = platform::list_directory(dir);
  if (!names) return false;
  for (const std::string& name : *names) {
    if (!(name.ends_with(".yaml") || name.ends_with(".yml")) || name.starts_with('.')) continue;
    const std::string path = joined(dir, name);
    const auto info = platform::file_info(path);
    if (!info || info->type != platform::FileType::regular) continue;
    const DecodedText head = decode_text(read_head(path, kHeadBytes));  // the marker points into it
    const Marker marker = find_marker(head.text);
    if (marker.is_plan_file() && marker.kind.value == "frame") return true;
  }
  return false;
}

std::optional<std::string> find_plan_root(const std::string& start) {
  std::string dir = start;
  const auto first = platform::canonical(dir);
  if (!first) return std::nullopt;
  std::string previous = *first;
  for (int level = 0; level < kMaxLevels; ++level) {
    if (holds_frame(dir)) return dir;
    if (platform::file_info(joined(dir, ".git"))) return std::nullopt;  // a repository's root
    const std::string up = parent(dir);
    const auto canonical = platform::canonical(up);
    if (!canonical || *canonical == previous) return std::nullopt;  // the file system's root
    dir = up;
    previous = *canonical;
  }
  return std::nullopt;
}

}  // namespace plancheck::source
