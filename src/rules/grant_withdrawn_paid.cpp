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
    "  - id: 2021-09\n"
    "    amount: 100 000\n"
    "    status: withdrawn\n"
    "    paid: {amount: 50 000, date: 2021-06-30}\n",
    "  - id: 2021-09\n"
    "    amount: 100 000\n"
    "    status: withdrawn\n"
    "    withdrawn: 2021-08-20\n",
    &check};

}  // namespace plancheck::rules
