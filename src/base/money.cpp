#include "base/money.h"

#include <cctype>
#include <limits>

namespace plancheck {

std::optional<Money> checked_add(Money a, Money b) {
  int64_t out = 0;
  if (__builtin_add_overflow(a.kroner, b.kroner, &out)) return std::nullopt;
  return Money{out};
}

std::optional<Money> checked_sub(Money a, Money b) {
  int64_t out = 0;
  if (__builtin_sub_overflow(a.kroner, b.kroner, &out)) return std::nullopt;
  return Money{out};
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Length of a group separator at `text[i]`, or 0 when there is none.
size_t separator_length(std::string_view text, size_t i) {
  if (text[i] == ' ' || text[i] == '_') return 1;
  static constexpr std::string_view kWide[] = {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"};
  for (std::string_view sep : kWide) {
    if (text.substr(i, sep.size()) == sep) return sep.size();
  }
  return 0;
}

/// Classifies a text that is not a well-formed amount.
MoneyError classify_malformed(std::string_view text) {
  if (text.front() == '-') return MoneyError::negative;
  if (text.size() > 1 && text[0] == '0' &&
      (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'b')) {
    return MoneyError::radix;
  }
  bool digits_only = true;
  bool has_letter = false;
  for (char c : text) {
    if (!is_digit(c)) digits_only = false;
    if (std::isalpha(static_cast<unsigned char>(c))) has_letter = true;
  }
  if (digits_only) return MoneyError::leading_zero;
  const size_t e = text.find_first_of("eE");
  if (e != std::string_view::npos && e > 0 && is_digit(text[e - 1]) && e + 1 < text.size() &&
      text.find_first_not_of("0123456789.eE+-") == std::string_view::npos) {
    return MoneyError::exponent;
  }
  if (has_letter) return MoneyError::words;
  if (text.find_first_of(".,") != std::string_view::npos) return MoneyError::decimal;
  return MoneyError::grouping;
}

}  // namespace

MoneyParse parse_money(std::string_view text) {
  if (text.empty()) return {{}, MoneyError::empty};
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  int64_t value = 0;
  size_t group = 0;     // digits in the current group
  size_t groups = 0;    // groups seen so far
  bool overflow = false;
  for (size_t i = 0; i < text.size();) {
    if (is_digit(text[i])) {
      const int digit = text[i] - '0';
      if (value > (kMax - digit) / 10) overflow = true;
      if (!overflow) value = value * 10 + digit;
      ++group;
      ++i;
      continue;
    }
    const size_t sep = separator_length(text, i);
    const bool first_ok = groups == 0 && group >= 1 && group <= 3;
    const bool later_ok = groups > 0 && group == 3;
    if (sep == 0 || !(first_ok || later_ok) || i + sep >= text.size()) {
      return {{}, classify_malformed(text)};
    }
    ++groups;
    group = 0;
    i += sep;
  }
  if (groups > 0 && group != 3) return {{}, MoneyError::grouping};
  if (text.size() > 1 && text[0] == '0') return {{}, classify_malformed(text)};
  if (overflow) return {{}, MoneyError::overflow};
  return {Money{value}, MoneyError::none};
}

}  // namespace plancheck
