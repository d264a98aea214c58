// grant/installment-next-frame: an installment after the frame's period is
// money the next frame inherits.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Period& period = *ctx.frame().period;
  if (!period.to.present()) return;
  for_each_installment(ctx.figures, [&](const figures::GrantFigures& g, const model::Installment& in) {
    if (in.year->value <= period.to->value) return;
    const model::Project& p = *g.grant;
    std::vector<diag::Arg> args{{"project", p.id->name},
                                {"year", int64_t{in.year->value}},
                                {"to", int64_t{period.to->value}}};
    if (in.amount.present()) args.push_back({"amount", *in.amount});
    ctx.report(*g.list->file, in.year.at,
               Message{in.amount.present() ? "grant.installment-next-frame"
                                           : "grant.installment-next-frame-unknown",
                       std::move(args)},
               project_scope(g.year, p));
    ctx.related(*ctx.frame().file, ctx.frame().period.key, Message{"related.period", {}});
  });
}

}  // namespace

extern const Rule kGrantInstallmentNextFrame{
    "grant/installment-next-frame", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
