#include "summary/text_layout.h"

#include <algorithm>

#include "base/text.h"

namespace plancheck::summary {

namespace {

constexpr size_t kGap = 2;
constexpr size_t kMinFlexible = 12;
constexpr size_t kMinFixed = 4;

/// The byte length of the first `n` code points of `text`.
size_t prefix_bytes(std::string_view text, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < text.size(); ++k)
    decode_utf8(text, i);
  return i;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string padded(std::string_view text, size_t width, bool right) {
  const size_t n = count_code_points(text);
  const std::string fill(width > n ? width - n : 0, ' ');
  return right ? fill + std::string(text) : std::string(text) + fill;
}

void trim_right(std::string& line) {
  while (!line.empty() && line.back() == ' ')
    line.pop_back();
}

/// Narrows the widest column of the kind until the table fits or none can shrink.
void narrow(std::vector<size_t>& widths, const std::vector<TextColumn>& columns, bool flexible,
            size_t& total, size_t width) {
  const size_t floor = flexible ? kMinFlexible : kMinFixed;
  while (total > width) {
    size_t widest = widths.size();
    for (size_t i = 0; i < widths.size(); ++i) {
      if (columns[i].flexible != flexible || widths[i] <= floor) continue;
      if (widest == widths.size() || widths[i] > widths[widest]) widest = i;
    }
    if (widest == widths.size()) return;
    --widths[widest];
    --total;
  }
}

std::vector<size_t> column_widths(const std::vector<TextColumn>& columns,
                                  const std::vector<TextRow>& rows, size_t indent, size_t width) {
  std::vector<size_t> widths(columns.size(), 1);
  for (size_t i = 0; i < columns.size(); ++i) {
    widths[i] = std::max(widths[i], count_code_points(columns[i].header));
    for (const TextRow& row : rows) {
      if (i < row.cells.size()) widths[i] = std::max(widths[i], count_code_points(row.cells[i]));
    }
  }
  size_t total = indent + kGap * (columns.size() - 1);
  for (const size_t w : widths)
    total += w;
  narrow(widths, columns, true, total, width);
  narrow(widths, columns, false, total, width);
  return widths;
}

std::string row_text(const std::vector<std::string>& cells, const std::vector<TextColumn>& columns,
                     const std::vector<size_t>& widths, size_t indent) {
  std::vector<std::vector<std::string>> wrapped;
  size_t height = 1;
  for (size_t i = 0; i < columns.size(); ++i) {
    wrapped.push_back(wrap(i < cells.size() ? cells[i] : std::string(), widths[i]));
    height = std::max(height, wrapped.back().size());
  }
  std::string out;
  for (size_t line = 0; line < height; ++line) {
    std::string text(indent, ' ');
    for (size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) text += std::string(kGap, ' ');
      const std::string cell = line < wrapped[i].size() ? wrapped[i][line] : std::string();
      text += padded(cell, widths[i], columns[i].right);
    }
    trim_right(text);
    out += text + "\n";
  }
  return out;
}

std::string rule_text(const std::vector<size_t>& widths, size_t indent) {
  std::string text(indent, ' ');
  for (size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) text += std::string(kGap, ' ');
    text += std::string(widths[i], '-');
  }
  return text + "\n";
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, size_t width) {
  width = std::max<size_t>(width, 1);
  std::vector<std::string> lines;
  std::string line;
  size_t used = 0;
  for (std::string_view word : words_of(text)) {
    size_t n = count_code_points(word);
    if (used > 0 && used + 1 + n <= width) {
      line += ' ';
      line += word;
      used += 1 + n;
      continue;
    }
    if (used > 0) lines.push_back(std::move(line));
    line.clear();
    while (n > width) {
      const size_t cut = prefix_bytes(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
      n -= width;
    }
    line = std::string(word);
    used = n;
  }
  if (used > 0 || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string paragraph(std::string_view text, std::string_view first, std::string_view rest,
                      size_t width) {
  const size_t lead = std::max(count_code_points(first), count_code_points(rest));
  std::string out;
  const std::vector<std::string> lines = wrap(text, width > lead ? width - lead : 1);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string line = std::string(i == 0 ? first : rest) + lines[i];
    trim_right(line);
    out += line + "\n";
  }
  return out;
}

std::string table(const std::vector<TextColumn>& columns, const std::vector<TextRow>& rows,
                  size_t indent, size_t width) {
  const std::vector<size_t> widths = column_widths(columns, rows, indent, width);
  std::string out;
  const bool headed = std::any_of(columns.begin(), columns.end(),
                                  [](const TextColumn& c) { return !c.header.empty(); });
  if (headed) {
    std::vector<std::string> headers;
    for (const TextColumn& c : columns)
      headers.push_back(c.header);
    out += row_text(headers, columns, widths, indent);
    out += rule_text(widths, indent);
  }
  for (const TextRow& row : rows) {
    if (row.rule_before) out += rule_text(widths, indent);
    out += row_text(row.cells, columns, widths, indent);
  }
  return out;
}

}  // namespace plancheck::summary
