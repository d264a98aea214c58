// share/year: each priority's share of the year's measure funds lies in its band.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void report_exact(Context& ctx, const figures::YearFigures& y, const figures::PriorityYear& p) {
  const figures::Band& band = *p.band;
  const bool low = *p.verdict == figures::Verdict::below;
  const Money bound{low ? ceil_times(y.measure_funds.kroner, band.low)
                        : floor_times(y.measure_funds.kroner, band.high)};
  const std::string& id = p.priority->id->name;
  ctx.report(*y.plan->file, y.plan->measures.key,
             Message{"share.year",
                     {{"priority", id},
                      {"share", *p.share},
                      {"year", int64_t{y.year}},
                      {"amount", p.amount},
                      {"funds", y.measure_funds},
                      {"low", band.low},
                      {"high", band.high}}},
             {.year = y.year, .priority = id})
      .help = low ? Message{"help.share-year.low", {{"priority", id}, {"need", excess(bound, p.amount)}}}
                  : Message{"help.share-year.high", {{"priority", id}, {"excess", excess(p.amount, bound)}}};
}

/// The share lies outside the band whatever the values that could not be read are.
void report_bounded(Context& ctx, const figures::YearFigures& y, const figures::PriorityYear& p) {
  const bool low = *p.verdict == figures::Verdict::below;
  const std::string& id = p.priority->id->name;
  ctx.report(*y.plan->file, y.plan->measures.key,
             Message{low ? "share.year-below-any" : "share.year-above-any",
                     {{"priority", id},
                      {"share", low ? p.range->high : p.range->low},
                      {"year", int64_t{y.year}},
                      {"low", p.band->low},
                      {"high", p.band->high}}},
             {.year = y.year, .priority = id})
      .help = Message{"help.share-bounded", {}};
}

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (y.overflow) continue;
    for (const figures::PriorityYear& p : y.priorities) {
      if (!p.verdict || *p.verdict == figures::Verdict::inside) continue;
      const diag::Scope scope{.year = y.year, .priority = p.priority->id->name};
      if (*p.verdict == figures::Verdict::undecided) {
        ctx.hold_back(scope, y.unknowns);
        continue;
      }
      if (p.share) {
        report_exact(ctx, y, p);
      } else {
        report_bounded(ctx, y, p);
      }
      ctx.related(*ctx.frame().file, p.priority->share.key, Message{"related.share-band", {}});
      relate_priority_amounts(ctx, y, *p.priority);
      if (!p.share) ctx.related_unknowns(y.unknowns);
    }
  }
}

}  // namespace

extern const Rule kShareYear{
    "share/year", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
