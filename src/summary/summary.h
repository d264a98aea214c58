#pragma once
// The council-meeting summary of a plan set: built once from the analysis
// (findings) and the figures (numbers), then rendered as text, Markdown,
// HTML or JSON. Building selects, classifies and orders what rules:: and
// figures:: already computed; it computes no figure of its own.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/date.h"
#include "base/money.h"
#include "base/ratio.h"
#include "diag/finding.h"
#include "figures/figures.h"
#include "report/report.h"
#include "rules/engine.h"

namespace plancheck::summary {

/// A council decision as a plan file records it.
struct DecisionRef {
  std::string case_ref;
  Date date;
};

/// The kind of plan file a finding is in, as the council knows it.
enum class FileRole : uint8_t { none, frame, plan, list };

/// A finding as the council reads it: its message with the titles of the
/// priorities, measures, projects, partners, commitments and rules it names
/// in place of their ids, and the plan it concerns in place of its path.
struct FindingLine {
  const diag::Finding* finding = nullptr;  // as `check` reports it (json keeps ids and paths)
  diag::Message plain;
  FileRole file = FileRole::none;
  int year = 0;  // the budget year of that plan file; 0 for the frame
};

/// The findings that concern one part of the summary, in `check`'s order.
struct Compliance {
  report::Counts counts;
  std::vector<FindingLine> findings;
};

/// Where a share lies against its target band; `undecided` when values
/// that could not be read leave it open (the share is then a range).
enum class Placement : uint8_t { below, inside, above, undecided };

/// A check held back because values it depends on could not be read.
struct HeldBackLine {
  std::string rule;
  std::string priority;  // the priority it is about; empty for the whole year
  std::string priority_title;  // its title; empty when it does not resolve
  std::vector<diag::Message> causes;  // what could not be read, in file order
  std::vector<diag::Message> plain_causes;  // the same with titles for ids (FindingLine)
};

struct PartnerLine {
  std::string id;
  std::string name;             // the frame's name of the partner; the id when it does not resolve
  std::optional<Money> amount;  // none when missing or unreadable
};

struct Income {
  std::vector<PartnerLine> partners;  // in the plan's order
  Money partners_total;
  Money carried_over;
  Money total;
};

struct Allocation {
  Money administration;  // in force at the end of the year, like every figure below
  Money adopted_administration;  // as the plan adopted it
  Money adopted_measures;
  Money adopted_reserve;
  std::optional<Money> administration_max;  // the frame's bound
  Money measures;
  Money reserve;
  Money allocated;      // administration + measures + reserve
  Money unallocated;    // income - allocated; negative when the plan overruns
  Money measure_funds;  // what the shares are of: measures, plus the reserve when it counts
  Money budgeted;       // measures + reserve: what grants may draw on
  Money unassigned;     // measures whose priority did not resolve
};

/// A priority's part of one year's measure funds.
struct PriorityLine {
  std::string id;
  std::string title;
  Money amount;   // in the plan in force at the end of the year
  Money adopted;  // in the plan as adopted
  std::optional<Ratio> share;                // none when a value could not be read
  std::optional<figures::ShareRange> range;  // the share over every reading
  std::optional<figures::Band> band;
  std::optional<Placement> placement;        // none without a share or a band
  std::optional<diag::Acceptance> accepted;  // the council's decision on a share outside its band
};

struct ReserveLine {
  Money amount;
  std::optional<Money> min;  // the frame's bounds
  std::optional<Money> max;
  Money drawn;  // grants on the reserve, not withdrawn
  int grants = 0;
  Money left;
};

/// The grants on one measure.
struct MeasureLine {
  std::string id;
  std::string title;
  std::string priority;         // the priority's id as the measure names it
  std::optional<Money> adopted;  // as adopted; none when a revision added it or unreadable
  std::optional<Money> amount;  // in force at the end of the year; none when missing or unreadable
  std::string revised_by;       // the case of the last revision that set its amount; empty when none
  bool added = false;           // a revision added it
  int grants = 0;               // not withdrawn
  Money granted;
  std::optional<Money> left;  // negative when overdrawn; none without an amount
};

/// Whether the year's project lists are final.
enum class ListState : uint8_t { none, open, closed };

/// The part of a multi-year grant a later year pays.
struct InstallmentLine {
  int year = 0;
  std::optional<Money> amount;  // none when missing or unreadable
  std::string measure;          // the measure id of that year it draws on, or `reserve`
};

/// One grant of the year's project lists.
struct GrantLine {
  std::string id;
  std::string title;
  std::string applicant;
  std::string measure;          // the measure id it draws on, or `reserve`
  std::string priority;         // the priority of that measure, when it resolves
  std::optional<Money> amount;  // this year's part; none when missing or unreadable
  std::optional<DecisionRef> decision;
  std::optional<model::GrantStatus> status;
  std::optional<Money> paid;    // none when the list records no payments for it
  std::vector<InstallmentLine> installments;  // later years' parts
  std::optional<Money> total;   // amount and installments; none when one is unknown
  std::optional<Date> withdrawn;   // when it was withdrawn, where recorded
  std::optional<int> returned_in;  // a withdrawn grant's money returns in this later year
};

struct Grants {
  ListState lists = ListState::none;
  std::vector<MeasureLine> measures;  // in the plan's order
  Money granted;                      // all grants not withdrawn
  int count = 0;  // grants not withdrawn, with earlier grants' installments in the year
  Money withdrawn;
  int withdrawn_count = 0;
  Money withdrawn_later;  // grants of this year withdrawn after it closed: used here
  int withdrawn_later_count = 0;
  Money returned;  // earlier years' grants withdrawn this year: their money returns here
  int returned_count = 0;
  /// income - administration - granted - withdrawn later + returned: what carries over.
  Money left_over;
  std::vector<GrantLine> list;  // every grant of the year's lists, in list order
  std::vector<std::string> unused;  // measures (ids) in force at the end with no grant, plan order
  /// Payments recorded over the year's grants, and grants by status.
  Money paid;
  int paid_grants = 0;  // grants that record payments
  std::array<int, 4> by_status{};  // indexed by model::GrantStatus
};

/// One change of a revision, with the amounts before and after it.
struct ChangeLine {
  model::ChangeKind kind = model::ChangeKind::invalid;
  std::string target;               // the measure id set or added, or `from` of a move
  std::string to;                   // the receiving measure or reserve of a move
  std::optional<Money> amount;      // as the change writes it
  std::optional<Money> before;
  std::optional<Money> after;
  bool skipped = false;  // it could not be applied (revision/change or revision/measure-unknown)
};

/// A revision of the yearly plan, in the order revisions apply.
struct RevisionLine {
  std::optional<DecisionRef> decision;
  std::string reason;
  std::vector<ChangeLine> changes;
  std::optional<Money> allocated;  // the plan's total after it
};

/// What was actually granted to one priority, against its band (share/actual).
struct ActualLine {
  std::string id;
  std::string title;
  Money granted;
  std::optional<Ratio> share;
  std::optional<figures::ShareRange> range;
  std::optional<figures::Band> band;
  std::optional<Placement> placement;
  std::optional<diag::Acceptance> accepted;
};

/// How a year stands towards one of the frame's time-bound commitments.
enum class CommitmentState : uint8_t {
  covered,       // in its term, funded with at least its amount
  short_funded,  // in its term, funded with less than its amount
  missing,       // in its term, not funded
  continued,     // outside its term, funded by a measure that carries a decision
  unapproved,    // outside its term, funded without a decision
  ended,         // after its term, not funded
  not_started,   // before its term, not funded
};

struct FundingMeasure {
  std::string id;
  std::string title;
  std::optional<Money> amount;
  std::optional<DecisionRef> decision;
};

struct CommitmentLine {
  std::string id;
  std::string title;
  std::optional<int> from;
  std::optional<int> to;
  std::optional<Money> required;  // the council's yearly share, at least
  Money funded;
  std::vector<FundingMeasure> measures;
  CommitmentState state = CommitmentState::missing;
};

/// One budget year of a frame.
struct YearSection {
  int year = 0;
  /// False when the year's plan did not decode: only `compliance` is filled.
  bool readable = true;
  std::string title;
  std::optional<DecisionRef> adopted;
  Compliance compliance;
  bool overflow = false;  // some sum did not fit in 64 bits; the figures are not reliable
  /// An amount of the plan is missing or unreadable: the sums leave it out.
  bool incomplete = false;
  /// The same for the grants, or a project list did not decode.
  bool grants_incomplete = false;
  Income income;
  Allocation allocation;
  std::vector<PriorityLine> priorities;  // in the frame's order
  std::optional<Money> adopted_allocated;  // administration + measures + reserve as adopted
  std::vector<RevisionLine> revisions;   // in the order they apply
  std::vector<ActualLine> actual;        // shares of what was granted, in the frame's order
  Money actual_total;
  std::optional<ReserveLine> reserve;  // none when the frame has no reserve and the plan sets none
  Grants grants;
  std::vector<CommitmentLine> commitments;  // in the frame's order
  std::vector<HeldBackLine> held_back;      // checks of this year held back, and why
};

/// A priority over the period: its cumulative share and the room left.
struct PeriodPriority {
  std::string id;
  std::string title;
  Money planned;
  std::optional<Ratio> share;
  std::optional<figures::ShareRange> range;
  std::optional<figures::Band> band;
  std::optional<Placement> placement;
  std::optional<Money> need_at_least;  // what the unplanned years must put into it
  std::optional<Money> may_at_most;    // what they may put into it at most
  bool reachable = true;               // some allocation of the unplanned years lands in the band
  std::optional<diag::Acceptance> accepted;
};

/// The period so far: every yearly plan of the plan set counts.
struct PeriodSection {
  std::optional<int> from;
  std::optional<int> to;
  std::string label;  // how the plan names its period, e.g. "2021–25"
  std::vector<int> planned_years;
  std::vector<int> unplanned_years;
  Money planned_funds;
  Money remaining_funds;                   // expected measure funds of the unplanned years
  Money expected_per_year;                 // in one unplanned year
  std::vector<PeriodPriority> priorities;  // in the frame's order
  std::vector<ActualLine> actual;          // shares of what was granted over the planned years
  Money actual_total;
  bool actual_final = false;               // every year of the period is planned and closed
  bool overflow = false;
  /// Some year's plan is incomplete or did not decode: the period sums are not reliable.
  bool incomplete = false;
  std::vector<HeldBackLine> held_back;  // share/period checks held back, and why
  /// A value of the planned years could not be read: the room left cannot be worked out.
  bool room_open = false;
};

struct FrameSection {
  std::string id;
  std::string title;
  std::string file;  // the frame file's path as the user named it
  std::string council;
  std::string council_short;
  std::optional<DecisionRef> adopted;
  std::string reserve_title;  // the frame's name for the reserve
  /// The title of the priority whose share includes the reserve; empty when none.
  std::string reserve_counts_toward;
  std::string reserve_counts_toward_id;  // its id
  /// The reserve is part of the split (counts-toward); otherwise the shares are of the measures alone.
  bool reserve_in_split = false;
  std::vector<YearSection> years;
  /// The year asked for with --year when this frame has no plan for it.
  std::optional<int> absent_year;
  PeriodSection period;
  Compliance compliance;   // findings about the frame and the period as a whole
  Compliance other_years;  // findings about years the summary does not show
  std::vector<int> other_year_list;
};

struct Summary {
  report::Counts counts;  // every finding of the plan set, as `check` counts them
  size_t files = 0;       // plan files read
  std::string version;    // plancheck's, for the printout
  /// The day the summary is made (SOURCE_DATE_EPOCH or today); none: not shown.
  std::optional<Date> generated;
  std::vector<FrameSection> frames;
  Compliance unassigned;  // findings in plan files that belong to no frame
};

/// Which part of the plan set to summarise.
struct Selection {
  std::optional<int> year;  // none: the newest yearly plan of each frame
  bool all_years = false;   // every yearly plan of the period
  std::string frame;        // a frame id; empty: every frame
};

/// A selection the plan set cannot satisfy (a usage error), with a guess.
struct SelectionError {
  diag::Message message;
  std::optional<std::string> suggestion;
};

/// Builds the summary; the analysis must outlive it (findings are shared).
std::variant<Summary, SelectionError> build(const rules::Analysis& analysis,
                                            const Selection& selection);

/// The years a frame has a yearly plan for, decoded or not, in order.
std::vector<int> plan_years(const link::FrameGroup& group);

}  // namespace plancheck::summary
