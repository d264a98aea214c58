// period/date-outside: a grant's decision date lies in its project list's year.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const link::YearGroup& g : ctx.group.years) {
    // Without a plan for the year (ref/plan), the list's year is itself in doubt.
    if (!g.plan && !g.plan_broken) continue;
    for (const model::ProjectList* list : g.lists) {
      for (const model::Project& p : *list->projects) {
        const model::Located<Date>& date = p.decision->date;
        if (!p.id.present() || !date.present() || date->year == g.year) continue;
        ctx.report(
               *list->file, date.at,
               Message{"period.date-outside",
                       {{"project", p.id->name}, {"date", *date}, {"year", int64_t{g.year}}}},
               project_scope(g.year, p))
            .help = Message{"help.date-outside", {{"date_year", int64_t{date->year}}}};
        ctx.related(*list->file, list->year.at, Message{"related.list-year", {}});
      }
    }
  }
}

}  // namespace

extern const Rule kPeriodDateOutside{
    "period/date-outside", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
