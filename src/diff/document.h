#pragma once
// The human-readable diff as a list of plain-text blocks (headings,
// paragraphs, tables, findings), laid out once from the PlanDiff; the text
// and Markdown formats only render the blocks, each escaping in its own way.

#include <string>
#include <vector>

#include "diff/diff.h"

namespace plancheck::diff {

struct Column {
  std::string header;
  bool right = false;  // numbers
};

struct Block {
  enum class Kind : uint8_t { heading, paragraph, table, finding } kind = Kind::paragraph;
  int level = 1;     // a heading's level: 1 the diff, 2 a frame, 3 a year or the period
  std::string text;  // a heading's or a paragraph's text
  std::vector<Column> columns;                  // a table's
  std::vector<std::vector<std::string>> rows;   // a table's cells
  const diag::Finding* finding = nullptr;       // a finding's
};

/// The blocks of the diff in `lang`, in reading order; the first is the title.
std::vector<Block> layout(const PlanDiff& diff, const i18n::Language& lang);

/// The closing sentence: whether the change introduces an error.
std::string result_text(const PlanDiff& diff, const i18n::Language& lang);

}  // namespace plancheck::diff
