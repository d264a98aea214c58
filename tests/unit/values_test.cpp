// Money, percentages, dates and "did you mean": the value parsers.

#include <doctest/doctest.h>

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
