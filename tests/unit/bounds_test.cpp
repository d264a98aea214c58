// Bounded reasoning (figures/bounds.h): sums and shares over every reading
// of values that could not be read, and the verdicts the rules act on.

#include <doctest/doctest.h>

#include "figures/bounds.h"

using namespace plancheck;
using figures::Band;
using figures::Range;
using figures::ShareRange;
using figures::Split;
using figures::Verdict;

namespace {

Money kr(int64_t k) { return Money{k}; }
Ratio pct(int64_t p) { return Ratio{p, 100}; }
Band band(int64_t low, int64_t high) { return {pct((low + high) / 2), pct(low), pct(high)}; }

}  // namespace

TEST_CASE("a split with every value read has exact shares") {
  Split s(3);
  s.add(0, kr(800));
  s.add(1, kr(100));
  s.add(2, kr(100));
  CHECK(s.exact());
  CHECK(s.total().exact());
  CHECK(*s.total().low == kr(1000));
  REQUIRE(s.exact_share(0));
  CHECK(*s.exact_share(0) == pct(80));
  const ShareRange r = *s.share(0);
  CHECK(r.exact());
  CHECK(r.low == pct(80));
  CHECK(figures::verdict(r, band(75, 85)) == Verdict::inside);
  CHECK(figures::verdict(*s.share(1), band(12, 20)) == Verdict::below);
  CHECK(figures::verdict(*s.share(1), band(0, 5)) == Verdict::above);
}

TEST_CASE("an empty whole has no share") {
  Split s(2);
  s.add(0, kr(0));
  CHECK_FALSE(s.share(0));
  CHECK_FALSE(s.exact_share(0));
}

TEST_CASE("a part of unknown priority could be any priority's") {
  Split s(3);
  s.add(0, kr(700));
  s.add(1, kr(100));
  s.add(2, kr(100));
  s.add(std::nullopt, kr(100));  // a misspelled priority
  CHECK_FALSE(s.exact());
  CHECK(*s.total().low == kr(1000));  // the amount is known: the whole is exact
  CHECK(s.total().exact());
  CHECK(s.unassigned() == kr(100));
  CHECK_FALSE(s.exact_share(0));
  // naering: 70 % if the part is elsewhere, 80 % if it is naering's.
  CHECK(s.share(0)->low == pct(70));
  CHECK(s.share(0)->high == pct(80));
  // Holds for every reading: idrett at 10–20 % is above a 0–8 % band ...
  CHECK(figures::verdict(*s.share(1), band(0, 8)) == Verdict::above);
  // ... but not above a 0–15 % band: held back.
  CHECK(figures::verdict(*s.share(1), band(0, 15)) == Verdict::undecided);
  CHECK(figures::verdict(*s.share(0), band(65, 85)) == Verdict::inside);
}

TEST_CASE("with one priority, a part of unknown priority is its") {
  Split s(1);
  s.add(0, kr(500));
  s.add(std::nullopt, kr(500));
  CHECK(s.share(0)->low == Ratio{1, 1});
  CHECK(s.share(0)->high == Ratio{1, 1});
}

TEST_CASE("an amount that could not be read could be any amount") {
  Split s(3);
  s.add(0, kr(2000));
  s.add(1, kr(600));
  s.add(2, std::nullopt);  // ovrig's only measure: unreadable
  CHECK_FALSE(s.exact());
  CHECK_FALSE(s.total().high);
  CHECK(*s.total().low == kr(2600));
  CHECK(s.open(2));
  // idrett is 600 of at least 2 600: at most 23.1 %, at least nothing.
  const ShareRange idrett = *s.share(1);
  CHECK(idrett.low == Ratio{0, 1});
  CHECK(idrett.high == Ratio{600, 2600});
  // Below 25 % whatever the amount is; above 15 % only for some amounts.
  CHECK(figures::verdict(idrett, band(25, 35)) == Verdict::below);
  CHECK(figures::verdict(idrett, band(5, 15)) == Verdict::undecided);
  // ovrig could be anything from nothing to all but a sliver.
  CHECK(s.share(2)->low == Ratio{0, 1});
  CHECK(s.share(2)->high == Ratio{1, 1});
}

TEST_CASE("a whole of nothing but an unreadable amount is undecided, not empty") {
  Split s(2);
  s.add(0, std::nullopt);
  REQUIRE(s.share(0));
  REQUIRE(s.share(1));
  CHECK(s.share(1)->high == Ratio{0, 1});  // the other priority gets nothing in every reading
  CHECK(figures::verdict(*s.share(0), band(40, 60)) == Verdict::undecided);
}

TEST_CASE("splits add up: the period is the sum of its years") {
  Split a(2);
  a.add(0, kr(300));
  a.add(1, kr(100));
  Split b(2);
  b.add(0, kr(100));
  b.add(std::nullopt, std::nullopt);  // a year whose plan did not decode
  Split period(2);
  period.add(a);
  period.add(b);
  CHECK(*period.total().low == kr(500));
  CHECK_FALSE(period.total().high);
  CHECK(period.known(0) == kr(400));
  CHECK(period.share(0)->low == Ratio{0, 1});
  CHECK(period.share(0)->high == Ratio{1, 1});
}

TEST_CASE("ranges: sums, differences and comparisons over every reading") {
  bool overflow = false;
  const Range income = Range::exactly(kr(3500));
  const Range allocated = Range::at_least(kr(3600));
  CHECK(figures::always_greater(allocated, income));
  CHECK_FALSE(figures::always_greater(income, allocated));
  const Range left = figures::minus(income, allocated, overflow);
  CHECK_FALSE(left.low);  // an unreadable allocation could be anything
  CHECK(*left.high == kr(-100));
  const Range both = figures::plus(income, allocated, overflow);
  CHECK(*both.low == kr(7100));
  CHECK_FALSE(both.high);
  CHECK_FALSE(overflow);
  // An open income is never surely exceeded.
  CHECK_FALSE(figures::always_greater(Range::exactly(kr(1'000'000)), Range::at_least(kr(1))));
  figures::plus(Range::exactly(kr(INT64_MAX)), Range::exactly(kr(1)), overflow);
  CHECK(overflow);
}
