// project/overdrawn: the grants on a measure stay within the measure's amount in force on
// each grant's decision date (and at the end of the year).

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// The message: over the amount in force when the grant was decided, and whether a later
/// revision raised it.
Message message_of(const figures::YearFigures& y, const figures::MeasureYear& my) {
  const model::Project& p = *my.first_over;
  std::vector<diag::Arg> args{{"measure", my.measure->id->name},
                              {"granted", my.granted_by_over},
                              {"year", int64_t{y.year}},
                              {"over", excess(my.granted_by_over, *my.limit)},
                              {"amount", *my.limit},
                              {"project", p.id->name}};
  if (!my.raised_later) return Message{"project.overdrawn", std::move(args)};
  args.push_back({"date", *p.decision->date});
  args.push_back({"raised", *my.amount});
  args.push_back({"case", my.changed_by ? my.changed_by->decision->case_ref.value : std::string()});
  return Message{"project.overdrawn-when-decided", std::move(args)};
}

void report(Context& ctx, const figures::YearFigures& y, const figures::MeasureYear& my) {
  const model::Measure& m = *my.measure;
  const model::Project& p = *my.first_over;
  const model::ProjectList* list = list_of(*y.group, p);
  if (!list) return;
  diag::Scope scope = measure_scope(y.year, m);
  scope.project = p.id->name;
  ctx.report(*list->file, p.amount.at, message_of(y, my), std::move(scope))
      .help = Message{my.raised_later ? "help.project-overdrawn-when-decided" : "help.project-overdrawn",
                      {{"year", int64_t{y.year}}}};
  if (!my.changed_by) {
    ctx.related(*y.plan->file, my.at, Message{"related.measure-amount", {}});
    return;
  }
  if (my.raised_later && m.amount.present()) {
    ctx.related(*y.plan->file, m.amount.at, Message{"related.measure-amount", {}});
  }
  ctx.related(*y.plan->file, my.at, Message{"related.measure-revised", {}});
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
      if (!my.first_over || !my.limit) continue;
      report(ctx, y, my);
    }
  }
}

}  // namespace

extern const Rule kProjectOverdrawn{
    "project/overdrawn", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
