// reserve/overdrawn: the grants drawn on a year's reserve stay within it.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (y.overflow) continue;
    if (y.grants_incomplete) {
      // A grant that could not be read could draw on the reserve.
      ctx.hold_back({.year = y.year}, y.grant_unknowns);
      continue;
    }
    if (!y.reserve_first_over) continue;
    if (!y.in_force.reserve) {
      ctx.hold_back({.year = y.year}, y.unknowns);
      continue;
    }
    const model::Project& p = *y.reserve_first_over;
    const model::ProjectList* list = list_of(*y.group, p);
    if (!list) continue;
    ctx.report(*list->file, p.amount.at,
               Message{"reserve.overdrawn",
                       {{"year", int64_t{y.year}},
                        {"drawn", y.reserve_drawn},
                        {"over", excess(y.reserve_drawn, y.reserve)},
                        {"reserve", y.reserve},
                        {"project", p.id->name}}},
               project_scope(y.year, p))
        .help = Message{"help.reserve-overdrawn", {{"year", int64_t{y.year}}}};
    if (y.plan->reserve.present() || y.in_force.reserve_changed_by) {
      ctx.related(*y.plan->file, y.in_force.reserve_at, Message{"related.reserve", {}});
    }
  }
}

}  // namespace

extern const Rule kReserveOverdrawn{
    "reserve/overdrawn", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
