#include "figures/frame_figures.h"

#include <string>
#include <utility>

#include "figures/figures.h"

namespace plancheck::figures {

namespace {

/// The most years a period is walked: a longer one is a typo, reported by schema/range.
constexpr int kMaxPeriodYears = 1000;

Money value_or_zero(const model::Located<Money>& m) { return m.present() ? *m : Money{}; }

/// Where a value that could not be read stands: its key, else its element.
source::Offset unread_at(source::Offset key, source::Offset element) {
  return key != source::kNoOffset ? key : element;
}

std::string priority_id(const model::Priority& p) { return p.id.present() ? p.id->name : ""; }

Unknown target_unknown(const model::Frame& frame, const model::Priority& p) {
  const source::Offset at = unread_at(p.share->target.key, p.share.present() ? p.share.at : p.at);
  return {frame.file, at, {"unknown.priority-target", {{"id", priority_id(p)}}}};
}

/// What makes a band unreadable: its missing target, else the first of its
/// tolerance, min and max that could not be read (at its key); none when it reads.
std::optional<Unknown> band_unknown(const model::Frame& frame, const model::Priority& p) {
  const model::ShareBand& s = *p.share;
  if (!s.target.present()) return target_unknown(frame, p);
  const std::pair<const model::Located<model::Percent>*, std::string_view> bounds[] = {
      {&s.tolerance, "tolerance"}, {&s.min, "min"}, {&s.max, "max"}};
  for (const auto& [bound, key] : bounds) {
    if (!bound->invalid()) continue;
    return Unknown{frame.file, bound->key,
                   {"unknown.priority-band", {{"id", priority_id(p)}, {"key", std::string(key)}}}};
  }
  return std::nullopt;
}

FrameYearFunding year_funding(const model::Frame& frame, int year, FrameFunding& out) {
  FrameYearFunding y{.year = year};
  for (const model::Partner& p : *frame.funding->partners) {
    if (!contributes(p, year)) continue;
    y.partners.push_back(&p);
    if (!p.amount.present()) {
      y.income_unknown = true;
      continue;
    }
    const auto sum = checked_add(y.partner_income, *p.amount);
    if (!sum) {
      out.overflow = true;
      return y;
    }
    y.partner_income = *sum;
  }
  y.available = checked_sub(y.partner_income, out.administration_max);
  if (y.available && !out.reserve_in_split) y.available = checked_sub(*y.available, out.reserve_min);
  if (!y.available) {
    out.overflow = true;
    return y;
  }
  y.needed = out.expected.value_or(out.reserve_in_split ? out.reserve_min : Money{});
  if (*y.available < y.needed) {
    const auto lack = checked_sub(y.needed, *y.available);
    if (!lack) out.overflow = true;
    y.shortfall = lack.value_or(Money{});
  }
  return y;
}

/// The partners whose amount could not be read, each once.
void add_unknowns(const model::Frame& frame, FrameFunding& out) {
  for (const model::Partner& p : *frame.funding->partners) {
    if (p.amount.present() || !p.id.present()) continue;
    out.unknowns.push_back({frame.file, unread_at(p.amount.key, p.at),
                            {"unknown.partner-amount", {{"id", p.id->name}}}});
  }
}

}  // namespace

TargetSum target_sum(const model::Frame& frame) {
  TargetSum out;
  for (const model::Priority& p : *frame.priorities) {
    if (!p.share->target.present()) {
      out.unknowns.push_back(target_unknown(frame, p));
      continue;
    }
    out.total = add(out.total, p.share->target->ratio);
  }
  return out;
}

BandSums band_sums(const model::Frame& frame) {
  BandSums out;
  for (const model::Priority& p : *frame.priorities) {
    if (std::optional<Unknown> unread = band_unknown(frame, p)) {
      out.unknowns.push_back(std::move(*unread));
      continue;
    }
    const std::optional<Band> band = band_of(p);
    out.lows = add(out.lows, band ? band->low : Ratio{0, 1});
    out.highs = add(out.highs, band ? band->high : Ratio{1, 1});
  }
  return out;
}

bool contributes(const model::Partner& partner, int year) {
  return (!partner.from.present() || partner.from->value <= year) &&
         (!partner.to.present() || partner.to->value >= year);
}

FrameFunding frame_funding(const model::Frame& frame) {
  FrameFunding out;
  const model::Funding& funding = *frame.funding;
  if (funding.administration.present()) out.administration_max = value_or_zero(funding.administration->max);
  out.reserve_min = value_or_zero(frame.reserve->min);
  out.reserve_in_split = reserve_in_split(frame);
  if (funding.expected_measure_funds.present()) out.expected = *funding.expected_measure_funds;
  add_unknowns(frame, out);
  const model::Period& period = *frame.period;
  if (!period.from.present() || !period.to.present()) return out;
  const int from = period.from->value;
  const int to = period.to->value;
  if (from > to || to - from >= kMaxPeriodYears) return out;
  for (int y = from; y <= to && !out.overflow; ++y) out.years.push_back(year_funding(frame, y, out));
  return out;
}

}  // namespace plancheck::figures
