#include "report/ci.h"

#include <map>
#include <variant>

#include "base/hash.h"
#include "base/text.h"
#include "rules/rule.h"

namespace plancheck::report {

namespace {

/// Adds the message arguments that say which thing a finding is about;
/// amounts and shares change with every edit of a figure and are left out.
void add_identity_args(Fnv1a64& hash, const diag::Message& message) {
  for (const diag::Arg& arg : message.args) {
    if (const auto* text = std::get_if<std::string>(&arg.value)) {
      hash.add_field(arg.name).add_field(*text);
    } else if (const auto* number = std::get_if<int64_t>(&arg.value)) {
      hash.add_field(arg.name).add_field(*number);
    } else if (const auto* term = std::get_if<diag::Term>(&arg.value)) {
      hash.add_field(arg.name).add_field(term->key);
    }
  }
}

uint64_t identity_hash(const diag::Finding& f) {
  Fnv1a64 hash;
  hash.add_field("plancheck/v1").add_field(f.rule).add_field(report_path(f.where));
  hash.add_field(f.scope.frame).add_field(f.scope.year).add_field(f.scope.priority);
  hash.add_field(f.scope.measure).add_field(f.scope.project);
  hash.add_field(f.message.key);
  add_identity_args(hash, f.message);
  return hash.value();
}

/// The byte offset of a 1-based column (in code points) within its line.
size_t column_offset(const diag::Location& where, uint32_t column) {
  const source::SourceFile& file = *where.file;
  return file.offset_at(where.span.line, column) - file.line_start(where.span.line);
}

}  // namespace

std::string report_path(const diag::Location& where) {
  if (!where.file) return {};
  std::string_view path = where.file->path();
  while (path.starts_with("./") && path.size() > 2) {
    path.remove_prefix(2);
    while (path.starts_with("/"))
      path.remove_prefix(1);
  }
  return std::string(path);
}

std::vector<std::string> fingerprints(const std::vector<diag::Finding>& findings) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  std::map<uint64_t, int64_t> seen;
  for (const diag::Finding& f : findings) {
    const uint64_t base = identity_hash(f);
    const int64_t earlier = seen[base]++;
    out.push_back(
        hex64(earlier == 0 ? base : Fnv1a64().add_field(hex64(base)).add_field(earlier).value()));
  }
  return out;
}

std::string_view line_text(const diag::Location& where) {
  if (!where.file || !where.has_position() || where.span.line > where.file->line_count()) return {};
  return where.file->line_text(where.span.line);
}

std::string_view span_text(const diag::Location& where) {
  const std::string_view line = line_text(where);
  if (line.empty()) return {};
  const size_t begin = column_offset(where, where.span.column);
  const size_t end = where.span.end_line == where.span.line
                         ? column_offset(where, where.span.end_column)
                         : line.size();
  return end > begin ? line.substr(begin, end - begin) : std::string_view();
}

std::string decision_text(const i18n::Language& lang, const diag::Acceptance& accepted) {
  return i18n::render(lang, diag::Message{"text.decision-detail",
                                          {{"case", accepted.decision_case},
                                           {"date", accepted.decision_date},
                                           {"reason", accepted.reason}}});
}

std::string safe_lines(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    out += terminal_safe(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return out;
    out += '\n';
    start = end + 1;
  }
}

bool run_fails(const RenderContext& ctx) {
  for (const diag::Finding& f : ctx.analysis.findings()) {
    if (f.fails(ctx.strict)) return true;
  }
  return false;
}

std::string rule_title(const i18n::Language& lang, std::string_view rule_id) {
  const std::string key = rules::title_key(rule_id);
  return std::string(i18n::text(lang, key));
}

std::string rule_explanation(const i18n::Language& lang, std::string_view rule_id) {
  const std::string key = rules::explain_key(rule_id);
  return std::string(i18n::text(lang, key));
}

}  // namespace plancheck::report
