// funding/income-mismatch: the year's partnership income is what the frame's
// partners contribute that year: no partner missing, none extra, the same amounts.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// Whether the partner contributes in `year` (its from..to, open where not given).
bool active(const model::Partner& p, int year) {
  return (!p.from.present() || p.from->value <= year) && (!p.to.present() || p.to->value >= year);
}

/// The first income entry of `plan` that names `partner`; null when none does.
const model::PartnerIncome* income_of(const model::YearlyPlan& plan,
                                      const model::Partner& partner) {
  for (const model::PartnerIncome& e : *plan.income->partners) {
    if (e.partner_ref == &partner) return &e;
  }
  return nullptr;
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

/// Whether the frame's partner can be checked: the first with its id (id/duplicate reports
/// the others), with an amount and a range that runs forwards (schema/range reports it).
bool checkable(const model::Frame& frame, const model::Partner& p) {
  if (!p.id.present() || !p.amount.present()) return false;
  if (p.from.present() && p.to.present() && p.from->value > p.to->value) return false;
  for (const model::Partner& q : *frame.funding->partners) {
    if (q.id.present() && q.id->name == p.id->name) return &q == &p;
  }
  return false;
}

void check_plan(Context& ctx, const model::YearlyPlan& plan, int year) {
  const bool broken = has_broken_reference(plan);
  for (const model::Partner& p : *ctx.frame().funding->partners) {
    if (!checkable(ctx.frame(), p)) continue;
    const model::PartnerIncome* e = income_of(plan, p);
    if (!e) {
      if (active(p, year) && !broken) report_missing(ctx, plan, p, year);
    } else if (!active(p, year)) {
      report_extra(ctx, plan, p, *e, year);
    } else if (e->amount.present() && *e->amount != *p.amount) {
      report_amount(ctx, plan, p, *e, year);
    }
  }
}

void check(Context& ctx) {
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan || !g.plan->income.present() || !g.plan->income->partners.present()) continue;
    check_plan(ctx, *g.plan, g.year);
  }
}

}  // namespace

extern const Rule kFundingIncomeMismatch{
    "funding/income-mismatch", diag::Severity::error, false, {},
    "# frame: innlandet 2 500 000, kommunene 1 000 000 a year\n"
    "income:\n"
    "  partners:\n"
    "    - {partner: innlandet, amount: 2 000 000}\n",
    "# frame: innlandet 2 500 000, kommunene 1 000 000 a year\n"
    "income:\n"
    "  partners:\n"
    "    - {partner: innlandet, amount: 2 500 000}\n"
    "    - {partner: kommunene, amount: 1 000 000}\n",
    &check};

}  // namespace plancheck::rules
