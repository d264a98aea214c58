// Loading: positions, the document tree, markers, and what YAML::Node hides.

#include <doctest/doctest.h>

#include <algorithm>

#include "base/json_writer.h"
#include "link/link.h"
#include "model/plan_set.h"
#include "source/marker.h"
#include "source/source_file.h"
#include "yaml/tree.h"

using namespace plancheck;

namespace {

bool has_rule(const model::PlanSet& set, std::string_view rule) {
  return std::any_of(set.findings.begin(), set.findings.end(),
                     [&](const diag::Finding& f) { return f.rule == rule; });
}

constexpr std::string_view kPlan =
    "plancheck: 1\n"
    "kind: project-list\n"
    "frame: f\n"
    "year: 2021\n"
    "status: open\n"
    "projects:\n"
    "  - id: p1\n"
    "    title: Ungdomsfestival på Øyer\n"
    "    applicant: Ungdomsrådet\n"
    "    measure: reserve\n"
    "    amount: 50 000\n"
    "    decision: {case: \"PS 9/21\", date: 2021-05-07}\n"
    "    status: paid\n";

}  // namespace

TEST_CASE("positions are 1-based lines and columns in code points, across BOM and CRLF") {
  const source::SourceFile file("a.yaml", "\xEF\xBB\xBFtitle: \xC3\x98yer\r\nx: 1\r\n");
  CHECK(file.had_bom());
  CHECK(file.line_text(1) == "title: \xC3\x98yer");
  const source::Position p = file.position(static_cast<source::Offset>(file.text().find("x")));
  CHECK(p.line == 2);
  CHECK(p.column == 1);
  const auto after = static_cast<source::Offset>(file.text().find("yer"));
  CHECK(file.position(after).column == 9);  // "title: Ø" is 8 code points
}

TEST_CASE("the marker is found by lines, even when the YAML is broken") {
  const source::Marker m = source::find_marker("# comment\nplancheck: 1\nkind: yearly-plan # x\nyear: [\n");
  CHECK(m.is_plan_file());
  CHECK(m.kind.value == "yearly-plan");
  CHECK(m.year.value == "[");
  CHECK_FALSE(source::find_marker("name: CI\non: push\n").is_plan_file());
  CHECK_FALSE(source::find_marker("  plancheck: 1\n").is_plan_file());
}

TEST_CASE("the tree keeps duplicate keys, aliases as references, and scalar styles") {
  const source::SourceFile file("a.yaml", "a: 1\na: \"2\"\nb: &x [1, 2]\nc: *x\n");
  const yaml::ParsedDocument parsed = yaml::parse_document(file);
  REQUIRE_FALSE(parsed.error);
  const yaml::Document& doc = parsed.document;
  const auto kids = doc.children(doc.root());
  REQUIRE(kids.size() == 8);
  CHECK(doc.node(kids[0]).value == "a");
  CHECK(doc.node(kids[2]).value == "a");
  CHECK(doc.node(kids[1]).plain);
  CHECK_FALSE(doc.node(kids[3]).plain);
  CHECK(doc.node(kids[7]).kind == yaml::NodeKind::alias);
  CHECK(&doc.resolve(doc.node(kids[7])) == &doc.node(kids[5]));
}

TEST_CASE("alias cycles, second documents and deep nesting are reported, never followed") {
  const source::SourceFile cycle("a.yaml", "a: &x [1, *x]\n");
  CHECK(yaml::parse_document(cycle).problems.size() == 1);
  const source::SourceFile two("b.yaml", "a: 1\n---\nb: 2\n");
  const auto second = yaml::parse_document(two).error;
  REQUIRE(second);
  CHECK(second->kind == yaml::ParseError::Kind::second_document);
  const source::SourceFile deep("c.yaml", "a: " + std::string(600, '[') + std::string(600, ']'));
  const auto too_deep = yaml::parse_document(deep).error;
  REQUIRE(too_deep);
  CHECK(too_deep->kind == yaml::ParseError::Kind::too_deep);
  const source::SourceFile tab("d.yaml", "a:\n\tb: 1\n");
  const auto tab_error = yaml::parse_document(tab).error;
  REQUIRE(tab_error);
  CHECK(tab_error->kind == yaml::ParseError::Kind::tab_indent);
  CHECK(tab_error->at == 3);
}

TEST_CASE("decoding keeps the location of every key and value") {
  model::PlanSet set;
  model::load_text(set, "p.yaml", std::string(kPlan), false);
  CHECK(set.findings.empty());
  REQUIRE(set.lists.size() == 1);
  const model::Project& p = set.lists[0].projects->at(0);
  const source::SourceFile& file = *set.lists[0].file;
  CHECK(p.amount->kroner == 50'000);
  CHECK(file.position(p.amount.key).line == 11);
  CHECK(file.position(p.amount.key).column == 5);
  CHECK(file.position(p.amount.at).column == 13);
  CHECK(p.decision->date->iso() == "2021-05-07");
  CHECK(p.draws_on_reserve());
  CHECK(*p.status == model::GrantStatus::paid);
}

TEST_CASE("decoding reports unknown, duplicate and missing keys with did-you-mean") {
  model::PlanSet set;
  std::string text(kPlan);
  text.replace(text.find("applicant:"), 10, "aplicant:");  // the misspelling of an optional key
  text.replace(text.find("amount:"), 7, "amuont:");
  text.replace(text.find("title:"), 6, "other:");
  text += "status: closed\n";
  model::load_text(set, "p.yaml", text, false);
  CHECK(has_rule(set, "schema/unknown-key"));
  CHECK(has_rule(set, "schema/duplicate-key"));
  const auto unknown = std::find_if(set.findings.begin(), set.findings.end(), [](const diag::Finding& f) {
    return f.rule == "schema/unknown-key" && f.where.span.line == 11;
  });
  REQUIRE(unknown != set.findings.end());
  REQUIRE(unknown->help);
  CHECK(std::get<std::string>(unknown->help->args[0].value) == "amount");
  // 'other' is no misspelling of 'title': that key is reported missing. 'amuont' stands for
  // 'amount', which is not reported again but read as written and unreadable.
  const auto missing = std::find_if(set.findings.begin(), set.findings.end(),
                                    [](const diag::Finding& f) { return f.rule == "schema/missing"; });
  REQUIRE(missing != set.findings.end());
  CHECK(std::get<std::string>(missing->message.args[0].value) == "title");
  CHECK(std::count_if(set.findings.begin(), set.findings.end(),
                      [](const diag::Finding& f) { return f.rule == "schema/missing"; }) == 1);
  const model::Project& p = set.lists.at(0).projects->at(0);
  CHECK(p.amount.invalid());
  CHECK(set.lists[0].file->position(p.amount.key).line == 11);
  CHECK(p.applicant.invalid());
}

TEST_CASE("a plan file with a syntax error is still a plan file, kept as a stub") {
  model::PlanSet set;
  model::load_text(set, "p.yaml", "plancheck: 1\nkind: yearly-plan\nframe: f\nyear: 2022\nmeasures: [\n", false);
  CHECK(set.plan_file_count == 1);
  CHECK(has_rule(set, "syntax/yaml"));
  REQUIRE(set.broken.size() == 1);
  CHECK(set.broken[0].year == 2022);
  CHECK(set.broken[0].frame == "f");
}

TEST_CASE("files without the marker are skipped when walked and reported when named") {
  model::PlanSet walked;
  model::load_text(walked, "ci.yaml", "on: push\n", false);
  CHECK(walked.files.empty());
  CHECK(walked.findings.empty());
  model::PlanSet named;
  model::load_text(named, "ci.yaml", "on: push\n", true);
  CHECK(has_rule(named, "file/not-plan"));
}

TEST_CASE("linking resolves references and reports the rest") {
  model::PlanSet set;
  model::load_text(set, "frame.yaml",
                   "plancheck: 1\nkind: frame\nid: f\ntitle: T\n"
                   "council: {name: R, members: [{role: ordfører}], business-unit: {id: U, name: Unit}}\n"
                   "period: {from: 2021, to: 2024}\ngoal: G\n"
                   "anchoring: [{id: plan, title: P, focus-areas: [{id: a, title: A}]}]\n"
                   "priorities: [{id: n, title: N, share: {target: 100, tolerance: 0}}]\n"
                   "funding: {partners: [{id: c, name: C, amount: 1 000}]}\n",
                   false);
  model::load_text(set, "plan.yaml",
                   "plancheck: 1\nkind: yearly-plan\nframe: f\nyear: 2021\ntitle: T\n"
                   "income: {partners: [{partner: c, amount: 1 000}]}\n"
                   "administration: {amount: 0}\n"
                   "measures: [{id: m, title: M, priority: n, focus-areas: [a, b], amount: 1 000}]\n",
                   false);
  REQUIRE(set.findings.empty());
  const link::LinkedSet linked = link::link(set);
  REQUIRE(linked.frames.size() == 1);
  REQUIRE(linked.frames[0].years.size() == 1);
  const model::Measure& m = set.plans[0].measures->at(0);
  CHECK(m.priority_ref == &set.frames[0].priorities->at(0));
  CHECK(m.focus_area_refs.size() == 1);
  CHECK(has_rule(set, "ref/focus-area"));
}

TEST_CASE("JSON output stays valid for any text") {
  CHECK(json_quote("a\"b\\c\n") == "\"a\\\"b\\\\c\\n\"");
  CHECK(json_quote("\x1b[31m") == "\"\\u001b[31m\"");
  CHECK(json_quote("bad \xff byte") == "\"bad \xEF\xBF\xBD byte\"");
}
