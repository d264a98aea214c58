// reserve/out-of-bounds: each year's reserve (in force at the end of the year) lies within
// the frame's min..max.

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
  for (const figures::YearFigures& y : ctx.figures.years) {
    const link::YearGroup& g = *y.group;
    const bool set = y.plan->reserve.present() || y.in_force.reserve_changed_by;
    if (!set || !y.in_force.reserve) continue;
    const figures::Amount& amount = y.in_force.reserve;
    const bool below = min.present() && *amount < *min;
    const bool above = max.present() && *amount > *max;
    if (!below && !above) continue;
    const model::Located<Money>& bound = below ? min : max;
    ctx.report(*g.plan->file, y.in_force.reserve_at,
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
    &check};

}  // namespace plancheck::rules
