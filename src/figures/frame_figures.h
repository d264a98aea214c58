#pragma once
// The frame's own arithmetic, before any yearly plan: the priorities'
// targets and bands added up, and year by year of the period what the
// partners contribute and what that leaves for the measure funds once the
// administration maximum (and the reserve minimum, where the reserve
// stands outside the split) is set aside. The frame/ rules read these.

#include <optional>
#include <vector>

#include "base/money.h"
#include "base/ratio.h"
#include "figures/bounds.h"
#include "model/plan.h"

namespace plancheck::figures {

/// The priorities' targets added up, exactly; `unknowns` lists the targets that could not be read.
struct TargetSum {
  Ratio total;
  std::vector<Unknown> unknowns;
};
TargetSum target_sum(const model::Frame& frame);

/// The lowest and highest shares the priorities' bands allow, added up. A
/// priority without a band allows 0 to 100 %; one whose band could not be
/// read adds nothing to `lows` and is listed in `unknowns` (it could add
/// anything to either sum).
struct BandSums {
  Ratio lows;
  Ratio highs;
  std::vector<Unknown> unknowns;
};
BandSums band_sums(const model::Frame& frame);

/// Whether `partner` contributes in `year` (its from..to, open where not given).
bool contributes(const model::Partner& partner, int year);

struct FrameYearFunding {
  int year = 0;
  Money partner_income;  // the contributing partners' amounts that could be read
  std::vector<const model::Partner*> partners;  // those contributing, in the frame's order
  /// partner_income less the administration maximum, and less the reserve minimum when
  /// the reserve stands outside the split: what is left for the measure funds; may be negative.
  std::optional<Money> available;  // none when a sum did not fit in 64 bits
  /// What the measure funds cannot do without: the expected measure funds when the
  /// frame gives them, else the reserve minimum when the reserve is part of them, else 0.
  Money needed;
  /// needed - available when positive: what the income lacks.
  Money shortfall;
  /// A contributing partner's amount could not be read: the income could be any larger amount.
  bool income_unknown = false;
};

struct FrameFunding {
  Money administration_max;  // zero when not given or not readable
  Money reserve_min;         // zero when not given or not readable
  bool reserve_in_split = false;
  std::optional<Money> expected;  // `expected-measure-funds`, when given
  std::vector<FrameYearFunding> years;  // every year of the period, in order
  /// The partner amounts that could not be read, where they stand.
  std::vector<Unknown> unknowns;
  bool overflow = false;  // some sum did not fit in 64 bits; `years` is not reliable
};

/// The frame's funding per year of its period; no years when the period is not known
/// or runs backwards. An administration maximum or reserve minimum that could not be
/// read counts as zero: the least that could be set aside, so a shortfall holds whatever
/// they are.
FrameFunding frame_funding(const model::Frame& frame);

}  // namespace plancheck::figures
