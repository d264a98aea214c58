// grant/withdrawn-paid: a withdrawn grant records no payments.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const figures::GrantFigures& g : ctx.figures.grants) {
    const model::Project& p = *g.grant;
    if (!p.id.present() || p.counts() || !p.status.present() || g.payments == 0) continue;
    ctx.report(*g.list->file, p.paid.key,
               Message{"grant.withdrawn-paid", {{"project", p.id->name}, {"paid", g.paid}}},
               project_scope(g.year, p))
        .help = Message{"help.grant-withdrawn-paid", {}};
    ctx.related(*g.list->file, p.status.at, Message{"related.grant-status", {}});
  }
}

}  // namespace

extern const Rule kGrantWithdrawnPaid{
    "grant/withdrawn-paid", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
