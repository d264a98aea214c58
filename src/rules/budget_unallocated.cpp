// budget/unallocated: no more than the threshold of the year's income is
// left unallocated.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

constexpr Param kParams[] = {{"threshold", "5"}};

void check(Context& ctx) {
  const Ratio threshold = ctx.percent("threshold");
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (y.overflow || y.plan_incomplete || y.income.kroner <= 0) continue;
    const Money allowed{floor_times(y.income.kroner, threshold)};
    if (y.unallocated <= allowed) continue;
    ctx.report(*y.plan->file, y.plan->income.key,
               Message{"budget.unallocated",
                       {{"year", int64_t{y.year}},
                        {"unallocated", y.unallocated},
                        {"income", y.income},
                        {"share", Ratio{y.unallocated.kroner, y.income.kroner}},
                        {"threshold", threshold}}},
               {.year = y.year})
        .help = Message{"help.unallocated", {{"need", excess(y.unallocated, allowed)}}};
    ctx.related(*y.plan->file, y.plan->measures.key, Message{"related.measures", {}});
  }
}

}  // namespace

extern const Rule kBudgetUnallocated{
    "budget/unallocated", diag::Severity::warning, false, kParams,
    "income:\n  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
    "administration: {amount: 500 000}\n"
    "measures:\n  - {id: snowball, priority: naering, amount: 2 400 000}\n"
    "reserve: {amount: 200 000}   # 400 000 (11.4 %) unallocated\n",
    "income:\n  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
    "administration: {amount: 500 000}\n"
    "measures:\n  - {id: snowball, priority: naering, amount: 2 700 000}\n"
    "reserve: {amount: 200 000}   # 100 000 (2.9 %) unallocated\n",
    &check};

}  // namespace plancheck::rules
