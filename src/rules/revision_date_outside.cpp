// revision/date-outside: a revision is decided within the plan's year, and
// not before the plan was adopted.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for_each_revision(ctx.group, [&](const model::YearlyPlan& plan, const model::Revision& r) {
    const model::Located<Date>& date = r.decision->date;
    if (!date.present()) return;
    const int year = plan.year->value;
    const std::string& case_ref = r.decision->case_ref.value;
    if (date->year != year) {
      ctx.report(*plan.file, date.at,
                 Message{"revision.date-outside-year",
                         {{"case", case_ref}, {"date", *date}, {"year", int64_t{year}}}},
                 {.year = year})
          .help = Message{"help.revision-date-outside-year", {{"year", int64_t{year}}}};
      ctx.related(*plan.file, plan.year.at, Message{"related.plan-year", {}});
      return;
    }
    const model::Located<Date>& adopted = plan.adopted->date;
    if (!adopted.present() || *date >= *adopted) return;
    ctx.report(*plan.file, date.at,
               Message{"revision.date-before-adoption",
                       {{"case", case_ref}, {"date", *date}, {"adopted", *adopted}}},
               {.year = year})
        .help = Message{"help.revision-date-before-adoption", {}};
    ctx.related(*plan.file, adopted.at, Message{"related.plan-adopted", {}});
  });
}

}  // namespace

extern const Rule kRevisionDateOutside{
    "revision/date-outside", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
