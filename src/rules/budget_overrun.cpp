// budget/overrun: administration + measures + reserve of the plan in force at the end of the
// year stay within the year's income; a revision that took the plan past it is named.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// The revision whose changes took a plan adopted within its income past it; null when the
/// plan as adopted was already over, or an amount could not be read.
const model::Revision* tipping_revision(const figures::YearFigures& y) {
  const figures::PlanInForce& in_force = y.in_force;
  if (!in_force.adopted_allocated || *in_force.adopted_allocated > y.income) return nullptr;
  for (const figures::RevisionStep& step : in_force.steps) {
    if (step.allocated && *step.allocated > y.income) return step.revision;
  }
  return nullptr;
}

/// The finding when a revision took the plan past its income.
void report_revision(Context& ctx, const figures::YearFigures& y, const model::Revision& r) {
  const model::Decision& d = *r.decision;
  ctx.report(*y.plan->file, r.at,
             Message{"budget.overrun-revision",
                     {{"year", int64_t{y.year}},
                      {"allocated", y.allocated},
                      {"income", y.income},
                      {"over", excess(y.allocated, y.income)},
                      {"case", d.case_ref.value},
                      {"adopted", *y.in_force.adopted_allocated}}},
             {.year = y.year})
      .help = Message{"help.budget-overrun-revision", {}};
  ctx.related(*y.plan->file, y.plan->income.key, Message{"related.income", {}});
}

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (y.overflow) continue;
    const figures::Range& allocated = y.allocated_range;
    const figures::Range& income = y.income_range;
    if (!figures::always_greater(allocated, income)) {
      // Held back when some reading overruns: an allocation read as nothing could be larger.
      const bool possible = !allocated.high || *allocated.high > *income.low;
      if (possible && !y.unknowns.empty()) ctx.hold_back({.year = y.year}, y.unknowns);
      continue;
    }
    const bool exact = allocated.exact() && income.exact();
    if (const model::Revision* r = exact ? tipping_revision(y) : nullptr) {
      report_revision(ctx, y, *r);
      relate_allocations(ctx, y);
      continue;
    }
    ctx.report(*y.plan->file, y.plan->measures.key,
               Message{exact ? "budget.overrun" : "budget.overrun-any",
                       {{"year", int64_t{y.year}},
                        {"allocated", y.allocated},
                        {"income", y.income},
                        {"over", excess(y.allocated, y.income)}}},
               {.year = y.year});
    ctx.related(*y.plan->file, y.plan->income.key, Message{"related.income", {}});
    relate_allocations(ctx, y);
    if (!exact) ctx.related_unknowns(y.unknowns);
  }
}

}  // namespace

extern const Rule kBudgetOverrun{
    "budget/overrun", diag::Severity::error, true, {},
    &check};

}  // namespace plancheck::rules
