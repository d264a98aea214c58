// budget/overrun: administration + measures + reserve stay within the year's income.

#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (y.overflow || y.plan_incomplete || y.allocated <= y.income) continue;
    ctx.report(*y.plan->file, y.plan->measures.key,
               Message{"budget.overrun",
                       {{"year", int64_t{y.year}},
                        {"allocated", y.allocated},
                        {"income", y.income},
                        {"over", Money{y.allocated.kroner - y.income.kroner}}}},
               {.year = y.year});
    ctx.related(*y.plan->file, y.plan->income.key, Message{"related.income", {}});
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
