#pragma once
// Plain-text layout within a fixed width counted in code points: word
// wrapping and aligned tables whose text columns wrap.

#include <string>
#include <string_view>
#include <vector>

namespace plancheck::summary {

/// The widest line the text format writes, in code points.
inline constexpr size_t kTextWidth = 100;

/// `text` broken at spaces into lines of at most `width` code points; a
/// word longer than that is cut. Always at least one line.
std::vector<std::string> wrap(std::string_view text, size_t width);

/// `text` wrapped to `width` with `first` before the first line and
/// `rest` before the others, each line ending in a line feed.
std::string paragraph(std::string_view text, std::string_view first, std::string_view rest,
                      size_t width = kTextWidth);

struct TextColumn {
  std::string header;
  bool right = false;    // right-aligned (numbers)
  bool flexible = true;  // may be narrowed and wrapped before the others
};

struct TextRow {
  std::vector<std::string> cells;
  bool rule_before = false;  // a line of dashes above it (a total)
};

/// An aligned table indented by `indent`, at most `width` wide; without
/// headers when every header is empty.
std::string table(const std::vector<TextColumn>& columns, const std::vector<TextRow>& rows,
                  size_t indent = 2, size_t width = kTextWidth);

}  // namespace plancheck::summary
