// The grants of the summary as one flat table (RFC 4180: comma-separated,
// CRLF line ends, fields with a comma, quote or line break in quotes), for
// other programs: one row per grant of the years shown, with a header row
// in the chosen language. Amounts are plain whole kroner and dates
// YYYY-MM-DD, so that any program reads them; a text that a spreadsheet
// would take for a formula (=, +, -, @ or a tab first) is prefixed with an
// apostrophe, and control characters but tab and line feed become spaces.

#include "base/text.h"
#include "summary/render.h"
#include "summary/words.h"

namespace plancheck::summary {

namespace {

class CsvWriter {
 public:
  explicit CsvWriter(const i18n::Language& lang) : lang_(lang) {}

  std::string render(const Summary& s) {
    for (const std::string_view key :
         {"frame", "year", "id", "project", "applicant", "measure", "priority", "amount",
          "later-years", "total", "decision", "decision-date", "status", "paid", "withdrawn-date",
          "returned-in"}) {
      field(label(lang_, "xlsx.col." + std::string(key)));
    }
    end_row();
    for (const FrameSection& f : s.frames) {
      for (const YearSection& y : f.years) {
        for (const GrantLine& g : y.grants.list) grant(f, y.year, g);
      }
    }
    return std::move(out_);
  }

 private:
  void grant(const FrameSection& f, int year, const GrantLine& g) {
    field(f.id);
    number(year);
    field(g.id);
    field(g.title);
    field(g.applicant);
    field(g.measure);
    field(g.priority);
    money(g.amount);
    money(g.installments.empty() ? std::nullopt : later_years(g));
    money(g.total);
    field(g.decision ? g.decision->case_ref : std::string());
    field(g.decision ? g.decision->date.iso() : std::string());
    field(g.status ? label(lang_, "status." + std::string(model::enum_name(*g.status))) : std::string_view());
    money(g.paid);
    field(g.withdrawn ? g.withdrawn->iso() : std::string());
    if (g.returned_in) {
      number(*g.returned_in);
    } else {
      field({});
    }
    end_row();
  }

  void money(const std::optional<Money>& m) {
    if (m) {
      number(m->kroner);
    } else {
      field({});
    }
  }

  void number(int64_t n) { raw(std::to_string(n)); }

  /// A text field, quoted where RFC 4180 needs it and kept from being a
  /// formula; control characters but tab and line feed become spaces.
  void field(std::string_view text) {
    std::string value;
    const std::string valid = to_valid_utf8(text);
    for (size_t i = 0; i < valid.size();) {
      const size_t start = i;
      const char32_t cp = decode_utf8(valid, i);
      if (is_control(cp) && cp != '\t' && cp != '\n') {
        value += ' ';
      } else {
        value.append(valid, start, i - start);
      }
    }
    if (!value.empty() && std::string_view("=+-@\t").find(value.front()) != std::string_view::npos) {
      value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) return raw(value);
    std::string quoted = "\"";
    for (const char c : value) {
      quoted += c;
      if (c == '"') quoted += '"';
    }
    raw(quoted + "\"");
  }

  void raw(std::string_view text) {
    if (!first_) out_ += ',';
    out_ += text;
    first_ = false;
  }

  void end_row() {
    out_ += "\r\n";
    first_ = true;
  }

  const i18n::Language& lang_;
  std::string out_;
  bool first_ = true;
};

}  // namespace

std::string render_csv(const Summary& summary, const i18n::Language& lang) {
  return CsvWriter(lang).render(summary);
}

}  // namespace plancheck::summary
