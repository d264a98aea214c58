// funding/administration-over: the year's administration costs (in force at the end of the
// year) stay within the frame's administration limit.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Funding& funding = *ctx.frame().funding;
  if (!funding.administration.present() || !funding.administration->max.present()) return;
  const model::Located<Money>& max = funding.administration->max;
  for (const figures::YearFigures& y : ctx.figures.years) {
    const figures::Amount& amount = y.in_force.administration;
    if (!amount || *amount <= *max) continue;
    ctx.report(*y.plan->file, y.in_force.administration_at,
               Message{"funding.administration-over",
                       {{"year", int64_t{y.year}},
                        {"amount", *amount},
                        {"over", excess(*amount, *max)},
                        {"max", *max}}},
               {.year = y.year});
    ctx.related(*ctx.frame().file, max.at, Message{"related.administration-max", {}});
  }
}

}  // namespace

extern const Rule kFundingAdministrationOver{
    "funding/administration-over", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
