#pragma once
// Recognising plan files by their marker keys, without parsing YAML, so a
// plan file with a syntax error is still known as one.

#include <string_view>

#include "source/source_file.h"

namespace plancheck::source {

/// A top-level `key: value` line of a plan file.
struct TopKey {
  std::string_view value;  // the value with quotes and trailing comment removed
  Offset at = kNoOffset;   // where the value starts; kNoOffset when the key is absent

  bool present() const { return at != kNoOffset; }
};

/// The top-level keys plancheck can read by lines alone.
struct Marker {
  TopKey version;  // plancheck:
  TopKey kind;
  TopKey id;
  TopKey frame;
  TopKey year;

  bool is_plan_file() const { return version.present(); }
};

/// A line near the top of a file that is almost the marker `plancheck: 1`:
/// the key in another case, misspelt by a letter or two, quoted, with a
/// space before the colon, indented, or inside a flow map
/// (`{plancheck: 1, kind: frame}`), with a whole number as its value.
struct NearMarker {
  Offset at = kNoOffset;     // where the key starts; kNoOffset when there is none
  std::string_view written;  // the marker as written: the key to the end of its value
  std::string_view version;  // its value, unquoted
  std::string_view kind;     // the value of a `kind` key written the same way, if any
  bool flow = false;         // written inside a flow map

  bool present() const { return at != kNoOffset; }
};

/// Looks for a near marker among the first few lines that hold something
/// other than comments (the marker's place); only for a text in which
/// find_marker() found no marker.
NearMarker find_near_marker(std::string_view text);

/// Reads the top-level (column 0) lines `plancheck:`, `kind:`, `id:`,
/// `frame:` and `year:` of the first document; later duplicates are ignored.
Marker find_marker(std::string_view text);

}  // namespace plancheck::source
