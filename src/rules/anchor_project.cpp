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

/// Who carries a grant out, and where that is written.
struct Lead {
  std::string_view who;
  source::Offset at = source::kNoOffset;
};

/// The grant's `responsible`, or else its applicant.
Lead lead(const model::Project& p) {
  if (!blank(p.responsible)) return {trim(p.responsible->view()), p.responsible.at};
  return {p.applicant.present() ? trim(*p.applicant) : std::string_view{}, p.applicant.at};
}

void check_project(Context& ctx, const link::YearGroup& g, const model::ProjectList& list,
                   const model::Project& p) {
  const model::Frame& frame = ctx.frame();
  const model::Measure* m = p.measure_ref;
  if (!p.id.present() || !p.counts() || !m || !is_business_development(*m)) return;
  const Lead who = lead(p);
  if (who.who.empty() || is_business_unit(frame, who.who) || !blank(p.justification)) return;
  const model::BusinessUnit& unit = *frame.council->business_unit;
  ctx.report(*list.file, who.at,
             Message{"anchor.project-justification",
                     {{"project", p.id->name},
                      {"responsible", std::string(who.who)},
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
