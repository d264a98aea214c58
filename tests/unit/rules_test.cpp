// The compliance rules on whole plan sets: the Lillehammer example, the
// period share once every year is planned and while years remain, and
// sums too large for 64 bits.

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/plan_set.h"
#include "rules/engine.h"

using namespace plancheck;

namespace {

std::string source_path(std::string_view relative) {
  return std::string(PLANCHECK_SOURCE_DIR) + "/" + std::string(relative);
}

std::string read(std::string_view relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// `text` with the one occurrence of `from` replaced by `to`.
std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

/// Analyses plan files given as (path, text).
rules::Analysis analyze(const std::vector<std::pair<std::string, std::string>>& files) {
  auto set = std::make_unique<model::PlanSet>();
  for (const auto& [path, text] : files)
    model::load_text(*set, path, text, true);
  return rules::analyze(std::move(set));
}

std::vector<const diag::Finding*> of_rule(const rules::Analysis& a, std::string_view rule) {
  std::vector<const diag::Finding*> out;
  for (const diag::Finding& f : a.findings()) {
    if (f.rule == rule) out.push_back(&f);
  }
  return out;
}

const diag::Arg* arg(const diag::Message& m, std::string_view name) {
  for (const diag::Arg& a : m.args) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

constexpr std::string_view kFrame = "examples/lillehammer/strategisk-handlingsplan-2021-25.yaml";

std::string plan_path(int year) {
  const std::string y = std::to_string(year);
  return "examples/lillehammer/" + y + "/budsjett-og-tiltaksplan-" + y + ".yaml";
}

}  // namespace

TEST_CASE("the Lillehammer example has no errors or warnings; its deviations accept share/year and share/actual") {
  model::LoadResult loaded = model::load_plan_set({source_path("examples/lillehammer")});
  REQUIRE(loaded.path_errors.empty());
  const rules::Analysis a = rules::analyze(std::move(loaded.set));
  std::vector<std::string> accepted;
  for (const diag::Finding& f : a.findings()) {
    CAPTURE(f.rule);
    if (f.accepted) {
      accepted.push_back(std::string(f.rule) + " " + std::to_string(f.scope.year) + " " + f.scope.priority + " " +
                         f.accepted->decision_case);
      continue;
    }
    CHECK(f.severity == diag::Severity::note);
  }
  // 2023: the council's larger sports share (PS 6/23); 2021: the youth festival cancelled,
  // so what was actually granted left the bands (PS 9/22).
  const std::vector<std::string> expected{"share/actual 2021 naering PS 9/22",
                                          "share/actual 2021 ovrig PS 9/22",
                                          "share/year 2023 idrett PS 6/23"};
  CHECK(accepted == expected);
}

TEST_CASE("share/period is an error once every year of the period is planned") {
  // 2024 moves 400 000 from innovation to sports events: the period's sports
  // share becomes 2 015 000 of 12 940 000 = 15.6 %, above the 15 % band.
  std::string plan2024 = read(plan_path(2024));
  plan2024 = replaced(plan2024, "responsible: LRV\n    amount: 400 000",
                      "responsible: LRV\n    amount: 0");
  plan2024 = replaced(plan2024, "amount: 220 000", "amount: 620 000");
  const rules::Analysis a = analyze({{std::string(kFrame), read(kFrame)},
                                     {plan_path(2021), read(plan_path(2021))},
                                     {plan_path(2022), read(plan_path(2022))},
                                     {plan_path(2023), read(plan_path(2023))},
                                     {plan_path(2024), plan2024}});
  const auto found = of_rule(a, "share/period");
  REQUIRE(found.size() == 1);
  const diag::Finding& f = *found[0];
  CHECK(f.severity == diag::Severity::error);
  CHECK(f.severity_param.empty());
  CHECK(f.message.key == "share.period");
  CHECK(f.scope.priority == "idrett");
  CHECK(f.scope.year == 2024);
  CHECK(f.where.file->path() == kFrame);
  CHECK(f.where.span.line == 134);  // idrett's `share:` key
  REQUIRE(f.help);
  CHECK(f.help->key == "help.share-period.high");
  // floor(12 940 000 × 15 %) = 1 941 000; 2 015 000 − 1 941 000 = 74 000.
  CHECK(std::get<Money>(arg(*f.help, "excess")->value) == Money{74'000});
  // The latest plan, then each of its amounts that goes to idrett.
  REQUIRE(f.related.size() >= 2);
  CHECK(f.related[0].where.file->path() == plan_path(2024));
  for (size_t i = 1; i < f.related.size(); ++i) {
    CHECK(f.related[i].where.file->path() == plan_path(2024));
    CHECK(f.related[i].message.key == "related.measure-puts");
  }
}

TEST_CASE("while years remain, share/period projects them with its projection severity") {
  const std::string dir = "tests/rules/share/period/fail/";
  const std::string frame = read(dir + "frame.yaml");
  const auto run = [&](const std::string& frame_text) {
    return analyze({{dir + "frame.yaml", frame_text},
                    {dir + "2021-plan.yaml", read(dir + "2021-plan.yaml")},
                    {dir + "2022-plan.yaml", read(dir + "2022-plan.yaml")},
                    {dir + "2023-plan.yaml", read(dir + "2023-plan.yaml")}});
  };
  SUBCASE("by default a note for what 2024 must do, an error for what it cannot") {
    const rules::Analysis a = run(frame);
    const auto found = of_rule(a, "share/period");
    REQUIRE(found.size() == 2);
    CHECK(found[0]->scope.priority == "naering");
    CHECK(found[0]->message.key == "share.period-need");
    CHECK(found[0]->severity == diag::Severity::note);
    CHECK(found[0]->severity_param == "projection-severity");
    // 75 % of 12 000 000 is 9 000 000; 6 200 000 are planned.
    CHECK(std::get<Money>(arg(found[0]->message, "need")->value) == Money{2'800'000});
    CHECK(std::get<std::string>(arg(found[0]->message, "years")->value) == "2024");
    CHECK(found[1]->scope.priority == "idrett");
    CHECK(found[1]->message.key == "share.period-unreachable");
    CHECK(found[1]->severity == diag::Severity::error);
  }
  SUBCASE("the frame can raise the projection to a warning or turn it off") {
    const rules::Analysis warn =
        run(frame + "rules:\n  share/period: {projection-severity: warning}\n");
    const auto raised = of_rule(warn, "share/period");
    REQUIRE(raised.size() == 2);
    CHECK(raised[0]->severity == diag::Severity::warning);
    CHECK(raised[1]->severity == diag::Severity::error);
    const rules::Analysis off = run(frame + "rules:\n  share/period: {projection-severity: off}\n");
    const auto left = of_rule(off, "share/period");
    REQUIRE(left.size() == 1);
    CHECK(left[0]->message.key == "share.period-unreachable");
  }
}

TEST_CASE("sums of the period too large for 64 bits are reported once, at the period") {
  const std::string dir = "tests/rules/budget/overflow/pass/";
  const std::string frame = replaced(read(dir + "frame.yaml"), "expected-measure-funds: 3 000 000",
                                     "expected-measure-funds: 4 000 000 000 000 000 000");
  const rules::Analysis a = analyze(
      {{dir + "frame.yaml", frame}, {dir + "2021-plan.yaml", read(dir + "2021-plan.yaml")}});
  const auto found = of_rule(a, "budget/overflow");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message.key == "budget.overflow-period");
  CHECK(found[0]->where.span.line == 11);  // period:
  CHECK(of_rule(a, "share/period").empty());
}
