// share/year: each priority's share of the year's measure funds lies in its band.

#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void report_share(Context& ctx, const figures::YearFigures& y, const figures::PriorityYear& p) {
  const figures::Band& band = *p.band;
  const bool low = *p.share < band.low;
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
      .help = low ? Message{"help.share-year.low", {{"priority", id}, {"need", Money{bound.kroner - p.amount.kroner}}}}
                  : Message{"help.share-year.high", {{"priority", id}, {"excess", Money{p.amount.kroner - bound.kroner}}}};
  ctx.related(*ctx.frame().file, p.priority->share.key, Message{"related.share-band", {}});
}

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    // Measures whose priority did not resolve (ref/priority) leave every share in doubt.
    if (y.overflow || y.plan_incomplete || y.unassigned.kroner > 0) continue;
    for (const figures::PriorityYear& p : y.priorities) {
      if (!p.share || !p.band) continue;
      if (*p.share >= p.band->low && *p.share <= p.band->high) continue;
      report_share(ctx, y, p);
    }
  }
}

}  // namespace

extern const Rule kShareYear{
    "share/year", diag::Severity::warning, false, {},
    "# frame: idrett {target: 10, tolerance: 5}\n"
    "measures:\n"
    "  - {id: snowball, priority: naering, amount: 2 300 000}\n"
    "  - {id: arrangement, priority: idrett, amount: 600 000}   # 20 %\n"
    "  - {id: ungdom, priority: ovrig, amount: 100 000}\n",
    "# frame: idrett {target: 10, tolerance: 5}\n"
    "measures:\n"
    "  - {id: snowball, priority: naering, amount: 2 450 000}\n"
    "  - {id: arrangement, priority: idrett, amount: 300 000}   # 10 %\n"
    "  - {id: ungdom, priority: ovrig, amount: 250 000}\n",
    &check};

}  // namespace plancheck::rules
