#include "diff/document.h"

#include "summary/words.h"

namespace plancheck::diff {

namespace {

using figures::AmountChange;
using figures::MeasureChangeKind;
using figures::PriorityDiff;
using figures::ShareChange;
using figures::YearDiff;

std::string word(const i18n::Language& lang, std::string_view key) {
  return std::string(i18n::text(lang, key));
}

std::string phrase(const i18n::Language& lang, std::string_view key, std::vector<diag::Arg> args) {
  return i18n::render(lang, diag::Message{key, std::move(args)});
}

std::string amount_cell(const i18n::Language& lang, const std::optional<Money>& amount) {
  return amount ? summary::money_text(lang, *amount) : word(lang, "diff.absent");
}

/// "+NOK 50,000", "−NOK 50,000"; empty when a side is missing or nothing changed.
std::string difference_cell(const i18n::Language& lang, const AmountChange& change) {
  const std::optional<Money> d = change.difference();
  if (!d || d->kroner == 0) return {};
  if (d->kroner > 0) return "+" + summary::money_text(lang, *d);
  if (d->kroner == INT64_MIN) return summary::money_text(lang, *d);
  return std::string(lang.numbers.minus) + summary::money_text(lang, Money{-d->kroner});
}

std::string share_cell(const i18n::Language& lang, const std::optional<Ratio>& share) {
  return share ? summary::share_text(lang, share) : word(lang, "diff.absent");
}

std::string verdict_text(const i18n::Language& lang, const std::optional<figures::Verdict>& v) {
  if (!v) return word(lang, "diff.absent");
  switch (*v) {
    case figures::Verdict::below: return word(lang, "summary.placement.below");
    case figures::Verdict::inside: return word(lang, "summary.placement.inside");
    case figures::Verdict::above: return word(lang, "summary.placement.above");
    case figures::Verdict::undecided: return word(lang, "summary.placement.undecided");
  }
  return {};
}

/// "within the band", or "within the band → above the band" when it moved.
std::string status_cell(const i18n::Language& lang, const ShareChange& share) {
  if (share.before_verdict == share.after_verdict) return verdict_text(lang, share.after_verdict);
  return verdict_text(lang, share.before_verdict) + " → " + verdict_text(lang, share.after_verdict);
}

std::string named(const std::string& title, const std::string& id) {
  if (title.empty()) return id;
  return title + " (" + id + ")";
}

std::string change_cell(const i18n::Language& lang, const figures::MeasureDiff& m) {
  switch (m.kind) {
    case MeasureChangeKind::added: return word(lang, "diff.change.added");
    case MeasureChangeKind::removed: return word(lang, "diff.change.removed");
    case MeasureChangeKind::changed: break;
  }
  if (m.priority_before == m.priority_after) return word(lang, "diff.change.changed");
  return phrase(lang, "diff.change.moved",
                {{"before", m.priority_before}, {"after", m.priority_after}});
}

std::vector<Column> money_columns(const i18n::Language& lang, std::string_view first) {
  return {{word(lang, first), false},
          {word(lang, "diff.column.before"), true},
          {word(lang, "diff.column.after"), true},
          {word(lang, "diff.column.difference"), true}};
}

std::vector<std::string> money_row(const i18n::Language& lang, std::string name,
                                   const AmountChange& change) {
  return {std::move(name), amount_cell(lang, change.before), amount_cell(lang, change.after),
          difference_cell(lang, change)};
}

Block heading(int level, std::string text) {
  Block b;
  b.kind = Block::Kind::heading;
  b.level = level;
  b.text = std::move(text);
  return b;
}

Block paragraph(std::string text) {
  Block b;
  b.text = std::move(text);
  return b;
}

Block table(std::vector<Column> columns, std::vector<std::vector<std::string>> rows) {
  Block b;
  b.kind = Block::Kind::table;
  b.columns = std::move(columns);
  b.rows = std::move(rows);
  return b;
}

Block measures_table(const i18n::Language& lang, const YearDiff& y) {
  std::vector<Column> columns = money_columns(lang, "diff.column.measure");
  columns.insert(columns.begin() + 1, Column{word(lang, "diff.column.change"), false});
  std::vector<std::vector<std::string>> rows;
  for (const figures::MeasureDiff& m : y.measures) {
    std::vector<std::string> row =
        money_row(lang, named(m.measure().title.value, m.measure().id->name), m.amount);
    row.insert(row.begin() + 1, change_cell(lang, m));
    rows.push_back(std::move(row));
  }
  return table(std::move(columns), std::move(rows));
}

/// The shares table of a year or the period; with the room left when `room`.
Block shares_table(const i18n::Language& lang, const std::vector<PriorityDiff>& priorities, bool room) {
  std::vector<Column> columns{{word(lang, "diff.column.priority"), false},
                              {word(lang, "diff.column.before"), true},
                              {word(lang, "diff.column.after"), true},
                              {word(lang, "diff.column.band"), false},
                              {word(lang, "diff.column.status"), false}};
  if (room) {
    columns.push_back({word(lang, "diff.column.at-least"), true});
    columns.push_back({word(lang, "diff.column.at-most"), true});
  }
  std::vector<std::vector<std::string>> rows;
  for (const PriorityDiff& p : priorities) {
    std::vector<std::string> row{named(p.priority->title.value, p.priority->id->name),
                                 share_cell(lang, p.share.before), share_cell(lang, p.share.after),
                                 p.band ? summary::band_text(lang, *p.band) : word(lang, "diff.absent"),
                                 status_cell(lang, p.share)};
    if (room) {
      row.push_back(amount_cell(lang, p.need_at_least.after));
      row.push_back(amount_cell(lang, p.may_at_most.after));
    }
    rows.push_back(std::move(row));
  }
  return table(std::move(columns), std::move(rows));
}

Block totals_table(const i18n::Language& lang, const YearDiff& y) {
  return table(money_columns(lang, "diff.column.item"),
               {money_row(lang, word(lang, "diff.item.income"), y.income),
                money_row(lang, word(lang, "diff.item.measure-funds"), y.measure_funds),
                money_row(lang, word(lang, "diff.item.reserve"), y.reserve),
                money_row(lang, word(lang, "diff.item.unallocated"), y.unallocated)});
}

void add_year(std::vector<Block>& out, const i18n::Language& lang, const YearDiff& y) {
  out.push_back(heading(3, phrase(lang, "diff.year", {{"year", int64_t{y.year}}})));
  if (!y.before) out.push_back(paragraph(phrase(lang, "diff.year.added", {{"year", int64_t{y.year}}})));
  if (!y.after) out.push_back(paragraph(phrase(lang, "diff.year.removed", {{"year", int64_t{y.year}}})));
  if (!y.measures.empty()) out.push_back(measures_table(lang, y));
  out.push_back(shares_table(lang, y.priorities, false));
  out.push_back(totals_table(lang, y));
}

/// Whether the frame after the change has years not yet planned, whose room left to show.
bool has_room(const figures::FrameDiff& f) { return f.after && !f.after->unplanned_years.empty(); }

std::string period_years(const i18n::Language& lang, const model::Frame& frame) {
  const model::Period& p = *frame.period;
  const auto year = [](const model::Located<model::Year>& y) {
    return y.present() ? std::optional<int>(y->value) : std::nullopt;
  };
  return summary::years_text(lang, year(p.from), year(p.to));
}

void add_period(std::vector<Block>& out, const i18n::Language& lang, const figures::FrameDiff& f) {
  out.push_back(heading(3, phrase(lang, "diff.period", {{"years", period_years(lang, f.frame())}})));
  out.push_back(shares_table(lang, f.period.priorities, has_room(f)));
  std::vector<std::vector<std::string>> rows{
      money_row(lang, word(lang, "diff.item.planned-funds"), f.period.planned_funds)};
  if (has_room(f) || f.period.remaining_funds.changed()) {
    rows.push_back(money_row(lang, word(lang, "diff.item.remaining-funds"), f.period.remaining_funds));
  }
  out.push_back(table(money_columns(lang, "diff.column.item"), std::move(rows)));
}

std::string frame_title(const model::Frame& frame) {
  const std::string& council = frame.council->name.value;
  const std::string& title = frame.title.value;
  if (council.empty()) return title.empty() ? frame.id->name : title;
  return title.empty() ? council : council + ": " + title;
}

void add_frame(std::vector<Block>& out, const i18n::Language& lang, const figures::FrameDiff& f) {
  out.push_back(heading(2, frame_title(f.frame())));
  if (!f.before) out.push_back(paragraph(word(lang, "diff.frame.added")));
  if (!f.after) out.push_back(paragraph(word(lang, "diff.frame.removed")));
  for (const YearDiff& y : f.years) add_year(out, lang, y);
  if (f.period.changed()) add_period(out, lang, f);
}

void add_findings(std::vector<Block>& out, const i18n::Language& lang, const PlanDiff& d) {
  out.push_back(heading(2, word(lang, "diff.findings")));
  if (d.introduced.empty() && d.resolved.empty()) {
    out.push_back(paragraph(word(lang, "diff.findings.none")));
    return;
  }
  const auto add = [&](std::string_view key, const std::vector<const diag::Finding*>& list,
                       const report::Counts& counts) {
    if (list.empty()) return;
    out.push_back(paragraph(phrase(lang, key, {{"counts", summary::counts_text(lang, counts)}})));
    for (const diag::Finding* f : list) {
      Block b;
      b.kind = Block::Kind::finding;
      b.finding = f;
      out.push_back(b);
    }
  };
  add("diff.introduced", d.introduced, d.introduced_counts);
  add("diff.resolved", d.resolved, d.resolved_counts);
}

}  // namespace

std::string result_text(const PlanDiff& diff, const i18n::Language& lang) {
  if (!diff.fails()) return word(lang, "diff.result.passes");
  for (const diag::Finding* f : diff.introduced) {
    if (f->fails(false)) return word(lang, "diff.result.fails");
  }
  return word(lang, "diff.result.fails-strict");
}

std::vector<Block> layout(const PlanDiff& diff, const i18n::Language& lang) {
  std::vector<Block> out;
  out.push_back(heading(1, word(lang, "diff.title")));
  out.push_back(paragraph(
      phrase(lang, "diff.sides", {{"before", diff.before_label}, {"after", diff.after_label}}) + " " +
      phrase(lang, "diff.files", {{"before", static_cast<int64_t>(diff.before_files)},
                                  {"after", static_cast<int64_t>(diff.after_files)}})));
  if (diff.frames.empty()) out.push_back(paragraph(word(lang, "diff.no-change")));
  for (const figures::FrameDiff& f : diff.frames) add_frame(out, lang, f);
  add_findings(out, lang, diff);
  out.push_back(paragraph(result_text(diff, lang)));
  return out;
}

}  // namespace plancheck::diff
