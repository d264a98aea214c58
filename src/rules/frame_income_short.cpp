// frame/income-short: in each year of the period, the partners' income less
// the administration maximum (and less the reserve minimum where the
// reserve stands outside the split) can fund the expected measure funds.
// The expected measure funds are the frame's `expected-measure-funds`; a
// frame without them must at least leave room for the reserve minimum.

#include <vector>

#include "figures/frame_figures.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// Years of the period with the same income and the same shortfall, reported as one.
struct ShortYears {
  const figures::FrameYearFunding* first = nullptr;
  std::vector<int> years;
};

/// The years that fall short, grouped by their figures, in order of their first year.
std::vector<ShortYears> short_years(const figures::FrameFunding& funding) {
  std::vector<ShortYears> out;
  for (const figures::FrameYearFunding& y : funding.years) {
    // A year without any partner is frame/partner-gap's; one with an amount not read could
    // have any income.
    if (y.partners.empty() || y.income_unknown || y.shortfall == Money{}) continue;
    ShortYears* group = nullptr;
    for (ShortYears& g : out) {
      if (g.first->partner_income == y.partner_income && g.first->needed == y.needed) group = &g;
    }
    if (!group) group = &out.emplace_back(ShortYears{&y, {}});
    group->years.push_back(y.year);
  }
  return out;
}

Message message(const figures::FrameFunding& funding, const ShortYears& g) {
  const figures::FrameYearFunding& y = *g.first;
  std::vector<diag::Arg> args{{"years", year_list(g.years)},
                              {"income", y.partner_income},
                              {"administration", funding.administration_max},
                              {"reserve", funding.reserve_min},
                              {"available", *y.available},
                              {"shortfall", y.shortfall}};
  if (!funding.expected) return Message{"frame.income-short-reserve", std::move(args)};
  args.push_back({"expected", *funding.expected});
  return Message{funding.reserve_in_split ? "frame.income-short" : "frame.income-short-outside",
                 std::move(args)};
}

void report(Context& ctx, const figures::FrameFunding& funding, const ShortYears& g) {
  const model::Frame& frame = ctx.frame();
  const model::Funding& f = *frame.funding;
  const source::Offset at =
      f.expected_measure_funds.present() ? f.expected_measure_funds.at : f.partners.key;
  ctx.report(*frame.file, at, message(funding, g), {.year = g.years.size() == 1 ? g.years[0] : 0})
      .help = Message{"help.income-short", {}};
  for (const model::Partner* p : g.first->partners) {
    ctx.related(*frame.file, p->amount.at,
                Message{"related.partner-amount", {{"partner", p->id->name}, {"amount", *p->amount}}});
  }
  if (f.administration.present() && f.administration->max.present()) {
    ctx.related(*frame.file, f.administration->max.at, Message{"related.administration-max", {}});
  }
  if (frame.reserve->min.present() && (!funding.reserve_in_split || !funding.expected)) {
    ctx.related(*frame.file, frame.reserve->min.at, Message{"related.reserve-min", {}});
  }
}

void check(Context& ctx) {
  const model::Funding& f = *ctx.frame().funding;
  // An expected amount that could not be read is reported by schema/money.
  if (f.expected_measure_funds.invalid()) return;
  const figures::FrameFunding funding = figures::frame_funding(ctx.frame());
  if (funding.overflow) return;
  for (const ShortYears& g : short_years(funding)) report(ctx, funding, g);
  // The years whose income could not be read could have any income: held back once.
  for (const figures::FrameYearFunding& y : funding.years) {
    if (!y.partners.empty() && y.income_unknown) {
      ctx.hold_back({}, funding.unknowns);
      return;
    }
  }
}

}  // namespace

extern const Rule kFrameIncomeShort{
    "frame/income-short", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
