// anchor/project-justification: a grant on a business-development measure,
// carried out by someone other than the council's business unit, says how it
// supports the business plan. The source judges such projects, not only
// measures, by that support.

#include "base/text.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// Who carries the grant out: its `responsible`, or else its applicant.
const model::Located<std::string>& lead(const model::Project& p) {
  return blank(p.responsible) ? p.applicant : p.responsible;
}

void check_project(Context& ctx, const link::YearGroup& g, const model::ProjectList& list,
                   const model::Project& p) {
  const model::Frame& frame = ctx.frame();
  const model::Measure* m = p.measure_ref;
  if (!p.id.present() || !p.counts() || !m || !is_business_development(*m)) return;
  const model::Located<std::string>& who = lead(p);
  if (blank(who) || is_business_unit(frame, *who) || !blank(p.justification)) return;
  const model::BusinessUnit& unit = *frame.council->business_unit;
  ctx.report(*list.file, who.at,
             Message{"anchor.project-justification",
                     {{"project", p.id->name},
                      {"responsible", std::string(trim(*who))},
                      {"unit", unit.id->name},
                      {"measure", m->id->name}}},
             project_scope(g.year, p))
      .help = Message{"help.project-justification", {}};
  if (g.plan) ctx.related(*g.plan->file, m->id.at, Message{"related.business-measure", {{"measure", m->id->name}}});
  ctx.related(*frame.file, unit.id.at, Message{"related.business-unit", {}});
}

void check(Context& ctx) {
  if (!ctx.frame().council->business_unit->id.present()) return;
  for (const link::YearGroup& g : ctx.group.years) {
    for (const model::ProjectList* list : g.lists) {
      for (const model::Project& p : *list->projects) check_project(ctx, g, *list, p);
    }
  }
}

}  // namespace

extern const Rule kAnchorProjectJustification{
    "anchor/project-justification", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
