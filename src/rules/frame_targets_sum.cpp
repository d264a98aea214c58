// frame/targets-sum: the priorities' target shares add up to 100 %. The
// targets are shares of the measure funds: of the measures alone when the
// reserve stands outside the split, of the measures and the reserve when
// the reserve counts toward a priority (whose target then includes it).

#include "figures/frame_figures.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Frame& frame = ctx.frame();
  if (!frame.priorities.present() || frame.priorities->empty()) return;
  const figures::TargetSum sum = figures::target_sum(frame);
  if (!sum.unknowns.empty()) {
    ctx.hold_back({}, sum.unknowns);
    return;
  }
  if (sum.total == Ratio{1, 1}) return;
  const model::ReserveFrame& reserve = *frame.reserve;
  ctx.report(*frame.file, frame.priorities.key,
             Message{"frame.targets-sum", {{"sum", sum.total}}}, {})
      .help = reserve.counts_toward_ref
                  ? Message{"help.targets-sum-reserve", {{"priority", reserve.counts_toward->name}}}
                  : Message{"help.targets-sum", {}};
  for (const model::Priority& p : *frame.priorities) {
    if (!p.id.present()) continue;
    ctx.related(*frame.file, p.share->target.at,
                Message{"related.target", {{"priority", p.id->name}, {"target", p.share->target->ratio}}});
  }
}

}  // namespace

extern const Rule kFrameTargetsSum{
    "frame/targets-sum", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
