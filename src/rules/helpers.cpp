#include "rules/helpers.h"

#include "base/text.h"

namespace plancheck::rules {

source::Offset plan_offset(const model::YearlyPlan& plan) {
  if (plan.year.key != source::kNoOffset) return plan.year.key;
  return plan.kind.key;
}

diag::Scope measure_scope(int year, const model::Measure& m) {
  diag::Scope scope{.year = year, .measure = m.id->name};
  if (m.priority_ref) scope.priority = m.priority_ref->id->name;
  return scope;
}

diag::Scope project_scope(int year, const model::Project& p) {
  diag::Scope scope{.year = year, .measure = p.measure->name, .project = p.id->name};
  if (p.measure_ref && p.measure_ref->priority_ref) {
    scope.priority = p.measure_ref->priority_ref->id->name;
  }
  return scope;
}

const model::ProjectList* list_of(const link::YearGroup& year, const model::Project& project) {
  for (const model::ProjectList* list : year.lists) {
    for (const model::Project& p : *list->projects) {
      if (&p == &project) return list;
    }
  }
  return nullptr;
}

bool is_business_unit(const model::Frame& frame, std::string_view who) {
  const model::BusinessUnit& unit = *frame.council->business_unit;
  const std::string_view name = trim(who);
  return (unit.id.present() && name == unit.id->name) || (unit.name.present() && name == *unit.name);
}

bool is_business_development(const model::Measure& m) {
  const model::Priority* p = m.priority_ref;
  return p && p->business_development.present() && *p->business_development;
}

Money excess(Money a, Money b) {
  if (a <= b) return {};
  return checked_sub(a, b).value_or(Money{});
}

namespace {

void relate_measure(Context& ctx, const model::YearlyPlan& plan, const figures::MeasureYear& my) {
  const model::Measure& m = *my.measure;
  const diag::Message message =
      my.amount ? diag::Message{"related.measure-puts", {{"measure", m.id->name}, {"amount", *my.amount}}}
                : diag::Message{"related.measure-unread", {{"measure", m.id->name}}};
  ctx.related(*plan.file, my.at != source::kNoOffset ? my.at : m.at, message);
}

void relate_reserve(Context& ctx, const figures::YearFigures& year) {
  const model::YearlyPlan& plan = *year.plan;
  const figures::PlanInForce& in_force = year.in_force;
  if (!plan.reserve.present() && !in_force.reserve_changed_by) return;
  ctx.related(*plan.file, in_force.reserve_at,
              in_force.reserve ? diag::Message{"related.reserve-amount", {{"amount", *in_force.reserve}}}
                               : diag::Message{"related.reserve-unread", {}});
}

}  // namespace

void relate_priority_amounts(Context& ctx, const figures::YearFigures& year,
                             const model::Priority& priority) {
  const model::YearlyPlan& plan = *year.plan;
  for (const figures::MeasureYear& my : year.measure_grants) {
    if (my.measure->priority_ref == &priority) relate_measure(ctx, plan, my);
  }
  if (year.reserve_counted && ctx.frame().reserve->counts_toward_ref == &priority) {
    relate_reserve(ctx, year);
  }
}

void relate_allocations(Context& ctx, const figures::YearFigures& year) {
  const model::YearlyPlan& plan = *year.plan;
  const figures::PlanInForce& in_force = year.in_force;
  if (plan.administration.present() || in_force.administration_changed_by) {
    ctx.related(*plan.file, in_force.administration_at,
                in_force.administration
                    ? diag::Message{"related.administration-amount", {{"amount", *in_force.administration}}}
                    : diag::Message{"related.administration-unread", {}});
  }
  for (const figures::MeasureYear& my : year.measure_grants) relate_measure(ctx, plan, my);
  relate_reserve(ctx, year);
}

bool blank(const model::Located<std::string>& text) {
  if (!text.present()) return true;
  return text->find_first_not_of(" \t\r\n") == std::string::npos;
}

bool blank(const model::Located<model::Note>& text) {
  return !text.present() || text->view().find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string year_list(const std::vector<int>& years) {
  std::string out;
  for (size_t i = 0; i < years.size();) {
    size_t end = i;
    while (end + 1 < years.size() && years[end + 1] == years[end] + 1)
      ++end;
    if (!out.empty()) out += ", ";
    out += std::to_string(years[i]);
    if (end > i) out += "\u2013" + std::to_string(years[end]);
    i = end + 1;
  }
  return out;
}

}  // namespace plancheck::rules
