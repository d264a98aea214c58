// frame/commitment-past-period: a time-bound commitment that runs past the
// last year of the frame's period binds the next frame, which takes it over.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  const model::Frame& frame = ctx.frame();
  const model::Period& period = *frame.period;
  if (!period.to.present()) return;
  const int last = period.to->value;
  for (const model::Commitment& c : *frame.commitments) {
    if (!c.id.present() || !c.to.present() || c.to->value <= last) continue;
    // A range that runs backwards is reported by schema/range.
    if (c.from.present() && c.from->value > c.to->value) continue;
    ctx.report(*frame.file, c.to.at,
               Message{"frame.commitment-past-period",
                       {{"commitment", c.id->name},
                        {"to", int64_t{c.to->value}},
                        {"last", int64_t{last}},
                        {"next", int64_t{last + 1}}}},
               {})
        .help = Message{"help.commitment-past-period", {}};
    ctx.related(*frame.file, period.to.at, Message{"related.period-to", {}});
  }
}

}  // namespace

extern const Rule kFrameCommitmentPastPeriod{
    "frame/commitment-past-period", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
