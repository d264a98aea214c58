// The junit format: JUnit XML for the test tab of CI servers (GitLab,
// Jenkins, Azure DevOps). One test suite per file, one test case per rule
// of the table in each (so the rules that pass show as passed), with a
// <failure> for each finding that fails the check: errors, and warnings
// under --strict. Other findings (warnings, notes, accepted deviations) go
// to the test case's <system-out>; the case passes, as the check does.
// The test case's classname is the file's path and its name the rule id,
// so each pair is unique. No times or host names: the output is the same
// in every run.

#include <fmt/format.h>

#include <map>

#include "base/text.h"
#include "report/ci.h"
#include "rules/registry.h"

namespace plancheck::report {

namespace {

/// Whether XML 1.0 allows the code point in a document.
bool xml_allowed(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  return cp != 0xFFFE && cp != 0xFFFF;
}

/// Escapes text for element content (attribute = false) or for an attribute
/// value in double quotes; characters XML 1.0 forbids become U+FFFD, and
/// invalid UTF-8 does too. DEL and the C1 controls, which XML allows but a
/// terminal obeys (U+009B starts an escape sequence), become references.
std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
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
      case '\r':
        out += "&#13;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        if (cp >= 0x7F && is_control(cp)) {  // DEL and C1; XML forbids the other C0 controls
          out += fmt::format("&#x{:X};", static_cast<uint32_t>(cp));
        } else {
          append_utf8(out, xml_allowed(cp) ? cp : char32_t{0xFFFD});
        }
    }
  }
  return out;
}

std::string attr(std::string_view text) {
  return xml_escape(text, true);
}

/// The findings filed under one path, in the sorted order.
using FileFindings = std::map<std::string, std::vector<const diag::Finding*>>;

FileFindings by_file(const RenderContext& ctx) {
  FileFindings files;
  for (const auto& file : ctx.analysis.set->files)
    files[report_path({file.get(), {}})];
  for (const diag::Finding& f : ctx.analysis.findings())
    files[report_path(f.where)].push_back(&f);
  return files;
}

/// "path:3:5: error[rule]: message", then help, decision and related locations.
std::string finding_detail(const i18n::Language& lang, const diag::Finding& f) {
  std::string out =
      fmt::format("{}: {}[{}]{}: {}\n", location_text(f.where), severity_word(lang, f.severity),
                  f.rule, f.accepted ? fmt::format(" ({})", i18n::text(lang, "text.accepted")) : "",
                  i18n::render(lang, f.message));
  if (f.help) {
    out += fmt::format("  = {}: {}\n", i18n::text(lang, "text.help"), i18n::render(lang, *f.help));
  }
  if (f.accepted) {
    out += fmt::format("  = {}: {}\n", i18n::text(lang, "text.decision"),
                       decision_text(lang, *f.accepted));
  }
  for (const diag::Related& r : f.related) {
    out += fmt::format("{}: {}: {}\n", location_text(r.where),
                       severity_word(lang, diag::Severity::note), i18n::render(lang, r.message));
  }
  return out;
}

/// A test case's XML and whether it failed.
struct CaseText {
  std::string xml;
  bool failed = false;
};

/// A test suite's XML and how many of its cases failed.
struct SuiteText {
  std::string xml;
  int failed_cases = 0;
};

CaseText test_case(const RenderContext& ctx, const std::string& path, std::string_view rule,
                   const std::vector<const diag::Finding*>& findings) {
  std::string body;
  std::string out_text;
  bool failed = false;
  for (const diag::Finding* f : findings) {
    if (f->rule != rule) continue;
    const std::string detail = finding_detail(ctx.lang, *f);
    if (f->fails(ctx.strict)) {
      failed = true;
      body += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                          diag::severity_name(f->severity),
                          attr(i18n::render(ctx.lang, f->message)), xml_escape(detail, false));
    } else {
      out_text += detail;
    }
  }
  if (!out_text.empty()) {
    body += fmt::format("      <system-out>{}</system-out>\n", xml_escape(out_text, false));
  }
  const std::string open =
      fmt::format("    <testcase name=\"{}\" classname=\"{}\"", attr(rule), attr(path));
  if (body.empty()) return {open + "/>\n", false};
  return {fmt::format("{}>\n{}    </testcase>\n", open, body), failed};
}

SuiteText test_suite(const RenderContext& ctx, const std::string& path,
                     const std::vector<const diag::Finding*>& findings) {
  const std::string name = path.empty() ? "plancheck" : path;
  std::string cases;
  int failed_cases = 0;
  for (const rules::Rule* r : rules::all_rules()) {
    const CaseText test = test_case(ctx, name, r->id, findings);
    cases += test.xml;
    failed_cases += test.failed ? 1 : 0;
  }
  const std::string file_attr = path.empty() ? "" : fmt::format(" file=\"{}\"", attr(path));
  std::string xml = fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\"{}>\n{}"
      "  </testsuite>\n",
      attr(name), rules::all_rules().size(), failed_cases, file_attr, cases);
  return {std::move(xml), failed_cases};
}

}  // namespace

std::string render_junit(const RenderContext& ctx) {
  std::string suites;
  size_t tests = 0;
  int failures = 0;
  for (const auto& [path, findings] : by_file(ctx)) {
    const SuiteText suite = test_suite(ctx, path, findings);
    suites += suite.xml;
    tests += rules::all_rules().size();
    failures += suite.failed_cases;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"plancheck\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}"
      "</testsuites>\n",
      tests, failures, suites);
}

}  // namespace plancheck::report
