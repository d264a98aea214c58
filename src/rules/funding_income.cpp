// funding/income-mismatch: the year's partnership income is what the frame's
// partners contribute that year: no partner missing, none extra, the same amounts.

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "figures/frame_figures.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// The first income entry of `plan` for each partner it names.
std::unordered_map<const model::Partner*, const model::PartnerIncome*> income_by_partner(
    const model::YearlyPlan& plan) {
  std::unordered_map<const model::Partner*, const model::PartnerIncome*> out;
  for (const model::PartnerIncome& e : *plan.income->partners) out.emplace(e.partner_ref, &e);
  return out;
}

void report_missing(Context& ctx, const model::YearlyPlan& plan, const model::Partner& p,
                    int year) {
  const std::string& id = p.id->name;
  ctx.report(*plan.file, plan.income->partners.key,
             Message{"funding.partner-missing",
                     {{"year", int64_t{year}}, {"partner", id}, {"expected", *p.amount}}},
             {.year = year})
      .help = Message{"help.partner-missing", {{"partner", id}, {"expected", *p.amount}}};
  ctx.related(*ctx.frame().file, p.amount.at, Message{"related.partner", {}});
}

void report_extra(Context& ctx, const model::YearlyPlan& plan, const model::Partner& p,
                  const model::PartnerIncome& e, int year) {
  ctx.report(*plan.file, e.partner.at,
             Message{"funding.partner-extra",
                     {{"year", int64_t{year}},
                      {"partner", p.id->name},
                      {"amount", e.amount.present() ? *e.amount : Money{}}}},
             {.year = year})
      .help = Message{"help.partner-extra", {{"partner", p.id->name}}};
  const bool too_early = p.from.present() && p.from->value > year;
  ctx.related(*ctx.frame().file, too_early ? p.from.key : p.to.key,
              Message{"related.partner-years", {}});
}

void report_amount(Context& ctx, const model::YearlyPlan& plan, const model::Partner& p,
                   const model::PartnerIncome& e, int year) {
  ctx.report(*plan.file, e.amount.at,
             Message{"funding.partner-amount",
                     {{"year", int64_t{year}},
                      {"partner", p.id->name},
                      {"amount", *e.amount},
                      {"expected", *p.amount}}},
             {.year = year})
      .help = Message{"help.partner-amount", {{"expected", *p.amount}}};
  ctx.related(*ctx.frame().file, p.amount.at, Message{"related.partner", {}});
}

/// Whether an income entry names a partner that did not resolve (ref/partner reports it);
/// it may be meant for any of the frame's partners.
bool has_broken_reference(const model::YearlyPlan& plan) {
  for (const model::PartnerIncome& e : *plan.income->partners) {
    if (!e.partner_ref) return true;
  }
  return false;
}

/// The frame's partners that can be checked: the first with each id (id/duplicate reports
/// the others), with an amount and a range that runs forwards (schema/range reports it).
std::vector<const model::Partner*> checkable(const model::Frame& frame) {
  std::vector<const model::Partner*> out;
  std::unordered_set<std::string_view> seen;
  for (const model::Partner& p : *frame.funding->partners) {
    if (!p.id.present() || !seen.insert(p.id->name).second || !p.amount.present()) continue;
    if (p.from.present() && p.to.present() && p.from->value > p.to->value) continue;
    out.push_back(&p);
  }
  return out;
}

void check_plan(Context& ctx, const std::vector<const model::Partner*>& partners,
                const model::YearlyPlan& plan, int year) {
  const bool broken = has_broken_reference(plan);
  const auto incomes = income_by_partner(plan);
  for (const model::Partner* partner : partners) {
    const model::Partner& p = *partner;
    const auto it = incomes.find(&p);
    const model::PartnerIncome* e = it == incomes.end() ? nullptr : it->second;
    if (!e) {
      if (figures::contributes(p, year) && !broken) report_missing(ctx, plan, p, year);
    } else if (!figures::contributes(p, year)) {
      report_extra(ctx, plan, p, *e, year);
    } else if (e->amount.present() && *e->amount != *p.amount) {
      report_amount(ctx, plan, p, *e, year);
    }
  }
}

void check(Context& ctx) {
  const std::vector<const model::Partner*> partners = checkable(ctx.frame());
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan || !g.plan->income.present() || !g.plan->income->partners.present()) continue;
    check_plan(ctx, partners, *g.plan, g.year);
  }
}

}  // namespace

extern const Rule kFundingIncomeMismatch{
    "funding/income-mismatch", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
