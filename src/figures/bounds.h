#pragma once
// Reasoning with values that could not be read. An amount that is missing
// or unreadable could be any amount, and a part whose priority did not
// resolve could belong to any priority. The figures keep what is known
// exactly apart from what is not, and these helpers decide whether a
// comparison holds for every possible reading: a rule reports a finding
// only when it does, and otherwise holds it back, naming the unknowns.

#include <cstdint>
#include <optional>
#include <vector>

#include "base/money.h"
#include "base/ratio.h"
#include "diag/finding.h"
#include "source/source_file.h"

namespace plancheck::figures {

/// A target band as exact fractions of one: [low, high].
struct Band {
  Ratio target;
  Ratio low;
  Ratio high;
};

/// A value a figure depends on that could not be read, and where it stands.
struct Unknown {
  const source::SourceFile* file = nullptr;
  source::Offset at = source::kNoOffset;  // kNoOffset: the file as a whole did not decode
  diag::Message what;  // a noun phrase, e.g. "unknown.measure-amount" {id}
};

/// The values a figure can take over every reading of what could not be
/// read: from `low` to `high`, each none when unbounded that way.
struct Range {
  std::optional<Money> low;
  std::optional<Money> high;

  static Range exactly(Money m) { return {m, m}; }
  /// At least `m`, and any larger amount: a sum with a part that could not be read.
  static Range at_least(Money m) { return {m, std::nullopt}; }
  bool exact() const { return low && high && *low == *high; }
};

/// a + b and a - b over every reading; `overflow` is set when a bound does not fit.
Range plus(const Range& a, const Range& b, bool& overflow);
Range minus(const Range& a, const Range& b, bool& overflow);

/// Whether a > b for every reading: a's least value exceeds b's greatest.
bool always_greater(const Range& a, const Range& b);

/// A share over every reading: low <= share <= high. A bound may be a
/// limit no reading reaches (an unbounded amount pushes a share towards 0
/// or 1), which errs on the side of holding a finding back.
struct ShareRange {
  Ratio low;
  Ratio high;

  bool exact() const { return low == high; }
};

/// Where a share lies against its band for every reading; `undecided` when
/// some readings put it inside and others outside, or on different sides.
enum class Verdict : uint8_t { inside, below, above, undecided };

Verdict verdict(const ShareRange& share, const Band& band);

/// A whole (a year's measure funds, what was granted) split among the
/// frame's priorities, where a part's amount or its priority may be
/// unknown. Parts are added one by one; shares are then known exactly or
/// as a range over every reading.
class Split {
 public:
  explicit Split(size_t priorities = 0);

  /// Adds a part: `priority` indexes the frame's priorities (none: it did
  /// not resolve, so the part could be any priority's); `amount` none: it
  /// could not be read, so it could be any amount.
  void add(std::optional<size_t> priority, std::optional<Money> amount);
  /// Adds every part of `other` (split among the same priorities).
  void add(const Split& other);

  size_t priorities() const { return known_.size(); }
  /// The amounts known to be `priority`'s.
  Money known(size_t priority) const { return known_[priority]; }
  /// Known amounts whose priority is unknown.
  Money unassigned() const { return unassigned_; }
  /// Whether `priority` has a part whose amount could not be read.
  bool open(size_t priority) const { return open_[priority]; }
  /// The whole over every reading.
  Range total() const;
  /// Every amount and priority is known.
  bool exact() const;
  bool overflow() const { return overflow_; }

  /// `priority`'s share of the whole over every reading; none when the
  /// whole is known to be zero.
  std::optional<ShareRange> share(size_t priority) const;
  /// `priority`'s share when every part is known and the whole is not zero.
  std::optional<Ratio> exact_share(size_t priority) const;

 private:
  void add_to(Money& sum, Money amount);
  void mark_open(size_t priority);

  std::vector<Money> known_;
  std::vector<bool> open_;
  size_t open_count_ = 0;  // how many of open_ are true, so no question scans them
  Money unassigned_;
  bool unassigned_open_ = false;  // a part with neither amount nor priority known
  Money total_;                   // every known amount
  bool overflow_ = false;
};

}  // namespace plancheck::figures
