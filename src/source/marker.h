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

/// Reads the top-level (column 0) lines `plancheck:`, `kind:`, `id:`,
/// `frame:` and `year:` of the first document; later duplicates are ignored.
Marker find_marker(std::string_view text);

}  // namespace plancheck::source
