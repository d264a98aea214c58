// frame/partner-gap: every year of the period has a partner that
// contributes; partners whose from/to leave a year with no partnership
// funds at all are reported.

#include <vector>

#include "figures/frame_figures.h"
#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// The partners' years that could not be read: any partner could then cover any year.
std::vector<figures::Unknown> unread_years(const model::Frame& frame) {
  std::vector<figures::Unknown> out;
  for (const model::Partner& p : *frame.funding->partners) {
    for (const model::Located<model::Year>* y : {&p.from, &p.to}) {
      if (!y->invalid() || !p.id.present()) continue;
      out.push_back({frame.file, y->key, {"unknown.partner-years", {{"id", p.id->name}}}});
    }
  }
  return out;
}

/// Runs of consecutive years without a partner.
std::vector<std::vector<int>> gaps(const figures::FrameFunding& funding) {
  std::vector<std::vector<int>> out;
  int last = 0;
  for (const figures::FrameYearFunding& y : funding.years) {
    if (!y.partners.empty()) continue;
    if (out.empty() || y.year != last + 1) out.emplace_back();
    out.back().push_back(y.year);
    last = y.year;
  }
  return out;
}

/// The partner whose contribution ends last before `year`, or null.
const model::Partner* ends_before(const model::Frame& frame, int year) {
  const model::Partner* best = nullptr;
  for (const model::Partner& p : *frame.funding->partners) {
    if (!p.id.present() || !p.to.present() || p.to->value >= year) continue;
    if (!best || p.to->value > best->to->value) best = &p;
  }
  return best;
}

/// The partner whose contribution starts first after `year`, or null.
const model::Partner* starts_after(const model::Frame& frame, int year) {
  const model::Partner* best = nullptr;
  for (const model::Partner& p : *frame.funding->partners) {
    if (!p.id.present() || !p.from.present() || p.from->value <= year) continue;
    if (!best || p.from->value < best->from->value) best = &p;
  }
  return best;
}

void report(Context& ctx, const std::vector<int>& years) {
  const model::Frame& frame = ctx.frame();
  const model::Partner* before = ends_before(frame, years.front());
  const model::Partner* after = starts_after(frame, years.back());
  const source::Offset at = before  ? before->to.at
                            : after ? after->from.at
                                    : frame.funding->partners.key;
  ctx.report(*frame.file, at,
             Message{"frame.partner-gap", {{"years", year_list(years)}}},
             {.year = years.size() == 1 ? years[0] : 0})
      .help = Message{"help.partner-gap", {}};
  if (before) {
    ctx.related(*frame.file, before->to.at,
                Message{"related.partner-to", {{"partner", before->id->name}, {"to", int64_t{before->to->value}}}});
  }
  if (after) {
    ctx.related(*frame.file, after->from.at,
                Message{"related.partner-from", {{"partner", after->id->name}, {"from", int64_t{after->from->value}}}});
  }
}

void check(Context& ctx) {
  const model::Frame& frame = ctx.frame();
  // Partners that could not be read are reported where they stand (schema/*).
  if (!frame.funding->partners.present()) return;
  const figures::FrameFunding funding = figures::frame_funding(frame);
  const std::vector<std::vector<int>> runs = gaps(funding);
  if (runs.empty()) return;
  const std::vector<figures::Unknown> unread = unread_years(frame);
  if (!unread.empty()) {
    ctx.hold_back({}, unread);
    return;
  }
  for (const std::vector<int>& years : runs) report(ctx, years);
}

}  // namespace

extern const Rule kFramePartnerGap{
    "frame/partner-gap", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
