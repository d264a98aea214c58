// The json format: a versioned document with every finding, for scripts and
// dashboards. Its contract is schemas/report.schema.json; a change to the
// shape raises kSchemaVersion.

#include "base/json_writer.h"
#include "report/ci.h"

namespace plancheck::report {

namespace {

constexpr int64_t kSchemaVersion = 1;

/// A number, or null for 0 (no position).
void position_field(JsonWriter& w, std::string_view name, uint32_t value) {
  w.key(name);
  if (value == 0) {
    w.null();
  } else {
    w.value(int64_t{value});
  }
}

/// A text, or null when it is empty.
void optional_text(JsonWriter& w, std::string_view name, std::string_view text) {
  w.key(name);
  if (text.empty()) {
    w.null();
  } else {
    w.value(text);
  }
}

void location_fields(JsonWriter& w, const diag::Location& where) {
  optional_text(w, "file", report_path(where));
  const diag::Span span = where.has_position() ? where.span : diag::Span{};
  position_field(w, "line", span.line);
  position_field(w, "column", span.column);
  position_field(w, "end_line", span.end_line);
  position_field(w, "end_column", span.end_column);
}

void scope_object(JsonWriter& w, const diag::Scope& scope) {
  w.key("scope").begin_object();
  optional_text(w, "frame", scope.frame);
  w.key("year");
  if (scope.year == 0) {
    w.null();
  } else {
    w.value(int64_t{scope.year});
  }
  optional_text(w, "priority", scope.priority);
  optional_text(w, "measure", scope.measure);
  optional_text(w, "project", scope.project);
  w.end_object();
}

void accepted_object(JsonWriter& w, const i18n::Language& lang, const diag::Finding& f) {
  w.key("accepted");
  if (!f.accepted) {
    w.null();
    return;
  }
  const diag::Acceptance& a = *f.accepted;
  w.begin_object()
      .field("case", a.decision_case)
      .field("date", a.decision_date.iso())
      .field("reason", a.reason)
      .field("text", decision_text(lang, a));
  location_fields(w, a.where);
  w.end_object();
}

void finding_object(JsonWriter& w, const RenderContext& ctx, const diag::Finding& f,
                    const std::string& fingerprint) {
  w.begin_object()
      .field("rule", f.rule)
      .field("severity", diag::severity_name(f.severity))
      .field("fails", f.fails(ctx.strict))
      .field("message_id", f.message.key)
      .field("message", i18n::render(ctx.lang, f.message));
  optional_text(w, "help", f.help ? i18n::render(ctx.lang, *f.help) : std::string());
  location_fields(w, f.where);
  scope_object(w, f.scope);
  w.key("related").begin_array();
  for (const diag::Related& r : f.related) {
    w.begin_object();
    location_fields(w, r.where);
    w.field("message", i18n::render(ctx.lang, r.message)).end_object();
  }
  w.end_array();
  accepted_object(w, ctx.lang, f);
  w.field("fingerprint", fingerprint).end_object();
}

}  // namespace

std::string render_json(const RenderContext& ctx) {
  const std::vector<diag::Finding>& findings = ctx.analysis.findings();
  const Counts counts = count(findings);
  JsonWriter w;
  w.begin_object().field("schema_version", kSchemaVersion);
  w.key("tool").begin_object().field("name", "plancheck").field("version", PLANCHECK_VERSION);
  w.end_object();
  w.field("language", ctx.lang.code)
      .field("strict", ctx.strict)
      .field("failed", run_fails(ctx))
      .field("plan_files", ctx.analysis.set->plan_file_count);
  w.key("counts")
      .begin_object()
      .field("errors", counts.errors)
      .field("warnings", counts.warnings)
      .field("notes", counts.notes)
      .field("accepted", counts.accepted)
      .end_object();
  const std::vector<std::string> prints = fingerprints(findings);
  w.key("findings").begin_array();
  for (size_t i = 0; i < findings.size(); ++i)
    finding_object(w, ctx, findings[i], prints[i]);
  w.end_array().end_object();
  return w.take();
}

}  // namespace plancheck::report
