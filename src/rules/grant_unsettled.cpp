// grant/unsettled: once a year's project list is closed, each of its grants
// is paid, completed or withdrawn (a multi-year grant with installments
// still to come excepted).

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// Whether the grant has installments in years after its own.
bool runs_on(const model::Project& p, int year) {
  for (const model::Installment& in : *p.installments) {
    if (in.year.present() && in.year->value > year) return true;
  }
  return false;
}

void check(Context& ctx) {
  for (const figures::GrantFigures& g : ctx.figures.grants) {
    const model::Project& p = *g.grant;
    const model::ProjectList& list = *g.list;
    if (!list.status.present() || *list.status != model::ListStatus::closed) continue;
    if (!p.id.present() || !p.status.present() || *p.status != model::GrantStatus::granted) continue;
    if (runs_on(p, g.year)) continue;
    // Payments that show it paid in full: grant/status reports the status.
    if (g.paid_recorded && !g.total_incomplete && g.paid >= g.total) continue;
    ctx.report(*list.file, p.status.at,
               Message{"grant.unsettled", {{"project", p.id->name}, {"year", int64_t{g.year}}}},
               project_scope(g.year, p))
        .help = Message{"help.grant-unsettled", {}};
    ctx.related(*list.file, list.status.at, Message{"related.list-closed", {{"previous", int64_t{g.year}}}});
  }
}

}  // namespace

extern const Rule kGrantUnsettled{
    "grant/unsettled", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
