// The summary: text layout, the model built from an analysis (year
// selection, placements, commitments, the room left, where findings go)
// and what the renderers make of plan texts.

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <variant>

#include "base/text.h"
#include "model/plan_set.h"
#include "rules/engine.h"
#include "summary/render.h"
#include "summary/summary.h"
#include "summary/text_layout.h"

using namespace plancheck;

namespace {

constexpr std::string_view kFrame =
    "plancheck: 1\n"
    "kind: frame\n"
    "id: f\n"
    "title: Handlingsplan 2025–26\n"
    "council: {name: Testrådet, short-name: TR, established: 2020-01,\n"
    "          members: [{role: ordfører, organisation: Testby, count: 1}],\n"
    "          business-unit: {id: TRV, name: Testregionen Vekst}}\n"
    "period: {from: 2025, to: 2026}\n"
    "goal: Et godt sted å bo.\n"
    "anchoring: [{id: plan, title: Næringsplan, focus-areas: [{id: fa, title: Fremtid}]}]\n"
    "priorities:\n"
    "  - {id: naering, title: Næring, business-development: true, anchored-in: plan,\n"
    "     share: {target: 80, tolerance: 5}}\n"
    "  - {id: idrett, title: \"Idrett | <b>sport</b>\", share: {target: 20, tolerance: 5}}\n"
    "reserve: {title: Reserve, min: 100 000, max: 300 000, counts-toward: idrett}\n"
    "funding:\n"
    "  partners: [{id: fylket, name: Fylket, amount: 1 500 000}]\n"
    "  administration: {max: 300 000}\n"
    "  expected-measure-funds: 1 200 000\n"
    "commitments:\n"
    "  - {id: c, title: Markedsfører, from: 2025, to: 2025, amount: 300 000}\n";

/// A yearly plan for 2025: idrett gets 40 % (above its band) and the
/// commitment is funded with less than its amount.
constexpr std::string_view kPlan2025 =
    "plancheck: 1\n"
    "kind: yearly-plan\n"
    "frame: f\n"
    "year: 2025\n"
    "title: Plan 2025\n"
    "income: {partners: [{partner: fylket, amount: 1 500 000}], carried-over: 0}\n"
    "administration: {amount: 300 000}\n"
    "measures:\n"
    "  - {id: m1, title: Klynge, priority: naering, focus-areas: [fa], responsible: TRV,\n"
    "     amount: 520 000}\n"
    "  - {id: m2, title: Markedsfører, priority: naering, focus-areas: [fa], responsible: TRV,\n"
    "     amount: 200 000, commitment: c}\n"
    "  - {id: m3, title: Idrett, priority: idrett, responsible: TRV, amount: 380 000}\n"
    "reserve: {amount: 100 000}\n"
    "strategic-issues: [{id: vei, title: Vei}]\n";

/// A yearly plan for 2026 that funds the commitment after its term, by decision.
constexpr std::string_view kPlan2026 =
    "plancheck: 1\n"
    "kind: yearly-plan\n"
    "frame: f\n"
    "year: 2026\n"
    "title: Plan 2026\n"
    "income: {partners: [{partner: fylket, amount: 1 500 000}], carried-over: 0}\n"
    "administration: {amount: 300 000}\n"
    "measures:\n"
    "  - {id: m1, title: Klynge, priority: naering, focus-areas: [fa], responsible: TRV,\n"
    "     amount: 800 000}\n"
    "  - {id: m2, title: Markedsfører, priority: naering, focus-areas: [fa], responsible: TRV,\n"
    "     amount: 300 000, commitment: c, decision: {case: PS 9/25, date: 2025-12-01}}\n"
    "reserve: {amount: 100 000}\n"
    "strategic-issues: [{id: vei, title: Vei}]\n";

rules::Analysis analysed(std::initializer_list<std::pair<std::string, std::string_view>> files) {
  auto set = std::make_unique<model::PlanSet>();
  for (const auto& [path, text] : files)
    model::load_text(*set, path, std::string(text), true);
  return rules::analyze(std::move(set));
}

summary::Summary built(const rules::Analysis& a, const summary::Selection& sel = {}) {
  auto result = summary::build(a, sel);
  REQUIRE(std::holds_alternative<summary::Summary>(result));
  return std::get<summary::Summary>(std::move(result));
}

summary::SelectionError refused(const rules::Analysis& a, const summary::Selection& sel) {
  auto result = summary::build(a, sel);
  REQUIRE(std::holds_alternative<summary::SelectionError>(result));
  return std::get<summary::SelectionError>(std::move(result));
}

bool has_rule(const summary::Compliance& c, std::string_view rule) {
  return std::any_of(c.findings.begin(), c.findings.end(),
                     [&](const summary::FindingLine& f) { return f.finding->rule == rule; });
}

size_t widest_line(const std::string& text) {
  size_t widest = 0;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, count_code_points(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

}  // namespace

TEST_CASE("wrap breaks at spaces, cuts longer words, and counts code points") {
  CHECK(summary::wrap("Øvre dal og Åsen", 9) == std::vector<std::string>{"Øvre dal", "og Åsen"});
  CHECK(summary::wrap("ææææææææææ", 4) == std::vector<std::string>{"ææææ", "ææææ", "ææ"});
  CHECK(summary::wrap("", 10) == std::vector<std::string>{""});
  CHECK(summary::wrap("2\u00a0500\u00a0000\u00a0kr er", 12) ==
        std::vector<std::string>{"2\u00a0500\u00a0000\u00a0kr", "er"});
}

TEST_CASE("a text table fits 100 code points, wrapping the text columns first") {
  const std::string long_title(150, 'x');
  const std::string text =
      summary::table({{"Tiltak", false, true}, {"Beløp", true, false}, {"Status", false, true}},
                     {{{long_title + " og mer", "2\u00a0500\u00a0000\u00a0kr", "innenfor rammen"}},
                      {{"Kort", "0\u00a0kr", "under rammen"}, true}});
  CHECK(widest_line(text) <= summary::kTextWidth);
  CHECK(text.find("2\u00a0500\u00a0000\u00a0kr") != std::string::npos);  // numbers never wrap
  CHECK(text.find("     0\u00a0kr") != std::string::npos);               // and are right-aligned
}

TEST_CASE("the newest yearly plan by default, one year, or every year") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}, {"p26.yaml", kPlan2026}});
  const summary::Summary newest = built(a);
  REQUIRE(newest.frames.size() == 1);
  REQUIRE(newest.frames[0].years.size() == 1);
  CHECK(newest.frames[0].years[0].year == 2026);
  CHECK(built(a, {.year = 2025}).frames[0].years[0].year == 2025);
  CHECK(built(a, {.all_years = true}).frames[0].years.size() == 2);
  CHECK(newest.frames[0].council_short == "TR");
  CHECK(newest.frames[0].reserve_counts_toward == "Idrett | <b>sport</b>");
}

TEST_CASE("selections the plan set cannot satisfy are refused with a guess") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}, {"p26.yaml", kPlan2026}});
  const summary::SelectionError year = refused(a, {.year = 2030});
  CHECK(year.message.key == "summary.usage.unknown-year");
  CHECK(year.suggestion == "2026");
  CHECK(refused(a, {.year = 2024}).suggestion == "2025");
  const summary::SelectionError frame = refused(a, {.frame = "g"});
  CHECK(frame.message.key == "summary.usage.unknown-frame");
  CHECK(frame.suggestion == "f");
  const auto frame_only = analysed({{"f.yaml", kFrame}});
  CHECK(refused(frame_only, {.year = 2025}).message.key == "summary.usage.no-plans");
}

TEST_CASE("shares are placed against their bands, with the figures' numbers") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}});
  const summary::Summary s = built(a);
  const summary::YearSection& y = s.frames[0].years[0];
  REQUIRE(y.priorities.size() == 2);
  CHECK(y.allocation.measure_funds == Money{1'200'000});
  CHECK(y.priorities[0].amount == Money{720'000});
  CHECK(y.priorities[0].placement == summary::Placement::below);  // 60 %
  CHECK(y.priorities[1].amount == Money{480'000});                // 380 000 + the reserve
  CHECK(y.priorities[1].placement == summary::Placement::above);  // 40 %
  CHECK(*y.priorities[1].share == Ratio{2, 5});
  CHECK_FALSE(y.priorities[1].accepted);
}

TEST_CASE("commitments: short, ended, continued by decision") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}, {"p26.yaml", kPlan2026}});
  const summary::Summary s = built(a, {.all_years = true});
  const summary::CommitmentLine& c25 = s.frames[0].years[0].commitments.at(0);
  CHECK(c25.state == summary::CommitmentState::short_funded);
  CHECK(c25.funded == Money{200'000});
  CHECK(c25.required == Money{300'000});
  const summary::CommitmentLine& c26 = s.frames[0].years[1].commitments.at(0);
  CHECK(c26.state == summary::CommitmentState::continued);
  REQUIRE(c26.measures.size() == 1);
  CHECK(c26.measures[0].decision->case_ref == "PS 9/25");
}

TEST_CASE("the room left: what the unplanned year must give, or that it cannot") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}});
  const summary::Summary s = built(a);
  const summary::PeriodSection& p = s.frames[0].period;
  CHECK(p.planned_years == std::vector<int>{2025});
  CHECK(p.unplanned_years == std::vector<int>{2026});
  CHECK(p.remaining_funds == Money{1'200'000});
  // naering: 75 %..85 % of 2 400 000 is 1 800 000..2 040 000; 720 000 planned.
  REQUIRE(p.priorities[0].reachable);
  CHECK(p.priorities[0].need_at_least == Money{1'080'000});
  CHECK(p.priorities[0].may_at_most == Money{1'200'000});
  // idrett: at most 25 % of 2 400 000 = 600 000, and 480 000 planned.
  CHECK(p.priorities[1].need_at_least == Money{0});
  CHECK(p.priorities[1].may_at_most == Money{120'000});

  constexpr std::string_view kAllIdrett =
      "plancheck: 1\nkind: yearly-plan\nframe: f\nyear: 2025\ntitle: Plan\n"
      "income: {partners: [{partner: fylket, amount: 1 500 000}], carried-over: 0}\n"
      "administration: {amount: 300 000}\n"
      "measures: [{id: m3, title: Idrett, priority: idrett, responsible: TRV, amount: 1 100 000}]\n"
      "reserve: {amount: 100 000}\nstrategic-issues: [{id: vei, title: Vei}]\n";
  const auto b = analysed({{"f.yaml", kFrame}, {"p25.yaml", kAllIdrett}});
  const summary::Summary t = built(b);
  const summary::PeriodSection& q = t.frames[0].period;
  CHECK_FALSE(q.priorities[0].reachable);  // 1 200 000 left cannot lift naering to 75 %
  CHECK_FALSE(q.priorities[0].need_at_least);
}

TEST_CASE("findings go to their year, to the frame, or to the years not shown") {
  std::string plan(kPlan2025);
  plan += "colour: blue\n";  // an unknown key in the 2025 plan
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", plan}, {"p26.yaml", kPlan2026}});
  const summary::Summary s2025 = built(a, {.year = 2025});
  CHECK(has_rule(s2025.frames[0].years[0].compliance, "schema/unknown-key"));
  CHECK(s2025.frames[0].years[0].compliance.counts.errors >= 1);
  const summary::Summary s2026 = built(a, {.year = 2026});
  CHECK_FALSE(has_rule(s2026.frames[0].years[0].compliance, "schema/unknown-key"));
  CHECK(has_rule(s2026.frames[0].other_years, "schema/unknown-key"));
  CHECK(s2026.frames[0].other_year_list == std::vector<int>{2025});
  CHECK(s2026.counts.errors == s2025.counts.errors);  // the whole set, either way
}

TEST_CASE("a yearly plan that does not decode is shown as unreadable, with its findings") {
  const auto a = analysed({{"f.yaml", kFrame},
                           {"p25.yaml", kPlan2025},
                           {"p26.yaml",
                            "plancheck: 1\nkind: yearly-plan\nframe: f\nyear: 2026\n"
                            "measures: [{id: m1\n"}});
  const summary::Summary s = built(a);
  REQUIRE(s.frames[0].years.size() == 1);
  const summary::YearSection& y = s.frames[0].years[0];
  CHECK(y.year == 2026);
  CHECK_FALSE(y.readable);
  CHECK(has_rule(y.compliance, "syntax/yaml"));
}

TEST_CASE("without a readable frame there is nothing to summarise") {
  const auto a = analysed({{"p25.yaml", kPlan2025}});
  const summary::Summary s = built(a);
  CHECK(s.frames.empty());
  CHECK(s.unassigned.counts.errors >= 1);
}

TEST_CASE("every format escapes plan texts in its own way") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}});
  const summary::Summary s = built(a);
  const i18n::Language& nb = *i18n::find_language("nb");
  const std::string markdown = summary::find_format("markdown")->render(s, nb).bytes;
  CHECK(markdown.find("Idrett \\| \\<b\\>sport\\</b\\>") != std::string::npos);
  const std::string html = summary::find_format("html")->render(s, nb).bytes;
  CHECK(html.find("Idrett | &lt;b&gt;sport&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<b>sport") == std::string::npos);
  const std::string json = summary::find_format("json")->render(s, nb).bytes;
  CHECK(json.find("\"Idrett | <b>sport</b>\"") != std::string::npos);
  const std::string text = summary::find_format("text")->render(s, nb).bytes;
  CHECK(widest_line(text) <= summary::kTextWidth);
  CHECK(text.find("40,0\u00a0%") != std::string::npos);
  CHECK(text.find("over rammen") != std::string::npos);
}

TEST_CASE("the council's formats state findings in plain words; json keeps ids and paths") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}});
  summary::Summary s = built(a);
  s.generated = Date{2026, 12, 2};
  const i18n::Language& nb = *i18n::find_language("nb");
  const summary::Compliance& c = s.frames[0].years[0].compliance;
  REQUIRE(has_rule(c, "share/year"));
  for (const summary::FindingLine& f : c.findings) {
    if (f.finding->rule != "share/year" || f.finding->scope.priority != "idrett") continue;
    CHECK(f.file == summary::FileRole::plan);
    CHECK(f.year == 2025);
    const auto priority = std::find_if(f.plain.args.begin(), f.plain.args.end(),
                                       [](const diag::Arg& arg) { return arg.name == "priority"; });
    REQUIRE(priority != f.plain.args.end());
    CHECK(std::get<std::string>(priority->value) == "Idrett | <b>sport</b>");
  }
  for (const char* format : {"text", "markdown", "html"}) {
    CAPTURE(format);
    const std::string out = summary::find_format(format)->render(s, nb).bytes;
    CHECK(out.find("share/year") == std::string::npos);
    CHECK(out.find("p25.yaml") == std::string::npos);
    CHECK(out.find("«idrett»") == std::string::npos);
    CHECK(out.find("budsjett- og tiltaksplanen for 2025") != std::string::npos);
    CHECK(out.find("Utarbeidet 2. desember 2026 med plancheck " PLANCHECK_VERSION ".") !=
          std::string::npos);
    CHECK(out.find("Ingen tilsagn") != std::string::npos);  // the reserve has none
    CHECK(out.find("0 tilsagn") == std::string::npos);
  }
  const std::string json = summary::find_format("json")->render(s, nb).bytes;
  CHECK(json.find("\"rule\": \"share/year\"") != std::string::npos);
  CHECK(json.find("\"p25.yaml\"") != std::string::npos);
  CHECK(json.find("«idrett»") != std::string::npos);
}

TEST_CASE("the summary names one unallocated figure and says what it is") {
  const auto a = analysed({{"f.yaml", kFrame}, {"p25.yaml", kPlan2025}});
  const summary::Summary s = built(a);
  for (const char* lang : {"nb", "en"}) {
    CAPTURE(lang);
    const std::string text = summary::find_format("text")->render(s, *i18n::find_language(lang)).bytes;
    const std::string word = std::string(lang) == "nb" ? "Udisponert" : "Unallocated";
    size_t n = 0;
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
    // The row of the income table, and the sentence under it that says what it is.
    CHECK(n == 2);
    const std::string definition = std::string(lang) == "nb"
                                       ? "Udisponert i planen er inntekter som planen verken"
                                       : "Unallocated in the plan is income the plan sets aside";
    CHECK(text.find(definition) != std::string::npos);
  }
}
