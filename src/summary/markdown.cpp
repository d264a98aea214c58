// The Markdown summary: headings, paragraphs and pipe tables that GitHub
// and GitLab render alike. Every text is escaped, so a plan text can never
// open a link, a table cell or HTML.

#include <fmt/format.h>

#include <cctype>

#include "base/text.h"
#include "summary/markdown_text.h"
#include "summary/render.h"
#include "summary/words.h"

namespace plancheck::summary {

namespace {

constexpr std::string_view kSpecial = "\\`*_[]<>|#~&!{}";

/// Where a backslash keeps `text` from starting a list item, a thematic
/// break or a setext heading underline ("- x", "+ x", "= x", "1. x", "2) x");
/// npos when it needs none.
size_t block_marker(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  if (text[0] == '-' || text[0] == '+' || text[0] == '=') return 0;
  size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9')
    ++i;
  if (i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')')) return i;
  return std::string_view::npos;
}

/// Whether GitHub's autolink extension would start a link at `text[i]`: the
/// ':' of "http://" (any scheme followed by "//") or the '.' of "www.".
bool autolink_at(std::string_view text, size_t i) {
  if (text[i] == ':') return text.substr(i + 1).starts_with("//");
  if (text[i] != '.' || i < 3) return false;
  const std::string_view www = text.substr(i - 3, 3);
  return (www == "www" || www == "WWW") &&
         (i == 3 || !std::isalnum(static_cast<unsigned char>(text[i - 4])));
}

/// Plain text as Markdown that shows it literally, on one line (inline:
/// a paragraph escapes its start with block_marker). Web addresses stay
/// text too: an escaped ':' or '.' keeps GitHub from linking them.
std::string md(std::string_view plain) {
  const std::string text = terminal_safe(one_line(plain));
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (kSpecial.find(text[i]) != std::string_view::npos || autolink_at(text, i)) out += '\\';
    out += text[i];
  }
  return out;
}

struct Column {
  std::string header;
  bool right = false;
};

std::string table(const std::vector<Column>& columns,
                  const std::vector<std::vector<std::string>>& rows) {
  std::string out = "|";
  for (const Column& c : columns)
    out += " " + md(c.header) + " |";
  out += "\n|";
  for (const Column& c : columns)
    out += c.right ? " ---: |" : " :--- |";
  out += "\n";
  for (const std::vector<std::string>& row : rows) {
    out += "|";
    for (size_t i = 0; i < columns.size(); ++i)
      out += " " + (i < row.size() ? row[i] : "") + " |";
    out += "\n";
  }
  return out + "\n";
}

std::string bold(const std::string& markdown) {
  return markdown.empty() ? markdown : "**" + markdown + "**";
}

class MarkdownWriter {
 public:
  explicit MarkdownWriter(const i18n::Language& lang) : lang_(lang) {}

  std::string render(const Summary& s) {
    if (s.generated) para(md(colophon_text(lang_, s)));
    para(bold(md(label(lang_, "checked.title"))) + " " +
         md(report::summary_line(lang_, s.counts, s.files)));
    for (const FrameSection& f : s.frames)
      frame(f);
    if (s.frames.empty()) para(md(label(lang_, "no-frame")));
    if (!s.unassigned.findings.empty()) {
      heading(1, md(label(lang_, "unassigned")));
      compliance(std::string(label(lang_, "unassigned.status")), s.unassigned);
    }
    while (out_.size() > 1 && out_.ends_with("\n\n"))
      out_.pop_back();
    return std::move(out_);
  }

 private:
  void para(std::string markdown) {
    if (const size_t marker = block_marker(markdown); marker != std::string::npos) {
      markdown.insert(marker, "\\");
    }
    out_ += markdown + "\n\n";
  }
  void heading(int level, const std::string& markdown) {
    out_ += std::string(static_cast<size_t>(level), '#') + " " + markdown + "\n\n";
  }
  std::string money(Money m) const { return md(money_text(lang_, m)); }
  std::string money(const std::optional<Money>& m) const { return m ? money(*m) : "–"; }
  std::string label_md(std::string_view key) const { return md(label(lang_, key)); }

  void frame(const FrameSection& f) {
    const std::string council =
        f.council_short.empty() ? f.council : fmt::format("{} ({})", f.council, f.council_short);
    heading(1, md(council.empty() ? f.title : council));
    const std::string years = years_text(lang_, f.period.from, f.period.to);
    para(md(years.empty() ? f.title
                          : phrase(lang_, "frame.line", {{"title", f.title}, {"years", years}})));
    if (f.adopted)
      para(md(phrase(lang_, "adopted", {{"decision", decision_text(lang_, *f.adopted)}})));
    if (f.absent_year) {
      para(md(phrase(lang_, "year.absent", {{"year", int64_t{*f.absent_year}}})));
    } else if (f.years.empty()) {
      para(md(label(lang_, "year.none")));
    }
    for (const YearSection& y : f.years)
      year(f, y);
    period(f.period);
    compliance(std::string(label(lang_, "frame.status")), f.compliance);
    if (!f.other_years.findings.empty()) {
      para(md(phrase(lang_, "other-years",
                     {{"years", year_list(lang_, f.other_year_list)},
                      {"status", counts_text(lang_, f.other_years.counts)}})));
    }
  }

  void compliance(const std::string& title, const Compliance& c) {
    para(bold(md(title + ":")) + " " + md(counts_text(lang_, c.counts) + "."));
    if (c.findings.empty()) return;
    for (const FindingLine& line : c.findings) {
      const diag::Finding* f = line.finding;
      out_ += fmt::format("- {}: {}\n", bold(md(finding_kind(lang_, *f))),
                          md(finding_text(lang_, line)));
      if (f->accepted) {
        out_ += "  - " +
                md(phrase(lang_, "accepted-by",
                          {{"decision", decision_text(lang_, *f->accepted)},
                           {"reason", f->accepted->reason}})) +
                "\n";
      }
    }
    out_ += "\n";
  }

  void year(const FrameSection& f, const YearSection& y) {
    heading(2, md(y.title.empty() ? phrase(lang_, "year.untitled", {{"year", int64_t{y.year}}})
                                  : y.title));
    if (y.adopted)
      para(md(phrase(lang_, "adopted", {{"decision", decision_text(lang_, *y.adopted)}})));
    if (!y.readable) para(md(phrase(lang_, "year.unreadable", {{"year", int64_t{y.year}}})));
    compliance(phrase(lang_, "year.status", {{"year", int64_t{y.year}}}), y.compliance);
    if (!y.readable) return;
    for (const std::string& warning : year_warnings(lang_, y))
      para(bold(md(warning)));
    income(y);
    priorities(f, y);
    revisions(y);
    reserve(f, y);
    grants(y);
    if (y.grants.lists != ListState::none) {
      actual(y.actual, actual_intro(lang_, y.actual_total, y.grants.lists == ListState::closed),
             label_md("actual.heading"), 3);
    }
    commitments(y);
  }

  void revisions(const YearSection& y) {
    if (y.revisions.empty()) return;
    heading(3, label_md("revisions.heading"));
    std::string list;
    for (const RevisionLine& r : y.revisions) {
      list += "- " + md(revision_text(lang_, r)) + "\n";
      for (const ChangeLine& c : r.changes)
        list += "  - " + md(change_text(lang_, c, y.grants)) + "\n";
    }
    out_ += list + "\n";
    para(md(revised_total_text(lang_, y)));
    std::vector<std::vector<std::string>> rows;
    for (const MeasureLine* m : revised_measures(y.grants)) {
      rows.push_back({md(m->title.empty() ? m->id : m->title), money(m->adopted), money(m->amount),
                      md(m->added ? phrase(lang_, "revision.added", {{"case", m->revised_by}})
                                  : m->revised_by)});
    }
    if (!rows.empty()) {
      para(label_md("revisions.measures"));
      out_ += table({{std::string(label(lang_, "col.measure"))},
                     {std::string(label(lang_, "col.adopted")), true},
                     {std::string(label(lang_, "col.revised")), true},
                     {std::string(label(lang_, "col.revision"))}},
                    rows);
    }
    rows.clear();
    for (const PriorityLine& p : y.priorities)
      rows.push_back({md(p.title), money(p.adopted), money(p.amount)});
    para(label_md("revisions.priorities"));
    out_ += table({{std::string(label(lang_, "col.priority"))},
                   {std::string(label(lang_, "col.adopted")), true},
                   {std::string(label(lang_, "col.revised")), true}},
                  rows);
  }

  void actual(const std::vector<ActualLine>& list, const std::string& intro, const std::string& title,
              int level) {
    if (list.empty()) return;
    heading(level, title);
    para(md(intro));
    std::vector<std::vector<std::string>> rows;
    for (const ActualLine& a : list)
      rows.push_back(share_row(a, a.granted));
    out_ += table(share_columns(), rows);
  }

  void income(const YearSection& y) {
    heading(3, label_md("income.heading"));
    std::vector<std::vector<std::string>> rows;
    for (const PartnerLine& p : y.income.partners)
      rows.push_back({md(p.name), money(p.amount)});
    rows.push_back({label_md("income.carried-over"), money(y.income.carried_over)});
    rows.push_back({bold(label_md("income.total")), bold(money(y.income.total))});
    const Allocation& a = y.allocation;
    rows.push_back({a.administration_max ? md(phrase(lang_, "allocation.administration-max",
                                                     {{"max", *a.administration_max}}))
                                         : label_md("allocation.administration"),
                    money(a.administration)});
    rows.push_back({label_md("allocation.measures"), money(a.measures)});
    rows.push_back({label_md("allocation.reserve"), money(a.reserve)});
    rows.push_back({bold(label_md("allocation.unallocated")), bold(money(a.unallocated))});
    out_ += table(
        {{std::string(label(lang_, "col.item"))}, {std::string(label(lang_, "col.amount")), true}},
        rows);
    para(md(unallocated_text(lang_, a)));
  }

  std::vector<Column> share_columns() const {
    return {{std::string(label(lang_, "col.priority"))},
            {std::string(label(lang_, "col.amount")), true},
            {std::string(label(lang_, "col.share")), true},
            {std::string(label(lang_, "col.target")), true},
            {std::string(label(lang_, "col.band"))},
            {std::string(label(lang_, "col.status"))}};
  }

  template <class Line>
  std::vector<std::string> share_row(const Line& p, Money amount) const {
    return {md(p.title),
            money(amount),
            md(share_text(lang_, p.share, p.range)),
            p.band ? md(i18n::format_percent(lang_, p.band->target)) : "–",
            p.band ? md(band_text(lang_, *p.band)) : "–",
            md(placement_text(lang_, p.placement, p.accepted))};
  }

  void priorities(const FrameSection& f, const YearSection& y) {
    heading(3, label_md("priorities.heading"));
    para(md(sentences(priorities_intro(lang_, f, y))));
    std::vector<std::vector<std::string>> rows;
    for (const PriorityLine& p : y.priorities)
      rows.push_back(share_row(p, p.amount));
    out_ += table(share_columns(), rows);
  }

  void reserve(const FrameSection& f, const YearSection& y) {
    if (!y.reserve) return;
    const ReserveLine& r = *y.reserve;
    heading(3, label_md("reserve.heading"));
    if (!f.reserve_title.empty()) para(md(f.reserve_title));
    out_ += table(
        {{std::string(label(lang_, "col.item"))}, {std::string(label(lang_, "col.amount")), true}},
        {{md(reserve_set_text(lang_, r)), money(r.amount)},
         {md(counted(lang_, "reserve.drawn", r.grants, {})), money(r.drawn)},
         {bold(label_md("reserve.left")), bold(money(r.left))}});
  }

  void grants(const YearSection& y) {
    const Grants& g = y.grants;
    heading(3, label_md("grants.heading"));
    para(md(list_state_text(lang_, g.lists)));
    std::vector<std::vector<std::string>> rows;
    for (const MeasureLine& m : g.measures) {
      rows.push_back({md(m.title.empty() ? m.id : m.title), money(m.amount),
                      std::to_string(m.grants), money(m.granted), money(m.left)});
    }
    if (y.reserve) {
      rows.push_back({label_md("grants.reserve"), money(y.reserve->amount),
                      std::to_string(y.reserve->grants), money(y.reserve->drawn),
                      money(y.reserve->left)});
    }
    rows.push_back({bold(label_md("grants.total")), bold(money(y.allocation.budgeted)),
                    bold(std::to_string(g.count)), bold(money(g.granted)), ""});
    out_ += table({{std::string(label(lang_, "col.measure"))},
                   {std::string(label(lang_, "col.budget")), true},
                   {std::string(label(lang_, "col.grants")), true},
                   {std::string(label(lang_, "col.granted")), true},
                   {std::string(label(lang_, "col.left")), true}},
                  rows);
    std::string after;
    if (g.withdrawn_count > 0) {
      after =
          counted(lang_, "grants.withdrawn", g.withdrawn_count, {{"amount", g.withdrawn}}) + " ";
    }
    for (const std::string& note : grant_notes(lang_, g))
      after += note + " ";
    para(md(after + left_over_text(lang_, g)));
  }

  void commitments(const YearSection& y) {
    if (y.commitments.empty()) return;
    heading(3, label_md("commitments.heading"));
    std::vector<std::vector<std::string>> rows;
    for (const CommitmentLine& c : y.commitments) {
      rows.push_back({md(c.title.empty() ? c.id : c.title), md(years_text(lang_, c.from, c.to)),
                      c.required ? money(*c.required) : "–", money(c.funded),
                      md(commitment_text(lang_, c, y.year))});
    }
    out_ += table({{std::string(label(lang_, "col.commitment"))},
                   {std::string(label(lang_, "col.term"))},
                   {std::string(label(lang_, "col.required")), true},
                   {std::string(label(lang_, "col.funded")), true},
                   {std::string(label(lang_, "col.status"))}},
                  rows);
  }

  void period(const PeriodSection& p) {
    heading(2, label_md("period.heading"));
    para(md(period_text(lang_, p)));
    for (const std::string& warning : period_warnings(lang_, p))
      para(bold(md(warning)));
    if (!p.from || !p.to) return;
    std::vector<std::vector<std::string>> rows;
    for (const PeriodPriority& pp : p.priorities)
      rows.push_back(share_row(pp, pp.planned));
    out_ += table(share_columns(), rows);
    if (p.planned_years.size() > 1) {
      actual(p.actual, actual_intro(lang_, p.actual_total, p.actual_final),
             label_md("actual.period-heading"), 3);
    }
    heading(3, label_md("room.heading"));
    if (p.unplanned_years.empty()) return para(label_md("room.none"));
    para(md(phrase(lang_, p.room_open ? "room.open" : "room.intro",
                   {{"years", year_list(lang_, p.unplanned_years)},
                    {"per-year", p.expected_per_year},
                    {"total", p.remaining_funds}})));
    if (p.room_open) return;
    rows.clear();
    for (const PeriodPriority& pp : p.priorities) {
      const auto [at_least, at_most] = room_cells(lang_, pp);
      rows.push_back({md(pp.title), md(at_least), md(at_most)});
    }
    out_ += table({{std::string(label(lang_, "col.priority"))},
                   {std::string(label(lang_, "col.at-least")), true},
                   {std::string(label(lang_, "col.at-most")), true}},
                  rows);
  }

  const i18n::Language& lang_;
  std::string out_;
};

}  // namespace

std::string markdown_text(std::string_view plain) { return md(plain); }

std::string render_markdown(const Summary& summary, const i18n::Language& lang) {
  return without_ci_commands(MarkdownWriter(lang).render(summary));
}

}  // namespace plancheck::summary
