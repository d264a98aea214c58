#include "source/marker.h"

#include <cstring>

namespace plancheck::source {

namespace {

/// The value of a `key: value` line, unquoted, without a trailing comment.
TopKey value_of(std::string_view line, size_t value_start, Offset line_offset) {
  size_t i = value_start;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  std::string_view rest = line.substr(i);
  if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) {
    const size_t close = rest.find(rest[0], 1);
    return {rest.substr(1, close == std::string_view::npos ? rest.size() - 1 : close - 1),
            line_offset + static_cast<Offset>(i)};
  }
  const size_t comment = rest.find(" #");
  if (comment != std::string_view::npos) rest = rest.substr(0, comment);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) {
    rest.remove_suffix(1);
  }
  return {rest, line_offset + static_cast<Offset>(i)};
}

}  // namespace

Marker find_marker(std::string_view text) {
  static constexpr std::pair<std::string_view, TopKey Marker::*> kKeys[] = {
      {"plancheck:", &Marker::version}, {"kind:", &Marker::kind}, {"id:", &Marker::id},
      {"frame:", &Marker::frame},       {"year:", &Marker::year},
  };
  Marker marker;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.empty() || std::strchr("pkify-.", line[0]) == nullptr) {  // no key of interest
      start = end + 1;
      continue;
    }
    if (line.starts_with("---") && start > 0 && marker.version.present()) break;
    if (line.starts_with("...")) break;
    for (const auto& [key, member] : kKeys) {
      if (!line.starts_with(key) || (marker.*member).present()) continue;
      marker.*member = value_of(line, key.size(), static_cast<Offset>(start));
    }
    start = end + 1;
  }
  return marker;
}

}  // namespace plancheck::source
