// project/overdrawn: the grants on a measure stay within the measure's amount.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void report(Context& ctx, const figures::YearFigures& y, const figures::MeasureYear& my) {
  const model::Measure& m = *my.measure;
  const model::Project& p = *my.first_over;
  const model::ProjectList* list = list_of(*y.group, p);
  if (!list) return;
  diag::Scope scope = measure_scope(y.year, m);
  scope.project = p.id->name;
  ctx.report(*list->file, p.amount.at,
             Message{"project.overdrawn",
                     {{"measure", m.id->name},
                      {"granted", my.granted},
                      {"year", int64_t{y.year}},
                      {"over", excess(my.granted, *m.amount)},
                      {"amount", *m.amount},
                      {"project", p.id->name}}},
             std::move(scope))
      .help = Message{"help.project-overdrawn", {{"year", int64_t{y.year}}}};
  ctx.related(*y.plan->file, m.amount.at, Message{"related.measure-amount", {}});
}

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (y.overflow) continue;
    if (y.grants_incomplete) {
      // A grant that could not be read could take any measure past its amount.
      if (!y.measure_grants.empty()) ctx.hold_back({.year = y.year}, y.grant_unknowns);
      continue;
    }
    for (const figures::MeasureYear& my : y.measure_grants) {
      if (!my.first_over || !my.measure->amount.present()) continue;
      report(ctx, y, my);
    }
  }
}

}  // namespace

extern const Rule kProjectOverdrawn{
    "project/overdrawn", diag::Severity::error, false, {},
    "# yearly plan: {id: arrangement-idrett, amount: 250 000}\n"
    "projects:\n"
    "  - {id: 2021-03, measure: arrangement-idrett, amount: 150 000, status: paid}\n"
    "  - {id: 2021-11, measure: arrangement-idrett, amount: 150 000, status: granted}\n",
    "# yearly plan: {id: arrangement-idrett, amount: 250 000}\n"
    "projects:\n"
    "  - {id: 2021-03, measure: arrangement-idrett, amount: 150 000, status: paid}\n"
    "  - {id: 2021-11, measure: arrangement-idrett, amount: 100 000, status: granted}\n",
    &check};

}  // namespace plancheck::rules
