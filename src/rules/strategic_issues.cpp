// strategic-issues/missing: a yearly plan names the large strategic issues
// the council prioritises that year.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan) continue;
    const model::Located<std::vector<model::StrategicIssue>>& issues = g.plan->strategic_issues;
    if (issues.invalid() || !issues->empty()) continue;
    const source::Offset at = issues.present() ? issues.key : plan_offset(*g.plan);
    ctx.report(*g.plan->file, at, Message{"strategic-issues.missing", {{"year", int64_t{g.year}}}},
               {.year = g.year})
        .help = Message{"help.strategic-issues", {}};
  }
}

}  // namespace

extern const Rule kStrategicIssuesMissing{
    "strategic-issues/missing", diag::Severity::note, false, {},
    &check};

}  // namespace plancheck::rules
