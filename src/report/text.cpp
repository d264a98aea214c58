// The default output: rustc/clang style, with the source line and a caret.

#include <fmt/format.h>

#include "base/text.h"
#include "report/report.h"

namespace plancheck::report {

namespace {

/// ANSI styles, empty when colour is off.
struct Style {
  bool on;
  std::string paint(std::string_view text, std::string_view code) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

std::string_view severity_colour(diag::Severity s) {
  switch (s) {
    case diag::Severity::error: return "1;31";
    case diag::Severity::warning: return "1;33";
    case diag::Severity::note: return "1;36";
  }
  return "1";
}

/// The first `n` code points of `text`.
std::string_view code_point_prefix(std::string_view text, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < text.size(); ++k) decode_utf8(text, i);
  return text.substr(0, i);
}

/// Makes a line printable: tabs become one space so the caret lines up.
std::string printable(std::string_view text) {
  std::string s = terminal_safe(text);
  for (char& c : s) {
    if (c == '\t') c = ' ';
  }
  return s;
}

/// The source line and a caret under the span; long lines are cut around it.
std::string snippet(const diag::Location& where, const Style& style) {
  if (!where.file || !where.has_position()) return {};
  std::string_view line = where.file->line_text(where.span.line);
  size_t column = where.span.column - 1;  // code points before the span
  std::string lead;
  constexpr size_t kWindow = 160;
  if (column > kWindow / 2) {
    const size_t skip = column - kWindow / 4;
    const source::SourceFile& file = *where.file;
    line.remove_prefix(file.offset_at(where.span.line, static_cast<uint32_t>(skip + 1)) -
                       file.line_start(where.span.line));
    column -= skip;
    lead = "…";
  }
  const std::string_view shown = code_point_prefix(line, kWindow);
  const std::string tail = shown.size() < line.size() ? "…" : "";
  const std::string before = lead + printable(code_point_prefix(shown, column));
  const size_t width = where.span.end_line == where.span.line && where.span.end_column > where.span.column
                           ? where.span.end_column - where.span.column
                           : 1;
  const std::string marked = printable(code_point_prefix(shown.substr(code_point_prefix(shown, column).size()), width));
  const size_t caret_width = std::max<size_t>(1, count_code_points(marked));
  const std::string number = std::to_string(where.span.line);
  const std::string gutter(number.size(), ' ');
  std::string caret = "^" + std::string(caret_width - 1, '~');
  return fmt::format("{} {} {}{}{}\n{} {} {}{}\n", style.paint(number, "1;34"), style.paint("|", "1;34"),
                     lead, printable(shown), tail, gutter, style.paint("|", "1;34"),
                     std::string(count_code_points(before), ' '), style.paint(caret, "1;32"));
}

std::string finding_text(const RenderContext& ctx, const diag::Finding& f, const Style& style) {
  std::string label = fmt::format("{}[{}]", severity_word(ctx.lang, f.severity), f.rule);
  label = style.paint(label, severity_colour(f.severity));
  if (f.accepted) label += " " + style.paint(fmt::format("({})", i18n::text(ctx.lang, "text.accepted")), "1;32");
  std::string out = fmt::format("{}: {}: {}\n", style.paint(location_text(f.where), "1"), label,
                                terminal_safe(i18n::render(ctx.lang, f.message)));
  out += snippet(f.where, style);
  if (f.help) {
    out += fmt::format("  = {}: {}\n", style.paint(i18n::text(ctx.lang, "text.help"), "1"),
                       terminal_safe(i18n::render(ctx.lang, *f.help)));
  }
  if (f.accepted) {
    const diag::Acceptance& a = *f.accepted;
    out += fmt::format("  = {}: {}\n", style.paint(i18n::text(ctx.lang, "text.decision"), "1"),
                       terminal_safe(i18n::render(
                           ctx.lang, diag::Message{"text.decision-detail",
                                                   {{"case", a.decision_case},
                                                    {"date", a.decision_date},
                                                    {"reason", a.reason}}})));
  }
  for (const diag::Related& r : f.related) {
    out += fmt::format("{}: {}: {}\n", style.paint(location_text(r.where), "1"),
                       style.paint(severity_word(ctx.lang, diag::Severity::note), "1;36"),
                       terminal_safe(i18n::render(ctx.lang, r.message)));
    out += snippet(r.where, style);
  }
  return out;
}

}  // namespace

std::string render_text(const RenderContext& ctx) {
  const Style style{ctx.color};
  std::string out;
  if (ctx.quiet && ctx.analysis.findings().empty()) return out;
  if (!ctx.quiet) {
    for (const diag::Finding& f : ctx.analysis.findings()) out += finding_text(ctx, f, style);
  }
  const Counts counts = count(ctx.analysis.findings());
  out += style.paint(summary_line(ctx.lang, counts, ctx.analysis.set->plan_file_count), "1");
  out += '\n';
  return without_ci_commands(out);
}

}  // namespace plancheck::report
