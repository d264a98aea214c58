#include "figures/bounds.h"

namespace plancheck::figures {

namespace {

std::optional<Money> add_bound(const std::optional<Money>& a, const std::optional<Money>& b,
                               bool& overflow) {
  if (!a || !b) return std::nullopt;
  if (const auto sum = checked_add(*a, *b)) return sum;
  overflow = true;
  return std::nullopt;
}

std::optional<Money> sub_bound(const std::optional<Money>& a, const std::optional<Money>& b,
                               bool& overflow) {
  if (!a || !b) return std::nullopt;
  if (const auto diff = checked_sub(*a, *b)) return diff;
  overflow = true;
  return std::nullopt;
}

}  // namespace

Range plus(const Range& a, const Range& b, bool& overflow) {
  return {add_bound(a.low, b.low, overflow), add_bound(a.high, b.high, overflow)};
}

Range minus(const Range& a, const Range& b, bool& overflow) {
  return {sub_bound(a.low, b.high, overflow), sub_bound(a.high, b.low, overflow)};
}

bool always_greater(const Range& a, const Range& b) { return a.low && b.high && *a.low > *b.high; }

Verdict verdict(const ShareRange& share, const Band& band) {
  if (share.low > band.high) return Verdict::above;
  if (share.high < band.low) return Verdict::below;
  if (share.low >= band.low && share.high <= band.high) return Verdict::inside;
  return Verdict::undecided;
}

Split::Split(size_t priorities) : known_(priorities), open_(priorities, false) {}

void Split::mark_open(size_t priority) {
  if (open_[priority]) return;
  open_[priority] = true;
  ++open_count_;
}

void Split::add_to(Money& sum, Money amount) {
  if (const auto r = checked_add(sum, amount)) {
    sum = *r;
  } else {
    overflow_ = true;
  }
}

void Split::add(std::optional<size_t> priority, std::optional<Money> amount) {
  const size_t index = priority.value_or(known_.size());
  const bool known_priority = index < known_.size();
  if (!amount) {
    if (known_priority) {
      mark_open(index);
    } else {
      unassigned_open_ = true;
    }
    return;
  }
  add_to(total_, *amount);
  add_to(known_priority ? known_[index] : unassigned_, *amount);
}

void Split::add(const Split& other) {
  for (size_t i = 0; i < known_.size() && i < other.known_.size(); ++i) {
    add_to(known_[i], other.known_[i]);
    if (other.open_[i]) mark_open(i);
  }
  add_to(unassigned_, other.unassigned_);
  add_to(total_, other.total_);
  unassigned_open_ = unassigned_open_ || other.unassigned_open_;
  overflow_ = overflow_ || other.overflow_;
}

Range Split::total() const {
  const bool open = unassigned_open_ || open_count_ > 0;
  return open ? Range::at_least(total_) : Range::exactly(total_);
}

bool Split::exact() const { return unassigned_.kroner == 0 && total().exact(); }

std::optional<ShareRange> Split::share(size_t priority) const {
  const bool alone = known_.size() == 1;  // a part of unknown priority can only be this one's
  const bool open_elsewhere =
      (unassigned_open_ && !alone) || open_count_ > (open_[priority] ? 1u : 0u);
  const bool open_here = open_[priority] || unassigned_open_;
  if (total_.kroner == 0 && !open_here && !open_elsewhere) return std::nullopt;
  ShareRange r{{0, 1}, {1, 1}};
  // Least: every unreadable amount elsewhere is huge, its own are zero, and
  // parts of unknown priority belong elsewhere.
  const Money least = alone ? checked_add(known_[priority], unassigned_).value_or(total_)
                            : known_[priority];
  if (!open_elsewhere && total_.kroner > 0) r.low = Ratio{least.kroner, total_.kroner};
  // Most: its own unreadable amounts are huge, the others zero, and parts
  // of unknown priority are its own.
  const Money most = checked_add(known_[priority], unassigned_).value_or(total_);
  if (!open_here) r.high = total_.kroner > 0 ? Ratio{most.kroner, total_.kroner} : Ratio{0, 1};
  return r;
}

std::optional<Ratio> Split::exact_share(size_t priority) const {
  if (!exact() || total_.kroner == 0) return std::nullopt;
  return Ratio{known_[priority].kroner, total_.kroner};
}

}  // namespace plancheck::figures
