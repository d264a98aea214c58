#include "summary/words.h"

#include <fmt/format.h>

#include "base/text.h"

namespace plancheck::summary {

std::string_view label(const i18n::Language& lang, std::string_view key) {
  return i18n::text(lang, "summary." + std::string(key));
}

std::string phrase(const i18n::Language& lang, std::string_view key, std::vector<diag::Arg> args) {
  const std::string full = "summary." + std::string(key);
  return i18n::render(lang, diag::Message{full, std::move(args)});
}

std::string counted(const i18n::Language& lang, std::string_view key, int n,
                    std::vector<diag::Arg> args) {
  args.push_back({"n", int64_t{n}});
  const std::string zero = "summary." + std::string(key) + ".zero";
  if (n == 0 && i18n::has_text(lang, zero)) return phrase(lang, std::string(key) + ".zero", std::move(args));
  return phrase(lang, std::string(key) + (n == 1 ? ".one" : ".other"), std::move(args));
}

std::string date_text(const i18n::Language& lang, const Date& date) {
  if (date.month < 1 || date.month > 12 || date.day < 1) return date.iso();
  const std::string month(label(lang, fmt::format("month.{}", date.month)));
  return phrase(lang, "date",
                {{"day", int64_t{date.day}}, {"month", month}, {"year", int64_t{date.year}}});
}

std::string decision_text(const i18n::Language& lang, const DecisionRef& decision) {
  return phrase(lang, "decision",
                {{"case", decision.case_ref}, {"date", date_text(lang, decision.date)}});
}

std::string decision_text(const i18n::Language& lang, const diag::Acceptance& accepted) {
  return decision_text(lang, DecisionRef{accepted.decision_case, accepted.decision_date});
}

std::string years_text(const i18n::Language& lang, std::optional<int> from, std::optional<int> to) {
  if (from && to) return *from == *to ? std::to_string(*from) : fmt::format("{}–{}", *from, *to);
  if (from) return phrase(lang, "years.from", {{"year", int64_t{*from}}});
  if (to) return phrase(lang, "years.to", {{"year", int64_t{*to}}});
  return {};
}

std::string year_list(const i18n::Language& lang, const std::vector<int>& years) {
  std::string out;
  for (size_t i = 0; i < years.size(); ++i) {
    if (i > 0) out += i + 1 == years.size() ? std::string(i18n::text(lang, "list.and")) : ", ";
    out += std::to_string(years[i]);
  }
  return out;
}

std::string band_text(const i18n::Language& lang, const figures::Band& band) {
  return i18n::format_percent(lang, band.low) + "–" + i18n::format_percent(lang, band.high);
}

std::optional<Money> later_years(const GrantLine& grant) {
  std::optional<Money> sum = Money{};
  for (const InstallmentLine& in : grant.installments) {
    sum = in.amount && sum ? checked_add(*sum, *in.amount) : std::nullopt;
  }
  return sum;
}

std::string money_text(const i18n::Language& lang, Money amount) {
  return i18n::format_money(lang, amount);
}

std::string share_text(const i18n::Language& lang, const std::optional<Ratio>& share,
                       const std::optional<figures::ShareRange>& range) {
  if (share) return i18n::format_percent(lang, *share);
  if (range) return i18n::format_percent(lang, range->low) + "–" + i18n::format_percent(lang, range->high);
  return "–";
}

std::string placement_text(const i18n::Language& lang, const std::optional<Placement>& placement,
                           const std::optional<diag::Acceptance>& accepted) {
  if (!placement) return "–";
  std::string out;
  switch (*placement) {
    case Placement::below:
      out = label(lang, "placement.below");
      break;
    case Placement::inside:
      out = label(lang, "placement.inside");
      break;
    case Placement::above:
      out = label(lang, "placement.above");
      break;
    case Placement::undecided:
      out = label(lang, "placement.undecided");
      break;
  }
  if (accepted)
    out += phrase(lang, "placement.accepted", {{"decision", decision_text(lang, *accepted)}});
  return out;
}

namespace {

std::string measure_names(const i18n::Language& lang, const CommitmentLine& c) {
  std::string out;
  for (size_t i = 0; i < c.measures.size(); ++i) {
    if (i > 0) out += i + 1 == c.measures.size() ? std::string(i18n::text(lang, "list.and")) : ", ";
    out += phrase(lang, "quoted", {{"text", one_line(c.measures[i].title)}});
  }
  return out;
}

const DecisionRef* first_decision(const CommitmentLine& c) {
  for (const FundingMeasure& m : c.measures) {
    if (m.decision) return &*m.decision;
  }
  return nullptr;
}

}  // namespace

std::string commitment_text(const i18n::Language& lang, const CommitmentLine& c, int year) {
  const std::vector<diag::Arg> base{{"year", int64_t{year}}, {"measures", measure_names(lang, c)}};
  switch (c.state) {
    case CommitmentState::covered:
      return phrase(lang, "commitment.covered", base);
    case CommitmentState::short_funded:
      return phrase(lang, "commitment.short", base);
    case CommitmentState::missing:
      return phrase(lang, "commitment.missing", base);
    case CommitmentState::ended:
      return phrase(lang, "commitment.ended", base);
    case CommitmentState::not_started:
      return phrase(lang, "commitment.not-started", base);
    case CommitmentState::unapproved:
      return phrase(lang, "commitment.unapproved", base);
    case CommitmentState::continued: {
      std::vector<diag::Arg> args = base;
      args.push_back({"decision", decision_text(lang, *first_decision(c))});
      return phrase(lang, "commitment.continued", std::move(args));
    }
  }
  return {};
}

std::string list_state_text(const i18n::Language& lang, ListState state) {
  switch (state) {
    case ListState::none:
      return std::string(label(lang, "lists.none"));
    case ListState::open:
      return std::string(label(lang, "lists.open"));
    case ListState::closed:
      return std::string(label(lang, "lists.closed"));
  }
  return {};
}

std::vector<std::string> priorities_intro(const i18n::Language& lang, const FrameSection& f,
                                          const YearSection& y) {
  std::vector<std::string> out;
  if (!f.reserve_in_split) {
    out.push_back(phrase(lang, "priorities.funds-measures", {{"funds", y.allocation.measure_funds}}));
    out.emplace_back(label(lang, "priorities.reserve-outside"));
  } else {
    out.push_back(phrase(lang, "priorities.funds", {{"funds", y.allocation.measure_funds}}));
    out.push_back(f.reserve_counts_toward.empty()
                      ? std::string(label(lang, "priorities.reserve-counts-unknown"))
                      : phrase(lang, "priorities.reserve-counts",
                               {{"priority", f.reserve_counts_toward}}));
  }
  if (y.allocation.unassigned.kroner != 0) {
    out.push_back(phrase(lang, "priorities.unassigned", {{"amount", y.allocation.unassigned}}));
  }
  return out;
}

std::string reserve_set_text(const i18n::Language& lang, const ReserveLine& r) {
  if (r.min && r.max) return phrase(lang, "reserve.set-bounds", {{"min", *r.min}, {"max", *r.max}});
  if (r.min) return phrase(lang, "reserve.set-min", {{"min", *r.min}});
  if (r.max) return phrase(lang, "reserve.set-max", {{"max", *r.max}});
  return std::string(label(lang, "reserve.set"));
}

std::string period_text(const i18n::Language& lang, const PeriodSection& p) {
  if (!p.from || !p.to) return std::string(label(lang, "period.unknown"));
  const std::string planned =
      p.planned_years.empty()
          ? std::string(label(lang, "period.none-planned"))
          : phrase(lang, "period.planned",
                   {{"years", year_list(lang, p.planned_years)}, {"funds", p.planned_funds}});
  return phrase(lang, "period.line",
                {{"years", years_text(lang, p.from, p.to)}, {"planned", planned}});
}

std::pair<std::string, std::string> room_cells(const i18n::Language& lang,
                                               const PeriodPriority& pp) {
  if (pp.band && !pp.reachable) return {std::string(label(lang, "room.unreachable")), "–"};
  if (!pp.band || !pp.need_at_least || !pp.may_at_most) return {"–", "–"};
  return {money_text(lang, *pp.need_at_least), money_text(lang, *pp.may_at_most)};
}

std::vector<std::string> year_warnings(const i18n::Language& lang, const YearSection& y) {
  std::vector<std::string> out;
  const std::vector<diag::Arg> year{{"year", int64_t{y.year}}};
  if (y.overflow) out.push_back(phrase(lang, "overflow", year));
  if (y.incomplete) out.push_back(phrase(lang, "incomplete", year));
  if (y.grants_incomplete) out.push_back(phrase(lang, "grants-incomplete", year));
  for (const HeldBackLine& h : y.held_back) out.push_back(held_back_text(lang, h));
  return out;
}

std::string held_back_text(const i18n::Language& lang, const HeldBackLine& h) {
  std::string causes;
  for (size_t i = 0; i < h.plain_causes.size(); ++i) {
    if (i > 0) causes += i + 1 == h.plain_causes.size() ? std::string(i18n::text(lang, "list.and")) : ", ";
    causes += i18n::render(lang, h.plain_causes[i]);
  }
  const std::string rule = rule_title(lang, h.rule);
  return h.priority.empty()
             ? phrase(lang, "held-back", {{"rule", rule}, {"causes", causes}})
             : phrase(lang, "held-back-priority",
                      {{"rule", rule},
                       {"priority", h.priority_title.empty() ? h.priority : h.priority_title},
                       {"causes", causes}});
}

std::vector<std::string> period_warnings(const i18n::Language& lang, const PeriodSection& p) {
  std::vector<std::string> out;
  if (p.overflow) out.emplace_back(label(lang, "period.overflow"));
  if (p.incomplete) out.emplace_back(label(lang, "period.incomplete"));
  for (const HeldBackLine& h : p.held_back) out.push_back(held_back_text(lang, h));
  return out;
}

std::string counts_text(const i18n::Language& lang, const report::Counts& counts) {
  std::vector<std::string> parts;
  const auto add = [&](std::string_view noun, int n) {
    if (n == 0) return;
    const std::string key = "count." + std::string(noun) + (n == 1 ? ".one" : ".other");
    parts.push_back(i18n::render(lang, diag::Message{key, {{"n", int64_t{n}}}}));
  };
  add("error", counts.errors);
  add("warning", counts.warnings);
  add("note", counts.notes);
  add("accepted", counts.accepted);
  if (parts.empty()) return std::string(label(lang, "no-findings"));
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? std::string(i18n::text(lang, "list.and")) : ", ";
    out += parts[i];
  }
  return out;
}

std::string finding_kind(const i18n::Language& lang, const diag::Finding& f) {
  if (f.accepted) return std::string(label(lang, "kind.accepted"));
  return std::string(report::severity_word(lang, f.severity));
}

std::string rule_title(const i18n::Language& lang, std::string_view rule) {
  const std::string key = "rule." + std::string(rule) + ".title";
  if (!i18n::has_text(lang, key)) return std::string(rule);
  return phrase(lang, "quoted", {{"text", std::string(i18n::text(lang, key))}});
}

std::string finding_message(const i18n::Language& lang, const diag::Finding& f) {
  return one_line(i18n::render(lang, f.message));
}

std::string finding_place(const diag::Finding& f) {
  return report::location_text(f.where);
}

std::string finding_message(const i18n::Language& lang, const FindingLine& f) {
  diag::Message message = f.plain;
  for (diag::Arg& arg : message.args) {
    const auto* rule = std::get_if<std::string>(&arg.value);
    if (arg.name == "rule" && rule) arg.value = rule_title(lang, *rule);
  }
  return one_line(i18n::render(lang, message));
}

std::string finding_concern(const i18n::Language& lang, const FindingLine& f) {
  const std::vector<diag::Arg> year{{"year", int64_t{f.year}}};
  switch (f.file) {
    case FileRole::none: return {};
    case FileRole::frame: return std::string(label(lang, "concern.frame"));
    case FileRole::plan:
      return f.year == 0 ? std::string(label(lang, "concern.plan-any")) : phrase(lang, "concern.plan", year);
    case FileRole::list:
      return f.year == 0 ? std::string(label(lang, "concern.list-any")) : phrase(lang, "concern.list", year);
  }
  return {};
}

std::string finding_text(const i18n::Language& lang, const FindingLine& f) {
  const std::string concern = finding_concern(lang, f);
  const std::string message = finding_message(lang, f);
  return concern.empty() ? message : phrase(lang, "finding", {{"message", message}, {"concern", concern}});
}

std::string colophon_text(const i18n::Language& lang, const Summary& s) {
  if (!s.generated) return {};
  return phrase(lang, "colophon", {{"date", date_text(lang, *s.generated)}, {"version", s.version}});
}

std::string unallocated_text(const i18n::Language& lang, const Allocation& a) {
  if (a.unallocated.kroner < 0) {
    return phrase(lang, "allocation.overrun", {{"amount", Money{-a.unallocated.kroner}}});
  }
  return std::string(label(lang, "allocation.unallocated-means"));
}

std::string sentences(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& s : parts)
    out += (out.empty() ? "" : " ") + s;
  return out;
}

std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

namespace {

/// An amount, or a dash when it is not known.
std::string money_or_dash(const i18n::Language& lang, const std::optional<Money>& m) {
  return m ? money_text(lang, *m) : "–";
}

}  // namespace

std::string revision_text(const i18n::Language& lang, const RevisionLine& r) {
  const std::string reason = one_line(r.reason);
  if (!r.decision) return phrase(lang, "revision.undecided", {{"reason", reason}});
  return phrase(lang, reason.empty() ? "revision.line-bare" : "revision.line",
                {{"decision", decision_text(lang, *r.decision)}, {"reason", reason}});
}

std::string measure_title(const Grants& g, const std::string& id) {
  for (const MeasureLine& m : g.measures) {
    if (m.id == id) return m.title.empty() ? m.id : one_line(m.title);
  }
  return id;
}

std::string change_text(const i18n::Language& lang, const ChangeLine& c, const Grants& g) {
  const auto named = [&](const std::string& id) {
    return id == model::kReserveId ? std::string(label(lang, "change.the-reserve")) : measure_title(g, id);
  };
  const diag::Arg before{"before", money_or_dash(lang, c.before)};
  const diag::Arg after{"after", money_or_dash(lang, c.after)};
  const diag::Arg amount{"amount", money_or_dash(lang, c.amount)};
  std::string out;
  switch (c.kind) {
    case model::ChangeKind::amount:
      out = phrase(lang, "change.amount", {{"measure", named(c.target)}, before, after});
      break;
    case model::ChangeKind::added:
      out = phrase(lang, "change.added", {{"measure", named(c.target)}, amount});
      break;
    case model::ChangeKind::moved:
      out = phrase(lang, "change.moved", {amount, {"from", named(c.target)}, {"to", named(c.to)}});
      break;
    case model::ChangeKind::reserve: out = phrase(lang, "change.reserve", {before, after}); break;
    case model::ChangeKind::administration:
      out = phrase(lang, "change.administration", {before, after});
      break;
    case model::ChangeKind::invalid: return std::string(label(lang, "change.invalid"));
  }
  if (c.skipped) out = phrase(lang, "change.skipped", {{"change", out}});
  return out;
}

std::string revised_total_text(const i18n::Language& lang, const YearSection& y) {
  return phrase(lang, "revisions.allocated",
                {{"amount", y.allocation.allocated},
                 {"adopted", money_or_dash(lang, y.adopted_allocated)}});
}

std::vector<const MeasureLine*> revised_measures(const Grants& g) {
  std::vector<const MeasureLine*> out;
  for (const MeasureLine& m : g.measures) {
    if (m.added || !m.revised_by.empty()) out.push_back(&m);
  }
  return out;
}

namespace {

/// "Etter status: 4 innvilget, 3 sluttført og 1 trukket tilbake.": the statuses the grants have.
std::string by_status_text(const i18n::Language& lang, const Grants& g) {
  static constexpr std::pair<model::GrantStatus, std::string_view> kStatuses[] = {
      {model::GrantStatus::granted, "granted"},
      {model::GrantStatus::paid, "paid"},
      {model::GrantStatus::completed, "completed"},
      {model::GrantStatus::withdrawn, "withdrawn"}};
  std::vector<std::string> parts;
  for (const auto& [status, name] : kStatuses) {
    const int n = g.by_status[static_cast<size_t>(status)];
    if (n > 0) parts.push_back(fmt::format("{} {}", n, label(lang, "status." + std::string(name))));
  }
  std::string list;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) list += i + 1 == parts.size() ? std::string(i18n::text(lang, "list.and")) : ", ";
    list += parts[i];
  }
  return phrase(lang, "grants.by-status", {{"list", list}});
}

}  // namespace

std::vector<std::string> grant_notes(const i18n::Language& lang, const Grants& g) {
  std::vector<std::string> out;
  if (g.withdrawn_later_count > 0) {
    out.push_back(counted(lang, "grants.withdrawn-later", g.withdrawn_later_count,
                          {{"amount", g.withdrawn_later}}));
  }
  if (g.returned_count > 0) {
    out.push_back(counted(lang, "grants.returned", g.returned_count, {{"amount", g.returned}}));
  }
  if (g.paid_grants > 0) out.push_back(counted(lang, "grants.paid", g.paid_grants, {{"amount", g.paid}}));
  if (!g.list.empty()) out.push_back(by_status_text(lang, g));
  if (!g.unused.empty() && g.lists != ListState::none) {
    std::string names;
    for (size_t i = 0; i < g.unused.size(); ++i) {
      if (i > 0) names += i + 1 == g.unused.size() ? std::string(i18n::text(lang, "list.and")) : ", ";
      names += phrase(lang, "quoted", {{"text", measure_title(g, g.unused[i])}});
    }
    out.push_back(counted(lang, "grants.unused", static_cast<int>(g.unused.size()), {{"list", names}}));
  }
  return out;
}

std::string left_over_text(const i18n::Language& lang, const Grants& g) {
  const bool moved = g.withdrawn_later_count > 0 || g.returned_count > 0;
  return phrase(lang, moved ? "grants.left-over-moved" : "grants.left-over", {{"amount", g.left_over}});
}

std::string actual_intro(const i18n::Language& lang, Money total, bool final) {
  return phrase(lang, final ? "actual.intro" : "actual.intro-open", {{"amount", total}});
}

}  // namespace plancheck::summary
