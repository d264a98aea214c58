// frame/bands-infeasible: the priorities' bands can all hold at once: their
// lowest shares add up to at most 100 % and their highest to at least 100 %.

#include "figures/frame_figures.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// Points the last finding at each priority's band: its min, else its tolerance, else its target.
void relate_bands(Context& ctx, bool lows) {
  const model::Frame& frame = ctx.frame();
  for (const model::Priority& p : *frame.priorities) {
    const std::optional<figures::Band> band = figures::band_of(p);
    if (!p.id.present() || !band) continue;
    const model::ShareBand& s = *p.share;
    const model::Located<model::Percent>& bound = lows ? s.min : s.max;
    const source::Offset at = bound.present() ? bound.at
                              : s.tolerance.present() ? s.tolerance.at
                                                      : s.target.at;
    ctx.related(*frame.file, at,
                Message{lows ? "related.band-low" : "related.band-high",
                        {{"priority", p.id->name}, {"share", lows ? band->low : band->high}}});
  }
}

/// Whether a priority's band writes a min or a max of its own.
bool writes_min_or_max(const model::Frame& frame) {
  for (const model::Priority& p : *frame.priorities) {
    if (p.share->min.present() || p.share->max.present()) return true;
  }
  return false;
}

void check(Context& ctx) {
  const model::Frame& frame = ctx.frame();
  if (!frame.priorities.present() || frame.priorities->empty()) return;
  // Bands that are only targets with tolerances follow from the targets: targets that do
  // not add up to 100 % are reported once, by frame/targets-sum.
  const figures::TargetSum targets = figures::target_sum(frame);
  if (targets.unknowns.empty() && targets.total != Ratio{1, 1} && !writes_min_or_max(frame)) return;
  const figures::BandSums sums = figures::band_sums(frame);
  // A band that could not be read adds at least nothing to the lowest shares.
  if (sums.lows > Ratio{1, 1}) {
    ctx.report(*frame.file, frame.priorities.key,
               Message{sums.unknowns.empty() ? "frame.bands-lows" : "frame.bands-lows-at-least",
                       {{"sum", sums.lows}}},
               {})
        .help = Message{"help.bands-lows", {}};
    relate_bands(ctx, true);
    ctx.related_unknowns(sums.unknowns);
    return;
  }
  if (sums.highs >= Ratio{1, 1}) return;
  if (!sums.unknowns.empty()) {
    ctx.hold_back({}, sums.unknowns);
    return;
  }
  ctx.report(*frame.file, frame.priorities.key, Message{"frame.bands-highs", {{"sum", sums.highs}}},
             {})
      .help = Message{"help.bands-highs", {}};
  relate_bands(ctx, false);
}

}  // namespace

extern const Rule kFrameBandsInfeasible{
    "frame/bands-infeasible", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
