#pragma once
// Calendar dates and months as plan files write them (YYYY-MM-DD, YYYY-MM).

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
  friend constexpr auto operator<=>(const Date&, const Date&) = default;
  std::string iso() const;  // YYYY-MM-DD
};

/// A real calendar date in the form YYYY-MM-DD; std::nullopt otherwise
/// (2024-02-30, 15.03.2021, 2021-3-1).
std::optional<Date> parse_date(std::string_view text);

/// A month in the form YYYY-MM (day is 0).
std::optional<Date> parse_month(std::string_view text);

/// A four-digit year from 1000 to 9999.
std::optional<int> parse_year(std::string_view text);

/// The UTC date of a time written as whole seconds since 1970-01-01T00:00:00Z,
/// as SOURCE_DATE_EPOCH is (reproducible-builds.org): digits only, up to the
/// end of 9999; std::nullopt otherwise ("", "-1", "1.5", "1e9", " 1").
std::optional<Date> date_of_epoch_seconds(std::string_view text);

}  // namespace plancheck
