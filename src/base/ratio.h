#pragma once
// Exact fractions for shares and percentages; rounded only for display.

#include <cstdint>
#include <optional>
#include <string_view>

namespace plancheck {

/// A non-negative exact fraction num/den with den > 0, compared exactly.
struct Ratio {
  int64_t num = 0;
  int64_t den = 1;

  /// Tenths of a percent, rounded half away from zero: 0.8 -> 800.
  int64_t permille_rounded() const;
  /// Hundredths of a unit, rounded half away from zero: 12.5 -> 1250.
  int64_t hundredths_rounded() const;
};

int compare(Ratio a, Ratio b);
inline bool operator<(Ratio a, Ratio b) { return compare(a, b) < 0; }
inline bool operator>(Ratio a, Ratio b) { return compare(a, b) > 0; }
inline bool operator<=(Ratio a, Ratio b) { return compare(a, b) <= 0; }
inline bool operator>=(Ratio a, Ratio b) { return compare(a, b) >= 0; }
inline bool operator==(Ratio a, Ratio b) { return compare(a, b) == 0; }

/// A percentage written as `80` or `12.5` (at most four decimals), as the
/// fraction of 100 it stands for: `12.5` -> 125/1000. std::nullopt on any
/// other text, including signs, exponents, `.nan` and `.inf`.
std::optional<Ratio> parse_percent(std::string_view text);

/// A percentage, exact: 12.5 -> 125/1000.
inline Ratio percent(int64_t num, int64_t den = 1) { return Ratio{num, den * 100}; }

/// The sum or difference of two percentages, exact (denominators stay small).
Ratio add(Ratio a, Ratio b);
Ratio sub_clamped(Ratio a, Ratio b);  // max(a - b, 0)

/// floor(amount * r) and ceil(amount * r), exact in 128-bit arithmetic.
int64_t floor_times(int64_t amount, Ratio r);
int64_t ceil_times(int64_t amount, Ratio r);

}  // namespace plancheck
