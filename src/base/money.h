#pragma once
// Money: whole Norwegian kroner with overflow-checked arithmetic.

#include <cstdint>
#include <optional>
#include <string_view>

namespace plancheck {

/// An amount of whole kroner. Arithmetic never wraps: each operation that
/// could overflow returns std::nullopt instead.
struct Money {
  int64_t kroner = 0;

  friend constexpr bool operator==(Money, Money) = default;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
  friend constexpr auto operator<=>(Money, Money) = default;
};

std::optional<Money> checked_add(Money a, Money b);
std::optional<Money> checked_sub(Money a, Money b);

/// Why a money text was rejected; `none` when it parsed.
enum class MoneyError {
  none,
  empty,
  negative,
  decimal,       // 3.5 or 3,5
  exponent,      // 1e6
  radix,         // 0x10, 0o7, 0b1
  leading_zero,  // 010, which YAML 1.1 reads as octal 8
  grouping,      // 3 50 000: groups of three digits expected
  words,         // 3,5 mill., 500 kr
  overflow,      // more than fits in 64 bits
};

struct MoneyParse {
  Money value;
  MoneyError error = MoneyError::none;
};

/// Parses whole kroner written as `3500000`, `3_500_000` or `3 500 000`
/// (space, no-break space, narrow no-break space, thin space or underscore
/// between groups of three digits).
MoneyParse parse_money(std::string_view text);

}  // namespace plancheck
