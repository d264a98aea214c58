// The gitlab format: a GitLab Code Quality report (the Code Climate issue
// subset GitLab reads), shown in merge requests and the pipeline's Code
// Quality tab. Severities: error -> major, warning -> minor, note -> info,
// and an accepted deviation -> info (it is shown, but it does not need
// fixing); critical and blocker are not used. A finding about a whole file
// points at its line 1, since GitLab needs a line.

#include <fmt/format.h>

#include <algorithm>

#include "base/json_writer.h"
#include "report/ci.h"

namespace plancheck::report {

namespace {

std::string_view code_quality_severity(const diag::Finding& f) {
  if (f.accepted) return "info";
  switch (f.severity) {
    case diag::Severity::error:
      return "major";
    case diag::Severity::warning:
      return "minor";
    case diag::Severity::note:
      return "info";
  }
  return "major";
}

std::string description(const i18n::Language& lang, const diag::Finding& f) {
  std::string text = i18n::render(lang, f.message);
  if (f.accepted) {
    text += fmt::format(" ({}: {})", i18n::text(lang, "text.decision"), f.accepted->decision_case);
  }
  return text;
}

}  // namespace

std::string render_gitlab(const RenderContext& ctx) {
  const std::vector<diag::Finding>& findings = ctx.analysis.findings();
  const std::vector<std::string> prints = fingerprints(findings);
  JsonWriter w;
  w.begin_array();
  for (size_t i = 0; i < findings.size(); ++i) {
    const diag::Finding& f = findings[i];
    w.begin_object()
        .field("type", "issue")
        .field("check_name", f.rule)
        .field("description", description(ctx.lang, f))
        .field("fingerprint", prints[i])
        .field("severity", code_quality_severity(f));
    w.key("location").begin_object().field("path", report_path(f.where));
    w.key("lines").begin_object().field("begin", int64_t{std::max<uint32_t>(f.where.span.line, 1)});
    w.end_object().end_object().end_object();
  }
  w.end_array();
  return w.take();
}

}  // namespace plancheck::report
