// grant/date-before-decision: a grant is paid and withdrawn only after it
// was decided.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void report(Context& ctx, const figures::GrantFigures& g, source::Offset at, Message message) {
  const model::Project& p = *g.grant;
  ctx.report(*g.list->file, at, std::move(message), project_scope(g.year, p)).help =
      Message{"help.grant-date-before-decision", {}};
  ctx.related(*g.list->file, p.decision->date.at, Message{"related.grant-decision", {}});
}

void check(Context& ctx) {
  for (const figures::GrantFigures& g : ctx.figures.grants) {
    const model::Project& p = *g.grant;
    const model::Located<Date>& decided = p.decision->date;
    if (!p.id.present() || !decided.present()) continue;
    for (const model::Payment& pay : *p.paid) {
      if (!pay.date.present() || *pay.date >= *decided) continue;
      report(ctx, g, pay.date.at,
             Message{"grant.paid-before-decision",
                     {{"project", p.id->name}, {"date", *pay.date}, {"decided", *decided}}});
    }
    if (p.withdrawn.present() && *p.withdrawn < *decided) {
      report(ctx, g, p.withdrawn.at,
             Message{"grant.withdrawn-before-decision",
                     {{"project", p.id->name}, {"date", *p.withdrawn}, {"decided", *decided}}});
    }
  }
}

}  // namespace

extern const Rule kGrantDateBeforeDecision{
    "grant/date-before-decision", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
