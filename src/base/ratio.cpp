#include "base/ratio.h"

#include <limits>
#include <numeric>

namespace plancheck {

__extension__ typedef __int128 i128;

namespace {

int64_t round_scaled(Ratio r, int64_t scale) {
  const i128 scaled = static_cast<i128>(r.num) * scale;
  const i128 half = r.den / 2;
  const i128 q = scaled >= 0 ? (scaled + half) / r.den : -((-scaled + half) / r.den);
  return static_cast<int64_t>(q);
}

Ratio reduce(i128 num, i128 den) {
  i128 a = num < 0 ? -num : num;
  i128 b = den;
  while (b != 0) {
    const i128 t = a % b;
    a = b;
    b = t;
  }
  if (a > 1) {
    num /= a;
    den /= a;
  }
  return Ratio{static_cast<int64_t>(num), static_cast<int64_t>(den)};
}

}  // namespace

int64_t Ratio::permille_rounded() const { return round_scaled(*this, 1000); }
int64_t Ratio::hundredths_rounded() const { return round_scaled(*this, 100); }

int compare(Ratio a, Ratio b) {
  const i128 lhs = static_cast<i128>(a.num) * b.den;
  const i128 rhs = static_cast<i128>(b.num) * a.den;
  return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0);
}

std::optional<Ratio> parse_percent(std::string_view text) {
  int64_t num = 0;
  int64_t den = 100;
  int decimals = -1;  // -1: no decimal point seen yet
  bool any_digit = false;
  for (char c : text) {
    if (c == '.' && decimals < 0) {
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (decimals >= 4 || num > 1'000'000'000) return std::nullopt;
    num = num * 10 + (c - '0');
    any_digit = true;
    if (decimals >= 0) {
      ++decimals;
      den *= 10;
    }
  }
  if (!any_digit || decimals == 0) return std::nullopt;
  return reduce(num, den);
}

Ratio add(Ratio a, Ratio b) {
  return reduce(static_cast<i128>(a.num) * b.den + static_cast<i128>(b.num) * a.den,
                static_cast<i128>(a.den) * b.den);
}

Ratio sub_clamped(Ratio a, Ratio b) {
  const i128 num = static_cast<i128>(a.num) * b.den - static_cast<i128>(b.num) * a.den;
  if (num <= 0) return Ratio{0, 1};
  return reduce(num, static_cast<i128>(a.den) * b.den);
}

int64_t floor_times(int64_t amount, Ratio r) {
  const i128 p = static_cast<i128>(amount) * r.num;
  i128 q = p / r.den;
  if (p % r.den != 0 && p < 0) --q;
  return static_cast<int64_t>(q);
}

int64_t ceil_times(int64_t amount, Ratio r) {
  const i128 p = static_cast<i128>(amount) * r.num;
  i128 q = p / r.den;
  if (p % r.den != 0 && p > 0) ++q;
  return static_cast<int64_t>(q);
}

}  // namespace plancheck
