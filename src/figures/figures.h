#pragma once
// The numbers of a plan set, computed once: per year (income, allocation,
// shares per priority, grants) and over the frame's period (cumulative
// shares and what the remaining years must allocate). `check` and
// `summary` both read these, so they can never disagree.

#include <functional>
#include <optional>
#include <vector>

#include "base/money.h"
#include "base/ratio.h"
#include "figures/grants.h"
#include "figures/bounds.h"
#include "figures/in_force.h"
#include "link/link.h"

namespace plancheck::figures {

/// The band a priority's share must lie in, from target and tolerance or min and max.
std::optional<Band> band_of(const model::Priority& priority);

/// Whether the year's reserve is part of the split of measure funds: it
/// is when the frame's reserve names a priority in `counts-toward` (one
/// that did not resolve still counts, toward a priority not known); without
/// it, the reserve stands outside the allocation key and the shares are of
/// the measures alone.
bool reserve_in_split(const model::Frame& frame);

struct PriorityYear {
  const model::Priority* priority = nullptr;
  Money amount;  // its measures, plus the reserve where it counts toward it (the amounts read)
  Money adopted;  // the same in the plan as adopted, before its revisions
  std::optional<Ratio> share;        // of the measure funds, when every value was read
  std::optional<ShareRange> range;   // the share over every reading; none without measure funds
  std::optional<Band> band;
  std::optional<Verdict> verdict;    // where the share lies against the band, with both known
};

/// A measure of the plan in force at the end of the year, with its grants.
struct MeasureYear {
  const model::Measure* measure = nullptr;  // grants include earlier grants' installments on it
  Amount adopted;  // as the plan adopted it; none for one a revision added or unreadable
  Amount amount;   // in force at the end of the year; none when unreadable
  const model::Revision* added_by = nullptr;    // the revision that added it; null for the plan's own
  const model::Revision* changed_by = nullptr;  // the last revision that set its amount
  source::Offset at = source::kNoOffset;        // where the amount in force is written
  Money granted;  // grants not withdrawn
  int grants = 0;
  Money left;     // amount - granted (negative when overdrawn)
  /// The grant that took the sum past the amount in force on its decision date, in order of
  /// decision date (or, when none did, past the amount at the end of the year); null when none did.
  const model::Project* first_over = nullptr;
  Amount limit;           // the amount in force when `first_over` was decided
  Money granted_by_over;  // the sum of the grants up to and including `first_over`
  /// `first_over` was over the measure when decided, and a later revision raised the amount.
  bool raised_later = false;
};

/// One grant's part in what a year actually granted to a priority: the line
/// a share/actual finding points at.
struct ActualPart {
  const model::Project* grant = nullptr;
  const source::SourceFile* file = nullptr;  // its project list
  source::Offset at = source::kNoOffset;     // its amount, or the installment's for this year
  std::optional<Money> amount;               // none when it could not be read
  bool installment = false;                  // an earlier grant's installment for this year
};

/// Grants of one priority, of what was actually granted.
struct ActualShare {
  const model::Priority* priority = nullptr;
  Money granted;               // grants not withdrawn on its measures (and the reserve where it counts)
  std::optional<Ratio> share;  // of all grants that count toward a priority, when all were read
  std::optional<ShareRange> range;  // the share over every reading; none without any grant
  std::optional<Band> band;
  std::optional<Verdict> verdict;
};

/// What one year's plan puts into one of the frame's time-bound commitments.
struct CommitmentYear {
  const model::Commitment* commitment = nullptr;
  bool in_term = false;  // the year lies in the commitment's from..to
  Money funded;          // the measures that name it (`commitment:`)
  std::vector<const model::Measure*> measures;  // those measures, in the plan's order
  std::vector<Amount> amounts;          // their amounts in force at the end of the year
  std::vector<source::Offset> amount_at;  // where those amounts are written
};

struct YearFigures {
  int year = 0;
  const link::YearGroup* group = nullptr;
  const model::YearlyPlan* plan = nullptr;
  /// The plan in force at the end of the year: every check of the year uses it.
  PlanInForce in_force;
  Money adopted_measures;        // the measures as adopted (the amounts read)
  Money adopted_reserve;
  Money adopted_administration;

  // The sums below add the amounts that could be read; `unknowns` lists
  // the others, and the ranges say what each sum can be over every reading.
  Money partner_income;
  Money carried_over;
  Money income;          // partner income + carried over
  Money administration;
  Money measures;        // all measures
  Money reserve;
  Money allocated;       // administration + measures + reserve
  Money unallocated;     // income - allocated; negative when the plan overruns
  /// What the shares are of: the measures, plus the reserve when it counts
  /// toward a priority (reserve_in_split).
  Money measure_funds;
  Money budgeted;        // measures + reserve: what grants may draw on
  Money unassigned;      // measures whose priority did not resolve
  bool reserve_counted = false;  // the reserve is part of measure_funds

  Range income_range;       // income over every reading
  Range allocated_range;    // allocated over every reading
  Range unallocated_range;  // income - allocated over every reading
  Split split;              // the measure funds by priority, with what is unknown
  /// The plan's values that could not be read (amounts, priorities), where they stand.
  std::vector<Unknown> unknowns;

  std::vector<PriorityYear> priorities;  // in the frame's order
  std::vector<MeasureYear> measure_grants;  // in the plan's order
  std::vector<CommitmentYear> commitments;   // every commitment of the frame, in its order

  Money reserve_drawn;   // grants on the reserve, not withdrawn
  int reserve_grants = 0;
  Money reserve_left;
  /// The reserve grant that took the sum past the reserve, in order of decision date.
  const model::Project* reserve_first_over = nullptr;
  Money granted;         // all grants not withdrawn, with earlier grants' installments in the year
  int installments = 0;  // installments of earlier years' grants the year pays
  Money withdrawn;       // grants withdrawn
  int withdrawn_grants = 0;
  int grant_count = 0;   // all grants, withdrawn ones included
  /// Grants of this year withdrawn in a later year, after the year was closed: they count
  /// as used here, and their money returns in the year they were withdrawn.
  Money withdrawn_later;
  int withdrawn_later_grants = 0;
  /// Money of earlier years' grants withdrawn in this year, returning here.
  Money returned;
  int returned_grants = 0;
  /// income - administration - granted - withdrawn later + returned: what carries over.
  Money left_over;
  /// Each priority's share of what was actually granted, in the frame's order; the grants
  /// on measures of no known priority (and on a reserve outside the split) stand outside.
  std::vector<ActualShare> actual;
  Split actual_split;  // what was granted by priority, with what is unknown
  Money actual_total;  // what the shares of `actual` are of (the amounts read)
  bool lists_closed = false;  // the year has project lists and all are closed

  bool overflow = false;  // some sum did not fit in 64 bits; the figures are not reliable
  /// An amount or a priority of the plan is missing or unreadable (a schema
  /// or ref finding says so; `unknowns` lists them).
  bool plan_incomplete = false;
  /// The same for the grants: an amount or status is missing or unreadable, or a
  /// project list did not decode (`grant_unknowns` lists them).
  bool grants_incomplete = false;
  std::vector<Unknown> grant_unknowns;
};

struct PriorityPeriod {
  const model::Priority* priority = nullptr;
  std::optional<Band> band;
  Money planned;               // over the planned years (the amounts read)
  std::optional<Ratio> share;  // of the planned measure funds, when every value was read
  std::optional<ShareRange> range;  // the share over every reading
  std::optional<Verdict> verdict;
  /// What the unplanned years must allocate to land inside the band,
  /// given the expected measure funds; empty when no allocation can, or
  /// when a value of the planned years could not be read.
  std::optional<Money> need_at_least;
  std::optional<Money> may_at_most;
  bool reachable = true;
  /// How far the planned amount lies outside the band of the planned funds:
  /// what it lacks below the low end, or holds above the high end (zero inside).
  Money below_band;
  Money above_band;
};

struct FrameFigures {
  const link::FrameGroup* group = nullptr;
  std::vector<YearFigures> years;     // years with a decoded plan, in order
  std::vector<int> unplanned_years;   // years of the period without a decoded plan
  /// Measure funds expected in an unplanned year: the frame's expected-measure-funds, or
  /// the partners' income less the administration maximum (and less the reserve minimum
  /// when the reserve stands outside the split).
  Money expected_per_year;
  Money planned_funds;                // measure funds of the planned years
  Money remaining_funds;              // expected measure funds of the unplanned years
  std::vector<PriorityPeriod> period;  // in the frame's order
  std::vector<ActualShare> actual;     // what was granted over the planned years, per priority
  Split actual_split;
  Money actual_total;
  /// Every planned year of the period has its project lists closed and no year is unplanned.
  bool actual_final = false;
  std::vector<GrantFigures> grants;    // every grant, year by year in list order
  Split split;  // the planned years' measure funds by priority, with what is unknown
  /// What the planned years could not read, with each yearly plan that did not decode.
  std::vector<Unknown> unknowns;
  bool overflow = false;
  /// Some year of the period has an incomplete or undecodable plan (see `unknowns`).
  bool incomplete = false;
  /// The same council's frame whose period ends the year before this one's
  /// starts: its last year carries money into this frame's first year.
  const FrameFigures* previous = nullptr;
  const FrameFigures* next = nullptr;  // the frame this one is the previous of

  const YearFigures* year(int y) const;
};

FrameFigures compute(const link::FrameGroup& group);

/// Calls `fn` with each grant's part in what year `g` actually granted (and the
/// index of the priority it counts toward, none when unknown), in list order.
void for_each_actual_part(const link::FrameGroup& group, const link::YearGroup& g,
                          const std::function<void(std::optional<size_t>, const ActualPart&)>& fn);

/// The grants that make up each priority's part of what year `g` actually
/// granted, by the priority's index in the frame: the lines a share/actual
/// finding points at. Computed in one pass when a year has such a finding,
/// not kept for every year (a grant's part is 48 bytes).
std::vector<std::vector<ActualPart>> actual_parts(const link::FrameGroup& group,
                                                  const link::YearGroup& g);

/// Sets `previous` and `next` of each frame: two frames of the same council
/// (the same `council.name`) follow each other when one's period ends the
/// year before the other's starts. A frame with two candidates on a side
/// gets none there, since the money's way would be a guess.
void link_frames(std::vector<FrameFigures>& frames);

}  // namespace plancheck::figures
