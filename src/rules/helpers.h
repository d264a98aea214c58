#pragma once
// Small helpers the rule checks share: where a finding about a whole plan
// points, the scope of a finding about a measure or grant, blank texts.

#include <string>
#include <vector>

#include "diag/finding.h"
#include "figures/figures.h"
#include "link/link.h"
#include "model/plan.h"
#include "rules/rule.h"

namespace plancheck::rules {

/// Where a finding about a yearly plan as a whole points: its `year` key.
source::Offset plan_offset(const model::YearlyPlan& plan);

/// The scope of a finding about a measure of `year`: year, priority, measure.
diag::Scope measure_scope(int year, const model::Measure& m);

/// The scope of a finding about a grant of `year`: year, priority and measure
/// (or `reserve`) it draws on, project.
diag::Scope project_scope(int year, const model::Project& p);

/// The project list of `year` that holds `project`; null when none does.
const model::ProjectList* list_of(const link::YearGroup& year, const model::Project& project);

/// How much `a` exceeds `b`, for amounts of one plan (never negative, so
/// the difference always fits); zero when it does not exceed it.
Money excess(Money a, Money b);

/// Points the last finding at each amount of `year` that goes to
/// `priority`: its measures, and the reserve where it counts toward it.
void relate_priority_amounts(Context& ctx, const figures::YearFigures& year,
                             const model::Priority& priority);

/// Points the last finding at every amount `year` allocates: the
/// administration, each measure and the reserve.
void relate_allocations(Context& ctx, const figures::YearFigures& year);

/// Whether `who` names the council's business unit, by id or by name.
bool is_business_unit(const model::Frame& frame, std::string_view who);

/// Whether `m` serves a business-development priority of the frame.
bool is_business_development(const model::Measure& m);

/// Whether a text is absent or holds only white space.
bool blank(const model::Located<std::string>& text);
bool blank(const model::Located<model::Note>& text);

/// Each later installment of each grant that counts, with its grant's figures.
template <class F>
void for_each_installment(const figures::FrameFigures& figures, F&& f) {
  for (const figures::GrantFigures& g : figures.grants) {
    const model::Project& p = *g.grant;
    if (!p.id.present() || !p.status.present() || !p.counts()) continue;
    for (const model::Installment& in : *p.installments) {
      if (in.year.present() && in.year->value > g.year) f(g, in);
    }
  }
}

/// Each revision of each decoded yearly plan of the group.
template <class F>
void for_each_revision(const link::FrameGroup& group, F&& f) {
  for (const link::YearGroup& g : group.years) {
    if (!g.plan) continue;
    for (const model::Revision& r : *g.plan->revisions) f(*g.plan, r);
  }
}

/// Years as plan texts write them: runs joined with an en dash, others with
/// commas: {2022, 2023, 2024} -> "2022–2024", {2022, 2024} -> "2022, 2024".
std::string year_list(const std::vector<int>& years);

}  // namespace plancheck::rules
