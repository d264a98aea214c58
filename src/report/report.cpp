#include "report/report.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/text.h"

namespace plancheck::report {

std::string render_text(const RenderContext& ctx);
std::string render_short(const RenderContext& ctx);
std::string render_github(const RenderContext& ctx);
std::string github_job_summary(const RenderContext& ctx);
std::string render_gitlab(const RenderContext& ctx);
std::string render_json(const RenderContext& ctx);
std::string render_junit(const RenderContext& ctx);
std::string render_sarif(const RenderContext& ctx);

namespace {

const Format kFormats[] = {
    {"github", "GitHub Actions annotations; also appends a summary to $GITHUB_STEP_SUMMARY",
     &render_github, &github_job_summary},
    {"gitlab", "GitLab Code Quality report (JSON)", &render_gitlab},
    {"json", "versioned JSON document (schemas/report.schema.json)", &render_json},
    {"junit", "JUnit XML: a test suite per file, a test case per rule", &render_junit},
    {"sarif", "SARIF 2.1.0 for code scanning", &render_sarif},
    {"short", "one line per finding: file:line:col: severity[rule]: message", &render_short},
    {"text", "findings with the source line and a caret (the default)", &render_text},
};

std::string counted(const i18n::Language& lang, std::string_view noun, int64_t n) {
  const std::string key = "count." + std::string(noun) + (n == 1 ? ".one" : ".other");
  return i18n::render(lang, diag::Message{key, {{"n", n}}});
}

}  // namespace

std::span<const Format> formats() { return kFormats; }

const Format* find_format(std::string_view name) {
  for (const Format& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

Counts count(const std::vector<diag::Finding>& findings) {
  Counts c;
  for (const diag::Finding& f : findings) {
    if (f.accepted) {
      ++c.accepted;
    } else if (f.severity == diag::Severity::error) {
      ++c.errors;
    } else if (f.severity == diag::Severity::warning) {
      ++c.warnings;
    } else {
      ++c.notes;
    }
  }
  return c;
}

std::string summary_line(const i18n::Language& lang, const Counts& counts, size_t files) {
  std::vector<std::string> parts;
  if (counts.errors) parts.push_back(counted(lang, "error", counts.errors));
  if (counts.warnings) parts.push_back(counted(lang, "warning", counts.warnings));
  if (counts.notes) parts.push_back(counted(lang, "note", counts.notes));
  if (counts.accepted) parts.push_back(counted(lang, "accepted", counts.accepted));
  const std::string file_text = counted(lang, "file", static_cast<int64_t>(files));
  if (parts.empty()) return i18n::render(lang, diag::Message{"summary.clean", {{"files", file_text}}});
  std::string list;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) list += i + 1 == parts.size() ? std::string(i18n::text(lang, "list.and")) : ", ";
    list += parts[i];
  }
  return i18n::render(lang, diag::Message{"summary.found", {{"counts", list}, {"files", file_text}}});
}

std::string_view severity_word(const i18n::Language& lang, diag::Severity severity) {
  switch (severity) {
    case diag::Severity::error: return i18n::text(lang, "severity.error");
    case diag::Severity::warning: return i18n::text(lang, "severity.warning");
    case diag::Severity::note: return i18n::text(lang, "severity.note");
  }
  return "";
}

std::string location_text(const diag::Location& where) {
  std::string path = terminal_safe(where.file ? where.file->path() : std::string("-"));
  // A line that starts with the path must not read as a CI command.
  if (starts_like_ci_command(path)) path = "./" + path;
  if (!where.has_position()) return path;
  return fmt::format("{}:{}:{}", path, where.span.line, where.span.column);
}

}  // namespace plancheck::report
