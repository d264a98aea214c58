// The plan in force on a date: revisions applied in the order of their
// decisions, measures they add, moves, unknown amounts, and the totals
// after each revision.

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "figures/in_force.h"
#include "model/plan_set.h"
#include "rules/engine.h"

using namespace plancheck;

namespace {

constexpr std::string_view kFrame =
    "plancheck: 1\n"
    "kind: frame\n"
    "id: f\n"
    "title: Handlingsplan\n"
    "council: {name: Testrådet, members: [{role: ordfører}], business-unit: {id: TRV, name: Vekst}}\n"
    "period: {from: 2025, to: 2026}\n"
    "goal: Et godt sted å bo.\n"
    "anchoring: [{id: plan, title: Næringsplan}]\n"
    "priorities:\n"
    "  - {id: naering, title: Næring, share: {target: 80, tolerance: 5}}\n"
    "  - {id: idrett, title: Idrett, share: {target: 20, tolerance: 5}}\n"
    "reserve: {title: Reserve, min: 0, max: 300 000}\n"
    "funding: {partners: [{id: fylket, name: Fylket, amount: 1 500 000}]}\n";

constexpr std::string_view kPlan =
    "plancheck: 1\n"
    "kind: yearly-plan\n"
    "frame: f\n"
    "year: 2025\n"
    "title: Plan 2025\n"
    "income: {partners: [{partner: fylket, amount: 1 500 000}]}\n"
    "administration: {amount: 300 000}\n"
    "measures:\n"
    "  - {id: a, title: A, priority: naering, amount: 600 000}\n"
    "  - {id: b, title: B, priority: idrett, amount: 200 000}\n"
    "reserve: {amount: 100 000}\n"
    "revisions:\n"
    "  - decision: {case: PS 20/25, date: 2025-06-01}\n"
    "    changes:\n"
    "      - {move: 50 000, from: a, to: reserve}\n"
    "      - {administration: 280 000}\n"
    "      - new-measure: {id: c, title: C, priority: idrett, amount: 70 000}\n"
    "  - reason: Without a decision\n"
    "    changes: [{measure: c, amount: 90 000}]\n"
    "  - decision: {case: PS 5/25, date: 2025-02-01}\n"
    "    changes:\n"
    "      - {measure: b, amount: 250 000}\n"
    "      - {measure: nowhere, amount: 1}\n";

struct Loaded {
  rules::Analysis analysis;
  const model::YearlyPlan& plan() const { return analysis.set->plans.front(); }
};

Loaded loaded(std::string_view plan) {
  auto set = std::make_unique<model::PlanSet>();
  model::load_text(*set, "f.yaml", std::string(kFrame), true);
  model::load_text(*set, "p.yaml", std::string(plan), true);
  return {rules::analyze(std::move(set))};
}

figures::Amount amount_of(const figures::PlanInForce& p, std::string_view id) {
  for (const figures::MeasureInForce& m : p.measures) {
    if (m.measure->id->name == id) return m.in_force ? m.amount : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("revisions apply in the order of their decisions, undated ones at the end of the year") {
  const Loaded l = loaded(kPlan);
  const auto order = figures::revisions_in_order(l.plan());
  REQUIRE(order.size() == 3);
  CHECK(order[0]->decision->case_ref.value == "PS 5/25");
  CHECK(order[1]->decision->case_ref.value == "PS 20/25");
  CHECK(!order[2]->decision.present());

  const figures::PlanInForce end = figures::plan_in_force(l.plan());
  CHECK(amount_of(end, "a") == Money{550'000});
  CHECK(amount_of(end, "b") == Money{250'000});
  CHECK(amount_of(end, "c") == Money{90'000});
  CHECK(end.reserve == Money{150'000});
  CHECK(end.administration == Money{280'000});
  CHECK(end.adopted_allocated == Money{1'200'000});
  REQUIRE(end.steps.size() == 3);
  CHECK(end.steps[0].allocated == Money{1'250'000});
  CHECK(end.steps[1].allocated == Money{1'300'000});
  CHECK(end.steps[2].allocated == Money{1'320'000});
  // The change naming a measure the plan does not have is left out.
  CHECK(end.skipped);
  CHECK(end.steps[0].effects[1].skipped);
  CHECK(end.steps[0].effects[0].before == Money{200'000});
  CHECK(end.steps[0].effects[0].after == Money{250'000});
  const figures::MeasureInForce* a = figures::find_measure(end, end.measures[0].measure);
  REQUIRE(a != nullptr);
  CHECK(a->adopted == Money{600'000});
  CHECK(a->changed_by == order[1]);
}

TEST_CASE("the plan in force on a date has only the revisions decided by then") {
  const Loaded l = loaded(kPlan);
  const figures::PlanInForce before = figures::plan_in_force(l.plan(), Date{2025, 1, 31});
  CHECK(before.steps.empty());
  CHECK(amount_of(before, "b") == Money{200'000});
  CHECK(!amount_of(before, "c"));  // added later
  const figures::PlanInForce same_day = figures::plan_in_force(l.plan(), Date{2025, 2, 1});
  CHECK(amount_of(same_day, "b") == Money{250'000});
  const figures::PlanInForce june = figures::plan_in_force(l.plan(), Date{2025, 6, 30});
  CHECK(amount_of(june, "c") == Money{70'000});  // the undated revision is not in force on a date
  CHECK(june.reserve == Money{150'000});
}

TEST_CASE("a move from an amount that cannot be read leaves it unknown") {
  std::string plan(kPlan);
  plan.replace(plan.find("amount: 600 000"), 15, "amount: 6e5");
  const Loaded l = loaded(plan);
  const figures::PlanInForce end = figures::plan_in_force(l.plan());
  CHECK(!amount_of(end, "a"));
  CHECK(end.reserve == Money{150'000});
  CHECK(!end.adopted_allocated);
  CHECK(!end.steps.back().allocated);
}

TEST_CASE("a measure's amount on a date follows the revisions decided up to that day") {
  const Loaded l = loaded(kPlan);
  const figures::PlanInForce end = figures::plan_in_force(l.plan());
  const figures::MeasureInForce* b = figures::find_measure(end, end.measures[1].measure);
  REQUIRE(b != nullptr);
  CHECK(figures::amount_on(*b, Date{2025, 1, 31}) == Money{200'000});
  CHECK(figures::amount_on(*b, Date{2025, 2, 1}) == Money{250'000});
  CHECK(figures::amount_on(*b, std::nullopt) == Money{250'000});
  const figures::MeasureInForce& c = end.measures[2];
  REQUIRE(c.added_by != nullptr);
  // Before the revision that adds it, a measure has nothing; the undated revision applies at the end.
  CHECK(figures::amount_on(c, Date{2025, 5, 31}) == Money{0});
  CHECK(figures::amount_on(c, Date{2025, 6, 1}) == Money{70'000});
  CHECK(figures::amount_on(c, Date{2025, 12, 31}) == Money{70'000});
  CHECK(figures::amount_on(c, std::nullopt) == Money{90'000});
  CHECK(figures::reserve_on(end, Date{2025, 5, 31}) == Money{100'000});
  CHECK(figures::reserve_on(end, Date{2025, 6, 1}) == Money{150'000});
}

TEST_CASE("the figures of the year are of the plan in force at the end of the year") {
  const Loaded l = loaded(kPlan);
  REQUIRE(l.analysis.figures.size() == 1);
  const figures::YearFigures& y = l.analysis.figures.front().years.front();
  CHECK(y.administration == Money{280'000});
  CHECK(y.adopted_administration == Money{300'000});
  CHECK(y.measures == Money{550'000 + 250'000 + 90'000});
  CHECK(y.adopted_measures == Money{800'000});
  CHECK(y.reserve == Money{150'000});
  CHECK(y.adopted_reserve == Money{100'000});
  REQUIRE(y.measure_grants.size() == 3);
  CHECK(y.measure_grants[2].added_by != nullptr);
  CHECK(!y.measure_grants[2].adopted);
  CHECK(y.measure_grants[2].amount == Money{90'000});
  CHECK(y.priorities[1].amount == Money{250'000 + 90'000});
  CHECK(y.priorities[1].adopted == Money{200'000});
}

namespace {

constexpr std::string_view kPlan2026 =
    "plancheck: 1\n"
    "kind: yearly-plan\n"
    "frame: f\n"
    "year: 2026\n"
    "title: Plan 2026\n"
    "income: {partners: [{partner: fylket, amount: 1 500 000}], carried-over: 400 000}\n"
    "administration: {amount: 300 000}\n"
    "measures:\n"
    "  - {id: a, title: A, priority: naering, amount: 1 000 000}\n"
    "  - {id: b, title: B, priority: idrett, amount: 300 000}\n"
    "reserve: {amount: 100 000}\n";

constexpr std::string_view kList2025 =
    "plancheck: 1\n"
    "kind: project-list\n"
    "frame: f\n"
    "year: 2025\n"
    "status: closed\n"
    "projects:\n"
    "  - {id: 2025-01, title: X, applicant: Y, measure: a, amount: 700 000, status: completed}\n"
    "  - {id: 2025-02, title: X, applicant: Y, measure: b, amount: 100 000, status: withdrawn,\n"
    "     withdrawn: 2026-03-01}\n"
    "  - {id: 2025-03, title: X, applicant: Y, measure: b, amount: 20 000, status: withdrawn,\n"
    "     withdrawn: 2025-09-01}\n";

}  // namespace

TEST_CASE("a grant withdrawn after its year closed is used in its year and returns in the next") {
  auto set = std::make_unique<model::PlanSet>();
  model::load_text(*set, "f.yaml", std::string(kFrame), true);
  model::load_text(*set, "p.yaml", std::string(kPlan), true);
  model::load_text(*set, "q.yaml", std::string(kPlan2026), true);
  model::load_text(*set, "l.yaml", std::string(kList2025), true);
  const rules::Analysis a = rules::analyze(std::move(set));
  REQUIRE(a.figures.size() == 1);
  const figures::FrameFigures& ff = a.figures.front();
  const figures::YearFigures* y2025 = ff.year(2025);
  const figures::YearFigures* y2026 = ff.year(2026);
  REQUIRE(y2025 != nullptr);
  REQUIRE(y2026 != nullptr);
  CHECK(y2025->granted == Money{700'000});
  CHECK(y2025->withdrawn == Money{120'000});
  CHECK(y2025->withdrawn_later == Money{100'000});
  CHECK(y2025->withdrawn_later_grants == 1);
  // 1 500 000 - 280 000 - 700 000 - 100 000
  CHECK(y2025->left_over == Money{420'000});
  CHECK(y2026->returned == Money{100'000});
  CHECK(y2026->returned_grants == 1);
  // 1 900 000 - 300 000 + 100 000 returned
  CHECK(y2026->left_over == Money{1'700'000});
  // What was actually granted in 2025: all of it on naering.
  REQUIRE(y2025->actual.size() == 2);
  CHECK(y2025->actual[0].share == Ratio{1, 1});
  CHECK(y2025->actual[0].verdict == figures::Verdict::above);
}
