#include "base/date.h"

#include <fmt/format.h>

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

}  // namespace plancheck
