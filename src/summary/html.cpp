// The HTML summary: one self-contained page (inline CSS, no scripts, no
// external resources) in XHTML-compatible markup, so that an XML parser
// reads it as well as a browser. Each year has an inline SVG chart of every
// priority's share against its band, for the year and for the period so
// far, next to a table with the same numbers. Print styles fit A4.

#include <fmt/format.h>

#include <algorithm>

#include "base/text.h"
#include "summary/render.h"
#include "summary/words.h"

namespace plancheck::summary {

namespace {

constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b;
  background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 1.5rem 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1f5f99; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.4rem; }
h1, h2, h3 { overflow-wrap: break-word; }
p { margin: 0.4rem 0; overflow-wrap: break-word; }
.lead { color: #444; }
.colophon { color: #555; font-size: 0.9rem; margin: 0 0 0.6rem; }
.status { padding: 0.4rem 0.7rem; border-left: 0.35rem solid #2e7d32; background: #eef6ee; }
.status.warning { border-color: #b26a00; background: #fff5e5; }
.status.error { border-color: #b3261e; background: #fdecea; }
ul.findings { margin: 0.4rem 0 0.8rem; padding-left: 1.4rem; }
ul.findings li { margin: 0.25rem 0; overflow-wrap: break-word; }
.concern { color: #555; }
.decision { display: block; color: #2e5d31; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 0.4rem 0 0.8rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid #d6d6d6; vertical-align: top; }
th { text-align: left; background: #f2f4f7; }
tbody th { background: none; font-weight: normal; min-width: 9rem; }
.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.total td, tr.total th { font-weight: 600; border-top: 2px solid #999; }
.outside { color: #b3261e; font-weight: 600; }
figure { margin: 0.6rem 0 0.4rem; }
figcaption { font-size: 0.9rem; color: #444; }
svg.chart { width: 100%; min-width: 30rem; max-width: 45rem; height: auto; display: block; }
svg.chart text { font-family: inherit; font-size: 12px; fill: #1b1b1b; }
svg.chart .ptitle { font-weight: 600; font-size: 13px; }
svg.chart .axis { fill: #555; font-size: 11px; }
svg.chart .grid { stroke: #e2e2e2; stroke-width: 1; }
svg.chart .band, svg.chart .band-area { fill: #cfe8d0; }
svg.chart .band { stroke: #5b9a5e; stroke-width: 1; }
svg.chart .band-edge { fill: none; stroke: #3f7d42; stroke-width: 1.5; }
svg.chart .target { stroke: #2e5d31; stroke-width: 2; stroke-dasharray: 4 3; }
svg.chart .bar-year { fill: #1f5f99; }
svg.chart .bar-period { fill: #8fb3d9; }
svg.chart .bar-outside { stroke: #b3261e; stroke-width: 2; }
@media (max-width: 40rem) {
  main { padding: 1rem 0.75rem 2rem; }
  h1 { font-size: 1.35rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.2rem 0.4rem; }
  tbody th { min-width: 7rem; }
}
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1, h2, h3, caption, thead { break-after: avoid; page-break-after: avoid; }
  tbody tr:first-child, tbody tr:nth-child(2) { break-before: avoid; page-break-before: avoid; }
  table.short { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-inside: avoid; }
  section.year + section.year, section.period { break-before: page; }
  figure, .status, svg.chart, ul.findings li { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  p, li { orphans: 3; widows: 3; }
  .status { background: none; }
  svg.chart { min-width: 0; max-width: 100%; }
  .colophon { display: none; }
}
)";

/// Text as the inside of a CSS string: quotes, backslashes and what would end
/// the <style> element or break the XML as CSS escapes.
std::string css_string(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\n' || c == '\r') {
      out += fmt::format("\\{:X} ", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

/// Plain text as HTML text or attribute value: escaped, valid UTF-8, and
/// without the characters XML forbids.
std::string h(std::string_view plain) {
  const std::string text = one_line(plain);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = decode_utf8(text, i);
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '[':
        // "##[" would be a command to a CI runner reading the page on standard output.
        out += out.ends_with("##") ? "&#91;" : "[";
        break;
      default: {
        const bool non_char = cp == 0xFFFE || cp == 0xFFFF;
        if (is_invisible(cp)) {
          // Shown, not obeyed: a bidi override would reorder the page.
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
        } else {
          append_utf8(out, is_control(cp) || non_char ? char32_t{0xFFFD} : cp);
        }
      }
    }
  }
  return out;
}

/// Cuts a title for a chart label (the tables carry it in full).
std::string shortened(std::string_view text, size_t max) {
  std::string line = one_line(text);
  if (count_code_points(line) <= max) return line;
  size_t i = 0;
  for (size_t k = 0; k + 1 < max && i < line.size(); ++k)
    decode_utf8(line, i);
  return line.substr(0, i) + "…";
}

/// One bar of each priority in a chart.
struct Series {
  std::string label;  // "2024", "2021–2024"
  std::string css;    // bar class
  std::vector<std::optional<Ratio>> shares;
  std::vector<std::optional<Placement>> placements;
};

struct ChartRow {
  std::string title;
  std::optional<figures::Band> band;
};

/// Tables of at most this many rows are kept on one printed page.
constexpr size_t kShortTable = 12;

constexpr int kChartWidth = 720;
constexpr int kBarLeft = 84;
constexpr int kBarRight = 640;  // where 100 % ends; labels go to the right
constexpr int kLegend = 30;
constexpr int kBarHeight = 14;
constexpr int kBarStep = 20;
constexpr int kTitleHeight = 20;
constexpr int kBlockGap = 12;
constexpr int kAxis = 26;

/// The x coordinate of a share, from its rounded tenths of a percent.
int64_t x_of(const Ratio& share) {
  const int64_t permille = std::clamp<int64_t>(share.permille_rounded(), 0, 1000);
  return kBarLeft + (kBarRight - kBarLeft) * permille / 1000;
}

class HtmlWriter {
 public:
  explicit HtmlWriter(const i18n::Language& lang) : lang_(lang) {}

  std::string render(const Summary& s) {
    out_ += "<!DOCTYPE html>\n";
    out_ +=
        fmt::format("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{0}\" xml:lang=\"{0}\">\n",
                    lang_.code);
    out_ += "<head>\n<meta charset=\"utf-8\" />\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
    out_ += fmt::format("<title>{}</title>\n", h(document_title(s)));
    out_ += fmt::format("<style>{}{}</style>\n</head>\n<body>\n<main>\n", kStyle, page_style(s));
    const std::string colophon = colophon_text(lang_, s);
    if (!colophon.empty()) out_ += fmt::format("<p class=\"colophon\">{}</p>\n", h(colophon));
    out_ += fmt::format("<p class=\"{}\"><strong>{}</strong> {}</p>\n",
                        status_class(s.counts, true), h(label(lang_, "checked.title")),
                        h(report::summary_line(lang_, s.counts, s.files)));
    for (size_t i = 0; i < s.frames.size(); ++i)
      frame(s.frames[i], i + 1);
    if (s.frames.empty()) out_ += fmt::format("<p>{}</p>\n", h(label(lang_, "no-frame")));
    if (!s.unassigned.findings.empty()) {
      out_ += fmt::format("<section>\n<h1>{}</h1>\n", h(label(lang_, "unassigned")));
      compliance(std::string(label(lang_, "unassigned.status")), s.unassigned);
      out_ += "</section>\n";
    }
    out_ += "</main>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  /// The printed page: A4, its margins, and in them the colophon and the page number.
  std::string page_style(const Summary& s) const {
    const std::string colophon = colophon_text(lang_, s);
    std::string boxes = fmt::format(
        "  @bottom-right {{ content: \"{} \" counter(page) \" {} \" counter(pages); "
        "font-size: 8pt; color: #555; }}\n",
        css_string(label(lang_, "html.page")), css_string(label(lang_, "html.page-of")));
    if (!colophon.empty()) {
      boxes += fmt::format("  @bottom-left {{ content: \"{}\"; font-size: 8pt; color: #555; }}\n",
                           css_string(colophon));
    }
    return fmt::format("@page {{\n  size: A4;\n  margin: 16mm 14mm 18mm;\n{}}}\n", boxes);
  }

  std::string document_title(const Summary& s) const {
    if (s.frames.empty()) return std::string(label(lang_, "html.title-empty"));
    const FrameSection& f = s.frames.front();
    std::string who = !f.council_short.empty() ? f.council_short
                      : !f.council.empty()     ? f.council
                                               : f.title;
    std::vector<int> years;
    for (const YearSection& y : f.years)
      years.push_back(y.year);
    const std::string what =
        years.empty() ? years_text(lang_, f.period.from, f.period.to) : year_list(lang_, years);
    return phrase(lang_, "html.title", {{"council", who}, {"years", what}});
  }

  static std::string status_class(const report::Counts& c, bool whole = false) {
    const char* base = whole ? "status lead" : "status";
    if (c.errors > 0) return std::string(base) + " error";
    if (c.warnings > 0) return std::string(base) + " warning";
    return base;
  }

  std::string money(Money m) const { return h(money_text(lang_, m)); }
  std::string money(const std::optional<Money>& m) const { return m ? money(*m) : "–"; }

  /// The planned years of the period so far, as a range: "2021–2023".
  std::string so_far(const PeriodSection& p) const {
    if (p.planned_years.empty()) return {};
    return years_text(lang_, p.planned_years.front(), p.planned_years.back());
  }

  void frame(const FrameSection& f, size_t index) {
    id_ = fmt::format("f{}", index);
    out_ += fmt::format("<section class=\"frame\" aria-labelledby=\"{}\">\n", id_);
    const std::string council =
        f.council_short.empty() ? f.council : fmt::format("{} ({})", f.council, f.council_short);
    out_ += fmt::format("<h1 id=\"{}\">{}</h1>\n", id_, h(council.empty() ? f.title : council));
    const std::string years = years_text(lang_, f.period.from, f.period.to);
    out_ += fmt::format(
        "<p class=\"lead\">{}</p>\n",
        h(years.empty() ? f.title
                        : phrase(lang_, "frame.line", {{"title", f.title}, {"years", years}})));
    if (f.adopted)
      out_ += fmt::format(
          "<p>{}</p>\n",
          h(phrase(lang_, "adopted", {{"decision", decision_text(lang_, *f.adopted)}})));
    if (f.absent_year) {
      out_ += fmt::format("<p>{}</p>\n",
                          h(phrase(lang_, "year.absent", {{"year", int64_t{*f.absent_year}}})));
    } else if (f.years.empty()) {
      out_ += fmt::format("<p>{}</p>\n", h(label(lang_, "year.none")));
    }
    for (const YearSection& y : f.years)
      year(f, y);
    period(f);
    out_ += "</section>\n";
  }

  void compliance(const std::string& title, const Compliance& c) {
    out_ += fmt::format("<p class=\"{}\"><strong>{}:</strong> {}.</p>\n", status_class(c.counts),
                        h(title), h(counts_text(lang_, c.counts)));
    if (c.findings.empty()) return;
    out_ += "<ul class=\"findings\">\n";
    for (const FindingLine& line : c.findings) {
      const diag::Finding* f = line.finding;
      const std::string concern = finding_concern(lang_, line);
      out_ += fmt::format("<li><strong>{}:</strong> {}", h(finding_kind(lang_, *f)),
                          h(finding_message(lang_, line)));
      if (!concern.empty()) {
        out_ += fmt::format(" <span class=\"concern\">({})</span>", h(concern));
      }
      if (f->accepted) {
        out_ += fmt::format("<span class=\"decision\">{}</span>",
                            h(phrase(lang_, "accepted-by",
                                     {{"decision", decision_text(lang_, *f->accepted)},
                                      {"reason", f->accepted->reason}})));
      }
      out_ += "</li>\n";
    }
    out_ += "</ul>\n";
  }

  /// A table: a caption, header cells (numeric ones right-aligned) and rows of HTML cells.
  struct Column {
    std::string header;
    bool num = false;
    bool nowrap = false;  // a band or a term: kept on one line
  };
  struct Row {
    std::vector<std::string> cells;  // HTML
    bool total = false;
    std::vector<bool> outside = {};  // cells to mark as outside the band
  };

  void table(const std::string& caption, const std::vector<Column>& columns,
             const std::vector<Row>& rows, const std::string& id = {}) {
    // A wide table scrolls on its own on a narrow screen instead of widening the page.
    out_ += "<div class=\"scroll\">\n";
    // A short table is printed whole; a longer one may break between rows, its head repeated.
    const std::string short_class = rows.size() <= kShortTable ? " class=\"short\"" : "";
    out_ += id.empty() ? fmt::format("<table{}>\n", short_class)
                       : fmt::format("<table id=\"{}\"{}>\n", id, short_class);
    if (!caption.empty()) out_ += fmt::format("<caption>{}</caption>\n", h(caption));
    out_ += "<thead><tr>";
    for (const Column& c : columns) {
      out_ +=
          fmt::format("<th scope=\"col\"{}>{}</th>", c.num ? " class=\"num\"" : "", h(c.header));
    }
    out_ += "</tr></thead>\n<tbody>\n";
    for (const Row& r : rows) {
      out_ += r.total ? "<tr class=\"total\">" : "<tr>";
      for (size_t i = 0; i < columns.size(); ++i) {
        const std::string cell = i < r.cells.size() ? r.cells[i] : std::string();
        std::string cls = columns[i].num ? "num" : columns[i].nowrap ? "nowrap" : "";
        if (i < r.outside.size() && r.outside[i]) cls += cls.empty() ? "outside" : " outside";
        const std::string attr = cls.empty() ? "" : fmt::format(" class=\"{}\"", cls);
        out_ += i == 0 ? fmt::format("<th scope=\"row\"{}>{}</th>", attr, cell)
                       : fmt::format("<td{}>{}</td>", attr, cell);
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n</div>\n";
  }

  void year(const FrameSection& f, const YearSection& y) {
    const std::string id = fmt::format("{}-y{}", id_, y.year);
    out_ += fmt::format("<section class=\"year\" aria-labelledby=\"{}\">\n", id);
    out_ += fmt::format(
        "<h2 id=\"{}\">{}</h2>\n", id,
        h(y.title.empty() ? phrase(lang_, "year.untitled", {{"year", int64_t{y.year}}}) : y.title));
    if (y.adopted)
      out_ += fmt::format(
          "<p>{}</p>\n",
          h(phrase(lang_, "adopted", {{"decision", decision_text(lang_, *y.adopted)}})));
    if (!y.readable)
      out_ += fmt::format("<p>{}</p>\n",
                          h(phrase(lang_, "year.unreadable", {{"year", int64_t{y.year}}})));
    compliance(phrase(lang_, "year.status", {{"year", int64_t{y.year}}}), y.compliance);
    if (y.readable) {
      for (const std::string& warning : year_warnings(lang_, y)) {
        out_ += fmt::format("<p class=\"status error\">{}</p>\n", h(warning));
      }
      income(y);
      priorities(f, y, id);
      revisions(y);
      reserve(f, y);
      grants(y);
      if (y.grants.lists != ListState::none) {
        actual(y.actual, actual_intro(lang_, y.actual_total, y.grants.lists == ListState::closed),
               std::string(label(lang_, "actual.heading")), id + "-actual");
      }
      commitments(y);
    }
    out_ += "</section>\n";
  }

  void revisions(const YearSection& y) {
    if (y.revisions.empty()) return;
    out_ += fmt::format("<h3>{}</h3>\n<ul>\n", h(label(lang_, "revisions.heading")));
    for (const RevisionLine& r : y.revisions) {
      out_ += fmt::format("<li>{}\n<ul>\n", h(revision_text(lang_, r)));
      for (const ChangeLine& c : r.changes)
        out_ += fmt::format("<li>{}</li>\n", h(change_text(lang_, c, y.grants)));
      out_ += "</ul>\n</li>\n";
    }
    out_ += fmt::format("</ul>\n<p>{}</p>\n", h(revised_total_text(lang_, y)));
    std::vector<Row> rows;
    for (const MeasureLine* m : revised_measures(y.grants)) {
      rows.push_back({{h(m->title.empty() ? m->id : m->title), money(m->adopted), money(m->amount),
                       h(m->added ? phrase(lang_, "revision.added", {{"case", m->revised_by}})
                                  : m->revised_by)}});
    }
    if (!rows.empty()) {
      table(std::string(label(lang_, "revisions.measures")),
            {{std::string(label(lang_, "col.measure"))},
             {std::string(label(lang_, "col.adopted")), true},
             {std::string(label(lang_, "col.revised")), true},
             {std::string(label(lang_, "col.revision")), false, true}},
            rows);
    }
    rows.clear();
    for (const PriorityLine& p : y.priorities)
      rows.push_back({{h(p.title), money(p.adopted), money(p.amount)}});
    table(std::string(label(lang_, "revisions.priorities")),
          {{std::string(label(lang_, "col.priority"))},
           {std::string(label(lang_, "col.adopted")), true},
           {std::string(label(lang_, "col.revised")), true}},
          rows);
  }

  /// Each priority's share of what was actually granted, against its band.
  void actual(const std::vector<ActualLine>& list, const std::string& intro, const std::string& title,
              const std::string& id) {
    if (list.empty()) return;
    out_ += fmt::format("<h3>{}</h3>\n<p>{}</p>\n", h(title), h(intro));
    shares_table(list, &ActualLine::granted, id);
  }

  /// A table of priorities: each one's amount (the member `amount` of its
  /// line), share, target, band and status, the share and status marked
  /// when it lies outside its band without an accepted deviation.
  template <class Line>
  void shares_table(const std::vector<Line>& lines, Money Line::*amount, const std::string& id) {
    std::vector<Row> rows;
    for (const Line& l : lines) {
      const bool outside = l.placement && *l.placement != Placement::inside && !l.accepted;
      rows.push_back({{h(l.title), money(l.*amount), h(share_text(lang_, l.share, l.range)),
                       l.band ? h(i18n::format_percent(lang_, l.band->target)) : "–",
                       l.band ? h(band_text(lang_, *l.band)) : "–",
                       h(placement_text(lang_, l.placement, l.accepted))},
                      false,
                      {false, false, outside, false, false, outside}});
    }
    table({},
          {{std::string(label(lang_, "col.priority"))},
           {std::string(label(lang_, "col.amount")), true},
           {std::string(label(lang_, "col.share")), true},
           {std::string(label(lang_, "col.target")), true},
           {std::string(label(lang_, "col.band")), false, true},
           {std::string(label(lang_, "col.status"))}},
          rows, id);
  }

  void income(const YearSection& y) {
    out_ += fmt::format("<h3>{}</h3>\n", h(label(lang_, "income.heading")));
    std::vector<Row> rows;
    for (const PartnerLine& p : y.income.partners)
      rows.push_back({{h(p.name), money(p.amount)}});
    rows.push_back({{h(label(lang_, "income.carried-over")), money(y.income.carried_over)}});
    rows.push_back({{h(label(lang_, "income.total")), money(y.income.total)}, true});
    const Allocation& a = y.allocation;
    rows.push_back({{a.administration_max ? h(phrase(lang_, "allocation.administration-max",
                                                     {{"max", *a.administration_max}}))
                                          : h(label(lang_, "allocation.administration")),
                     money(a.administration)}});
    rows.push_back({{h(label(lang_, "allocation.measures")), money(a.measures)}});
    rows.push_back({{h(label(lang_, "allocation.reserve")), money(a.reserve)}});
    rows.push_back({{h(label(lang_, "allocation.unallocated")), money(a.unallocated)}, true});
    table(
        {},
        {{std::string(label(lang_, "col.item"))}, {std::string(label(lang_, "col.amount")), true}},
        rows);
    out_ += fmt::format("<p>{}</p>\n", h(unallocated_text(lang_, a)));
  }

  void priorities(const FrameSection& f, const YearSection& y, const std::string& id) {
    out_ += fmt::format("<h3>{}</h3>\n", h(label(lang_, "priorities.heading")));
    out_ += fmt::format("<p>{}</p>\n", h(sentences(priorities_intro(lang_, f, y))));
    const std::string so_far_label = so_far(f.period);
    const std::string period_label =
        so_far_label.empty() ? std::string(label(lang_, "html.period")) : so_far_label;
    year_chart(f, y, id, period_label);
    shares_table(f, y, id, period_label);
  }

  /// The period's line of each priority beside the year's, when there is one.
  static const PeriodPriority* period_of(const FrameSection& f, size_t index) {
    return index < f.period.priorities.size() ? &f.period.priorities[index] : nullptr;
  }

  /// The chart of the year's shares beside those of the period so far.
  void year_chart(const FrameSection& f, const YearSection& y, const std::string& id,
                  const std::string& period_label) {
    std::vector<ChartRow> rows;
    Series year_series{std::to_string(y.year), "bar-year", {}, {}};
    Series period_series{period_label, "bar-period", {}, {}};
    for (size_t i = 0; i < y.priorities.size(); ++i) {
      const PriorityLine& p = y.priorities[i];
      const PeriodPriority* pp = period_of(f, i);
      rows.push_back({p.title, p.band});
      year_series.shares.push_back(p.share);
      year_series.placements.push_back(p.placement);
      period_series.shares.push_back(pp ? pp->share : std::nullopt);
      period_series.placements.push_back(pp ? pp->placement : std::nullopt);
    }
    const std::string caption =
        phrase(lang_, "html.chart-caption", {{"year", int64_t{y.year}}, {"period", period_label}});
    out_ += "<figure>\n";
    chart(id + "-chart", caption, rows, {year_series, period_series}, id + "-shares");
    out_ += fmt::format("<figcaption>{}</figcaption>\n</figure>\n", h(caption));
  }

  /// The table beside the chart: the same shares, and the amounts, bands and statuses.
  void shares_table(const FrameSection& f, const YearSection& y, const std::string& id,
                    const std::string& period_label) {
    std::vector<Row> rows;
    for (size_t i = 0; i < y.priorities.size(); ++i) {
      const PriorityLine& p = y.priorities[i];
      const PeriodPriority* pp = period_of(f, i);
      // Red where a share lies outside its band without a council decision.
      const bool out_year = p.placement && *p.placement != Placement::inside && !p.accepted;
      const bool out_period =
          pp && pp->placement && *pp->placement != Placement::inside && !pp->accepted;
      rows.push_back({{h(p.title), money(p.amount), h(share_text(lang_, p.share, p.range)),
                       pp ? h(share_text(lang_, pp->share, pp->range)) : "–",
                       p.band ? h(i18n::format_percent(lang_, p.band->target)) : "–",
                       p.band ? h(band_text(lang_, *p.band)) : "–",
                       h(placement_text(lang_, p.placement, p.accepted))},
                      false,
                      {false, false, out_year, out_period, false, false, out_year}});
    }
    table(
        phrase(lang_, "html.shares-caption", {{"year", int64_t{y.year}}, {"period", period_label}}),
        {{std::string(label(lang_, "col.priority"))},
         {std::string(label(lang_, "col.amount")), true},
         {phrase(lang_, "html.col.share-year", {{"year", int64_t{y.year}}}), true},
         {phrase(lang_, "html.col.share-period", {{"period", period_label}}), true},
         {std::string(label(lang_, "col.target")), true},
         {std::string(label(lang_, "col.band")), false, true},
         {std::string(label(lang_, "col.status"))}},
        rows, id + "-shares");
  }

  /// The SVG chart: per priority, its band and target behind one bar per series.
  void chart(const std::string& id, const std::string& caption, const std::vector<ChartRow>& rows,
             const std::vector<Series>& series, const std::string& table_id) {
    const int block = kTitleHeight + static_cast<int>(series.size()) * kBarStep + kBlockGap;
    const int top = kLegend;
    const int bottom = top + static_cast<int>(rows.size()) * block;
    const int height = bottom + kAxis;
    // On a phone the chart keeps a readable size and scrolls in its own box.
    out_ += "<div class=\"scroll\">\n";
    out_ += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {} {}\" "
        "width=\"{}\" "
        "height=\"{}\" role=\"img\" aria-labelledby=\"{}-title\" aria-describedby=\"{}\">\n",
        kChartWidth, height, kChartWidth, height, id, table_id);
    out_ += fmt::format("<title id=\"{}-title\">{}</title>\n", id, h(caption));
    legend(series);
    for (int tick = 0; tick <= 100; tick += 25) {
      const int64_t x = x_of(Ratio{tick, 100});
      out_ += fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" />\n",
                          x, top, bottom);
      out_ += fmt::format(
          "<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x,
          bottom + 16, h(std::to_string(tick) + std::string(lang_.numbers.percent_sign)));
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      const int y0 = top + static_cast<int>(i) * block;
      chart_block(rows[i], series, i, y0);
    }
    out_ += "</svg>\n</div>\n";
  }

  void legend(const std::vector<Series>& series) {
    int x = 0;
    for (const Series& s : series) {
      out_ += fmt::format("<rect class=\"{}\" x=\"{}\" y=\"6\" width=\"14\" height=\"12\" />\n",
                          s.css, x);
      const std::string text = s.css == "bar-year"
                                   ? phrase(lang_, "html.legend-year", {{"year", s.label}})
                                   : phrase(lang_, "html.legend-period", {{"period", s.label}});
      out_ += fmt::format("<text x=\"{}\" y=\"16\">{}</text>\n", x + 20, h(text));
      x += 20 + static_cast<int>(count_code_points(text)) * 7 + 18;
    }
    out_ += fmt::format("<rect class=\"band\" x=\"{}\" y=\"6\" width=\"14\" height=\"12\" />\n", x);
    out_ += fmt::format("<text x=\"{}\" y=\"16\">{}</text>\n", x + 20,
                        h(label(lang_, "html.legend-band")));
  }

  void chart_block(const ChartRow& row, const std::vector<Series>& series, size_t index, int y0) {
    out_ += fmt::format("<text class=\"ptitle\" x=\"0\" y=\"{}\">{}</text>\n", y0 + 14,
                        h(shortened(row.title, 90)));
    const int bars_top = y0 + kTitleHeight;
    const int bars_bottom = bars_top + static_cast<int>(series.size()) * kBarStep;
    // The band's area behind the bars; its edges and the target in front of them.
    std::string band_front;
    if (row.band) {
      const int64_t low = x_of(row.band->low);
      const std::string box =
          fmt::format("x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"", low, bars_top - 3,
                      std::max<int64_t>(x_of(row.band->high) - low, 1), bars_bottom - bars_top + 2);
      out_ += fmt::format("<rect class=\"band-area\" {} />\n", box);
      band_front = fmt::format("<rect class=\"band-edge\" {} />\n", box);
      band_front +=
          fmt::format("<line class=\"target\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" />\n",
                      x_of(row.band->target), bars_top - 5, bars_bottom + 1);
    }
    chart_bars(row, series, index, bars_top);
    out_ += band_front;
  }

  void chart_bars(const ChartRow& row, const std::vector<Series>& series, size_t index,
                  int bars_top) {
    for (size_t s = 0; s < series.size(); ++s) {
      const int y = bars_top + static_cast<int>(s) * kBarStep;
      out_ += fmt::format("<text x=\"0\" y=\"{}\">{}</text>\n", y + 11, h(series[s].label));
      const std::optional<Ratio>& share = series[s].shares[index];
      if (!share) {
        out_ += fmt::format("<text x=\"{}\" y=\"{}\">–</text>\n", kBarLeft + 4, y + 11);
        continue;
      }
      const std::optional<Placement>& placement = series[s].placements[index];
      const bool outside = placement && *placement != Placement::inside;
      const int64_t end = x_of(*share);
      out_ += fmt::format("<rect class=\"{}{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" />\n",
                          series[s].css, outside ? " bar-outside" : "", kBarLeft, y,
                          std::max<int64_t>(end - kBarLeft, 1), kBarHeight);
      std::string value = i18n::format_percent(lang_, *share);
      if (outside) value += " " + placement_text(lang_, placement, std::nullopt);
      // The value stands right of the bar, clear of the band.
      const int64_t at = std::max(end, row.band ? x_of(row.band->high) : end) + 6;
      out_ += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", at, y + 11, h(value));
    }
  }

  void reserve(const FrameSection& f, const YearSection& y) {
    if (!y.reserve) return;
    const ReserveLine& r = *y.reserve;
    out_ += fmt::format("<h3>{}</h3>\n", h(label(lang_, "reserve.heading")));
    if (!f.reserve_title.empty()) out_ += fmt::format("<p>{}</p>\n", h(f.reserve_title));
    table(
        {},
        {{std::string(label(lang_, "col.item"))}, {std::string(label(lang_, "col.amount")), true}},
        {{{h(reserve_set_text(lang_, r)), money(r.amount)}},
         {{h(counted(lang_, "reserve.drawn", r.grants, {})), money(r.drawn)}},
         {{h(label(lang_, "reserve.left")), money(r.left)}, true}});
  }

  void grants(const YearSection& y) {
    const Grants& g = y.grants;
    out_ += fmt::format("<h3>{}</h3>\n<p>{}</p>\n", h(label(lang_, "grants.heading")),
                        h(list_state_text(lang_, g.lists)));
    std::vector<Row> rows;
    for (const MeasureLine& m : g.measures) {
      rows.push_back({{h(m.title.empty() ? m.id : m.title), money(m.amount),
                       std::to_string(m.grants), money(m.granted), money(m.left)}});
    }
    if (y.reserve) {
      rows.push_back(
          {{h(label(lang_, "grants.reserve")), money(y.reserve->amount),
            std::to_string(y.reserve->grants), money(y.reserve->drawn), money(y.reserve->left)}});
    }
    rows.push_back({{h(label(lang_, "grants.total")), money(y.allocation.budgeted),
                     std::to_string(g.count), money(g.granted), ""},
                    true});
    table({},
          {{std::string(label(lang_, "col.measure"))},
           {std::string(label(lang_, "col.budget")), true},
           {std::string(label(lang_, "col.grants")), true},
           {std::string(label(lang_, "col.granted")), true},
           {std::string(label(lang_, "col.left")), true}},
          rows);
    if (g.withdrawn_count > 0) {
      out_ += fmt::format("<p>{}</p>\n", h(counted(lang_, "grants.withdrawn", g.withdrawn_count,
                                                   {{"amount", g.withdrawn}})));
    }
    for (const std::string& note : grant_notes(lang_, g))
      out_ += fmt::format("<p>{}</p>\n", h(note));
    out_ +=
        fmt::format("<p>{}</p>\n", h(left_over_text(lang_, g)));
  }

  void commitments(const YearSection& y) {
    if (y.commitments.empty()) return;
    out_ += fmt::format("<h3>{}</h3>\n", h(label(lang_, "commitments.heading")));
    std::vector<Row> rows;
    for (const CommitmentLine& c : y.commitments) {
      const bool bad = c.state == CommitmentState::missing ||
                       c.state == CommitmentState::short_funded ||
                       c.state == CommitmentState::unapproved;
      rows.push_back({{h(c.title.empty() ? c.id : c.title), h(years_text(lang_, c.from, c.to)),
                       c.required ? money(*c.required) : "–", money(c.funded),
                       h(commitment_text(lang_, c, y.year))},
                      false,
                      {false, false, false, false, bad}});
    }
    table({},
          {{std::string(label(lang_, "col.commitment"))},
           {std::string(label(lang_, "col.term")), false, true},
           {std::string(label(lang_, "col.required")), true},
           {std::string(label(lang_, "col.funded")), true},
           {std::string(label(lang_, "col.status"))}},
          rows);
  }

  void period(const FrameSection& f) {
    const PeriodSection& p = f.period;
    const std::string id = id_ + "-period";
    out_ += fmt::format("<section class=\"period\" aria-labelledby=\"{}\">\n", id);
    out_ += fmt::format("<h2 id=\"{}\">{}</h2>\n", id, h(label(lang_, "period.heading")));
    out_ += fmt::format("<p>{}</p>\n", h(period_text(lang_, p)));
    for (const std::string& warning : period_warnings(lang_, p)) {
      out_ += fmt::format("<p class=\"status error\">{}</p>\n", h(warning));
    }
    if (p.from && p.to) period_figures(f, id);
    compliance(std::string(label(lang_, "frame.status")), f.compliance);
    if (!f.other_years.findings.empty()) {
      out_ += fmt::format("<p>{}</p>\n",
                          h(phrase(lang_, "other-years",
                                   {{"years", year_list(lang_, f.other_year_list)},
                                    {"status", counts_text(lang_, f.other_years.counts)}})));
    }
    out_ += "</section>\n";
  }

  /// The period's shares (with a chart when no year is shown) and the room left.
  void period_figures(const FrameSection& f, const std::string& id) {
    const PeriodSection& p = f.period;
    if (f.years.empty()) period_chart(f, id);
    shares_table(p.priorities, &PeriodPriority::planned, id + "-shares");
    if (p.planned_years.size() > 1) {
      actual(p.actual, actual_intro(lang_, p.actual_total, p.actual_final),
             std::string(label(lang_, "actual.period-heading")), id + "-actual");
    }
    room(p);
  }

  /// The chart of the period alone, when no year is shown.
  void period_chart(const FrameSection& f, const std::string& id) {
    const std::string period_label = so_far(f.period);
    Series series{period_label.empty() ? std::string(label(lang_, "html.period")) : period_label,
                  "bar-period",
                  {},
                  {}};
    std::vector<ChartRow> rows;
    for (const PeriodPriority& pp : f.period.priorities) {
      rows.push_back({pp.title, pp.band});
      series.shares.push_back(pp.share);
      series.placements.push_back(pp.placement);
    }
    const std::string caption =
        phrase(lang_, "html.period-chart-caption", {{"period", series.label}});
    out_ += "<figure>\n";
    chart(id + "-chart", caption, rows, {series}, id + "-shares");
    out_ += fmt::format("<figcaption>{}</figcaption>\n</figure>\n", h(caption));
  }

  void room(const PeriodSection& p) {
    out_ += fmt::format("<h3>{}</h3>\n", h(label(lang_, "room.heading")));
    if (p.unplanned_years.empty()) {
      out_ += fmt::format("<p>{}</p>\n", h(label(lang_, "room.none")));
      return;
    }
    out_ += fmt::format("<p>{}</p>\n", h(phrase(lang_, p.room_open ? "room.open" : "room.intro",
                                                {{"years", year_list(lang_, p.unplanned_years)},
                                                 {"per-year", p.expected_per_year},
                                                 {"total", p.remaining_funds}})));
    if (p.room_open) return;
    std::vector<Row> rows;
    for (const PeriodPriority& pp : p.priorities) {
      const auto [at_least, at_most] = room_cells(lang_, pp);
      rows.push_back({{h(pp.title), h(at_least), h(at_most)},
                      false,
                      {false, pp.band && !pp.reachable, false}});
    }
    table({},
          {{std::string(label(lang_, "col.priority"))},
           {std::string(label(lang_, "col.at-least")), true},
           {std::string(label(lang_, "col.at-most")), true}},
          rows);
  }

  const i18n::Language& lang_;
  std::string out_;
  std::string id_;  // the current frame's id prefix
};

}  // namespace

std::string render_html(const Summary& summary, const i18n::Language& lang) {
  return HtmlWriter(lang).render(summary);
}

}  // namespace plancheck::summary
