#pragma once
// A plan file's bytes, its path as the user sees it, and its line index.

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::source {

/// A byte offset into a SourceFile's text.
using Offset = uint32_t;
inline constexpr Offset kNoOffset = UINT32_MAX;

/// A 1-based line and column; the column counts Unicode code points.
struct Position {
  uint32_t line = 0;
  uint32_t column = 0;
};

/// The text of one input file (with a UTF-8 byte order mark removed) and
/// what is needed to turn byte offsets into lines and columns. Its line
/// index is made on first use, once, whichever thread asks first: the rules
/// of different frames run on different threads and may point into the
/// same file.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  bool had_bom() const { return had_bom_; }

  Position position(Offset offset) const;
  /// The byte offset of a 1-based column (in code points) on a 1-based
  /// line; a column past the line's end gives the line's end.
  Offset offset_at(uint32_t line, uint32_t column) const;
  /// The line's text without its line end (LF or CRLF); `line` is 1-based.
  std::string_view line_text(uint32_t line) const;
  /// The number of code points of line_text(line).
  uint32_t line_length(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts().size()); }
  Offset line_start(uint32_t line) const { return line_starts()[line - 1]; }

 private:
  /// The offsets where lines start, made on first use: most files of a
  /// large plan set never have a finding, so they never need it.
  const std::vector<Offset>& line_starts() const;

  /// Where a code point starts, and how many code points come before it.
  struct Checkpoint {
    Offset offset;
    uint32_t code_points;
  };
  /// A checkpoint every few KiB, made on first use, so that columns on long
  /// lines cost the same as on short ones (a megabyte line with a finding on
  /// every item would otherwise take quadratic time).
  const std::vector<Checkpoint>& checkpoints() const;
  /// The last checkpoint at or before `offset` ({0, 0} before the first).
  Checkpoint checkpoint_before(Offset offset) const;
  /// The number of code points in text_[0, offset).
  uint32_t code_points_before(Offset offset) const;

  std::string path_;
  std::string text_;
  mutable std::vector<Offset> line_starts_;  // empty until line_starts() is called
  mutable std::vector<Checkpoint> checkpoints_;  // empty until checkpoints() is called
  mutable std::once_flag line_starts_made_;
  mutable std::once_flag checkpoints_made_;
  bool had_bom_ = false;
};

}  // namespace plancheck::source
