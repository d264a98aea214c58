// The draft of `plancheck new-year` as a commented yearly plan file.

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "base/placeholder.h"
#include "base/text.h"
#include "draft/draft.h"

namespace plancheck::draft {

namespace {

using diag::Message;

constexpr size_t kCommentWidth = 80;

/// Whether a code point may not stand as it is in a YAML document (C0/C1
/// controls but the tab, DEL, the line separators, U+FFFE/U+FFFF, BOM).
bool unprintable(char32_t cp) {
  return (is_control(cp) && cp != '\t') || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
         cp == 0xFFFE || cp == 0xFFFF;
}

/// One line of text for a comment: every line break and control becomes a
/// space, an invisible character its escape.
std::string one_line(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = decode_utf8(text, i);
    if (is_invisible(cp)) {
      out += fmt::format("\\u{:04X}", static_cast<uint32_t>(cp));  // shown, not obeyed
    } else {
      append_utf8(out, unprintable(cp) || cp == '\t' ? U' ' : cp);
    }
  }
  return out;
}

/// A text as a YAML double-quoted scalar, every special character escaped.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = decode_utf8(text, i);
    if (cp == '"' || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (unprintable(cp) || is_invisible(cp)) {
      // Escaped, so that the draft shows what it holds (same value).
      const auto code = static_cast<uint32_t>(cp);
      out += cp <= 0xFF ? fmt::format("\\x{:02X}", code) : fmt::format("\\u{:04X}", code);
    } else {
      append_utf8(out, cp);
    }
  }
  return out + "\"";
}

/// Where a scalar stands: a block value (`title: ...`) or inside a flow
/// collection (`[a, b]`, `{partner: a}`), where , [ ] { } end it.
enum class Context { block, flow };

/// Whether YAML 1.2 and 1.1 parsers read `text` back unchanged as a plain
/// (unquoted) string in `context`: no indicator at the start, no ": " or
/// " #"; in a flow collection no flow indicator, ':', '?' or '#' at all.
bool plain_safe(std::string_view text, Context context = Context::block) {
  if (text.empty() || text != trim(text)) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`=<").find(text.front()) != std::string_view::npos) {
    return false;
  }
  if (text.back() == ':' || text.find(": ") != std::string_view::npos ||
      text.find(" #") != std::string_view::npos) {
    return false;
  }
  if (context == Context::flow && text.find_first_of(",[]{}:?#") != std::string_view::npos) {
    return false;
  }
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = decode_utf8(text, i);
    if (unprintable(cp) || is_invisible(cp) || cp == '\t' || cp == 0xFFFD) return false;
  }
  // Words YAML reads as other types, and anything starting like a number.
  static constexpr std::string_view kSpecial[] = {"true", "false", "yes", "no", "on",
                                                  "off",  "null",  "y",   "n",  "~"};
  std::string lower;
  for (char c : text)
    lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::string_view s : kSpecial) {
    if (lower == s) return false;
  }
  return !(text.front() >= '0' && text.front() <= '9') && text.front() != '.' &&
         text.front() != '+';
}

/// A text value: plain when that is safe, else double-quoted. Every scalar
/// of the draft is written by this function (or long_scalar(), which falls
/// back to it), so that each one reads back as the same text.
std::string scalar(std::string_view text, Context context = Context::block) {
  return plain_safe(text, context) ? std::string(text) : quoted(text);
}

/// A long text as a folded block scalar (`>-`), its lines wrapped at the
/// comment width; other texts as scalar() writes them. Folding joins the
/// lines with single spaces, so only texts without runs of spaces fold.
std::string long_scalar(std::string_view text, std::string_view indent) {
  if (count_code_points(text) + indent.size() < kCommentWidth || !plain_safe(text) ||
      text.find("  ") != std::string_view::npos) {
    return scalar(text);
  }
  std::string out = ">-";
  std::string line;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    if (!line.empty() &&
        indent.size() + count_code_points(line) + 1 + count_code_points(word) > kCommentWidth) {
      out += fmt::format("\n{}{}", indent, line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + std::string(word);
    start = end + 1;
  }
  return out + fmt::format("\n{}{}", indent, line);
}

/// Whole kroner grouped by spaces, as plan files write them: 2 400 000.
std::string money(Money m) {
  const std::string digits = std::to_string(m.kroner);
  std::string out;
  const size_t lead = digits.front() == '-' ? 1 : 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > lead && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return out;
}

/// Writes comments and lines at an indentation.
class Writer {
 public:
  explicit Writer(const i18n::Language& lang) : lang_(lang) {}

  std::string text(const Message& m) const { return i18n::render(lang_, m); }
  std::string amount(Money m) const { return i18n::format_money(lang_, m); }
  std::string share(Ratio r) const { return i18n::format_percent(lang_, r); }
  std::string word(std::string_view key) const { return std::string(i18n::text(lang_, key)); }

  void line(std::string_view indent, std::string_view content) {
    out_ += fmt::format("{}{}\n", indent, content);
  }
  void blank() { out_ += "\n"; }

  /// A comment wrapped at the comment width.
  void comment(std::string_view indent, std::string_view text) {
    std::string line;
    const std::string flat = one_line(text);
    size_t start = 0;
    while (start < flat.size()) {
      size_t end = flat.find(' ', start);
      if (end == std::string::npos) end = flat.size();
      const std::string_view word(flat.data() + start, end - start);
      if (!line.empty() &&
          indent.size() + 2 + count_code_points(line) + 1 + count_code_points(word) >
              kCommentWidth) {
        out_ += fmt::format("{}# {}\n", indent, line);
        line.clear();
      }
      if (!word.empty()) line += (line.empty() ? "" : " ") + std::string(word);
      start = end + 1;
    }
    if (!line.empty()) out_ += fmt::format("{}# {}\n", indent, line);
  }
  void comment(std::string_view indent, const Message& m) { comment(indent, text(m)); }

  std::string take() { return std::move(out_); }

 private:
  const i18n::Language& lang_;
  std::string out_;
};

std::string year_text(int year) {
  return std::to_string(year);
}

/// The year before's title with its year replaced, or the catalogue's title.
std::string title(const Writer& w, const Draft& d) {
  const std::string old_year = std::to_string(d.previous_year);
  if (!d.previous || d.previous->title->find(old_year) == std::string::npos) {
    return w.text(Message{"draft.title", {{"year", int64_t{d.year}}}});
  }
  std::string text = *d.previous->title;
  for (size_t at = text.find(old_year); at != std::string::npos; at = text.find(old_year, at)) {
    text.replace(at, old_year.size(), std::to_string(d.year));
  }
  return text;
}

void write_head(Writer& w, const Draft& d, const std::string& frame_id) {
  if (d.previous) {
    w.comment("", Message{"draft.header-previous",
                          {{"year", int64_t{d.year}},
                           {"frame", frame_id},
                           {"previous", int64_t{d.previous_year}}}});
  } else {
    w.comment("", Message{"draft.header", {{"year", int64_t{d.year}}, {"frame", frame_id}}});
  }
  w.line("", "plancheck: 1");
  w.line("", "kind: yearly-plan");
  w.line("", "frame: " + scalar(frame_id));
  w.line("", "year: " + year_text(d.year));
  w.line("", "title: " + scalar(title(w, d)));
  w.comment("", Message{"draft.adopted", {}});
  w.line("", fmt::format("# adopted: {{case: \"{}\", date: {}}}", kCaseToFill,
                         w.word("draft.date-pattern")));
}

Message carried_comment(const Draft& d) {
  const int64_t prev = d.carried_from;
  switch (d.carried_reason) {
    case CarriedOver::left_over:
      return {"draft.carried.left-over", {{"previous", prev}, {"left", d.carried_over}}};
    case CarriedOver::first_year:
      return {"draft.carried.first-year", {}};
    case CarriedOver::no_previous_plan:
      return {"draft.carried.no-plan", {{"previous", prev}}};
    case CarriedOver::no_lists:
      return {"draft.carried.no-lists", {{"previous", prev}}};
    case CarriedOver::lists_open:
      return {"draft.carried.lists-open", {{"previous", prev}}};
    case CarriedOver::incomplete:
      return {"draft.carried.incomplete", {{"previous", prev}}};
    case CarriedOver::overdrawn:
      break;
  }
  return {"draft.carried.overdrawn", {{"previous", prev}}};
}

void write_income(Writer& w, const Draft& d) {
  w.blank();
  w.line("", "income:");
  w.comment("  ", Message{"draft.partners", {{"year", int64_t{d.year}}}});
  w.line("  ", "partners:");
  for (const PartnerAmount& p : d.partners) {
    w.line("    ", fmt::format("- {{partner: {}, amount: {}}}",
                               scalar(p.partner->id->name, Context::flow), money(p.amount)));
  }
  if (d.carried_frame) {
    const model::Frame& prev = *d.carried_frame;
    w.comment("  ", Message{"draft.carried.previous-frame",
                            {{"frame", prev.id.present() ? prev.id->name : prev.file->path()},
                             {"previous", int64_t{d.carried_from}}}});
  }
  w.comment("  ", carried_comment(d));
  w.line("  ", "carried-over: " + money(d.carried_over));
}

void write_administration(Writer& w, const Draft& d) {
  const model::Frame& frame = *d.frame;
  const Money max =
      frame.funding->administration.present() && frame.funding->administration->max.present()
          ? *frame.funding->administration->max
          : Money{};
  const int64_t prev = d.previous_year;
  w.blank();
  w.line("", "administration:");
  switch (d.administration_source) {
    case Source::previous:
      w.comment("  ", Message{"draft.administration.previous", {{"previous", prev}, {"max", max}}});
      break;
    case Source::clamped:
      w.comment("  ", Message{"draft.administration.clamped",
                              {{"previous", prev},
                               {"amount", *d.previous->administration->amount},
                               {"max", max}}});
      break;
    case Source::frame:
      w.comment("  ", Message{"draft.administration.frame", {{"max", max}}});
      break;
  }
  w.line("  ", "amount: " + money(d.administration));
}

Message priority_heading(const Draft& d, const DraftPriority& dp) {
  const model::Priority& p = *dp.priority;
  if (!dp.target) return {"draft.priority-no-target", {{"title", *p.title}, {"id", p.id->name}}};
  return {"draft.priority",
          {{"title", *p.title},
           {"id", p.id->name},
           {"share", *dp.target},
           {"funds", d.measure_funds},
           {"amount", dp.amount}}};
}

/// The comments above a measure: where it comes from.
void measure_comments(Writer& w, const Draft& d, const DraftMeasure& m) {
  const int64_t prev = d.previous_year;
  if (const model::Commitment* c = m.commitment) {
    const Message about = c->amount.present() ? Message{"draft.commitment",
                                                        {{"commitment", c->id->name},
                                                         {"from", int64_t{c->from->value}},
                                                         {"to", int64_t{c->to->value}},
                                                         {"amount", *c->amount}}}
                                              : Message{"draft.commitment-no-amount",
                                                        {{"commitment", c->id->name},
                                                         {"from", int64_t{c->from->value}},
                                                         {"to", int64_t{c->to->value}}}};
    std::string text = w.text(about);
    if (!m.previous) {
      text += " " + w.text(d.previous ? Message{"draft.new-commitment", {{"previous", prev}}}
                                      : Message{"draft.new-commitment-first", {}});
    }
    w.comment("  ", text);
  } else if (m.origin == Origin::placeholder) {
    w.comment("  ", d.previous ? Message{"draft.placeholder", {{"previous", prev}}}
                               : Message{"draft.placeholder-first", {}});
  }
}

/// The comment after a measure's amount: last year's amount, the remainder.
std::string amount_note(const Writer& w, const Draft& d, const DraftMeasure& m) {
  std::string note;
  if (m.previous && m.previous->amount.present()) {
    note =
        w.text(Message{"draft.previous-amount",
                       {{"amount", *m.previous->amount}, {"previous", int64_t{d.previous_year}}}});
  }
  if (m.remainder > Money{}) {
    if (!note.empty()) note += "; ";
    note += w.text(Message{"draft.measure-remainder", {{"rest", m.remainder}}});
  }
  return note.empty() ? note : "  # " + one_line(note);
}

std::string measure_title(const Writer& w, const DraftMeasure& m) {
  if (m.previous) return *m.previous->title;
  if (m.commitment) return *m.commitment->title;
  // Marked like init's templates, so that placeholder/left reports it until it is replaced.
  return std::string(kFillIn) + ": " +
         w.text(Message{"draft.placeholder-title", {{"priority", *m.priority->title}}});
}

void write_measure(Writer& w, const Draft& d, const DraftMeasure& m) {
  measure_comments(w, d, m);
  w.line("  ", "- id: " + scalar(m.id));
  w.line("    ", "title: " + scalar(measure_title(w, m)));
  w.line("    ", "priority: " + scalar(m.priority->id->name));
  if (!m.focus_areas.empty()) {
    std::string list;
    for (const std::string& f : m.focus_areas)
      list += (list.empty() ? "" : ", ") + scalar(f, Context::flow);
    if (m.focus_area_guessed) w.comment("    ", Message{"draft.focus-guessed", {}});
    w.line("    ", "focus-areas: [" + list + "]");
  }
  if (!m.responsible.empty()) w.line("    ", "responsible: " + scalar(m.responsible));
  if (m.previous && m.previous->justification.present()) {
    w.line("    ", "justification: " + long_scalar(*m.previous->justification, "      "));
  }
  w.line("    ", "amount: " + money(m.amount) + amount_note(w, d, m));
  if (m.commitment) w.line("    ", "commitment: " + scalar(m.commitment->id->name));
  if (m.previous && m.previous->description.present()) {
    w.line("    ", "description: " + long_scalar(*m.previous->description, "      "));
  }
}

Message skipped_reason(const Skipped& s) {
  const model::Measure& m = *s.measure;
  switch (s.reason) {
    case Skipped::Reason::operations:
      return {"draft.skipped.operations", {{"id", m.id->name}}};
    case Skipped::Reason::commitment_ended:
      return {"draft.skipped.commitment-ended",
              {{"id", m.id->name},
               {"commitment", m.commitment_ref->id->name},
               {"to", int64_t{m.commitment_ref->to->value}}}};
    case Skipped::Reason::no_priority:
      break;
  }
  return {"draft.skipped.no-priority", {{"id", m.id->name}, {"priority", m.priority->name}}};
}

void write_measures(Writer& w, const Draft& d) {
  w.blank();
  // Which funds the shares are of: without counts-toward, the measures alone.
  const bool outside = !figures::reserve_in_split(*d.frame) && d.reserve;
  const std::string key = std::string(outside ? "draft.measures-alone" : "draft.measures") +
                          (d.previous ? "" : "-first");
  std::vector<diag::Arg> args{{"funds", d.measure_funds}};
  if (d.previous) args.push_back({"previous", int64_t{d.previous_year}});
  if (outside) args.push_back({"reserve", *d.reserve});
  w.comment("", Message{key, std::move(args)});
  w.line("", "measures:");
  for (const DraftPriority& dp : d.priorities) {
    std::string heading = w.text(priority_heading(d, dp));
    if (dp.holds_reserve && d.reserve) {
      heading += " " + w.text(Message{"draft.priority-reserve", {{"reserve", *d.reserve}}});
    }
    if (dp.remainder > Money{}) {
      heading += " " + w.text(Message{"draft.priority-remainder", {{"rest", dp.remainder}}});
    }
    w.comment("  ", "--- " + heading);
    for (const DraftMeasure& m : dp.measures)
      write_measure(w, d, m);
  }
  if (d.skipped.empty()) return;
  w.comment("  ", Message{"draft.skipped", {{"previous", int64_t{d.previous_year}}}});
  for (const Skipped& s : d.skipped)
    w.comment("  ", "- " + w.text(skipped_reason(s)));
}

void write_reserve(Writer& w, const Draft& d) {
  if (!d.reserve) return;
  const model::ReserveFrame& bounds = *d.frame->reserve;
  const Money min = *bounds.min;
  const Money max = *bounds.max;
  const int64_t prev = d.previous_year;
  w.blank();
  w.line("", "reserve:");
  switch (d.reserve_source) {
    case Source::previous:
      w.comment("  ", Message{"draft.reserve.previous",
                              {{"previous", prev}, {"min", min}, {"max", max}}});
      break;
    case Source::clamped:
      w.comment("  ", Message{"draft.reserve.clamped",
                              {{"previous", prev},
                               {"amount", *d.previous->reserve->amount},
                               {"min", min},
                               {"max", max}}});
      break;
    case Source::frame:
      w.comment("  ", Message{"draft.reserve.frame", {{"min", min}, {"max", max}}});
      break;
  }
  w.line("  ", "amount: " + money(*d.reserve));
}

void write_issues(Writer& w, const Draft& d) {
  w.blank();
  const bool copied = d.previous && !d.previous->strategic_issues->empty();
  if (!copied) {
    w.comment("", Message{"draft.issues-none", {{"year", int64_t{d.year}}}});
    w.line("", "strategic-issues: []");
    return;
  }
  w.comment("", Message{"draft.issues",
                        {{"previous", int64_t{d.previous_year}}, {"year", int64_t{d.year}}}});
  w.line("", "strategic-issues:");
  for (const model::StrategicIssue& issue : *d.previous->strategic_issues) {
    const bool has_id = issue.id.present();
    if (has_id) w.line("  ", "- id: " + scalar(issue.id->name));
    w.line(has_id ? "    " : "  - ", "title: " + scalar(*issue.title));
    if (issue.description.present()) {
      w.line("    ", "description: " + long_scalar(*issue.description, "      "));
    }
  }
}

void write_deviations_note(Writer& w, const Draft& d) {
  if (!d.previous || d.previous->deviations->empty()) return;
  w.blank();
  w.comment("", Message{"draft.deviations", {{"previous", int64_t{d.previous_year}}}});
}

}  // namespace

std::string project_list_yaml(const Draft& d, const i18n::Language& lang,
                              const std::string& schema_line) {
  Writer w(lang);
  if (!schema_line.empty()) w.line("", schema_line);
  const std::string& frame_id = d.frame->id->name;
  w.comment("", Message{"draft.list-header", {{"year", int64_t{d.year}}, {"frame", frame_id}}});
  w.line("", "plancheck: 1");
  w.line("", "kind: project-list");
  w.line("", "frame: " + scalar(frame_id));
  w.line("", "year: " + year_text(d.year));
  w.line("", "status: open");
  w.blank();
  std::vector<std::string> ids;
  for (const DraftPriority& p : d.priorities) {
    for (const DraftMeasure& m : p.measures) ids.push_back(m.id);
  }
  std::string measures;
  for (const std::string& id : ids) measures += (measures.empty() ? "" : ", ") + id;
  w.comment("", Message{"draft.list-projects", {{"measures", measures}}});
  w.line("", "projects: []");
  const std::string year = year_text(d.year);
  w.line("", "#  - id: " + year + "-01");
  w.line("", "#    title: " + scalar(w.word("draft.list-example-title")));
  w.line("", "#    applicant: " + scalar(w.word("draft.list-example-applicant")));
  w.line("", "#    measure: " + (ids.empty() ? std::string("reserve") : scalar(ids.front())));
  w.line("", "#    amount: 100 000");
  w.line("", fmt::format("#    decision: {{case: \"...\", date: {}}}", w.word("draft.date-pattern")));
  w.line("", "#    status: granted");
  return w.take();
}

std::string draft_yaml(const Draft& d, const i18n::Language& lang, const std::string& schema_line) {
  Writer w(lang);
  if (!schema_line.empty()) w.line("", schema_line);
  write_head(w, d, d.frame->id->name);
  write_income(w, d);
  write_administration(w, d);
  write_measures(w, d);
  write_reserve(w, d);
  write_issues(w, d);
  write_deviations_note(w, d);
  return w.take();
}

}  // namespace plancheck::draft
