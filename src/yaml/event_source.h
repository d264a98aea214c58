#pragma once
// The one interface between the YAML event parsers and the rest of plancheck.
// Only this file and its implementations know which parser library is used:
// libyaml reads every file it can read exactly as yaml-cpp does, seven times
// faster; yaml-cpp reads the rest and gives the errors plancheck diagnoses.

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

/// Whether the fast event parser (libyaml) is built in.
bool has_fast_parser();

/// Parses the first and only document of `file` into `sink` with the fast
/// parser, delivering exactly the events parse_events() would. False when
/// the file needs parse_events() instead (an error, or anything the two
/// parsers might read differently); the sink is then to be discarded.
bool parse_events_fast(const source::SourceFile& file, EventSink& sink);

}  // namespace plancheck::yaml
