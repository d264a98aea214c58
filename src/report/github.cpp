// The github format: GitHub Actions workflow commands, one line per finding
// (`::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message`),
// which the runner turns into annotations on the changed lines. Notes and
// accepted deviations become `::notice`. Values are escaped exactly as the
// runner unescapes them, so no text from a plan file can end the command or
// start another one. The format also has a job summary: Markdown that
// `check` appends to $GITHUB_STEP_SUMMARY when that is set.

#include <fmt/format.h>

#include "base/text.h"
#include "report/ci.h"

namespace plancheck::report {

namespace {

/// How many findings the job summary lists; GitHub caps a step summary at 1 MiB.
constexpr size_t kSummaryRows = 1000;

std::string_view command(const diag::Finding& f) {
  if (f.accepted) return "notice";
  switch (f.severity) {
    case diag::Severity::error:
      return "error";
    case diag::Severity::warning:
      return "warning";
    case diag::Severity::note:
      return "notice";
  }
  return "error";
}

/// The runner's escaping of a command's data: % CR LF.
std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// The runner's escaping of a property value: the data escapes plus : and ,.
std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string properties(const diag::Finding& f, const i18n::Language& lang) {
  std::vector<std::string> props;
  // A file name may hold control characters and bytes that are not UTF-8.
  if (f.where.file) props.push_back("file=" + escape_property(terminal_safe(report_path(f.where))));
  if (f.where.has_position()) {
    const diag::Span& s = f.where.span;
    props.push_back(fmt::format("line={}", s.line));
    if (s.end_line == s.line) props.push_back(fmt::format("col={}", s.column));
    props.push_back(fmt::format("endLine={}", s.end_line));
    if (s.end_line == s.line) props.push_back(fmt::format("endColumn={}", s.end_column));
  }
  props.push_back("title=" +
                  escape_property(fmt::format("{}: {}", f.rule, rule_title(lang, f.rule))));
  std::string out;
  for (const std::string& p : props)
    out += (out.empty() ? "" : ",") + p;
  return out;
}

/// The annotation text as rendered, before escaping.
std::string raw_data(const diag::Finding& f, const i18n::Language& lang) {
  std::string out = i18n::render(lang, f.message);
  if (f.help)
    out += fmt::format("\n{}: {}", i18n::text(lang, "text.help"), i18n::render(lang, *f.help));
  if (f.accepted) {
    out += fmt::format("\n{}: {}", i18n::text(lang, "text.decision"),
                       decision_text(lang, *f.accepted));
  }
  for (const diag::Related& r : f.related) {
    out += fmt::format("\n{}: {}: {}", location_text(r.where),
                       severity_word(lang, diag::Severity::note), i18n::render(lang, r.message));
  }
  return out;
}

/// The annotation text: message, help, the accepting decision and the
/// related locations, invisible characters shown (visible()).
std::string data(const diag::Finding& f, const i18n::Language& lang) {
  return visible(raw_data(f, lang));
}

/// Plan text in a Markdown table cell: HTML and Markdown characters escaped,
/// line breaks as <br>.
std::string markdown_cell(std::string_view text) {
  std::string out;
  for (const char c : safe_lines(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\n':
        out += "<br>";
        break;
      case '\r':
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
      case '#':
      case '!':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string summary_row(const i18n::Language& lang, const diag::Finding& f) {
  std::string severity(severity_word(lang, f.severity));
  if (f.accepted) severity += fmt::format(" ({})", i18n::text(lang, "text.accepted"));
  std::string message = i18n::render(lang, f.message);
  if (f.help)
    message += fmt::format("\n{}: {}", i18n::text(lang, "text.help"), i18n::render(lang, *f.help));
  if (f.accepted) {
    message += fmt::format("\n{}: {}", i18n::text(lang, "text.decision"),
                           decision_text(lang, *f.accepted));
  }
  return fmt::format("| {} | {} | {} | {} |\n", markdown_cell(severity), markdown_cell(f.rule),
                     markdown_cell(location_text(f.where)), markdown_cell(message));
}

}  // namespace

std::string render_github(const RenderContext& ctx) {
  std::string out;
  for (const diag::Finding& f : ctx.analysis.findings()) {
    out += fmt::format("::{} {}::{}\n", command(f), properties(f, ctx.lang),
                       escape_data(safe_lines(data(f, ctx.lang))));
  }
  out += summary_line(ctx.lang, count(ctx.analysis.findings()), ctx.analysis.set->plan_file_count);
  out += '\n';
  return out;
}

std::string github_job_summary(const RenderContext& ctx) {
  const i18n::Language& lang = ctx.lang;
  const std::vector<diag::Finding>& findings = ctx.analysis.findings();
  std::string out = fmt::format(
      "## {}\n\n{} {}\n", i18n::text(lang, "report.summary.title"),
      markdown_cell(summary_line(lang, count(findings), ctx.analysis.set->plan_file_count)),
      i18n::text(lang, run_fails(ctx) ? "report.summary.failed" : "report.summary.passed"));
  if (findings.empty()) return out + "\n";
  out += fmt::format(
      "\n| {} | {} | {} | {} |\n|---|---|---|---|\n", i18n::text(lang, "report.heading.severity"),
      i18n::text(lang, "report.heading.rule"), i18n::text(lang, "report.heading.location"),
      i18n::text(lang, "report.heading.message"));
  for (size_t i = 0; i < findings.size() && i < kSummaryRows; ++i) {
    out += summary_row(lang, findings[i]);
  }
  if (findings.size() > kSummaryRows) {
    const auto more = static_cast<int64_t>(findings.size() - kSummaryRows);
    const std::string_view key =
        more == 1 ? "report.summary.more.one" : "report.summary.more.other";
    out += fmt::format("\n{}\n", i18n::render(lang, diag::Message{key, {{"n", more}}}));
  }
  return out + "\n";
}

}  // namespace plancheck::report
