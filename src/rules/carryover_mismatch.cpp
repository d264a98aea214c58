// carryover/mismatch: a year's carried-over funds equal what the previous
// year left, once that year's project lists are closed. A frame's first
// year carries over from the last year of the council's previous frame,
// when the plan files hold it (figures::link_frames). A grant withdrawn after its year closed
// counts as used in its year and returns its money in the year it was withdrawn.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

/// The year before `year`: in this frame, or for the frame's first year in
/// the previous frame; null when the plan files do not hold it.
const figures::YearFigures* year_before(const figures::FrameFigures& ff, int year) {
  if (const figures::YearFigures* prev = ff.year(year - 1)) return prev;
  const model::Period& period = *ff.group->frame->period;
  if (!ff.previous || !period.from.present() || period.from->value != year) return nullptr;
  return ff.previous->year(year - 1);
}

/// The previous year's figures when its accounts are final; null otherwise.
const figures::YearFigures* closed_previous(const figures::FrameFigures& ff, int year) {
  const figures::YearFigures* prev = year_before(ff, year);
  if (!prev || !prev->lists_closed || prev->overflow) return nullptr;
  return prev;
}

/// What the previous year could not read that its left-over depends on.
std::vector<figures::Unknown> left_over_unknowns(const figures::YearFigures& prev) {
  std::vector<figures::Unknown> out;
  for (const figures::Unknown& u : prev.unknowns) {
    const std::string_view what = u.what.key;
    if (what == "unknown.income" || what == "unknown.partner-amount" ||
        what == "unknown.carried-over" || what == "unknown.administration") {
      out.push_back(u);
    }
  }
  out.insert(out.end(), prev.grant_unknowns.begin(), prev.grant_unknowns.end());
  return out;
}

void report(Context& ctx, const figures::YearFigures& y, const figures::YearFigures& prev) {
  const model::Located<Money>& carried = y.plan->income->carried_over;
  const source::Offset at = carried.present() ? carried.at : y.plan->income.key;
  std::vector<diag::Arg> args{{"year", int64_t{y.year}},
                              {"carried", y.carried_over},
                              {"previous", int64_t{prev.year}},
                              {"left", prev.left_over},
                              {"income", prev.income},
                              {"administration", prev.administration},
                              {"granted", prev.granted}};
  // Grants withdrawn after their year closed move money between the years.
  const bool moved = prev.withdrawn_later_grants > 0 || prev.returned_grants > 0;
  if (moved) {
    args.push_back({"later", prev.withdrawn_later});
    args.push_back({"returned", prev.returned});
  }
  ctx.report(*y.plan->file, at,
             Message{moved ? "carryover.mismatch-returned" : "carryover.mismatch", std::move(args)},
             {.year = y.year})
      .help = Message{"help.carryover", {{"left", prev.left_over}}};
  const model::ProjectList& list = *prev.group->lists.front();
  ctx.related(*list.file, list.status.at,
              Message{"related.list-closed", {{"previous", int64_t{prev.year}}}});
}

void check(Context& ctx) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    if (!y.plan->income.present()) continue;
    const figures::YearFigures* prev = closed_previous(ctx.figures, y.year);
    if (!prev) continue;
    auto unknowns = left_over_unknowns(*prev);
    if (y.plan->income->carried_over.invalid()) {
      for (const figures::Unknown& u : y.unknowns) {
        if (u.what.key == "unknown.carried-over") unknowns.push_back(u);
      }
    }
    if (!unknowns.empty()) {
      ctx.hold_back({.year = y.year}, std::move(unknowns));
      continue;
    }
    if (y.carried_over == prev->left_over) continue;
    report(ctx, y, *prev);
  }
}

}  // namespace

extern const Rule kCarryoverMismatch{
    "carryover/mismatch", diag::Severity::error, false, {},
    &check};

}  // namespace plancheck::rules
