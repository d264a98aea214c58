// anchor/external-justification: a business-development measure carried out
// by someone other than the council's business unit says how it supports
// the business plan.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// `text` without white space at either end.
std::string_view trimmed(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

/// Whether `responsible` names the council's business unit, by id or by name.
bool is_business_unit(const model::Frame& frame, std::string_view responsible) {
  const model::BusinessUnit& unit = *frame.council->business_unit;
  const std::string_view who = trimmed(responsible);
  return (unit.id.present() && who == unit.id->name) || (unit.name.present() && who == *unit.name);
}

void check(Context& ctx) {
  const model::Frame& frame = ctx.frame();
  const model::BusinessUnit& unit = *frame.council->business_unit;
  if (!unit.id.present()) return;
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan) continue;
    for (const model::Measure& m : *g.plan->measures) {
      const model::Priority* p = m.priority_ref;
      if (!m.id.present() || !p || !p->business_development.present() ||
          !*p->business_development) {
        continue;
      }
      if (blank(m.responsible) || is_business_unit(frame, *m.responsible)) continue;
      if (!blank(m.justification)) continue;
      ctx.report(*g.plan->file, m.responsible.at,
                 Message{"anchor.external-justification",
                         {{"measure", m.id->name},
                          {"responsible", std::string(trimmed(*m.responsible))},
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
    "# frame: business-unit {id: LRV}; naering {business-development: true}\n"
    "measures:\n"
    "  - id: kompetanseloft\n"
    "    priority: naering\n"
    "    responsible: Høgskolen i Innlandet\n"
    "    amount: 200 000\n",
    "# frame: business-unit {id: LRV}; naering {business-development: true}\n"
    "measures:\n"
    "  - id: kompetanseloft\n"
    "    priority: naering\n"
    "    responsible: Høgskolen i Innlandet\n"
    "    justification: Kobler høgskolen og næringslivet, jf. næringsplanens innsatsområde for\n"
    "      kompetanse og samarbeid.\n"
    "    amount: 200 000\n",
    &check};

}  // namespace plancheck::rules
