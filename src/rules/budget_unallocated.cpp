// budget/unallocated: no more than the threshold of the year's income is
// left unallocated.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

constexpr Param kParams[] = {{"threshold", "5"}};

/// How the unallocated remainder stands against the threshold over every reading.
enum class Outcome { never, always, undecided };

/// The remainder less what the threshold allows grows with the income and
/// shrinks with the allocation, so the extreme readings decide.
Outcome outcome(const figures::YearFigures& y, Ratio threshold) {
  const figures::Range& income = y.income_range;
  const figures::Range& allocated = y.allocated_range;
  const auto over = [&](Money in, Money alloc) {
    return in.kroner > 0 && Money{in.kroner - alloc.kroner} > Money{floor_times(in.kroner, threshold)};
  };
  const Money least_income = income.low.value_or(Money{});
  if (allocated.high && over(least_income, *allocated.high)) return Outcome::always;
  if (income.high && !over(*income.high, allocated.low.value_or(Money{}))) return Outcome::never;
  return Outcome::undecided;
}

void check(Context& ctx) {
  const Ratio threshold = ctx.percent("threshold");
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (y.overflow) continue;
    const Outcome o = outcome(y, threshold);
    if (o == Outcome::undecided) ctx.hold_back({.year = y.year}, y.unknowns);
    if (o != Outcome::always) continue;
    const bool exact = y.income_range.exact() && y.allocated_range.exact();
    const Money allowed{floor_times(y.income.kroner, threshold)};
    ctx.report(*y.plan->file, y.plan->income.key,
               Message{exact ? "budget.unallocated" : "budget.unallocated-any",
                       {{"year", int64_t{y.year}},
                        {"unallocated", y.unallocated},
                        {"income", y.income},
                        {"share", Ratio{y.unallocated.kroner, y.income.kroner}},
                        {"threshold", threshold}}},
               {.year = y.year})
        .help = Message{"help.unallocated", {{"need", excess(y.unallocated, allowed)}}};
    ctx.related(*y.plan->file, y.plan->measures.key, Message{"related.measures", {}});
    relate_allocations(ctx, y);
    if (!exact) ctx.related_unknowns(y.unknowns);
  }
}

}  // namespace

extern const Rule kBudgetUnallocated{
    "budget/unallocated", diag::Severity::warning, false, kParams,
    &check};

}  // namespace plancheck::rules
