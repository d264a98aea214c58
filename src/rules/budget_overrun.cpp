// budget/overrun: administration + measures + reserve stay within the year's income.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

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
    "income:\n  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
    "administration: {amount: 500 000}\n"
    "measures:\n  - {id: snowball, priority: naering, amount: 3 000 000}\n"
    "reserve: {amount: 200 000}   # 3 700 000 planned, 3 500 000 income\n",
    "income:\n  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
    "administration: {amount: 500 000}\n"
    "measures:\n  - {id: snowball, priority: naering, amount: 2 800 000}\n"
    "reserve: {amount: 200 000}   # 3 500 000 planned\n",
    &check};

}  // namespace plancheck::rules
