// The text summary: aligned plain text, at most 100 code points a line, for
// e-mail and meeting papers.

#include <fmt/format.h>

#include "base/text.h"
#include "summary/render.h"
#include "summary/text_layout.h"
#include "summary/words.h"

namespace plancheck::summary {

namespace {

/// A plan text made printable on one line.
std::string safe(std::string_view text) {
  return terminal_safe(one_line(text));
}

class TextWriter {
 public:
  explicit TextWriter(const i18n::Language& lang) : lang_(lang) {}

  std::string render(const Summary& s) {
    if (s.generated) line(colophon_text(lang_, s));
    line(phrase(lang_, "checked", {{"status", report::summary_line(lang_, s.counts, s.files)}}));
    for (const FrameSection& f : s.frames)
      frame(f);
    if (s.frames.empty()) {
      blank();
      line(std::string(label(lang_, "no-frame")));
    }
    if (!s.unassigned.findings.empty()) {
      heading(std::string(label(lang_, "unassigned")), '-');
      compliance(std::string(label(lang_, "unassigned.status")), s.unassigned);
    }
    return std::move(out_);
  }

 private:
  /// A paragraph of text that may hold plan texts, made printable.
  void line(const std::string& text) { out_ += paragraph(safe(text), "", ""); }
  void blank() { out_ += "\n"; }

  /// A heading underlined with `underline`, and overlined too when `over`.
  void heading(const std::string& text, char underline, bool over = false) {
    blank();
    const std::vector<std::string> lines = wrap(text, kTextWidth);
    size_t width = 0;
    for (const std::string& l : lines)
      width = std::max(width, count_code_points(l));
    if (over) out_ += std::string(width, underline) + "\n";
    for (const std::string& l : lines)
      out_ += l + "\n";
    out_ += std::string(width, underline) + "\n";
  }

  void frame(const FrameSection& f) {
    const std::string council =
        f.council_short.empty() ? safe(f.council)
                                : fmt::format("{} ({})", safe(f.council), safe(f.council_short));
    heading(council.empty() ? safe(f.title) : council, '=', true);
    const std::string years = years_text(lang_, f.period.from, f.period.to);
    line(years.empty() ? safe(f.title)
                       : phrase(lang_, "frame.line", {{"title", safe(f.title)}, {"years", years}}));
    if (f.adopted) line(phrase(lang_, "adopted", {{"decision", decision_text(lang_, *f.adopted)}}));
    if (f.absent_year) {
      blank();
      line(phrase(lang_, "year.absent", {{"year", int64_t{*f.absent_year}}}));
    } else if (f.years.empty()) {
      blank();
      line(std::string(label(lang_, "year.none")));
    }
    for (const YearSection& y : f.years)
      year(f, y);
    period(f);
    blank();
    compliance(std::string(label(lang_, "frame.status")), f.compliance);
    if (!f.other_years.findings.empty()) {
      blank();
      line(phrase(lang_, "other-years",
                  {{"years", year_list(lang_, f.other_year_list)},
                   {"status", counts_text(lang_, f.other_years.counts)}}));
    }
  }

  void compliance(const std::string& title, const Compliance& c) {
    line(
        phrase(lang_, "status-line", {{"title", title}, {"status", counts_text(lang_, c.counts)}}));
    for (const FindingLine& line : c.findings) {
      const diag::Finding* f = line.finding;
      const std::string text =
          fmt::format("{}: {}", finding_kind(lang_, *f), safe(finding_text(lang_, line)));
      out_ += paragraph(text, "  - ", "    ");
      if (f->accepted) {
        const std::string why = phrase(lang_, "accepted-by",
                                       {{"decision", decision_text(lang_, *f->accepted)},
                                        {"reason", safe(f->accepted->reason)}});
        out_ += paragraph(why, "    ", "    ");
      }
    }
  }

  void year(const FrameSection& f, const YearSection& y) {
    const std::string title = y.title.empty()
                                  ? phrase(lang_, "year.untitled", {{"year", int64_t{y.year}}})
                                  : safe(y.title);
    heading(title, '=');
    if (y.adopted) line(phrase(lang_, "adopted", {{"decision", decision_text(lang_, *y.adopted)}}));
    if (!y.readable) line(phrase(lang_, "year.unreadable", {{"year", int64_t{y.year}}}));
    blank();
    compliance(phrase(lang_, "year.status", {{"year", int64_t{y.year}}}), y.compliance);
    if (!y.readable) return;
    for (const std::string& warning : year_warnings(lang_, y)) {
      blank();
      line(warning);
    }
    income(y);
    priorities(f, y);
    revisions(y);
    reserve(f, y);
    grants(y);
    actual(y.actual, actual_intro(lang_, y.actual_total, y.grants.lists == ListState::closed),
           std::string(label(lang_, "actual.heading")), y.grants.lists != ListState::none);
    commitments(y);
  }

  void revisions(const YearSection& y) {
    if (y.revisions.empty()) return;
    heading(std::string(label(lang_, "revisions.heading")), '-');
    for (const RevisionLine& r : y.revisions) {
      out_ += paragraph(safe(revision_text(lang_, r)), "", "");
      for (const ChangeLine& c : r.changes)
        out_ += paragraph(safe(change_text(lang_, c, y.grants)), "  - ", "    ");
    }
    line(revised_total_text(lang_, y));
    std::vector<TextRow> rows;
    for (const MeasureLine* m : revised_measures(y.grants)) {
      rows.push_back({{safe(m->title.empty() ? m->id : m->title), money(m->adopted), money(m->amount),
                       safe(m->added ? phrase(lang_, "revision.added", {{"case", m->revised_by}})
                                     : m->revised_by)}});
    }
    if (!rows.empty()) {
      blank();
      line(std::string(label(lang_, "revisions.measures")));
      out_ += table({{std::string(label(lang_, "col.measure")), false, true},
                     {std::string(label(lang_, "col.adopted")), true, false},
                     {std::string(label(lang_, "col.revised")), true, false},
                     {std::string(label(lang_, "col.revision")), false, false}},
                    rows);
    }
    rows.clear();
    for (const PriorityLine& p : y.priorities)
      rows.push_back({{safe(p.title), money(p.adopted), money(p.amount)}});
    blank();
    line(std::string(label(lang_, "revisions.priorities")));
    out_ += table({{std::string(label(lang_, "col.priority")), false, true},
                   {std::string(label(lang_, "col.adopted")), true, false},
                   {std::string(label(lang_, "col.revised")), true, false}},
                  rows);
  }

  void actual(const std::vector<ActualLine>& list, const std::string& intro, const std::string& title,
              bool shown) {
    if (!shown || list.empty()) return;
    heading(title, '-');
    line(intro);
    std::vector<TextRow> rows;
    for (const ActualLine& a : list) {
      rows.push_back({{safe(a.title), money(a.granted), share_text(lang_, a.share, a.range),
                       a.band ? i18n::format_percent(lang_, a.band->target) : "–",
                       a.band ? band_text(lang_, *a.band) : "–",
                       placement_text(lang_, a.placement, a.accepted)}});
    }
    out_ += table(share_columns(), rows);
  }

  std::string money(Money m) const { return money_text(lang_, m); }
  std::string money(const std::optional<Money>& m) const { return m ? money(*m) : "–"; }

  void income(const YearSection& y) {
    heading(std::string(label(lang_, "income.heading")), '-');
    std::vector<TextRow> rows;
    for (const PartnerLine& p : y.income.partners)
      rows.push_back({{safe(p.name), money(p.amount)}});
    rows.push_back(
        {{std::string(label(lang_, "income.carried-over")), money(y.income.carried_over)}});
    rows.push_back({{std::string(label(lang_, "income.total")), money(y.income.total)}, true});
    const Allocation& a = y.allocation;
    const std::string admin =
        a.administration_max
            ? phrase(lang_, "allocation.administration-max", {{"max", *a.administration_max}})
            : std::string(label(lang_, "allocation.administration"));
    rows.push_back({{admin, money(a.administration)}});
    rows.push_back({{std::string(label(lang_, "allocation.measures")), money(a.measures)}});
    rows.push_back({{std::string(label(lang_, "allocation.reserve")), money(a.reserve)}});
    rows.push_back(
        {{std::string(label(lang_, "allocation.unallocated")), money(a.unallocated)}, true});
    out_ += table({{"", false, true}, {"", true, false}}, rows);
    line(unallocated_text(lang_, a));
  }

  void priorities(const FrameSection& f, const YearSection& y) {
    heading(std::string(label(lang_, "priorities.heading")), '-');
    for (const std::string& sentence : priorities_intro(lang_, f, y))
      line(sentence);
    std::vector<TextRow> rows;
    for (const PriorityLine& p : y.priorities) {
      rows.push_back({{safe(p.title), money(p.amount), share_text(lang_, p.share, p.range),
                       p.band ? i18n::format_percent(lang_, p.band->target) : "–",
                       p.band ? band_text(lang_, *p.band) : "–",
                       placement_text(lang_, p.placement, p.accepted)}});
    }
    out_ += table(share_columns(), rows);
  }

  std::vector<TextColumn> share_columns() const {
    return {{std::string(label(lang_, "col.priority")), false, true},
            {std::string(label(lang_, "col.amount")), true, false},
            {std::string(label(lang_, "col.share")), true, false},
            {std::string(label(lang_, "col.target")), true, false},
            {std::string(label(lang_, "col.band")), false, false},
            {std::string(label(lang_, "col.status")), false, true}};
  }

  void reserve(const FrameSection& f, const YearSection& y) {
    if (!y.reserve) return;
    const ReserveLine& r = *y.reserve;
    heading(std::string(label(lang_, "reserve.heading")), '-');
    if (!f.reserve_title.empty()) line(safe(f.reserve_title));
    std::vector<TextRow> rows{{{reserve_set_text(lang_, r), money(r.amount)}},
                              {{counted(lang_, "reserve.drawn", r.grants, {}), money(r.drawn)}},
                              {{std::string(label(lang_, "reserve.left")), money(r.left)}, true}};
    out_ += table({{"", false, true}, {"", true, false}}, rows);
  }

  void grants(const YearSection& y) {
    const Grants& g = y.grants;
    heading(std::string(label(lang_, "grants.heading")), '-');
    line(list_state_text(lang_, g.lists));
    std::vector<TextRow> rows;
    for (const MeasureLine& m : g.measures) {
      rows.push_back({{safe(m.title.empty() ? m.id : m.title), money(m.amount),
                       std::to_string(m.grants), money(m.granted), money(m.left)}});
    }
    if (y.reserve) {
      rows.push_back(
          {{std::string(label(lang_, "grants.reserve")), money(y.reserve->amount),
            std::to_string(y.reserve->grants), money(y.reserve->drawn), money(y.reserve->left)}});
    }
    rows.push_back({{std::string(label(lang_, "grants.total")), money(y.allocation.budgeted),
                     std::to_string(g.count), money(g.granted), ""},
                    true});
    out_ += table({{std::string(label(lang_, "col.measure")), false, true},
                   {std::string(label(lang_, "col.budget")), true, false},
                   {std::string(label(lang_, "col.grants")), true, false},
                   {std::string(label(lang_, "col.granted")), true, false},
                   {std::string(label(lang_, "col.left")), true, false}},
                  rows);
    if (g.withdrawn_count > 0) {
      line(counted(lang_, "grants.withdrawn", g.withdrawn_count, {{"amount", g.withdrawn}}));
    }
    for (const std::string& note : grant_notes(lang_, g))
      line(note);
    line(left_over_text(lang_, g));
  }

  void commitments(const YearSection& y) {
    if (y.commitments.empty()) return;
    heading(std::string(label(lang_, "commitments.heading")), '-');
    std::vector<TextRow> rows;
    for (const CommitmentLine& c : y.commitments) {
      rows.push_back({{safe(c.title.empty() ? c.id : c.title), years_text(lang_, c.from, c.to),
                       c.required ? money(*c.required) : "–", money(c.funded),
                       safe(commitment_text(lang_, c, y.year))}});
    }
    out_ += table({{std::string(label(lang_, "col.commitment")), false, true},
                   {std::string(label(lang_, "col.term")), false, false},
                   {std::string(label(lang_, "col.required")), true, false},
                   {std::string(label(lang_, "col.funded")), true, false},
                   {std::string(label(lang_, "col.status")), false, true}},
                  rows);
  }

  void period(const FrameSection& f) {
    const PeriodSection& p = f.period;
    heading(std::string(label(lang_, "period.heading")), '=');
    line(period_text(lang_, p));
    for (const std::string& warning : period_warnings(lang_, p))
      line(warning);
    if (!p.from || !p.to) return;
    std::vector<TextRow> rows;
    for (const PeriodPriority& pp : p.priorities) {
      rows.push_back({{safe(pp.title), money(pp.planned), share_text(lang_, pp.share, pp.range),
                       pp.band ? i18n::format_percent(lang_, pp.band->target) : "–",
                       pp.band ? band_text(lang_, *pp.band) : "–",
                       placement_text(lang_, pp.placement, pp.accepted)}});
    }
    out_ += table(share_columns(), rows);
    actual(p.actual, actual_intro(lang_, p.actual_total, p.actual_final),
           std::string(label(lang_, "actual.period-heading")), p.planned_years.size() > 1);
    room(p);
  }

  void room(const PeriodSection& p) {
    heading(std::string(label(lang_, "room.heading")), '-');
    if (p.unplanned_years.empty()) {
      line(std::string(label(lang_, "room.none")));
      return;
    }
    line(phrase(lang_, p.room_open ? "room.open" : "room.intro",
                {{"years", year_list(lang_, p.unplanned_years)},
                 {"per-year", p.expected_per_year},
                 {"total", p.remaining_funds}}));
    if (p.room_open) return;
    std::vector<TextRow> rows;
    for (const PeriodPriority& pp : p.priorities) {
      const auto [at_least, at_most] = room_cells(lang_, pp);
      rows.push_back({{safe(pp.title), at_least, at_most}});
    }
    out_ += table({{std::string(label(lang_, "col.priority")), false, true},
                   {std::string(label(lang_, "col.at-least")), true, false},
                   {std::string(label(lang_, "col.at-most")), true, false}},
                  rows);
  }

  const i18n::Language& lang_;
  std::string out_;
};

}  // namespace

std::string render_text(const Summary& summary, const i18n::Language& lang) {
  return without_ci_commands(TextWriter(lang).render(summary));
}

}  // namespace plancheck::summary
