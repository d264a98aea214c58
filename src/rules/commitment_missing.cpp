// commitment/missing: a time-bound commitment of the frame is funded, with at
// least its amount, in every planned year it covers.

#include <algorithm>

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void report_unfunded(Context& ctx, const figures::YearFigures& y, const model::Commitment& c) {
  const std::string& id = c.id->name;
  ctx.report(*y.plan->file, y.plan->measures.key,
             Message{"commitment.missing",
                     {{"year", int64_t{y.year}},
                      {"commitment", id},
                      {"from", int64_t{c.from->value}},
                      {"to", int64_t{c.to->value}}}},
             {.year = y.year})
      .help = c.amount.present()
                  ? Message{"help.commitment-amount", {{"commitment", id}, {"amount", *c.amount}}}
                  : Message{"help.commitment", {{"commitment", id}}};
  ctx.related(*ctx.frame().file, c.id.at, Message{"related.commitment", {}});
}

void report_short(Context& ctx, const figures::YearFigures& y, const figures::CommitmentYear& cy) {
  const model::Commitment& c = *cy.commitment;
  const model::Measure& m = *cy.measures.front();
  ctx.report(*y.plan->file, cy.amount_at.front(),
             Message{"commitment.short",
                     {{"year", int64_t{y.year}},
                      {"commitment", c.id->name},
                      {"funded", cy.funded},
                      {"short", excess(*c.amount, cy.funded)},
                      {"amount", *c.amount}}},
             measure_scope(y.year, m));
  ctx.related(*ctx.frame().file, c.amount.at, Message{"related.commitment-amount", {}});
}

/// Whether a measure of the plan names a commitment that did not resolve (ref/commitment
/// reports it); it may be meant for any of the frame's commitments.
bool has_broken_reference(const model::YearlyPlan& plan) {
  for (const model::Measure* m : model::all_measures(plan)) {
    if ((m->commitment.present() || m->commitment.invalid()) && !m->commitment_ref) return true;
  }
  return false;
}

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (has_broken_reference(*y.plan)) continue;
    for (const figures::CommitmentYear& cy : y.commitments) {
      const model::Commitment& c = *cy.commitment;
      if (!c.id.present() || !c.from.present() || !c.to.present() || !cy.in_term) continue;
      if (cy.measures.empty()) {
        report_unfunded(ctx, y, c);
      } else if (c.amount.present() && !y.overflow && cy.funded < *c.amount) {
        // A funding measure whose amount could not be read could cover the rest.
        const bool open = std::any_of(cy.amounts.begin(), cy.amounts.end(),
                                      [](const figures::Amount& a) { return !a; });
        if (open) {
          ctx.hold_back({.year = y.year}, y.unknowns);
        } else {
          report_short(ctx, y, cy);
        }
      }
    }
  }
}

}  // namespace

extern const Rule kCommitmentMissing{
    "commitment/missing", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
