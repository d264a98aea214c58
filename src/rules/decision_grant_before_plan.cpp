// decision/grant-before-plan: a grant draws on the yearly plan of its year,
// so it is decided after the council adopted that plan (when the plan
// records its adoption).

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const link::YearGroup& g : ctx.group.years) {
    const model::YearlyPlan* plan = g.plan;
    if (!plan || !plan->adopted.present() || !plan->adopted->date.present()) continue;
    const Date adopted = *plan->adopted->date;
    for (const model::ProjectList* list : g.lists) {
      for (const model::Project& p : *list->projects) {
        const model::Located<Date>& date = p.decision->date;
        // A date outside the list's year is period/date-outside's.
        if (!p.id.present() || !date.present() || date->year != g.year || !(*date < adopted)) continue;
        ctx.report(*list->file, date.at,
                   Message{"decision.grant-before-plan",
                           {{"project", p.id->name},
                            {"date", *date},
                            {"year", int64_t{g.year}},
                            {"adopted", adopted}}},
                   project_scope(g.year, p))
            .help = Message{"help.grant-before-plan", {}};
        ctx.related(*plan->file, plan->adopted->date.at, Message{"related.plan-adopted", {}});
      }
    }
  }
}

}  // namespace

extern const Rule kDecisionGrantBeforePlan{
    "decision/grant-before-plan", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
