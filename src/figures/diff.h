#pragma once
// What a change to a plan set does to its numbers: the figures of the plan
// set before and after the change (each made by compute(), as for check and
// summary) compared frame by frame (by id), year by year and measure by
// measure (by id). Only what differs is kept, with the value on each side.

#include <optional>
#include <string>
#include <vector>

#include "base/money.h"
#include "base/ratio.h"
#include "figures/figures.h"

namespace plancheck::figures {

/// An amount before and after; none on a side that lacks it or could not read it.
struct AmountChange {
  std::optional<Money> before;
  std::optional<Money> after;

  bool changed() const { return before != after; }
  /// after - before, when both are known and the difference fits.
  std::optional<Money> difference() const;
};

/// A share before and after (none where it could not be read or there are
/// no measure funds), with where each lies against its band.
struct ShareChange {
  std::optional<Ratio> before;
  std::optional<Ratio> after;
  std::optional<Verdict> before_verdict;
  std::optional<Verdict> after_verdict;

  bool changed() const { return before != after || before_verdict != after_verdict; }
};

enum class MeasureChangeKind : uint8_t { added, removed, changed };

/// A measure the change adds, removes, or gives another amount or priority.
struct MeasureDiff {
  MeasureChangeKind kind = MeasureChangeKind::changed;
  const model::Measure* before = nullptr;  // null when added
  const model::Measure* after = nullptr;   // null when removed
  AmountChange amount;
  std::string priority_before;  // the priority ids as the measure names them
  std::string priority_after;

  /// The measure as it is after the change, or as it was when removed.
  const model::Measure& measure() const { return after ? *after : *before; }
};

/// A priority's part of one year's (or the period's) measure funds.
struct PriorityDiff {
  /// The priority of the frame after the change; of the one before when it was removed.
  const model::Priority* priority = nullptr;
  AmountChange amount;
  ShareChange share;
  std::optional<Band> band;  // after the change; before when the priority was removed
  /// Period only: what the unplanned years must and may put into it.
  AmountChange need_at_least;
  AmountChange may_at_most;

  bool changed() const {
    return amount.changed() || share.changed() || need_at_least.changed() || may_at_most.changed();
  }
};

/// One budget year of a frame that the change touches.
struct YearDiff {
  int year = 0;
  const YearFigures* before = nullptr;  // null: no decoded plan for the year before the change
  const YearFigures* after = nullptr;   // null: none after it
  std::vector<MeasureDiff> measures;  // the new plan's order, then the removed ones in the old order
  std::vector<PriorityDiff> priorities;  // every priority: the new frame's order, then removed ones
  AmountChange income;
  AmountChange measure_funds;
  AmountChange reserve;
  AmountChange unallocated;

  bool changed() const;
};

/// The period as a whole: the cumulative shares and the room left.
struct PeriodDiff {
  AmountChange planned_funds;
  AmountChange remaining_funds;  // expected measure funds of the unplanned years
  std::vector<PriorityDiff> priorities;  // every priority, as in YearDiff

  bool changed() const;
};

struct FrameDiff {
  std::string id;
  const FrameFigures* before = nullptr;  // null: the change adds the frame
  const FrameFigures* after = nullptr;   // null: the change removes it
  std::vector<YearDiff> years;  // the years whose figures changed, in order
  PeriodDiff period;

  bool changed() const { return !before || !after || !years.empty() || period.changed(); }
  /// The frame's own file after the change, or before when it was removed.
  const model::Frame& frame() const;
};

/// The frames whose figures the change touches, in the order of the frames
/// after it, then those it removes.
std::vector<FrameDiff> diff(const std::vector<FrameFigures>& before,
                            const std::vector<FrameFigures>& after);

}  // namespace plancheck::figures
