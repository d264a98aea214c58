// share/actual: each priority's share of what was actually granted (grants not withdrawn)
// lies in its band, per year and over the period; a note (projection-severity) while the
// project lists are open, the rule's severity once they are closed.

#include <algorithm>
#include <vector>

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

constexpr Param kParams[] = {{"projection-severity", "note"}};

/// The arguments every share/actual message starts with.
std::vector<diag::Arg> share_args(const figures::ActualShare& a, Money total) {
  return {{"priority", a.priority->id->name},
          {"share", *a.share},
          {"amount", a.granted},
          {"total", total},
          {"low", a.band->low},
          {"high", a.band->high}};
}

/// Where a finding about a year's grants points: the first project list's `projects`.
const model::ProjectList* first_list(const figures::YearFigures& y) {
  return y.group->lists.empty() ? nullptr : y.group->lists.front();
}

/// The most grants a finding points at: those that weigh most (a county set
/// can have hundreds per priority); the rest are summed up in one note.
constexpr size_t kMaxGrants = 5;

/// Whether `a` comes before `b`: unreadable amounts first (they make the
/// share uncertain), then the larger amounts, then the file order.
bool weighs_more(const figures::ActualPart* a, const figures::ActualPart* b) {
  if (a->amount.has_value() != b->amount.has_value()) return !a->amount.has_value();
  if (a->amount && *a->amount != *b->amount) return *a->amount > *b->amount;
  return a < b;
}

/// The grants that make up the priority's part, as the lines that cause the
/// finding: the kMaxGrants that weigh most, and one note for the others.
void relate_grants(Context& ctx, const std::vector<figures::ActualPart>& all,
                   const model::ProjectList& list) {
  std::vector<const figures::ActualPart*> parts;
  parts.reserve(all.size());
  for (const figures::ActualPart& part : all) parts.push_back(&part);
  // One left over is shown rather than summed up (and "1 more grants" never written).
  const size_t shown = parts.size() <= kMaxGrants + 1 ? parts.size() : kMaxGrants;
  std::partial_sort(parts.begin(), parts.begin() + static_cast<ptrdiff_t>(shown), parts.end(),
                    weighs_more);
  for (size_t i = 0; i < shown; ++i) {
    const figures::ActualPart& part = *parts[i];
    const std::string& id = part.grant->id->name;
    const std::string_view key = !part.amount     ? "related.grant-unread"
                                 : part.installment ? "related.installment-counts"
                                                    : "related.grant-counts";
    Message message{key, {{"project", id}}};
    if (part.amount) message.args.push_back({"amount", *part.amount});
    ctx.related(*part.file, part.at, std::move(message));
  }
  if (parts.size() == shown) return;
  Money rest;
  for (size_t i = shown; i < parts.size(); ++i) {
    rest = checked_add(rest, parts[i]->amount.value_or(Money{})).value_or(rest);
  }
  ctx.related(*list.file, list.projects.key,
              Message{"related.grants-more",
                      {{"n", static_cast<int64_t>(parts.size() - shown)}, {"amount", rest}}});
}

/// Reports the year's share of priority `i` (`a`); `parts` are the year's
/// grants by priority.
void report_year(Context& ctx, const figures::YearFigures& y, size_t i,
                 const std::vector<std::vector<figures::ActualPart>>& parts) {
  const figures::ActualShare& a = y.actual[i];
  const model::ProjectList* list = first_list(y);
  if (!list) return;
  std::vector<diag::Arg> args = share_args(a, y.actual_total);
  args.push_back({"year", int64_t{y.year}});
  diag::Finding& f = ctx.report(*list->file, list->projects.key,
                                Message{y.lists_closed ? "share.actual" : "share.actual-open",
                                        std::move(args)},
                                {.year = y.year, .priority = a.priority->id->name});
  f.help = Message{"help.share-actual", {}};
  if (!y.lists_closed) f.severity_param = "projection-severity";
  ctx.related(*ctx.frame().file, a.priority->share.key, Message{"related.share-band", {}});
  relate_grants(ctx, parts[i], *list);
  if (list->status.present()) {
    ctx.related(*list->file, list->status.at, Message{"related.list-status", {}});
  }
}

/// What each year's project lists granted priority `i`: the lines behind a
/// finding about the period (a year's shares are by priority, in frame order).
void relate_years(Context& ctx, size_t i) {
  for (const figures::YearFigures& y : ctx.figures.years) {
    const model::ProjectList* list = first_list(y);
    if (!list || i >= y.actual.size()) continue;
    const figures::ActualShare& share = y.actual[i];
    ctx.related(*list->file, list->projects.key,
                Message{"related.actual-year", {{"priority", share.priority->id->name},
                                                {"amount", share.granted},
                                                {"year", int64_t{y.year}}}});
  }
}

/// Reports the period's share of priority `i`.
void report_period(Context& ctx, size_t i) {
  const figures::ActualShare& a = ctx.figures.actual[i];
  const figures::FrameFigures& ff = ctx.figures;
  const model::Period& period = *ctx.frame().period;
  std::vector<diag::Arg> args = share_args(a, ff.actual_total);
  args.push_back({"from", int64_t{period.from->value}});
  args.push_back({"to", int64_t{period.to->value}});
  diag::Finding& f = ctx.report(*ctx.frame().file, a.priority->share.key,
                                Message{ff.actual_final ? "share.actual-period"
                                                        : "share.actual-period-so-far",
                                        std::move(args)},
                                {.priority = a.priority->id->name});
  f.help = Message{"help.share-actual", {}};
  if (!ff.actual_final) f.severity_param = "projection-severity";
  relate_years(ctx, i);
}

/// Whether a share is outside its band for certain; held back when values could not be read.
bool outside(Context& ctx, const figures::ActualShare& a, diag::Scope scope,
             const std::vector<figures::Unknown>& unknowns) {
  if (!a.verdict || *a.verdict == figures::Verdict::inside) return false;
  if (*a.verdict == figures::Verdict::undecided || !a.share) {
    ctx.hold_back(std::move(scope), unknowns);
    return false;
  }
  return true;
}

void check(Context& ctx) {
  const figures::FrameFigures& ff = ctx.figures;
  if (ff.overflow) return;
  std::vector<figures::Unknown> all;
  for (const figures::YearFigures& y : ff.years) {
    all.insert(all.end(), y.grant_unknowns.begin(), y.grant_unknowns.end());
    std::vector<std::vector<figures::ActualPart>> parts;  // made at the year's first finding
    for (size_t i = 0; i < y.actual.size(); ++i) {
      const figures::ActualShare& a = y.actual[i];
      const diag::Scope scope{.year = y.year, .priority = a.priority->id->name};
      if (!outside(ctx, a, scope, y.grant_unknowns)) continue;
      if (parts.empty()) parts = figures::actual_parts(ctx.group, *y.group);
      report_year(ctx, y, i, parts);
    }
  }
  const model::Period& period = *ctx.frame().period;
  if (ff.years.size() < 2 || !period.from.present() || !period.to.present()) return;
  for (size_t i = 0; i < ff.actual.size(); ++i) {
    const figures::ActualShare& a = ff.actual[i];
    if (outside(ctx, a, {.priority = a.priority->id->name}, all)) report_period(ctx, i);
  }
}

}  // namespace

extern const Rule kShareActual{
    "share/actual", diag::Severity::warning, false, kParams,
    &check};

}  // namespace plancheck::rules
