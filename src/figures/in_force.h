#pragma once
// The plan in force on a date: the yearly plan as adopted, with the
// revisions the council decided up to and including that date applied in
// the order of their decisions. Revisions whose date cannot be read apply
// at the end of the year, after the dated ones, in file order; at the end
// of the year every revision applies (one dated outside the year is
// reported by revision/date-outside and still counted, so that a mistyped
// date does not turn into findings about the whole plan).

#include <optional>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "base/money.h"
#include "model/plan.h"

namespace plancheck::figures {

/// An amount that could not be read is unknown (none); so is what a move
/// leaves of it.
using Amount = std::optional<Money>;

/// An amount as a revision set it: from its decision date on (none: from the end of the year).
struct DatedAmount {
  std::optional<Date> date;
  Amount amount;
  const model::Revision* revision = nullptr;
};

/// A measure of the plan in force.
struct MeasureInForce {
  const model::Measure* measure = nullptr;
  /// The revision that adds the measure; null for the plan's own.
  const model::Revision* added_by = nullptr;
  /// Whether it is part of the plan on the date (a measure a later revision adds is not yet).
  bool in_force = true;
  Amount adopted;  // as the plan adopted it; none for a measure a revision adds
  Amount amount;   // in force on the date
  /// The revision that last changed the amount, on or before the date; null when as adopted.
  const model::Revision* changed_by = nullptr;
  /// Where the amount in force is written: the measure's `amount`, or the last change's value.
  source::Offset at = source::kNoOffset;
  /// The amounts the revisions applied set, in the order they apply.
  std::vector<DatedAmount> history;
};

/// What one change did: the amounts before and after it of what it changes.
struct ChangeEffect {
  const model::Change* change = nullptr;
  /// The amount it sets or moves, as the change writes it (none when unreadable).
  Amount amount;
  Amount before;  // of the measure, the reserve or the administration it sets; of `from` for a move
  Amount after;
  Amount to_before;  // for a move: the receiving measure or reserve
  Amount to_after;
  /// The change could not be applied: its shape is wrong or a measure it names does not
  /// resolve (revision/change, revision/measure-unknown say so); the plan in force leaves it out.
  bool skipped = false;
};

/// One revision as applied, with the totals of the plan after it.
struct RevisionStep {
  const model::Revision* revision = nullptr;
  std::vector<ChangeEffect> effects;  // in the order written
  Amount administration;              // after the revision
  Amount measures;
  Amount reserve;
  Amount allocated;  // administration + measures + reserve after the revision
  bool overflow = false;
};

struct PlanInForce {
  std::vector<MeasureInForce> measures;  // model::all_measures order
  std::unordered_map<const model::Measure*, size_t> index;  // where each measure stands
  Amount administration;
  Amount reserve;
  source::Offset administration_at = source::kNoOffset;  // where the amount in force is written
  source::Offset reserve_at = source::kNoOffset;
  const model::Revision* administration_changed_by = nullptr;  // null: as adopted
  const model::Revision* reserve_changed_by = nullptr;
  Amount adopted_administration;
  Amount adopted_reserve;
  std::vector<DatedAmount> reserve_history;  // the reserve's amounts the revisions set
  /// The revisions applied, in the order they apply; each with the plan's totals after it.
  std::vector<RevisionStep> steps;
  Amount adopted_allocated;  // administration + measures + reserve as adopted
  bool overflow = false;     // a sum did not fit in 64 bits
  bool skipped = false;      // some change could not be applied
};

/// The revisions of `plan` in the order they apply: by decision date,
/// those without a readable date last, file order among equals.
std::vector<const model::Revision*> revisions_in_order(const model::YearlyPlan& plan);

/// The date a revision applies from; none when it cannot be read.
std::optional<Date> revision_date(const model::Revision& revision);

/// The plan in force on `date`; none: at the end of the year.
PlanInForce plan_in_force(const model::YearlyPlan& plan, std::optional<Date> date = std::nullopt);

/// The amount of a measure in force on `date` (none: the end of the year), given what it was
/// adopted with and what revisions set; a measure a revision adds has nothing before it.
Amount amount_on(const MeasureInForce& measure, std::optional<Date> date);

/// The reserve in force on `date` (none: the end of the year).
Amount reserve_on(const PlanInForce& in_force, std::optional<Date> date);

/// The measure of `in_force` that is `measure`; null when it is not one of them.
const MeasureInForce* find_measure(const PlanInForce& in_force, const model::Measure* measure);

}  // namespace plancheck::figures
