#pragma once
// A finding: what a rule found, where, how severe, and whether the council accepted it.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/date.h"
#include "base/money.h"
#include "base/platform.h"
#include "base/ratio.h"
#include "source/source_file.h"

namespace plancheck::diag {

enum class Severity : uint8_t { note, warning, error };

std::string_view severity_name(Severity severity);  // "note", "warning", "error"
std::optional<Severity> parse_severity(std::string_view name);

/// A 1-based range; `end_column` is one past the last code point.
struct Span {
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t end_line = 0;
  uint32_t end_column = 0;
};

struct Location {
  const source::SourceFile* file = nullptr;
  Span span;  // line 0: the finding is about the whole file

  bool has_position() const { return span.line > 0; }
};

/// Where a location starts: a file, a line and a column.
struct Place {
  const source::SourceFile* file;
  uint32_t line;
  uint32_t column;

  bool operator==(const Place&) const = default;
};
inline Place place_of(const Location& l) { return {l.file, l.span.line, l.span.column}; }
struct PlaceHash {
  size_t operator()(const Place& p) const {
    const uint64_t position = uint64_t{p.line} << 32 | p.column;
    return std::hash<const void*>()(p.file) ^ (std::hash<uint64_t>()(position) * 31);
  }
};

/// The location of the YAML token (key or value) that starts at `offset`.
Location locate(const source::SourceFile& file, source::Offset offset);
/// The whole file, without a position.
Location whole_file(const source::SourceFile& file);

/// A word from the message catalogue, such as the name of a plan element.
struct Term {
  std::string_view key;
};

/// One named argument of a message; money, ratios, dates and terms are
/// rendered per language by i18n.
struct Arg {
  std::string_view name;
  std::variant<std::string, Money, Ratio, int64_t, Term, Date> value;
};

/// An operating system error as the message argument `name`: the catalogue
/// term "os.<kind>" (in the reader's language) for the kinds every system
/// shares, the system's own words for any other.
Arg os_error_arg(std::string_view name, const platform::Error& error);

/// A catalogue key and its arguments; the text is made per language.
struct Message {
  std::string_view key;
  std::vector<Arg> args;
};

struct Related {
  Location where;
  Message message;
};

/// What a finding is about, for matching it against recorded deviations.
struct Scope {
  std::string frame;
  int year = 0;
  std::string priority;
  std::string measure;
  std::string project;
};

/// A council decision that accepts a finding (a recorded deviation).
struct Acceptance {
  std::string decision_case;
  Date decision_date;
  std::string reason;
  Location where;  // the deviation in the plan file
};

struct Finding {
  std::string_view rule;  // stable id, e.g. "schema/unknown-key"
  Severity severity = Severity::error;
  Location where;
  Message message;
  std::optional<Message> help;
  std::vector<Related> related;
  Scope scope;
  std::optional<Acceptance> accepted;
  /// Which configured severity applies: empty for the rule's own, else the
  /// name of a severity parameter of the rule (e.g. "projection-severity").
  std::string_view severity_param;

  /// Whether the finding makes the check fail (accepted findings never do).
  bool fails(bool strict) const;
};

/// How many findings are reported per file and in all; the rest of a file's
/// findings are counted in one file/too-many-findings finding, so that a
/// hostile file cannot make the reports (or the memory) grow without bound.
inline constexpr size_t kMaxFindingsPerFile = 1000;
inline constexpr size_t kMaxFindings = 10000;

/// Orders findings by file, line, column, rule id and message key.
bool operator<(const Finding& a, const Finding& b);

}  // namespace plancheck::diag
