// Robustness of the core library: long lines, hostile bytes, alias budgets.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <variant>

#include "base/text.h"
#include "model/plan_set.h"
#include "rules/engine.h"
#include "source/source_file.h"

using namespace plancheck;

namespace {

/// Columns the slow way: code points from the line's start.
source::Position naive_position(std::string_view text, size_t offset) {
  uint32_t line = 1;
  size_t start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  return {line, static_cast<uint32_t>(count_code_points(text.substr(start, offset - start))) + 1};
}

/// Long lines of mixed ASCII, two- to four-byte sequences, invalid and
/// truncated sequences, with a short line and an empty line between them.
std::string mixed_text() {
  const std::string_view pieces[] = {"a", "\xC3\xB8", "\xE2\x80\xA8", "\xF0\x9F\x98\x80", "\xFF",
                                     "\xE2\x82", "\x80", " ", "\xC3"};
  std::string text;
  for (int line = 0; line < 3; ++line) {
    for (unsigned i = 0; i < 9000; ++i) text += pieces[(i * 7 + static_cast<unsigned>(line)) % 9];
    text += line == 1 ? "\n\nshort\r\n" : "\n";
  }
  return text;
}

}  // namespace

TEST_CASE("positions on long lines agree with counting from the line's start") {
  const std::string text = mixed_text();
  const source::SourceFile file("long.yaml", text);
  for (size_t offset = 0; offset <= text.size(); offset += 37) {
    const source::Position fast = file.position(static_cast<source::Offset>(offset));
    const source::Position slow = naive_position(text, offset);
    REQUIRE(fast.line == slow.line);
    REQUIRE(fast.column == slow.column);
  }
}

TEST_CASE("offset_at is the inverse of position, and line_length counts code points") {
  const std::string text = mixed_text();
  const source::SourceFile file("long.yaml", text);
  for (uint32_t line = 1; line <= file.line_count(); ++line) {
    const std::string_view line_text = file.line_text(line);
    CHECK(file.line_length(line) == count_code_points(line_text));
    size_t i = 0;
    for (uint32_t column = 1; i <= line_text.size(); ++column) {
      if (column % 13 == 0 || column < 3 || i == line_text.size()) {
        REQUIRE(file.offset_at(line, column) == file.line_start(line) + i);
      }
      if (i == line_text.size()) break;
      decode_utf8(line_text, i);
    }
    CHECK(file.offset_at(line, 1000000) == file.line_start(line) + line_text.size());
  }
}

TEST_CASE("past the alias budget the file is not used and nothing more is reported") {
  std::string ids = "[";
  for (int i = 0; i < 1000; ++i) ids += "f" + std::to_string(i) + ", ";
  ids += "x]";
  std::string aliases = "[";
  for (int i = 0; i < 1000; ++i) aliases += "*m, ";
  aliases += "*m]";
  model::PlanSet set;
  model::load_text(set, "plan.yaml",
                   "plancheck: 1\nkind: yearly-plan\nframe: f\nyear: 2021\nf: &f " + ids +
                       "\nm: &m {id: a, title: t, priority: p, focus-areas: *f, amount: 1}\nmeasures: " +
                       aliases + "\n",
                   false);
  CHECK(set.plans.empty());
  REQUIRE(set.broken.size() == 1);
  int budget = 0;
  for (const diag::Finding& f : set.findings) {
    CHECK(f.message.key != "schema.expected");
    budget += f.message.key == "syntax.alias-budget";
  }
  CHECK(budget == 1);
}

namespace {

/// A project list whose `count` items are not projects: a finding each.
std::string wrong_items(int count) {
  std::string text =
      "plancheck: 1\nkind: project-list\nframe: f\nyear: 2021\nstatus: open\nprojects:\n";
  for (int i = 0; i < count; ++i) text += "  - " + std::to_string(i) + "\n";
  return text;
}

size_t count_rule(const std::vector<diag::Finding>& findings, std::string_view rule) {
  return static_cast<size_t>(std::count_if(findings.begin(), findings.end(),
                                           [&](const diag::Finding& f) { return f.rule == rule; }));
}

}  // namespace

TEST_CASE("findings past the limit per file are counted in one finding at the first of them") {
  auto set = std::make_unique<model::PlanSet>();
  model::load_text(*set, "list.yaml", wrong_items(1500), false);
  const rules::Analysis analysis = rules::analyze(std::move(set));
  const std::vector<diag::Finding>& findings = analysis.findings();
  // ref/frame's finding (line 3) and 999 of the 1500 items are kept.
  CHECK(count_rule(findings, "ref/frame") == 1);
  CHECK(count_rule(findings, "schema/type") == diag::kMaxFindingsPerFile - 1);
  REQUIRE(count_rule(findings, "file/too-many-findings") == 1);
  const diag::Finding& cap = findings.back();
  CHECK(cap.rule == "file/too-many-findings");
  CHECK(cap.severity == diag::Severity::error);
  CHECK(std::get<int64_t>(cap.message.args[0].value) == 501);
  CHECK(cap.where.span.line == 6 + diag::kMaxFindingsPerFile);  // item 999, on line 7 + 999
}

TEST_CASE("findings past the limit in all are counted per file") {
  auto set = std::make_unique<model::PlanSet>();
  const size_t files = diag::kMaxFindings / diag::kMaxFindingsPerFile + 2;
  for (size_t i = 0; i < files; ++i) {
    model::load_text(*set, "list-" + std::to_string(i + 10) + ".yaml", wrong_items(1000), false);
  }
  const rules::Analysis analysis = rules::analyze(std::move(set));
  const std::vector<diag::Finding>& findings = analysis.findings();
  CHECK(findings.size() - count_rule(findings, "file/too-many-findings") == diag::kMaxFindings);
  // Each file has 1001 findings (ref/frame too): the first ten keep 1000,
  // the others only their cap.
  CHECK(count_rule(findings, "file/too-many-findings") == files);
}

TEST_CASE("characters YAML does not allow are reported where they stand; the file is not used") {
  for (const std::string_view bad : {std::string_view("\0", 1), std::string_view("\x1B"),
                                     std::string_view("\x7F"), std::string_view("\xC2\x9B"),
                                     std::string_view("\xEF\xBF\xBF")}) {
    model::PlanSet set;
    model::load_text(set, "list.yaml",
                     "plancheck: 1\nkind: project-list\n# note \"" + std::string(bad) + "\"\n", false);
    REQUIRE(set.findings.size() == 1);
    CHECK(set.findings[0].message.key == "syntax.character");
    CHECK(set.findings[0].where.span.line == 3);
    CHECK(set.findings[0].where.span.column == 9);
    CHECK(set.lists.empty());
    CHECK(set.broken.size() == 1);
  }
  model::PlanSet set;  // NEL and the line separator are printable
  model::load_text(set, "list.yaml", "plancheck: 1\nkind: project-list\n# \xC2\x85 \xE2\x80\xA8\n",
                   false);
  CHECK(std::none_of(set.findings.begin(), set.findings.end(),
                     [](const diag::Finding& f) { return f.rule == "syntax/yaml"; }));
}
