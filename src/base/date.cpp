#include "base/date.h"

#include <fmt/format.h>

#include <cstdint>

namespace plancheck {

namespace {

std::optional<int> digits(std::string_view text, size_t pos, size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::string Date::iso() const {
  if (day == 0) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::optional<int> parse_year(std::string_view text) {
  if (text.size() != 4 || text[0] == '0') return std::nullopt;
  return digits(text, 0, 4);
}

std::optional<Date> parse_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  const auto year = parse_year(text.substr(0, 4));
  const auto month = digits(text, 5, 2);
  if (!year || !month || *month < 1 || *month > 12) return std::nullopt;
  return Date{*year, *month, 0};
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const auto month = parse_month(text.substr(0, 7));
  const auto day = digits(text, 8, 2);
  if (!month || !day || *day < 1 || *day > days_in_month(month->year, month->month)) {
    return std::nullopt;
  }
  return Date{month->year, month->month, *day};
}

std::optional<Date> date_of_epoch_seconds(std::string_view text) {
  constexpr int64_t kLast = 253402300799;  // 9999-12-31T23:59:59Z
  if (text.empty() || text.size() > 12) return std::nullopt;
  int64_t seconds = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    seconds = seconds * 10 + (c - '0');
  }
  if (seconds > kLast) return std::nullopt;
  // Days since 1970-01-01 to a civil date (Howard Hinnant's civil_from_days).
  const int64_t z = seconds / 86400 + 719468;
  const int64_t era = z / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

}  // namespace plancheck
