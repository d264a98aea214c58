// revision/decision-missing: every revision of a yearly plan records the
// council's decision.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for_each_revision(ctx.group, [&](const model::YearlyPlan& plan, const model::Revision& r) {
    if (r.decision.key != source::kNoOffset) return;  // present, or reported as broken
    ctx.report(*plan.file, r.at, Message{"revision.decision-missing", {{"year", int64_t{plan.year->value}}}},
               {.year = plan.year->value})
        .help = Message{"help.revision-decision-missing", {}};
  });
}

}  // namespace

extern const Rule kRevisionDecisionMissing{
    "revision/decision-missing", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
