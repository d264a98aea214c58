// Money, percentages, dates and "did you mean": the value parsers.

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>

#include "base/date.h"
#include "base/did_you_mean.h"
#include "base/money.h"
#include "base/ratio.h"

using namespace plancheck;

TEST_CASE("money accepts whole kroner in the three documented spellings") {
  CHECK(parse_money("3500000").value.kroner == 3'500'000);
  CHECK(parse_money("3_500_000").value.kroner == 3'500'000);
  CHECK(parse_money("3 500 000").value.kroner == 3'500'000);
  CHECK(parse_money("3\u00a0500\u00a0000").value.kroner == 3'500'000);
  CHECK(parse_money("0").value.kroner == 0);
  CHECK(parse_money("999").value.kroner == 999);
  CHECK(parse_money("9223372036854775807").value.kroner == INT64_MAX);
}

TEST_CASE("money rejects what a person might mean differently, each with its reason") {
  CHECK(parse_money("3,5 mill.").error == MoneyError::words);
  CHECK(parse_money("3.5").error == MoneyError::decimal);
  CHECK(parse_money("3,5").error == MoneyError::decimal);
  CHECK(parse_money("1e6").error == MoneyError::exponent);
  CHECK(parse_money("0x10").error == MoneyError::radix);
  CHECK(parse_money("010").error == MoneyError::leading_zero);
  CHECK(parse_money("-500").error == MoneyError::negative);
  CHECK(parse_money("3 50 000").error == MoneyError::grouping);
  CHECK(parse_money("3 500 00").error == MoneyError::grouping);
  CHECK(parse_money("3500 000").error == MoneyError::grouping);
  CHECK(parse_money("500 kr").error == MoneyError::words);
  CHECK(parse_money("9223372036854775808").error == MoneyError::overflow);
  CHECK(parse_money("99999999999999999999999").error == MoneyError::overflow);
  CHECK(parse_money("").error == MoneyError::empty);
}

TEST_CASE("money arithmetic reports overflow instead of wrapping") {
  CHECK(checked_add(Money{INT64_MAX}, Money{1}) == std::nullopt);
  CHECK(checked_add(Money{1}, Money{2}) == Money{3});
  CHECK(checked_sub(Money{INT64_MIN}, Money{1}) == std::nullopt);
}

TEST_CASE("percentages are exact fractions") {
  CHECK(*parse_percent("80") == Ratio{4, 5});
  CHECK(*parse_percent("12.5") == Ratio{1, 8});
  CHECK(*parse_percent("0.0001") == Ratio{1, 1'000'000});
  CHECK_FALSE(parse_percent("12.34567"));
  CHECK_FALSE(parse_percent(".nan"));
  CHECK_FALSE(parse_percent(".inf"));
  CHECK_FALSE(parse_percent("-5"));
  CHECK_FALSE(parse_percent("80 %"));
  CHECK_FALSE(parse_percent("1e2"));
  CHECK(Ratio{1, 3} < Ratio{34, 100});
  CHECK(Ratio{2, 3}.permille_rounded() == 667);
  CHECK(floor_times(3'000'000, Ratio{3, 4}) == 2'250'000);
  CHECK(ceil_times(10, Ratio{1, 3}) == 4);
  CHECK(add(Ratio{4, 5}, Ratio{1, 20}) == Ratio{17, 20});
  CHECK(sub_clamped(Ratio{1, 20}, Ratio{1, 10}) == Ratio{0, 1});
}

TEST_CASE("dates are real calendar dates") {
  CHECK(parse_date("2024-02-29"));
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("2024-02-30"));
  CHECK_FALSE(parse_date("2024-13-01"));
  CHECK_FALSE(parse_date("15.03.2021"));
  CHECK_FALSE(parse_date("2021-3-1"));
  CHECK(parse_date("2021-03-12")->iso() == "2021-03-12");
  CHECK(parse_month("2019-12")->iso() == "2019-12");
  CHECK_FALSE(parse_year("21"));
  CHECK_FALSE(parse_year("0210"));
}

TEST_CASE("SOURCE_DATE_EPOCH: whole seconds since 1970 as a UTC date, nothing else") {
  CHECK(date_of_epoch_seconds("0")->iso() == "1970-01-01");
  CHECK(date_of_epoch_seconds("86399")->iso() == "1970-01-01");
  CHECK(date_of_epoch_seconds("86400")->iso() == "1970-01-02");
  CHECK(date_of_epoch_seconds("951782400")->iso() == "2000-02-29");  // a leap day of a century
  CHECK(date_of_epoch_seconds("1796212800")->iso() == "2026-12-02");
  CHECK(date_of_epoch_seconds("253402300799")->iso() == "9999-12-31");
  CHECK_FALSE(date_of_epoch_seconds("253402300800"));
  CHECK_FALSE(date_of_epoch_seconds(""));
  CHECK_FALSE(date_of_epoch_seconds("-1"));
  CHECK_FALSE(date_of_epoch_seconds("1.5"));
  CHECK_FALSE(date_of_epoch_seconds("1e9"));
  CHECK_FALSE(date_of_epoch_seconds(" 1"));
  CHECK_FALSE(date_of_epoch_seconds("99999999999999999999"));
}

TEST_CASE("did you mean finds close names and ignores far ones") {
  const std::vector<std::string> keys{"amount", "title", "priority", "focus-areas"};
  CHECK(did_you_mean("amuont", keys) == "amount");
  CHECK(did_you_mean("Title", keys) == "title");
  CHECK(did_you_mean("focus-area", keys) == "focus-areas");
  CHECK_FALSE(did_you_mean("budget", keys));
  CHECK(edit_distance("kitten", "sitting", 10) == 3);
}

TEST_CASE("a swap of two neighbouring letters is one edit") {
  CHECK(edit_distance("sarfi", "sarif", 3) == 1);
  CHECK(edit_distance("ab", "ba", 3) == 1);
  CHECK(edit_distance("abc", "abc", 3) == 0);
  CHECK(edit_distance("", "abc", 3) == 3);
  const std::vector<std::string> formats{"json", "sarif", "junit"};
  CHECK(did_you_mean("sarfi", formats) == "sarif");
}

namespace {

/// Optimal string alignment distance over the whole matrix, as a reference.
size_t full_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

TEST_CASE("the banded edit distance agrees with the whole matrix up to its cap") {
  uint32_t seed = 12345;
  const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int round = 0; round < 3000; ++round) {
    std::string a, b;
    for (uint32_t n = next() % 12; n > 0; --n) a += static_cast<char>('a' + next() % 3);
    for (uint32_t n = next() % 12; n > 0; --n) b += static_cast<char>('a' + next() % 3);
    const size_t cap = next() % 5;
    CAPTURE(a);
    CAPTURE(b);
    CAPTURE(cap);
    CHECK(edit_distance(a, b, cap) == std::min(full_distance(a, b), cap + 1));
  }
  const std::string long_a(100000, 'x');
  std::string long_b = long_a;
  long_b[50000] = 'y';
  CHECK(edit_distance(long_a, long_b, 3) == 1);  // O(length x cap): instant
}

TEST_CASE("did you mean prefers a case-insensitive match, then the fewest edits, then the first") {
  const std::vector<std::string> names{"measure-a", "Measure-B", "measure-b", "measure-c"};
  CHECK(did_you_mean("MEASURE-B", names) == "Measure-B");  // the first of two spellings
  CHECK(did_you_mean("Measure-B", names) == "measure-b");  // not the word itself
  CHECK(did_you_mean("measure-x", names) == "measure-a");  // one edit from three: the first
  CHECK(did_you_mean("measure-cc", names) == "measure-c");
  CHECK_FALSE(did_you_mean("budget", names));
  // A lookup compares at most NameIndex::kMaxCompared names of about the
  // word's length, in their order; names of other lengths cost nothing.
  for (const size_t before : {NameIndex::kMaxCompared - 1, NameIndex::kMaxCompared}) {
    std::vector<std::string> many;
    for (size_t i = 0; i < 100000; ++i) many.push_back(std::string(i % 7 + 1, 'q'));
    for (size_t i = 0; i < before; ++i) many.push_back(fmt::format("zzzzzzzzzz-{:03d}", i));
    many.push_back("target-name-ab");
    CAPTURE(before);
    CHECK(NameIndex(many).closest("target-name-ac").has_value() == (before < NameIndex::kMaxCompared));
  }
}
