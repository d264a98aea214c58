#pragma once
// The council's decisions as the decision/ rules see them: every decision
// a frame's files record, and the case numbers of the form `PS 12/23` or
// `12/2023` whose last part is the year of the meeting.

#include <optional>
#include <string>
#include <string_view>

#include "link/link.h"
#include "model/plan.h"

namespace plancheck::rules {

/// A case number whose last part is a year: `PS 12/23`, `Sak 4/2021`, `12/2023`.
struct CaseNumber {
  int year = 0;         // as written: 23 or 2023
  bool short_year = false;  // two digits, compared with the date's year modulo 100
  /// The same case however it is written: the prefix in capitals, the item and the
  /// two last digits of the year ("PS 12/23" and "ps 12/2023" are one case).
  std::string key;

  /// The year as a number of four digits, a two-digit one in the century of `date_year`.
  int full_year(int date_year) const { return short_year ? date_year - date_year % 100 + year : year; }
  /// Whether `date_year` is the year this case number carries.
  bool matches(int date_year) const { return short_year ? date_year % 100 == year : date_year == year; }
};

/// The case number `text` stands for, when it has the form prefix, item, '/', year (two
/// digits, or four from 1900 to 2099); std::nullopt for any other text, such as archive
/// numbers that put the year first (`21/01234`).
std::optional<CaseNumber> parse_case_number(std::string_view text);

/// The text by which two case numbers are compared: the parsed key, or else the
/// text with its white space collapsed.
std::string case_key(std::string_view text);

/// Each decision recorded in the frame group's files, in file order: the frame's own
/// (adoption, commitments, deviations), then year by year the yearly plan's (adoption,
/// measures, revisions, deviations) and the project lists' grants. `f` gets the file, the
/// decision and the budget year it must be dated in (a revision's, a grant's), else 0.
template <class F>
void for_each_decision(const link::FrameGroup& group, F&& f) {
  const model::Frame& frame = *group.frame;
  const auto visit = [&](const source::SourceFile& file, const model::Located<model::Decision>& d,
                         int year = 0) {
    if (d.present()) f(file, *d, year);
  };
  visit(*frame.file, frame.adopted);
  for (const model::Commitment& c : *frame.commitments) visit(*frame.file, c.decision);
  for (const model::Deviation& d : *frame.deviations) visit(*frame.file, d.decision);
  for (const link::YearGroup& g : group.years) {
    if (const model::YearlyPlan* plan = g.plan) {
      visit(*plan->file, plan->adopted);
      for (const model::Measure* m : model::all_measures(*plan)) visit(*plan->file, m->decision);
      for (const model::Revision& r : *plan->revisions) visit(*plan->file, r.decision, g.year);
      for (const model::Deviation& d : *plan->deviations) visit(*plan->file, d.decision);
    }
    for (const model::ProjectList* list : g.lists) {
      for (const model::Project& p : *list->projects) visit(*list->file, p.decision, g.year);
    }
  }
}

}  // namespace plancheck::rules
