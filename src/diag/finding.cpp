#include "diag/finding.h"

#include <tuple>

#include "base/text.h"

namespace plancheck::diag {

namespace {

/// The catalogue key of an error kind's words; empty for `other`.
std::string_view os_error_key(platform::ErrorKind kind) {
  using platform::ErrorKind;
  switch (kind) {
    case ErrorKind::not_found: return "os.not-found";
    case ErrorKind::not_directory: return "os.not-directory";
    case ErrorKind::exists: return "os.exists";
    case ErrorKind::permission_denied: return "os.permission-denied";
    case ErrorKind::is_directory: return "os.is-directory";
    case ErrorKind::not_regular: return "os.not-regular";
    case ErrorKind::no_space: return "os.no-space";
    case ErrorKind::file_too_large: return "os.file-too-large";
    case ErrorKind::read_only: return "os.read-only";
    case ErrorKind::busy: return "os.busy";
    case ErrorKind::name_too_long: return "os.name-too-long";
    case ErrorKind::link_loop: return "os.link-loop";
    case ErrorKind::broken_pipe: return "os.broken-pipe";
    case ErrorKind::no_reader: return "os.no-reader";
    case ErrorKind::not_supported: return "os.not-supported";
    case ErrorKind::out_of_memory: return "os.out-of-memory";
    case ErrorKind::too_many_links: return "os.too-many-links";
    case ErrorKind::io: return "os.io";
    case ErrorKind::other: break;
  }
  return {};
}

}  // namespace

Arg os_error_arg(std::string_view name, const platform::Error& error) {
  const std::string_view key = os_error_key(error.kind);
  if (key.empty()) return Arg{name, error.message};
  return Arg{name, Term{key}};
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "note") return Severity::note;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

namespace {

/// Byte length of a quoted scalar starting at `text[0]`, closing quote
/// included; the rest of the line when it does not close on this line.
size_t quoted_length(std::string_view text) {
  const char quote = text[0];
  for (size_t i = 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return i + 1;
      }
    }
  }
  return text.size();
}

/// Byte length of a plain scalar: up to `: `, ` #`, a flow indicator or the line end.
size_t plain_length(std::string_view text) {
  size_t end = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool map_colon = c == ':' && (i + 1 == text.size() || text[i + 1] == ' ');
    const bool comment = c == '#' && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t');
    if (map_colon || comment || c == ',' || c == ']' || c == '}') break;
    if (c != ' ' && c != '\t') end = i + 1;
  }
  return end;
}

size_t token_length(std::string_view rest) {
  if (rest.empty()) return 0;
  switch (rest[0]) {
    case '"':
    case '\'':
      return quoted_length(rest);
    case '[': case ']': case '{': case '}': case '|': case '>': case '-': case '?':
    case '&': case '*': case '!': case '\t':
      return 1;
    default:
      return plain_length(rest);
  }
}

}  // namespace

Location locate(const source::SourceFile& file, source::Offset offset) {
  const source::Position start = file.position(offset);
  const std::string_view line = file.line_text(start.line);
  const size_t line_offset = offset - file.line_start(start.line);
  const std::string_view rest = line_offset <= line.size() ? line.substr(line_offset) : "";
  const size_t length = std::max<size_t>(token_length(rest), rest.empty() ? 0 : 1);
  const auto width = static_cast<uint32_t>(count_code_points(rest.substr(0, length)));
  return {&file, {start.line, start.column, start.line, start.column + std::max<uint32_t>(width, 1)}};
}

Location whole_file(const source::SourceFile& file) { return {&file, {}}; }

bool Finding::fails(bool strict) const {
  if (accepted) return false;
  return severity == Severity::error || (strict && severity == Severity::warning);
}

bool operator<(const Finding& a, const Finding& b) {
  const std::string_view fa = a.where.file ? std::string_view(a.where.file->path()) : "";
  const std::string_view fb = b.where.file ? std::string_view(b.where.file->path()) : "";
  return std::tie(fa, a.where.span.line, a.where.span.column, a.rule, a.message.key) <
         std::tie(fb, b.where.span.line, b.where.span.column, b.rule, b.message.key);
}

}  // namespace plancheck::diag
