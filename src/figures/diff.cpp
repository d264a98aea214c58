#include "figures/diff.h"

#include <algorithm>
#include <unordered_map>

namespace plancheck::figures {

namespace {

std::optional<Money> read(const model::Located<Money>& amount) {
  if (!amount.present()) return std::nullopt;
  return *amount;
}

const std::string& id_of(const model::Frame& frame) { return frame.id->name; }

/// The items of `before` and `after` matched by key: the pairs in the order
/// of `after` (null where `before` lacks it), then those only in `before`.
template <class T, class Key>
std::vector<std::pair<const T*, const T*>> matched(const std::vector<const T*>& before,
                                                   const std::vector<const T*>& after, Key key) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < before.size(); ++i) index.emplace(key(*before[i]), i);
  std::vector<bool> taken(before.size(), false);
  std::vector<std::pair<const T*, const T*>> out;
  for (const T* item : after) {
    const auto it = index.find(key(*item));
    const bool found = it != index.end() && !taken[it->second];
    if (found) taken[it->second] = true;
    out.emplace_back(found ? before[it->second] : nullptr, item);
  }
  for (size_t i = 0; i < before.size(); ++i) {
    if (!taken[i]) out.emplace_back(before[i], nullptr);
  }
  return out;
}

std::vector<const model::Measure*> measures_of(const YearFigures* year) {
  std::vector<const model::Measure*> out;
  if (!year || !year->plan) return out;
  for (const model::Measure& m : *year->plan->measures) out.push_back(&m);
  return out;
}

std::vector<const model::Priority*> priorities_of(const FrameFigures* frame) {
  std::vector<const model::Priority*> out;
  if (!frame) return out;
  for (const model::Priority& p : *frame->group->frame->priorities) out.push_back(&p);
  return out;
}

std::optional<MeasureDiff> measure_diff(const model::Measure* before, const model::Measure* after) {
  MeasureDiff d;
  d.before = before;
  d.after = after;
  d.kind = !before ? MeasureChangeKind::added
                   : (!after ? MeasureChangeKind::removed : MeasureChangeKind::changed);
  if (before) {
    d.amount.before = read(before->amount);
    d.priority_before = before->priority->name;
  }
  if (after) {
    d.amount.after = read(after->amount);
    d.priority_after = after->priority->name;
  }
  if (d.kind == MeasureChangeKind::changed && !d.amount.changed() &&
      d.priority_before == d.priority_after) {
    return std::nullopt;
  }
  return d;
}

std::vector<MeasureDiff> measure_diffs(const YearFigures* before, const YearFigures* after) {
  std::vector<MeasureDiff> out;
  const auto pairs = matched(measures_of(before), measures_of(after),
                             [](const model::Measure& m) { return m.id->name; });
  for (const auto& [b, a] : pairs) {
    if (auto d = measure_diff(b, a)) out.push_back(std::move(*d));
  }
  return out;
}

/// The line of `priority` among a side's figures; null when it has none.
template <class Line>
const Line* line_of(const std::vector<Line>& lines, const model::Priority* priority) {
  for (const Line& line : lines) {
    if (line.priority == priority) return &line;
  }
  return nullptr;
}

/// Fills the amount, share and band of a priority from the line of each side.
template <class Line, class Amount>
PriorityDiff priority_diff(const model::Priority* before, const model::Priority* after,
                           const Line* b, const Line* a, Amount amount) {
  PriorityDiff d;
  d.priority = after ? after : before;
  if (b) {
    d.amount.before = b->*amount;
    d.share.before = b->share;
    d.share.before_verdict = b->verdict;
  }
  if (a) {
    d.amount.after = a->*amount;
    d.share.after = a->share;
    d.share.after_verdict = a->verdict;
  }
  d.band = a ? a->band : (b ? b->band : std::nullopt);
  return d;
}

std::vector<PriorityDiff> year_priorities(const FrameFigures* fb, const FrameFigures* fa,
                                          const YearFigures* before, const YearFigures* after) {
  std::vector<PriorityDiff> out;
  const auto pairs = matched(priorities_of(fb), priorities_of(fa),
                             [](const model::Priority& p) { return p.id->name; });
  for (const auto& [b, a] : pairs) {
    const PriorityYear* lb = before ? line_of(before->priorities, b) : nullptr;
    const PriorityYear* la = after ? line_of(after->priorities, a) : nullptr;
    out.push_back(priority_diff(b, a, lb, la, &PriorityYear::amount));
  }
  return out;
}

/// An amount of one side's year figures, when the side has the year.
std::optional<Money> year_amount(const YearFigures* year, Money YearFigures::*field) {
  if (!year) return std::nullopt;
  return year->*field;
}

AmountChange year_change(const YearFigures* before, const YearFigures* after,
                         Money YearFigures::*field) {
  return {year_amount(before, field), year_amount(after, field)};
}

YearDiff year_diff(const FrameFigures* fb, const FrameFigures* fa, int year) {
  YearDiff d;
  d.year = year;
  d.before = fb ? fb->year(year) : nullptr;
  d.after = fa ? fa->year(year) : nullptr;
  d.measures = measure_diffs(d.before, d.after);
  d.priorities = year_priorities(fb, fa, d.before, d.after);
  d.income = year_change(d.before, d.after, &YearFigures::income);
  d.measure_funds = year_change(d.before, d.after, &YearFigures::measure_funds);
  d.reserve = year_change(d.before, d.after, &YearFigures::reserve);
  d.unallocated = year_change(d.before, d.after, &YearFigures::unallocated);
  return d;
}

/// The years either side plans, in order.
std::vector<int> years_of(const FrameFigures* before, const FrameFigures* after) {
  std::vector<int> years;
  for (const FrameFigures* side : {before, after}) {
    if (!side) continue;
    for (const YearFigures& y : side->years) years.push_back(y.year);
  }
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

PriorityDiff period_priority(const FrameFigures* fb, const FrameFigures* fa,
                             const model::Priority* b, const model::Priority* a) {
  const PriorityPeriod* lb = fb && b ? line_of(fb->period, b) : nullptr;
  const PriorityPeriod* la = fa && a ? line_of(fa->period, a) : nullptr;
  PriorityDiff d = priority_diff(b, a, lb, la, &PriorityPeriod::planned);
  if (lb) {
    d.need_at_least.before = lb->need_at_least;
    d.may_at_most.before = lb->may_at_most;
  }
  if (la) {
    d.need_at_least.after = la->need_at_least;
    d.may_at_most.after = la->may_at_most;
  }
  return d;
}

PeriodDiff period_diff(const FrameFigures* fb, const FrameFigures* fa) {
  PeriodDiff d;
  if (fb) d.planned_funds.before = fb->planned_funds;
  if (fa) d.planned_funds.after = fa->planned_funds;
  if (fb) d.remaining_funds.before = fb->remaining_funds;
  if (fa) d.remaining_funds.after = fa->remaining_funds;
  const auto pairs = matched(priorities_of(fb), priorities_of(fa),
                             [](const model::Priority& p) { return p.id->name; });
  for (const auto& [b, a] : pairs) d.priorities.push_back(period_priority(fb, fa, b, a));
  return d;
}

FrameDiff frame_diff(const FrameFigures* before, const FrameFigures* after) {
  FrameDiff d;
  d.before = before;
  d.after = after;
  d.id = id_of(*(after ? after : before)->group->frame);
  for (const int year : years_of(before, after)) {
    YearDiff y = year_diff(before, after, year);
    if (y.changed()) d.years.push_back(std::move(y));
  }
  d.period = period_diff(before, after);
  return d;
}

std::vector<const FrameFigures*> pointers(const std::vector<FrameFigures>& frames) {
  std::vector<const FrameFigures*> out;
  for (const FrameFigures& f : frames) out.push_back(&f);
  return out;
}

}  // namespace

std::optional<Money> AmountChange::difference() const {
  if (!before || !after) return std::nullopt;
  return checked_sub(*after, *before);
}

bool YearDiff::changed() const {
  if (!before || !after || !measures.empty()) return true;
  if (income.changed() || measure_funds.changed() || reserve.changed() || unallocated.changed()) {
    return true;
  }
  for (const PriorityDiff& p : priorities) {
    if (p.changed()) return true;
  }
  return false;
}

bool PeriodDiff::changed() const {
  if (planned_funds.changed() || remaining_funds.changed()) return true;
  for (const PriorityDiff& p : priorities) {
    if (p.changed()) return true;
  }
  return false;
}

const model::Frame& FrameDiff::frame() const { return *(after ? after : before)->group->frame; }

std::vector<FrameDiff> diff(const std::vector<FrameFigures>& before,
                            const std::vector<FrameFigures>& after) {
  std::vector<FrameDiff> out;
  const auto pairs = matched(pointers(before), pointers(after),
                             [](const FrameFigures& f) { return id_of(*f.group->frame); });
  for (const auto& [b, a] : pairs) {
    FrameDiff d = frame_diff(b, a);
    if (d.changed()) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace plancheck::figures
