#include "source/marker.h"

#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "base/did_you_mean.h"
#include "base/text.h"

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

/// How many lines with content (not blank, not comments) the marker may
/// come after in a file that is meant as a plan file.
constexpr int kMarkerLines = 6;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view unquoted(std::string_view text) {
  text = trim(text);
  if (text.size() >= 2 && (text[0] == '"' || text[0] == '\'') && text.back() == text[0]) {
    return text.substr(1, text.size() - 2);
  }
  return text;
}

bool is_number(std::string_view text) {
  if (text.empty() || text.size() > 3) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

/// One `key: value` entry of a line, as offsets into the text.
struct Entry {
  size_t key_start;
  std::string_view key;    // trimmed, quotes kept
  std::string_view value;  // trimmed, quotes kept
};

/// The `key: value` entries of a line: one, or several in a flow map
/// (split at commas; plan files have no commas in their marker lines).
std::vector<Entry> entries(std::string_view text, size_t line_start, bool& flow) {
  std::vector<Entry> out;
  const size_t comment = text.find(" #");
  if (comment != std::string_view::npos) text = text.substr(0, comment);
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '-')) ++i;
  flow = i < text.size() && text[i] == '{';
  if (flow) ++i;
  while (i < text.size()) {
    size_t end = flow ? text.find_first_of(",}", i) : text.size();
    if (end == std::string_view::npos) end = text.size();
    const std::string_view entry = text.substr(i, end - i);
    const size_t colon = entry.find(':');
    if (colon != std::string_view::npos) {
      size_t k = 0;
      while (k < entry.size() && (entry[k] == ' ' || entry[k] == '\t')) ++k;
      out.push_back({line_start + i + k, trim(entry.substr(k, colon - k)), trim(entry.substr(colon + 1))});
    }
    i = end + 1;
  }
  return out;
}

/// Whether a key is almost `want`: in another case, quoted, or a letter or two off.
bool almost(std::string_view key, std::string_view want, size_t edits) {
  const std::string folded = lower(unquoted(key));
  return edit_distance(folded, want, edits) <= edits;
}

}  // namespace

NearMarker find_near_marker(std::string_view text) {
  NearMarker near;
  int lines = 0;
  size_t start = 0;
  while (start < text.size() && lines < kMarkerLines) {
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    const std::string_view content = trim(line);
    if (content.starts_with("---") || content.starts_with("...")) {
      if (near.present() || lines > 0) break;
    } else if (!content.empty() && content[0] != '#' && content[0] != '%') {
      ++lines;
      bool flow = false;
      for (const Entry& e : entries(line, start, flow)) {
        const std::string_view value = unquoted(e.value);
        if (!near.present() && almost(e.key, "plancheck", 2) && is_number(value)) {
          near.at = static_cast<Offset>(e.key_start);
          near.written = text.substr(e.key_start, e.value.data() + e.value.size() - text.data() -
                                                      static_cast<std::ptrdiff_t>(e.key_start));
          near.version = value;
          near.flow = flow;
        } else if (near.kind.empty() && almost(e.key, "kind", 0)) {
          near.kind = value;
        }
      }
    }
    start = end + 1;
  }
  if (!near.present()) near.kind = {};
  return near;
}

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
