// grant/overpaid: the payments of a grant stay within what was granted.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const figures::GrantFigures& g : ctx.figures.grants) {
    const model::Project& p = *g.grant;
    // A payment whose amount is unreadable only adds to the sum: the grant is over for every reading.
    if (!g.first_over || g.overflow || g.total_incomplete || !p.id.present() || !p.counts()) continue;
    ctx.report(*g.list->file, g.first_over->amount.at,
               Message{"grant.overpaid",
                       {{"project", p.id->name},
                        {"paid", g.paid},
                        {"over", excess(g.paid, g.total)},
                        {"total", g.total}}},
               project_scope(g.year, p))
        .help = Message{"help.grant-overpaid", {}};
    ctx.related(*g.list->file, p.amount.at, Message{"related.grant-amount", {}});
  }
}

}  // namespace

extern const Rule kGrantOverpaid{
    "grant/overpaid", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
