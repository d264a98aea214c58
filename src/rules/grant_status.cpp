// grant/status: a grant's status agrees with what was paid and with its
// withdrawal date.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;
using model::GrantStatus;

void report(Context& ctx, const figures::GrantFigures& g, source::Offset at, Message message,
            Message help) {
  ctx.report(*g.list->file, at, std::move(message), project_scope(g.year, *g.grant)).help =
      std::move(help);
}

/// A withdrawal date on a grant that is not withdrawn.
void check_withdrawal(Context& ctx, const figures::GrantFigures& g) {
  const model::Project& p = *g.grant;
  if (!p.withdrawn.present() || *p.status == GrantStatus::withdrawn) return;
  report(ctx, g, p.withdrawn.at,
         Message{"grant.status-withdrawn-date",
                 {{"project", p.id->name}, {"date", *p.withdrawn},
                  {"status", std::string(model::enum_name(*p.status))}}},
         Message{"help.grant-status-withdrawn-date", {}});
}

/// Payments that say otherwise than the status: paid in full but `granted`,
/// or `paid`/`completed` with less paid than granted.
void check_payments(Context& ctx, const figures::GrantFigures& g) {
  const model::Project& p = *g.grant;
  if (!g.paid_recorded || g.overflow || g.total_incomplete || g.paid > g.total) return;
  const std::string status(model::enum_name(*p.status));
  if (*p.status == GrantStatus::granted && !g.paid_incomplete && g.paid == g.total &&
      g.total.kroner > 0) {
    report(ctx, g, p.status.at,
           Message{"grant.status-paid-in-full", {{"project", p.id->name}, {"total", g.total}}},
           Message{"help.grant-status-paid-in-full", {}});
  } else if ((*p.status == GrantStatus::paid || *p.status == GrantStatus::completed) &&
             !g.paid_incomplete && g.paid < g.total) {
    report(ctx, g, p.status.at,
           Message{"grant.status-not-paid",
                   {{"project", p.id->name}, {"status", status}, {"paid", g.paid}, {"total", g.total}}},
           Message{"help.grant-status-not-paid", {{"rest", excess(g.total, g.paid)}}});
    ctx.related(*g.list->file, p.paid.key, Message{"related.payments", {}});
  }
}

void check(Context& ctx) {
  for (const figures::GrantFigures& g : ctx.figures.grants) {
    if (!g.grant->id.present() || !g.grant->status.present()) continue;
    check_withdrawal(ctx, g);
    if (*g.grant->status != GrantStatus::withdrawn) check_payments(ctx, g);
  }
}

}  // namespace

extern const Rule kGrantStatus{
    "grant/status", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
