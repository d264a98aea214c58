// The text diff: headings, wrapped paragraphs and aligned tables, at most
// 100 code points a line, for a terminal or a CI log.

#include <fmt/format.h>

#include <algorithm>

#include "base/text.h"
#include "diff/document.h"
#include "summary/text_layout.h"
#include "summary/words.h"

namespace plancheck::diff {

namespace {

/// A plan text made printable on one line.
std::string safe(std::string_view text) { return terminal_safe(summary::one_line(text)); }

std::string heading_text(const Block& b) {
  const std::string text = safe(b.text);
  if (b.level >= 3) return "\n" + summary::paragraph(text, "", "");
  const std::vector<std::string> lines = summary::wrap(text, summary::kTextWidth);
  size_t width = 0;
  for (const std::string& l : lines) width = std::max(width, count_code_points(l));
  std::string out = "\n";
  for (const std::string& l : lines) out += l + "\n";
  return out + std::string(width, b.level == 1 ? '=' : '-') + "\n";
}

std::string table_text(const Block& b) {
  std::vector<summary::TextColumn> columns;
  for (const Column& c : b.columns) columns.push_back({c.header, c.right, !c.right});
  std::vector<summary::TextRow> rows;
  for (const std::vector<std::string>& cells : b.rows) {
    summary::TextRow row;
    for (const std::string& cell : cells) row.cells.push_back(safe(cell));
    rows.push_back(std::move(row));
  }
  return "\n" + summary::table(columns, rows);
}

std::string finding_text(const i18n::Language& lang, const diag::Finding& f) {
  const std::string text = fmt::format("{} [{}]: {} ({})", summary::finding_kind(lang, f), f.rule,
                                       safe(summary::finding_message(lang, f)),
                                       safe(summary::finding_place(f)));
  return summary::paragraph(text, "  - ", "    ");
}

std::string block_text(const i18n::Language& lang, const Block& b) {
  switch (b.kind) {
    case Block::Kind::heading: return heading_text(b);
    case Block::Kind::paragraph: return "\n" + summary::paragraph(safe(b.text), "", "");
    case Block::Kind::table: return table_text(b);
    case Block::Kind::finding: return finding_text(lang, *b.finding);
  }
  return {};
}

}  // namespace

std::string render_text(const PlanDiff& diff, const i18n::Language& lang) {
  std::string out;
  for (const Block& b : layout(diff, lang)) out += block_text(lang, b);
  return out.substr(1);  // no blank line before the title
}

}  // namespace plancheck::diff
