#pragma once
// `plancheck new-year`: the next yearly plan drafted from the frame and the
// year before, computed from the figures (draft_year) and then written as
// YAML (draft_yaml).

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diag/finding.h"
#include "figures/figures.h"
#include "i18n/i18n.h"
#include "rules/engine.h"

namespace plancheck::draft {

/// Where a drafted measure comes from.
enum class Origin : uint8_t {
  carried,      // the year before's measure, amount scaled to its priority's share
  commitment,   // funds a frame commitment that covers the year
  placeholder,  // a new measure for a priority the year before had none for
};

struct DraftMeasure {
  Origin origin = Origin::carried;
  const model::Measure* previous = nullptr;       // the measure it continues, if any
  const model::Commitment* commitment = nullptr;  // the commitment it funds, if any
  const model::Priority* priority = nullptr;
  std::string id;
  std::vector<std::string> focus_areas;
  std::string responsible;          // empty: none
  bool focus_area_guessed = false;  // the draft chose the focus area; the council should check it
  Money amount;
  Money remainder;  // the part of `amount` that is a rounding remainder
};

struct DraftPriority {
  const model::Priority* priority = nullptr;
  std::optional<Ratio> target;  // none: the priority has no target share
  Money amount;                 // its target share of the measure funds, remainder included
  Money remainder;              // what the target shares left over, added here
  bool holds_reserve = false;   // the reserve counts toward this priority
  std::vector<DraftMeasure> measures;
};

/// Why the carried-over funds are what they are.
enum class CarriedOver : uint8_t {
  left_over,         // the year before's project lists are closed: what it left
  first_year,        // the first year of the period
  no_previous_plan,  // the year before has no yearly plan
  no_lists,          // the year before has no project list
  lists_open,        // the year before's project lists are not all closed
  incomplete,        // the year before's amounts could not all be read
  overdrawn,         // the year before granted more than it had
};

/// Where the administration or reserve amount comes from.
enum class Source : uint8_t {
  previous,  // the year before's amount
  clamped,   // the year before's amount, moved inside the frame's bounds
  frame,     // the frame's bound (no year before)
};

/// A measure of the year before that the draft leaves out, and why.
struct Skipped {
  const model::Measure* measure = nullptr;
  enum class Reason : uint8_t { operations, commitment_ended, no_priority } reason;
};

struct PartnerAmount {
  const model::Partner* partner = nullptr;
  Money amount;
};

struct Draft {
  const model::Frame* frame = nullptr;
  int year = 0;
  /// The newest yearly plan before `year`: the measures and strategic issues come from it.
  const model::YearlyPlan* previous = nullptr;
  int previous_year = 0;

  std::vector<PartnerAmount> partners;
  Money carried_over;
  CarriedOver carried_reason = CarriedOver::first_year;
  int carried_from = 0;  // the year carried over from (year - 1)
  /// The council's previous frame, when the first year of the period carries over from its last year.
  const model::Frame* carried_frame = nullptr;
  Money income;
  Money administration;
  Source administration_source = Source::frame;
  std::optional<Money> reserve;  // none when the frame has no reserve
  Source reserve_source = Source::frame;
  Money measure_funds;  // income - administration: what measures and reserve share

  std::vector<DraftPriority> priorities;  // in the frame's order
  std::vector<Skipped> skipped;
};

/// A draft that cannot be made: the usage error to print.
struct DraftError {
  diag::Message message;
};

/// Drafts the yearly plan for `year` of the frame `ff` describes, from an
/// analysis whose frame has no error findings.
std::variant<Draft, DraftError> draft_year(const figures::FrameFigures& ff, int year);

/// Why `year` cannot be drafted for this frame (outside its period, a plan
/// already there, errors in the frame), or std::nullopt.
std::optional<DraftError> refusal(const rules::Analysis& analysis, const figures::FrameFigures& ff,
                                  int year);

/// Where the draft goes by default: beside the year before's plan with its
/// year replaced, or YEAR/budsjett-og-tiltaksplan-YEAR.yaml beside the frame.
std::string default_path(const Draft& draft);

/// The draft as a commented plan file; comments in `lang`. `schema_line` is
/// the editor modeline to put first, or empty.
std::string draft_yaml(const Draft& draft, const i18n::Language& lang,
                       const std::string& schema_line);

/// Where the year's project list goes: beside the drafted plan at
/// `plan_path`, named as the year before's project list with its year
/// replaced, or prosjektliste-YEAR.yaml.
std::string project_list_path(const Draft& draft, const figures::FrameFigures& ff,
                              const std::string& plan_path);

/// The year's project list: open, with no projects yet, and comments in
/// `lang` that show how a grant on one of the drafted measures is written.
std::string project_list_yaml(const Draft& draft, const i18n::Language& lang,
                              const std::string& schema_line);

}  // namespace plancheck::draft
