// commitment/expired: a plan after a commitment's last year funds it only
// with a recorded decision to continue it.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    for (const figures::CommitmentYear& cy : y.commitments) {
      const model::Commitment& c = *cy.commitment;
      if (!c.to.present() || y.year <= c.to->value) continue;
      for (const model::Measure* m : cy.measures) {
        if (!m->id.present() || m->decision.present() || m->decision.invalid()) continue;
        ctx.report(*y.plan->file, m->commitment.at,
                   Message{"commitment.expired",
                           {{"measure", m->id->name},
                            {"commitment", c.id->name},
                            {"year", int64_t{y.year}},
                            {"to", int64_t{c.to->value}}}},
                   measure_scope(y.year, *m))
            .help = Message{"help.commitment-expired", {}};
        ctx.related(*ctx.frame().file, c.to.at, Message{"related.commitment-to", {}});
      }
    }
  }
}

}  // namespace

extern const Rule kCommitmentExpired{
    "commitment/expired", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
