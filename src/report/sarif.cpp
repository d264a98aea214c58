// The sarif format: SARIF 2.1.0 for code-scanning services (GitHub code
// scanning, Azure DevOps, SARIF viewers). One run; tool.driver.rules lists
// every rule of the table, results point at them by id and index. Columns
// count Unicode code points, as plancheck's do (run.columnKind).

#include <fmt/format.h>

#include <optional>

#include "base/json_writer.h"
#include "base/text.h"
#include "report/ci.h"
#include "rules/registry.h"

namespace plancheck::report {

namespace {

constexpr std::string_view kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kFingerprintKey = "plancheck/v1";
constexpr size_t kMaxSnippet = 4096;

std::string_view level(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::error:
      return "error";
    case diag::Severity::warning:
      return "warning";
    case diag::Severity::note:
      return "note";
  }
  return "error";
}

/// A path as a URI reference: relative paths stay relative (resolved against
/// the directory plancheck ran in), absolute ones become file:// URIs; every
/// byte outside the unreserved set and '/' is percent-encoded.
std::string path_uri(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (const char c : path) {
    const auto b = static_cast<unsigned char>(c);
    const bool keep = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, c) : fmt::format("%{:02X}", b);
  }
  return out;
}

void message_object(JsonWriter& w, std::string_view text) {
  w.key("message").begin_object().field("text", text).end_object();
}

/// A region with its text as the snippet; the snippet is left out when it is
/// longer than kMaxSnippet bytes (a long one-line file would otherwise be
/// repeated in every result).
void region_object(JsonWriter& w, std::string_view name, const diag::Span& span,
                   std::optional<std::string_view> snippet) {
  w.key(name)
      .begin_object()
      .field("startLine", int64_t{span.line})
      .field("startColumn", int64_t{span.column})
      .field("endLine", int64_t{span.end_line})
      .field("endColumn", int64_t{span.end_column});
  if (snippet && snippet->size() <= kMaxSnippet) {
    w.key("snippet").begin_object().field("text", *snippet).end_object();
  }
  w.end_object();
}

/// A physicalLocation: the file, the region with its text, and the whole
/// line as context.
void physical_location(JsonWriter& w, const diag::Location& where) {
  w.key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object().field("uri", path_uri(report_path(where))).end_object();
  if (where.has_position() && where.span.end_line != where.span.line) {
    region_object(w, "region", where.span, std::nullopt);
  } else if (where.has_position()) {
    region_object(w, "region", where.span, span_text(where));
    const std::string_view line = line_text(where);
    const uint32_t end = where.file->line_length(where.span.line) + 1;
    if (line.size() <= kMaxSnippet) {
      region_object(w, "contextRegion", {where.span.line, 1, where.span.line, end}, line);
    }
  }
  w.end_object();
}

/// A location object, with an id and a message when given.
void location_object(JsonWriter& w, const diag::Location& where, int64_t id,
                     std::string_view message) {
  w.begin_object();
  if (id > 0) w.field("id", id);
  physical_location(w, where);
  if (!message.empty()) message_object(w, message);
  w.end_object();
}

std::string help_text(const i18n::Language& lang, const rules::Rule& r) {
  std::string out(rule_explanation(lang, r.id));
  if (!i18n::has_text(lang, rules::failing_example_key(r.id))) return out;
  out += fmt::format("\n\n{}:\n{}\n{}:\n{}", i18n::text(lang, "explain.failing"),
                     i18n::text(lang, rules::failing_example_key(r.id)),
                     i18n::text(lang, "explain.fixed-example"),
                     i18n::text(lang, rules::fixed_example_key(r.id)));
  return out;
}

std::string help_markdown(const i18n::Language& lang, const rules::Rule& r) {
  std::string out(rule_explanation(lang, r.id));
  if (!i18n::has_text(lang, rules::failing_example_key(r.id))) return out;
  out += fmt::format("\n\n{}:\n\n```yaml\n{}```\n\n{}:\n\n```yaml\n{}```\n",
                     i18n::text(lang, "explain.failing"),
                     i18n::text(lang, rules::failing_example_key(r.id)),
                     i18n::text(lang, "explain.fixed-example"),
                     i18n::text(lang, rules::fixed_example_key(r.id)));
  return out;
}

void rule_object(JsonWriter& w, const i18n::Language& lang, const rules::Rule& r) {
  w.begin_object().field("id", r.id);
  w.key("shortDescription").begin_object().field("text", rule_title(lang, r.id)).end_object();
  w.key("fullDescription").begin_object().field("text", rule_explanation(lang, r.id)).end_object();
  w.key("help")
      .begin_object()
      .field("text", help_text(lang, r))
      .field("markdown", help_markdown(lang, r))
      .end_object();
  w.key("defaultConfiguration").begin_object().field("level", level(r.severity)).end_object();
  const std::string_view area = r.id.substr(0, r.id.find('/'));
  w.key("properties").begin_object().key("tags").begin_array().value(area).end_array();
  w.end_object().end_object();
}

void driver_object(JsonWriter& w, const i18n::Language& lang) {
  w.key("tool").begin_object().key("driver").begin_object();
  w.field("name", "plancheck")
      .field("version", PLANCHECK_VERSION)
      .field("semanticVersion", PLANCHECK_VERSION);
  w.key("rules").begin_array();
  for (const rules::Rule* r : rules::all_rules())
    rule_object(w, lang, *r);
  w.end_array().end_object().end_object();
}

/// The index of a rule in tool.driver.rules, or -1.
int64_t rule_index(std::string_view id) {
  const auto all = rules::all_rules();
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i]->id == id) return static_cast<int64_t>(i);
  }
  return -1;
}

std::string result_text(const i18n::Language& lang, const diag::Finding& f) {
  std::string text = i18n::render(lang, f.message);
  if (f.help) {
    text += fmt::format("\n{}: {}", i18n::text(lang, "text.help"), i18n::render(lang, *f.help));
  }
  return text;
}

void suppressions(JsonWriter& w, const i18n::Language& lang, const diag::Acceptance& a) {
  w.key("suppressions").begin_array().begin_object();
  w.field("kind", "external").field("status", "accepted");
  w.field("justification", decision_text(lang, a));
  w.key("location");
  location_object(w, a.where, 0, "");
  w.end_object().end_array();
}

void result_object(JsonWriter& w, const i18n::Language& lang, const diag::Finding& f,
                   const std::string& fingerprint) {
  w.begin_object().field("ruleId", f.rule);
  if (const int64_t index = rule_index(f.rule); index >= 0) w.field("ruleIndex", index);
  w.field("level", level(f.severity));
  message_object(w, result_text(lang, f));
  w.key("locations").begin_array();
  if (f.where.file) location_object(w, f.where, 0, "");
  w.end_array();
  if (!f.related.empty()) {
    w.key("relatedLocations").begin_array();
    for (size_t i = 0; i < f.related.size(); ++i) {
      location_object(w, f.related[i].where, static_cast<int64_t>(i + 1),
                      i18n::render(lang, f.related[i].message));
    }
    w.end_array();
  }
  w.key("partialFingerprints").begin_object().field(kFingerprintKey, fingerprint).end_object();
  if (f.accepted) suppressions(w, lang, *f.accepted);
  w.end_object();
}

}  // namespace

std::string render_sarif(const RenderContext& ctx) {
  const std::vector<diag::Finding>& findings = ctx.analysis.findings();
  JsonWriter w;
  w.begin_object().field("$schema", kSarifSchema).field("version", "2.1.0");
  w.key("runs").begin_array().begin_object();
  driver_object(w, ctx.lang);
  w.field("language", ctx.lang.code).field("columnKind", "unicodeCodePoints");
  const std::vector<std::string> prints = fingerprints(findings);
  w.key("results").begin_array();
  for (size_t i = 0; i < findings.size(); ++i)
    result_object(w, ctx.lang, findings[i], prints[i]);
  w.end_array().end_object().end_array().end_object();
  return w.take();
}

}  // namespace plancheck::report
