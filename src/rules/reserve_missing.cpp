// reserve/missing: every yearly plan sets a reserve when the frame has a reserve frame.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Located<model::ReserveFrame>& frame_reserve = ctx.frame().reserve;
  if (!frame_reserve.present()) return;
  const bool bounds = frame_reserve->min.present() && frame_reserve->max.present();
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan || g.plan->reserve.present() || g.plan->reserve.invalid()) continue;
    const int year = g.year;
    ctx.report(*g.plan->file, plan_offset(*g.plan),
               bounds ? Message{"reserve.missing",
                                {{"year", int64_t{year}},
                                 {"min", *frame_reserve->min},
                                 {"max", *frame_reserve->max}}}
                      : Message{"reserve.missing-any", {{"year", int64_t{year}}}},
               {.year = year})
        .help = Message{"help.reserve-missing", {}};
    ctx.related(*ctx.frame().file, frame_reserve.key, Message{"related.reserve-frame", {}});
  }
}

}  // namespace

extern const Rule kReserveMissing{
    "reserve/missing", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
