// budget/overflow: the sums of a year or of the period fit in 64 bits; where
// they do not, the money rules skip them and this rule says so.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  bool any_year = false;
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (!y.overflow) continue;
    any_year = true;
    ctx.report(*y.plan->file, plan_offset(*y.plan),
               Message{"budget.overflow-year", {{"year", int64_t{y.year}}}}, {.year = y.year})
        .help = Message{"help.overflow", {}};
  }
  const model::Period& period = *ctx.frame().period;
  if (!ctx.figures.overflow || any_year || !period.from.present() || !period.to.present()) return;
  ctx.report(*ctx.frame().file, ctx.frame().period.key,
             Message{"budget.overflow-period",
                     {{"from", int64_t{period.from->value}}, {"to", int64_t{period.to->value}}}},
             {})
      .help = Message{"help.overflow", {}};
}

}  // namespace

extern const Rule kBudgetOverflow{
    "budget/overflow", diag::Severity::error, true, {},
    &check};

}  // namespace plancheck::rules
