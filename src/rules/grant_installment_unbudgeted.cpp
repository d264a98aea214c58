// grant/installment-unbudgeted: each later installment of a multi-year grant
// is budgeted in its year's plan, by the measure it draws on.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// Where a finding about an installment points: its measure when written, else its year.
source::Offset installment_offset(const model::Installment& in) {
  return in.measure.present() ? in.measure.at : in.year.at;
}

void check(Context& ctx) {
  for_each_installment(ctx.figures, [&](const figures::GrantFigures& g, const model::Installment& in) {
    const link::YearGroup* later = ctx.group.year(in.year->value);
    if (!later || !later->plan || in.measure_ref) return;
    const model::Project& p = *g.grant;
    const model::Id& measure = in.measure_id(p);
    if (!p.measure.present() || measure.name == model::kReserveId) return;
    diag::Scope scope = project_scope(g.year, p);
    ctx.report(*g.list->file, installment_offset(in),
               Message{"grant.installment-unbudgeted",
                       {{"project", p.id->name},
                        {"year", int64_t{in.year->value}},
                        {"measure", measure.name}}},
               std::move(scope))
        .help = Message{"help.grant-installment-unbudgeted",
                        {{"year", int64_t{in.year->value}}, {"measure", measure.name}}};
    ctx.related(*later->plan->file, later->plan->measures.key,
                Message{"related.measures-of-year", {{"year", int64_t{in.year->value}}}});
  });
}

}  // namespace

extern const Rule kGrantInstallmentUnbudgeted{
    "grant/installment-unbudgeted", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
