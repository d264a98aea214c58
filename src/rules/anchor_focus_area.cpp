// anchor/focus-area-missing: a measure of a priority that names `anchored-in`
// names a focus area of that document (when the document has any); a
// measure of a business-development priority without `anchored-in` names
// some focus area.

#include <algorithm>

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// Whether `m` names a focus area of `doc` (any focus area when `doc` is null).
bool names_focus_area(const model::Measure& m, const model::AnchorDocument* doc) {
  if (!doc) return !m.focus_area_refs.empty();
  return std::any_of(m.focus_area_refs.begin(), m.focus_area_refs.end(),
                     [&](const model::FocusArea* area) {
                       return std::any_of(doc->focus_areas->begin(), doc->focus_areas->end(),
                                          [&](const model::FocusArea& a) { return &a == area; });
                     });
}

void report(Context& ctx, const model::YearlyPlan& plan, const model::Measure& m) {
  const model::Priority& p = *m.priority_ref;
  const model::AnchorDocument* doc = p.anchored_in_ref;
  const std::string& measure = m.id->name;
  const std::string& priority = p.id->name;
  const source::Offset at = m.id.at;
  if (!doc) {
    ctx.report(
        *plan.file, at,
        Message{"anchor.focus-area-missing-any", {{"measure", measure}, {"priority", priority}}},
        measure_scope(plan.year->value, m));
    ctx.related(*ctx.frame().file, ctx.frame().anchoring.key, Message{"related.anchoring", {}});
    return;
  }
  diag::Finding& f = ctx.report(
      *plan.file, at,
      Message{"anchor.focus-area-missing",
              {{"measure", measure}, {"priority", priority}, {"document", doc->id->name}}},
      measure_scope(plan.year->value, m));
  if (!doc->focus_areas->empty()) {
    f.help =
        Message{"help.focus-area",
                {{"document", doc->id->name}, {"example", doc->focus_areas->front().id->name}}};
  }
  const source::Offset list = doc->focus_areas.present() ? doc->focus_areas.key : doc->id.at;
  ctx.related(*ctx.frame().file, list,
              Message{"related.focus-areas", {{"document", doc->id->name}}});
}

/// Whether the measures of `p` must name a focus area: those of a priority anchored in a
/// document with focus areas, and those of a business-development priority.
bool requires_focus_area(const model::Priority& p) {
  if (p.business_development.present() && *p.business_development) return true;
  // An anchoring that did not resolve is reported by ref/anchoring.
  const model::AnchorDocument* doc = p.anchored_in_ref;
  return doc && doc->focus_areas.present() && !doc->focus_areas->empty();
}

void check(Context& ctx) {
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan) continue;
    for (const model::Measure& m : *g.plan->measures) {
      const model::Priority* p = m.priority_ref;
      if (!m.id.present() || !p || !requires_focus_area(*p)) continue;
      // A focus area that did not resolve is reported by ref/focus-area; fix that first.
      if (m.focus_areas.invalid() || m.focus_area_refs.size() != m.focus_areas->size()) continue;
      if (names_focus_area(m, p->anchored_in_ref)) continue;
      report(ctx, *g.plan, m);
    }
  }
}

}  // namespace

extern const Rule kAnchorFocusAreaMissing{
    "anchor/focus-area-missing", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
