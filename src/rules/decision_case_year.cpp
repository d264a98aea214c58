// decision/case-year: a case number that carries a year (`PS 12/23`: item 12
// of the council's meetings in 2023) carries the year of its decision's date.

#include "base/text.h"
#include "rules/decisions.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for_each_decision(ctx.group, [&](const source::SourceFile& file, const model::Decision& d,
                                   int year) {
    if (!d.case_ref.present() || !d.date.present()) return;
    // A date outside its budget year is reported by period/date-outside or revision/date-outside.
    if (year != 0 && d.date->year != year) return;
    const std::optional<CaseNumber> n = parse_case_number(*d.case_ref);
    if (!n || n->matches(d.date->year)) return;
    ctx.report(file, d.case_ref.at,
               Message{"decision.case-year",
                       {{"case", std::string(trim(*d.case_ref))},
                        {"year", int64_t{n->full_year(d.date->year)}},
                        {"date", *d.date}}},
               {})
        .help = Message{"help.case-year", {}};
    ctx.related(file, d.date.at, Message{"related.decision-date", {}});
  });
}

}  // namespace

extern const Rule kDecisionCaseYear{
    "decision/case-year", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
