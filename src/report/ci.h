#pragma once
// What the machine-readable formats (json, sarif, junit, github, gitlab)
// share: paths as reports name them, stable fingerprints, snippets, and the
// texts of help, decisions and related locations.

#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace plancheck::report {

/// The file's path as the reports name it: as found, without a leading "./";
/// empty when the finding has no file.
std::string report_path(const diag::Location& where);

/// One fingerprint per finding (same order): 16 hex digits of a hash of the
/// rule id, the file path, the scope ids, the message key and the message
/// arguments that identify rather than measure (texts, numbers, terms; not
/// amounts or shares). Line numbers are left out, so that an edit elsewhere
/// in the file keeps the fingerprint; findings that would still share one
/// get their position among them hashed in.
std::vector<std::string> fingerprints(const std::vector<diag::Finding>& findings);

/// The text a span covers (on its first line), and the whole first line.
std::string_view span_text(const diag::Location& where);
std::string_view line_text(const diag::Location& where);

/// "PS 6/23 of 2023-02-10: reason", in the language.
std::string decision_text(const i18n::Language& lang, const diag::Acceptance& accepted);

/// Text for a log or a Markdown page: valid UTF-8, line feeds kept, every
/// other control character shown as terminal_safe() shows it.
std::string safe_lines(std::string_view text);

/// Whether the run fails (exit code 1) under the context's strictness.
bool run_fails(const RenderContext& ctx);

/// The title and the explanation of a rule in the language. (Copies: when a
/// text is missing, i18n::text() returns the key, which would dangle.)
std::string rule_title(const i18n::Language& lang, std::string_view rule_id);
std::string rule_explanation(const i18n::Language& lang, std::string_view rule_id);

}  // namespace plancheck::report
