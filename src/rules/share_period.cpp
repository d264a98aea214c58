// share/period: each priority's share of the measure funds over the whole
// period lies in its band; while years remain unplanned, what they must
// allocate to get there.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

constexpr Param kParams[] = {{"projection-severity", "note"}};

/// The arguments every share/period message starts with.
std::vector<diag::Arg> share_args(const figures::FrameFigures& ff,
                                  const figures::PriorityPeriod& p) {
  const model::Period& period = *ff.group->frame->period;
  return {{"priority", p.priority->id->name},
          {"share", *p.share},
          {"amount", p.planned},
          {"funds", ff.planned_funds},
          {"low", p.band->low},
          {"high", p.band->high},
          {"from", int64_t{period.from->value}},
          {"to", int64_t{period.to->value}}};
}

/// The unplanned years, as a term ("the remaining year(s)") and a list.
std::vector<diag::Arg> years_args(const figures::FrameFigures& ff) {
  const bool one = ff.unplanned_years.size() == 1;
  return {{"span", diag::Term{one ? "share.remaining-year" : "share.remaining-years"}},
          {"years", year_list(ff.unplanned_years)},
          {"remaining", ff.remaining_funds}};
}

std::vector<diag::Arg> joined(std::vector<diag::Arg> a, std::vector<diag::Arg> b) {
  a.insert(a.end(), std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()));
  return a;
}

/// The period is fully planned and the share lies outside the band.
void report_final(Context& ctx, const figures::PriorityPeriod& p, diag::Scope scope) {
  const bool low = *p.verdict == figures::Verdict::below;
  const std::string& id = p.priority->id->name;
  ctx.report(*ctx.frame().file, p.priority->share.key,
             Message{"share.period", share_args(ctx.figures, p)}, std::move(scope))
      .help = low ? Message{"help.share-period.low", {{"priority", id}, {"need", p.below_band}}}
                  : Message{"help.share-period.high", {{"priority", id}, {"excess", p.above_band}}};
}

/// Years remain unplanned and the share so far lies outside the band.
void report_projection(Context& ctx, const figures::PriorityPeriod& p, diag::Scope scope) {
  const figures::FrameFigures& ff = ctx.figures;
  std::vector<diag::Arg> args = joined(share_args(ff, p), years_args(ff));
  if (!p.reachable) {
    ctx.report(*ctx.frame().file, p.priority->share.key,
               Message{"share.period-unreachable", std::move(args)}, std::move(scope));
    return;
  }
  const bool low = *p.verdict == figures::Verdict::below;
  args.push_back({"need", *p.need_at_least});
  args.push_back({"most", *p.may_at_most});
  diag::Finding& f =
      ctx.report(*ctx.frame().file, p.priority->share.key,
                 Message{low ? "share.period-need" : "share.period-cap", args}, std::move(scope));
  f.severity_param = "projection-severity";
  f.help = Message{"help.share-period.range", std::move(args)};
}

/// The share lies outside the band whatever the values that could not be read are.
void report_bounded(Context& ctx, const figures::PriorityPeriod& p, diag::Scope scope) {
  const figures::FrameFigures& ff = ctx.figures;
  const model::Period& period = *ctx.frame().period;
  const bool low = *p.verdict == figures::Verdict::below;
  const bool final = ff.unplanned_years.empty();
  std::vector<diag::Arg> args{{"priority", p.priority->id->name},
                              {"share", low ? p.range->high : p.range->low},
                              {"low", p.band->low},
                              {"high", p.band->high},
                              {"from", int64_t{period.from->value}},
                              {"to", int64_t{period.to->value}}};
  const std::string_view key = final ? (low ? "share.period-below-any" : "share.period-above-any")
                                     : (low ? "share.period-so-far-below-any"
                                            : "share.period-so-far-above-any");
  diag::Finding& f = ctx.report(*ctx.frame().file, p.priority->share.key,
                                Message{key, std::move(args)}, std::move(scope));
  f.help = Message{"help.share-bounded", {}};
  if (!final) f.severity_param = "projection-severity";
}

void check(Context& ctx) {
  const figures::FrameFigures& ff = ctx.figures;
  const model::Period& period = *ctx.frame().period;
  if (ff.overflow || ff.years.empty()) return;
  if (!period.from.present() || !period.to.present()) return;
  const figures::YearFigures& latest = ff.years.back();
  for (const figures::PriorityPeriod& p : ff.period) {
    if (!p.verdict || *p.verdict == figures::Verdict::inside) continue;
    diag::Scope scope{.year = latest.year, .priority = p.priority->id->name};
    if (*p.verdict == figures::Verdict::undecided) {
      ctx.hold_back(std::move(scope), ff.unknowns);
      continue;
    }
    if (!p.share) {
      report_bounded(ctx, p, std::move(scope));
    } else if (ff.unplanned_years.empty()) {
      report_final(ctx, p, std::move(scope));
    } else {
      report_projection(ctx, p, std::move(scope));
    }
    ctx.related(*latest.plan->file, latest.plan->measures.key,
                Message{"related.latest-plan", {{"year", int64_t{latest.year}}}});
    relate_priority_amounts(ctx, latest, *p.priority);
    if (!p.share) ctx.related_unknowns(ff.unknowns);
  }
}

}  // namespace

extern const Rule kSharePeriod{
    "share/period", diag::Severity::error, false, kParams,
    &check};

}  // namespace plancheck::rules
