// anchor/responsible-missing: a business-development measure names who is
// responsible for it, since a measure led by someone other than the
// council's business unit must justify itself against the business plan.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan) continue;
    for (const model::Measure* m : model::all_measures(*g.plan)) {
      if (!m->id.present() || !is_business_development(*m) || !blank(m->responsible)) continue;
      // A value that could not be read is reported by schema/type.
      if (m->responsible.invalid()) continue;
      ctx.report(*g.plan->file, m->id.at,
                 Message{"anchor.responsible-missing",
                         {{"measure", m->id->name}, {"priority", m->priority_ref->id->name}}},
                 measure_scope(g.year, *m))
          .help = Message{"help.responsible-missing", {}};
    }
  }
}

}  // namespace

extern const Rule kAnchorResponsibleMissing{
    "anchor/responsible-missing", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
