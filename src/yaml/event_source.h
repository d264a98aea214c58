#pragma once
// The one interface between a YAML event parser and the rest of plancheck.
// Only this file and its implementation know which parser library is used,
// so a faster event parser can replace yaml-cpp without touching the tree.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "source/source_file.h"

namespace plancheck::yaml {

using source::Offset;

/// An anchor number; 0 means "no anchor".
using AnchorId = uint32_t;

/// Receives the parse events of one document, in order.
class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void null(Offset at, AnchorId anchor) = 0;
  virtual void scalar(Offset at, std::string_view value, bool plain, AnchorId anchor) = 0;
  virtual void alias(Offset at, AnchorId target) = 0;
  /// `flow`: written in flow style, `[...]` or `{...}`.
  virtual void sequence_start(Offset at, AnchorId anchor, bool flow) = 0;
  virtual void sequence_end() = 0;
  virtual void map_start(Offset at, AnchorId anchor, bool flow) = 0;
  virtual void map_end() = 0;
};

/// Why parsing stopped.
struct ParseError {
  enum class Kind { syntax, tab_indent, too_deep, second_document };
  Kind kind = Kind::syntax;
  Offset at = 0;
  std::string detail;  // the parser's own words, for `syntax`
};

/// Parses the first document of `file` into `sink`. A second document, a
/// syntax error or nesting past the parser's depth limit ends the parse
/// with an error; events already delivered stay delivered.
std::optional<ParseError> parse_events(const source::SourceFile& file, EventSink& sink);

}  // namespace plancheck::yaml
