// The summary as an Excel workbook, for the county and the host
// municipality's finance office: a sheet per year (income, administration,
// the measures with their adopted and revised amounts, the reserve and the
// totals), the grants, the shares against their bands, the reserve and the
// commitments. Numbers are numbers with a kroner, percent or date format,
// header rows are frozen, and every word is in the chosen language.
// libxlsxwriter (Debian's libxlsxwriter-dev) is used here and nowhere else;
// it writes only to a path, so the workbook goes to a temporary file that
// is read back.

#include <xlsxwriter.h>

#include <filesystem>
#include <memory>
#include <set>

#include "base/platform.h"
#include "base/text.h"
#include "summary/render.h"
#include "summary/words.h"

namespace plancheck::summary {

namespace {

/// The longest text a cell holds, in characters.
constexpr size_t kMaxCellText = 32767;

/// 1980-01-01T00:00:00Z, the earliest time a zip file records.
constexpr time_t kFixedTime = 315532800;

/// Excel's own limit on a sheet name, in characters.
constexpr size_t kMaxSheetName = 31;

/// The first `limit` code points of a UTF-8 text.
std::string first_code_points(std::string_view text, size_t limit) {
  size_t i = 0;
  for (size_t n = 0; i < text.size() && n < limit; ++n) decode_utf8(text, i);
  return std::string(text.substr(0, i));
}

/// A text as a cell may hold it: control characters other than tab and line
/// feed become spaces (XML cannot carry them), and it is cut to Excel's limit.
std::string cell_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t cp = decode_utf8(text, i);
    if (is_control(cp) && cp != '\t' && cp != '\n') {
      out += ' ';
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return first_code_points(out, kMaxCellText);
}

/// Formats the workbook shares.
struct Formats {
  lxw_format* title = nullptr;
  lxw_format* header = nullptr;
  lxw_format* money = nullptr;
  lxw_format* money_bold = nullptr;
  lxw_format* percent = nullptr;
  lxw_format* date = nullptr;
  lxw_format* bold = nullptr;
};

/// One worksheet, written row by row.
class Sheet {
 public:
  Sheet(lxw_worksheet* ws, const Formats& f) : ws_(ws), f_(f) {}

  /// The title row and the header row, which stay in view (frozen).
  void begin(const std::string& title, const std::vector<std::string_view>& headers,
             const std::vector<double>& widths) {
    worksheet_write_string(ws_, 0, 0, cell_text(title).c_str(), f_.title);
    for (size_t c = 0; c < headers.size(); ++c) {
      worksheet_write_string(ws_, 1, col(c), cell_text(headers[c]).c_str(), f_.header);
      if (c < widths.size()) worksheet_set_column(ws_, col(c), col(c), widths[c], nullptr);
    }
    worksheet_freeze_panes(ws_, 2, 0);
    columns_ = headers.size();
    row_ = 2;
  }

  /// Lets the header row filter and sort the rows written so far.
  void filter() {
    if (row_ > 2 && columns_ > 0) worksheet_autofilter(ws_, 1, 0, row_ - 1, col(columns_ - 1));
  }

  Sheet& text(std::string_view s, bool bold = false) {
    if (!s.empty()) worksheet_write_string(ws_, row_, next(), cell_text(s).c_str(), bold ? f_.bold : nullptr);
    else next();
    return *this;
  }
  Sheet& money(Money m, bool bold = false) {
    worksheet_write_number(ws_, row_, next(), static_cast<double>(m.kroner), bold ? f_.money_bold : f_.money);
    return *this;
  }
  /// A missing amount is a dash, never a zero.
  Sheet& money(const std::optional<Money>& m, bool bold = false) {
    return m ? money(*m, bold) : text("\u2013");
  }
  Sheet& number(int64_t n) {
    worksheet_write_number(ws_, row_, next(), static_cast<double>(n), nullptr);
    return *this;
  }
  Sheet& number(const std::optional<int>& n) { return n ? number(*n) : skip(); }
  Sheet& ratio(const std::optional<Ratio>& r) {
    if (!r || r->den == 0) return text("\u2013");
    worksheet_write_number(ws_, row_, next(), static_cast<double>(r->num) / static_cast<double>(r->den),
                           f_.percent);
    return *this;
  }
  Sheet& date(const std::optional<Date>& d) {
    if (!d || d->month < 1 || d->day < 1) return d ? text(d->iso()) : skip();
    lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
    worksheet_write_datetime(ws_, row_, next(), &dt, f_.date);
    return *this;
  }
  Sheet& skip() {
    next();
    return *this;
  }
  void end_row() {
    ++row_;
    column_ = 0;
  }
  /// A row with one text across the sheet (a note, an empty year).
  void note(std::string_view s) {
    text(s);
    end_row();
  }

 private:
  static lxw_col_t col(size_t c) { return static_cast<lxw_col_t>(c); }
  lxw_col_t next() { return col(column_++); }

  lxw_worksheet* ws_;
  const Formats& f_;
  lxw_row_t row_ = 0;
  size_t column_ = 0;
  size_t columns_ = 0;
};

std::string_view status_word(const i18n::Language& lang, model::GrantStatus s) {
  return label(lang, "status." + std::string(model::enum_name(s)));
}

class WorkbookWriter {
 public:
  WorkbookWriter(lxw_workbook* wb, const i18n::Language& lang) : wb_(wb), lang_(lang) {
    f_.title = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 13);
    });
    f_.header = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_bottom(f, LXW_BORDER_THIN);
      format_set_text_wrap(f);
    });
    const std::string money_format(label(lang, "xlsx.money-format"));
    f_.money = format([&](lxw_format* f) { format_set_num_format(f, money_format.c_str()); });
    f_.money_bold = format([&](lxw_format* f) {
      format_set_num_format(f, money_format.c_str());
      format_set_bold(f);
    });
    const std::string percent_format(label(lang, "xlsx.percent-format"));
    f_.percent = format([&](lxw_format* f) { format_set_num_format(f, percent_format.c_str()); });
    const std::string date_format(label(lang, "xlsx.date-format"));
    f_.date = format([&](lxw_format* f) { format_set_num_format(f, date_format.c_str()); });
    f_.bold = format([](lxw_format* f) { format_set_bold(f); });
  }

  void write(const Summary& s) {
    multi_frame_ = s.frames.size() > 1;
    for (const FrameSection& f : s.frames) {
      for (const YearSection& y : f.years) year_sheet(f, y);
    }
    grants_sheet(s);
    shares_sheet(s);
    reserve_sheet(s);
    commitments_sheet(s);
  }

 private:
  template <class F>
  lxw_format* format(F&& set) {
    lxw_format* f = workbook_add_format(wb_);
    set(f);
    return f;
  }

  /// A new sheet; its name made valid and unique (Excel's limits and characters).
  Sheet sheet(const std::string& wanted) {
    std::string name;
    for (const char c : wanted) name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
    name = first_code_points(name, kMaxSheetName);
    const std::string base = name;
    for (int n = 2; names_.count(name); ++n) {
      const std::string suffix = " (" + std::to_string(n) + ")";
      name = first_code_points(base, kMaxSheetName - suffix.size()) + suffix;
    }
    names_.insert(name);
    return Sheet(workbook_add_worksheet(wb_, name.c_str()), f_);
  }

  std::string frame_name(const FrameSection& f) const {
    return f.council_short.empty() ? f.id : f.council_short;
  }

  /// Starts a row of a sheet that lists several frames: the frame first.
  void frame_cell(Sheet& sh, const FrameSection& f) {
    if (multi_frame_) sh.text(frame_name(f));
  }

  std::vector<std::string_view> with_frame(std::vector<std::string_view> headers) const {
    if (multi_frame_) headers.insert(headers.begin(), label(lang_, "xlsx.col.frame"));
    return headers;
  }

  std::vector<double> with_frame_width(std::vector<double> widths) const {
    if (multi_frame_) widths.insert(widths.begin(), 16);
    return widths;
  }

  std::string_view col(std::string_view key) const { return label(lang_, "xlsx.col." + std::string(key)); }
  std::string_view part(std::string_view key) const { return label(lang_, "xlsx.part." + std::string(key)); }

  void year_sheet(const FrameSection& f, const YearSection& y) {
    const std::string year = std::to_string(y.year);
    Sheet sh = sheet(multi_frame_ ? frame_name(f) + " " + year : year);
    const std::string title = y.title.empty() ? phrase(lang_, "year.untitled", {{"year", int64_t{y.year}}}) : y.title;
    sh.begin(f.council.empty() ? title : title + " \u2013 " + f.council,
             {col("part"), col("id"), col("text"), col("priority"), col("adopted"), col("revised"),
              col("granted"), col("left")},
             {16, 26, 48, 16, 15, 15, 15, 15});
    if (!y.readable) {
      sh.note(phrase(lang_, "year.unreadable", {{"year", int64_t{y.year}}}));
      return;
    }
    for (const std::string& warning : year_warnings(lang_, y)) sh.note(warning);
    year_income(sh, y);
    year_allocation(sh, f, y);
  }

  /// One row with the same amount as adopted and as revised.
  void fixed_row(Sheet& sh, std::string_view part, std::string_view id, std::string_view text,
                 const std::optional<Money>& amount, bool bold = false) {
    sh.text(part).text(id).text(text, bold).skip().money(amount, bold).money(amount, bold);
    sh.end_row();
  }

  void year_income(Sheet& sh, const YearSection& y) {
    const std::string_view income = part("income");
    for (const PartnerLine& p : y.income.partners) fixed_row(sh, income, p.id, p.name, p.amount);
    fixed_row(sh, income, "carried-over", label(lang_, "income.carried-over"), y.income.carried_over);
    fixed_row(sh, income, {}, label(lang_, "income.total"), y.income.total, true);
    sh.text(part("administration")).skip().text(label(lang_, "allocation.administration")).skip();
    sh.money(y.allocation.adopted_administration).money(y.allocation.administration).end_row();
  }

  void year_allocation(Sheet& sh, const FrameSection& f, const YearSection& y) {
    for (const MeasureLine& m : y.grants.measures) {
      sh.text(part("measure")).text(m.id).text(m.title).text(m.priority);
      sh.money(m.adopted).money(m.amount).money(m.granted).money(m.left);
      sh.end_row();
    }
    if (y.reserve) {
      sh.text(part("reserve")).text(model::kReserveId).text(f.reserve_title);
      sh.text(f.reserve_counts_toward_id).money(y.allocation.adopted_reserve).money(y.reserve->amount);
      sh.money(y.reserve->drawn).money(y.reserve->left);
      sh.end_row();
    }
    const Allocation& a = y.allocation;
    sh.text(part("total")).skip().text(label(lang_, "xlsx.measure-funds"), true).skip().skip();
    sh.money(a.measure_funds, true).money(y.grants.granted, true).skip();
    sh.end_row();
    sh.text(part("total")).skip().text(label(lang_, "xlsx.allocated"), true).skip();
    sh.money(y.adopted_allocated, true).money(a.allocated, true).end_row();
    sh.text(part("total")).skip().text(label(lang_, "allocation.unallocated")).skip().skip();
    sh.money(a.unallocated).end_row();
    if (y.grants.withdrawn_count > 0) {
      sh.text(part("grants")).skip().text(label(lang_, "xlsx.withdrawn")).skip().skip().skip();
      sh.money(y.grants.withdrawn).end_row();
    }
    if (y.grants.withdrawn_later_count > 0) {
      sh.text(part("grants")).skip().text(label(lang_, "xlsx.withdrawn-later")).skip().skip().skip();
      sh.money(y.grants.withdrawn_later).end_row();
    }
    if (y.grants.returned_count > 0) {
      sh.text(part("grants")).skip().text(label(lang_, "xlsx.returned")).skip().skip().skip().skip();
      sh.money(y.grants.returned).end_row();
    }
    if (y.grants.paid_grants > 0) {
      sh.text(part("grants")).skip().text(label(lang_, "xlsx.paid")).skip().skip().skip();
      sh.money(y.grants.paid).end_row();
    }
    sh.text(part("grants")).skip().text(label(lang_, "xlsx.left-over"), true).skip().skip().skip().skip();
    sh.money(y.grants.left_over, true).end_row();
  }

  void grants_sheet(const Summary& s) {
    Sheet sh = sheet(std::string(label(lang_, "xlsx.sheet.grants")));
    sh.begin(std::string(label(lang_, "xlsx.title.grants")),
             with_frame({col("year"), col("id"), col("project"), col("applicant"), col("measure"),
                         col("priority"), col("amount"), col("later-years"), col("total"),
                         col("decision"), col("decision-date"), col("status"), col("paid"),
                         col("withdrawn-date"), col("returned-in")}),
             with_frame_width({8, 12, 48, 32, 24, 14, 15, 15, 15, 12, 13, 16, 15, 13, 12}));
    for (const FrameSection& f : s.frames) {
      for (const YearSection& y : f.years) {
        for (const GrantLine& g : y.grants.list) grant_row(sh, f, y.year, g);
      }
    }
    sh.filter();
  }

  void grant_row(Sheet& sh, const FrameSection& f, int year, const GrantLine& g) {
    frame_cell(sh, f);
    sh.number(year).text(g.id).text(g.title).text(g.applicant).text(g.measure).text(g.priority);
    sh.money(g.amount);
    if (g.installments.empty()) {
      sh.skip();
    } else {
      sh.money(later_years(g));
    }
    sh.money(g.total);
    sh.text(g.decision ? g.decision->case_ref : std::string());
    sh.date(g.decision ? std::optional<Date>(g.decision->date) : std::nullopt);
    sh.text(g.status ? status_word(lang_, *g.status) : std::string_view("\u2013"));
    if (g.paid) {
      sh.money(*g.paid);
    } else {
      sh.skip();
    }
    sh.date(g.withdrawn).number(g.returned_in);
    sh.end_row();
  }

  void shares_sheet(const Summary& s) {
    Sheet sh = sheet(std::string(label(lang_, "xlsx.sheet.shares")));
    sh.begin(std::string(label(lang_, "xlsx.title.shares")),
             with_frame({col("year"), col("priority"), col("text"), col("amount"), col("share"),
                         col("target"), col("low"), col("high"), col("status")}),
             with_frame_width({12, 14, 48, 15, 10, 10, 10, 10, 40}));
    for (const FrameSection& f : s.frames) {
      for (const YearSection& y : f.years) {
        for (const PriorityLine& p : y.priorities) {
          frame_cell(sh, f);
          sh.number(y.year);
          share_cells(sh, p.id, p.title, p.amount, p.share, p.band, p.placement, p.accepted);
        }
      }
      const std::string period = phrase(lang_, "xlsx.period", {{"years", years_text(lang_, f.period.from, f.period.to)}});
      for (const PeriodPriority& p : f.period.priorities) {
        frame_cell(sh, f);
        sh.text(period);
        share_cells(sh, p.id, p.title, p.planned, p.share, p.band, p.placement, p.accepted);
      }
    }
  }

  void share_cells(Sheet& sh, const std::string& id, const std::string& title, Money amount,
                   const std::optional<Ratio>& share, const std::optional<figures::Band>& band,
                   const std::optional<Placement>& placement,
                   const std::optional<diag::Acceptance>& accepted) {
    sh.text(id).text(title).money(amount).ratio(share);
    sh.ratio(band ? std::optional<Ratio>(band->target) : std::nullopt);
    sh.ratio(band ? std::optional<Ratio>(band->low) : std::nullopt);
    sh.ratio(band ? std::optional<Ratio>(band->high) : std::nullopt);
    sh.text(placement ? placement_text(lang_, placement, accepted) : std::string());
    sh.end_row();
  }

  void reserve_sheet(const Summary& s) {
    Sheet sh = sheet(std::string(label(lang_, "xlsx.sheet.reserve")));
    sh.begin(std::string(label(lang_, "xlsx.title.reserve")),
             with_frame({col("year"), col("set-aside"), col("min"), col("max"), col("drawn"),
                         col("grant-count"), col("left")}),
             with_frame_width({8, 15, 15, 15, 15, 10, 15}));
    for (const FrameSection& f : s.frames) {
      for (const YearSection& y : f.years) {
        if (!y.readable || !y.reserve) continue;
        const ReserveLine& r = *y.reserve;
        frame_cell(sh, f);
        sh.number(y.year).money(r.amount).money(r.min).money(r.max).money(r.drawn).number(r.grants);
        sh.money(r.left).end_row();
      }
    }
  }

  void commitments_sheet(const Summary& s) {
    Sheet sh = sheet(std::string(label(lang_, "xlsx.sheet.commitments")));
    sh.begin(std::string(label(lang_, "xlsx.title.commitments")),
             with_frame({col("year"), col("id"), col("commitment"), col("from"), col("to"),
                         col("required"), col("funded"), col("status")}),
             with_frame_width({8, 20, 48, 8, 8, 15, 15, 48}));
    for (const FrameSection& f : s.frames) {
      for (const YearSection& y : f.years) {
        for (const CommitmentLine& c : y.commitments) {
          frame_cell(sh, f);
          sh.number(y.year).text(c.id).text(c.title).number(c.from).number(c.to);
          sh.money(c.required).money(c.funded).text(commitment_text(lang_, c, y.year));
          sh.end_row();
        }
      }
    }
  }

  lxw_workbook* wb_;
  const i18n::Language& lang_;
  Formats f_;
  std::set<std::string> names_;
  bool multi_frame_ = false;
};

/// The workbook's properties: its title and language.
void set_properties(lxw_workbook* wb, const Summary& s, const i18n::Language& lang) {
  std::string title(label(lang, "xlsx.title"));
  if (!s.frames.empty() && !s.frames.front().council.empty()) title += " \u2013 " + s.frames.front().council;
  title = cell_text(title);
  lxw_doc_properties props{};
  props.title = title.data();
  std::string creator = "plancheck";
  props.author = creator.data();
  // No clock: the same plan files give the same bytes. libxlsxwriter dates
  // the zip entries 1980-01-01; the workbook's creation time is the same.
  props.created = kFixedTime;
  workbook_set_properties(wb, &props);
}

/// Reads a whole file.
platform::Expected<std::string> read_back(const std::string& path) {
  auto file = platform::File::open_read(path);
  if (!file) return file.error();
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    auto n = file->read(buffer, sizeof buffer);
    if (!n) return n.error();
    if (*n == 0) break;
    out.append(buffer, *n);
  }
  return out;
}

}  // namespace

Rendered render_xlsx(const Summary& summary, const i18n::Language& lang) {
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) return {{}, ec.message()};
  auto scratch = platform::TempFile::create_beside(platform::utf8_path(dir / "plancheck-summary.xlsx"));
  if (!scratch) return {{}, scratch.error().message};
  auto path = scratch->name();
  if (!path) return {{}, path.error().message};
  lxw_workbook* wb = workbook_new(path->c_str());
  if (!wb) return {{}, std::string(lxw_strerror(LXW_ERROR_CREATING_XLSX_FILE))};
  set_properties(wb, summary, lang);
  WorkbookWriter(wb, lang).write(summary);
  if (const lxw_error e = workbook_close(wb); e != LXW_NO_ERROR) return {{}, lxw_strerror(e)};
  auto bytes = read_back(*path);
  if (!bytes) return {{}, bytes.error().message};
  return {std::move(*bytes), std::nullopt};
}

}  // namespace plancheck::summary
