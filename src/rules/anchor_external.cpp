// anchor/external-justification: a business-development measure carried out
// by someone other than the council's business unit says how it supports
// the business plan.

#include "base/text.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Frame& frame = ctx.frame();
  const model::BusinessUnit& unit = *frame.council->business_unit;
  if (!unit.id.present()) return;
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan) continue;
    for (const model::Measure& m : *g.plan->measures) {
      if (!m.id.present() || !is_business_development(m)) continue;
      if (blank(m.responsible) || is_business_unit(frame, *m.responsible)) continue;
      if (!blank(m.justification)) continue;
      ctx.report(*g.plan->file, m.responsible.at,
                 Message{"anchor.external-justification",
                         {{"measure", m.id->name},
                          {"responsible", std::string(trim(*m.responsible))},
                          {"unit", unit.id->name}}},
                 measure_scope(g.year, m))
          .help = Message{"help.external-justification", {}};
      ctx.related(*frame.file, unit.id.at, Message{"related.business-unit", {}});
    }
  }
}

}  // namespace

extern const Rule kAnchorExternalJustification{
    "anchor/external-justification", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
