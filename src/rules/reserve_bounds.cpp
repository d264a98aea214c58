// reserve/out-of-bounds: each year's reserve lies within the frame's min..max.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Located<model::ReserveFrame>& bounds = ctx.frame().reserve;
  if (!bounds.present()) return;
  const model::Located<Money>& min = bounds->min;
  const model::Located<Money>& max = bounds->max;
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan || !g.plan->reserve->amount.present()) continue;
    const model::Located<Money>& amount = g.plan->reserve->amount;
    const bool below = min.present() && *amount < *min;
    const bool above = max.present() && *amount > *max;
    if (!below && !above) continue;
    const model::Located<Money>& bound = below ? min : max;
    ctx.report(*g.plan->file, amount.at,
               Message{below ? "reserve.below" : "reserve.above",
                       {{"year", int64_t{g.year}}, {"amount", *amount}, {"bound", *bound}}},
               {.year = g.year});
    ctx.related(*ctx.frame().file, bound.at,
                Message{below ? "related.reserve-min" : "related.reserve-max", {}});
  }
}

}  // namespace

extern const Rule kReserveOutOfBounds{
    "reserve/out-of-bounds", diag::Severity::error, false, {},
    "# frame: reserve {min: 100 000, max: 500 000}\n"
    "reserve:\n"
    "  amount: 50 000\n",
    "# frame: reserve {min: 100 000, max: 500 000}\n"
    "reserve:\n"
    "  amount: 100 000\n",
    &check};

}  // namespace plancheck::rules
