// decision/case-dates: one case number is one item of one meeting, so every
// decision that cites it has the same date.

#include <string>
#include <unordered_map>

#include "base/text.h"
#include "rules/decisions.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

struct FirstUse {
  const source::SourceFile* file = nullptr;
  const model::Decision* decision = nullptr;
};

void check(Context& ctx) {
  std::unordered_map<std::string, FirstUse> first;
  for_each_decision(ctx.group, [&](const source::SourceFile& file, const model::Decision& d,
                                   int year) {
    if (!d.case_ref.present() || !d.date.present() || trim(*d.case_ref).empty()) return;
    // A date outside its budget year is reported by period/date-outside or revision/date-outside.
    if (year != 0 && d.date->year != year) return;
    // A date outside the case number's year is decision/case-year's.
    const std::optional<CaseNumber> n = parse_case_number(*d.case_ref);
    if (n && !n->matches(d.date->year)) return;
    const auto [it, fresh] = first.try_emplace(case_key(*d.case_ref), FirstUse{&file, &d});
    if (fresh || it->second.decision->date.value == d.date.value) return;
    const model::Decision& other = *it->second.decision;
    ctx.report(file, d.date.at,
               Message{"decision.case-dates",
                       {{"case", std::string(trim(*d.case_ref))},
                        {"date", *d.date},
                        {"other", *other.date}}},
               {})
        .help = Message{"help.case-dates", {}};
    ctx.related(*it->second.file, other.date.at,
                Message{"related.case-first", {{"date", *other.date}}});
  });
}

}  // namespace

extern const Rule kDecisionCaseDates{
    "decision/case-dates", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
