// The Markdown diff, for a pull-request comment: it starts with
// kCommentMarker, so that a CI job finds and updates its own comment, and
// keeps to compact pipe tables. Every text is escaped (summary::markdown_text).

#include <fmt/format.h>

#include "diff/document.h"
#include "summary/markdown_text.h"
#include "summary/words.h"

namespace plancheck::diff {

namespace {

using summary::markdown_text;

std::string table_markdown(const Block& b) {
  std::string out = "|";
  for (const Column& c : b.columns) out += " " + markdown_text(c.header) + " |";
  out += "\n|";
  for (const Column& c : b.columns) out += c.right ? " ---: |" : " :--- |";
  out += "\n";
  for (const std::vector<std::string>& row : b.rows) {
    out += "|";
    for (const std::string& cell : row) out += " " + markdown_text(cell) + " |";
    out += "\n";
  }
  return out + "\n";
}

std::string finding_markdown(const i18n::Language& lang, const diag::Finding& f) {
  return fmt::format("- **{}** {}: {} ({})\n", markdown_text(summary::finding_kind(lang, f)),
                     markdown_text("[" + std::string(f.rule) + "]"),
                     markdown_text(summary::finding_message(lang, f)),
                     markdown_text(summary::finding_place(f)));
}

std::string block_markdown(const i18n::Language& lang, const Block& b, const Block* next) {
  switch (b.kind) {
    case Block::Kind::heading: return std::string(b.level + 1, '#') + " " + markdown_text(b.text) + "\n\n";
    case Block::Kind::paragraph: return markdown_text(b.text) + "\n\n";
    case Block::Kind::table: return table_markdown(b);
    case Block::Kind::finding:
      return finding_markdown(lang, *b.finding) + (next && next->kind == Block::Kind::finding ? "" : "\n");
  }
  return {};
}

}  // namespace

std::string render_markdown(const PlanDiff& diff, const i18n::Language& lang) {
  std::string out = std::string(kCommentMarker) + "\n";
  const std::vector<Block> blocks = layout(diff, lang);
  // The last block, the result, in bold.
  for (size_t i = 0; i + 1 < blocks.size(); ++i) out += block_markdown(lang, blocks[i], &blocks[i + 1]);
  return out + "**" + markdown_text(blocks.back().text) + "**\n";
}

}  // namespace plancheck::diff
