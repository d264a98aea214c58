#pragma once
// The figures of each grant: what it binds this year and in later years
// (a multi-year grant's installments), what was paid of it, and in which
// year a withdrawn grant's money returns.

#include <optional>
#include <vector>

#include "base/money.h"
#include "link/link.h"

namespace plancheck::figures {

struct GrantFigures {
  const model::Project* grant = nullptr;
  const model::ProjectList* list = nullptr;
  /// The first payment that took the sum past the total, in order of date; null when none did.
  const model::Payment* first_over = nullptr;
  Money amount;          // this year's part
  Money installments;    // later years' parts
  Money total;           // amount + installments: what the grant binds in all
  Money paid;            // the payments recorded
  int year = 0;          // the budget year of its project list
  int payments = 0;
  /// The year a withdrawn grant's money returns: the year of its `withdrawn`
  /// date, or its own year when the date is absent or earlier.
  std::optional<int> returned_in;
  bool paid_recorded = false;  // `paid` is written
  bool overflow = false;  // some sum did not fit in 64 bits
  /// The grant's amount or an installment's is missing or unreadable: `total` is not known.
  bool total_incomplete = false;
  /// A payment's amount is missing or unreadable: `paid` is at least the sum shown.
  bool paid_incomplete = false;
};

/// The year a withdrawn grant of `year` returns its money: the year of its `withdrawn` date,
/// or `year` when the date is absent or earlier; none when the grant is not withdrawn.
std::optional<int> returned_in(const model::Project& p, int year);

/// Every grant of the frame's project lists, year by year in list order.
std::vector<GrantFigures> compute_grants(const link::FrameGroup& group);

}  // namespace plancheck::figures
