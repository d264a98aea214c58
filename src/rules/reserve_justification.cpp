// reserve/justification: a grant drawn on the reserve says how it serves the
// frame's overall goal.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Frame& frame = ctx.frame();
  for (const link::YearGroup& g : ctx.group.years) {
    for (const model::ProjectList* list : g.lists) {
      for (const model::Project& p : *list->projects) {
        if (!p.id.present() || !p.draws_on_reserve() || !p.counts()) continue;
        if (!blank(p.goal_contribution)) continue;
        ctx.report(*list->file, p.measure.at,
                   Message{"reserve.justification", {{"project", p.id->name}}},
                   project_scope(g.year, p))
            .help = Message{"help.reserve-justification", {}};
        ctx.related(*frame.file, frame.goal.key, Message{"related.goal", {}});
      }
    }
  }
}

}  // namespace

extern const Rule kReserveJustification{
    "reserve/justification", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
