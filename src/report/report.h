#pragma once
// Output formats for findings. Each format is one file that only prints an
// analysis that is already complete; the table below lists them all.

#include <span>
#include <string>
#include <string_view>

#include "i18n/i18n.h"
#include "rules/engine.h"

namespace plancheck::report {

struct RenderContext {
  const rules::Analysis& analysis;
  const i18n::Language& lang;
  bool color = false;   // ANSI colours (terminal output only)
  bool strict = false;  // warnings fail the check
  bool quiet = false;   // text: only the closing line, and nothing when there are no findings
};

struct Format {
  std::string_view name;
  std::string_view description;  // one line, English, for `--format list`
  std::string (*render)(const RenderContext&);
  /// Markdown for the CI job's summary page ($GITHUB_STEP_SUMMARY), or nullptr.
  std::string (*job_summary)(const RenderContext&) = nullptr;
};

/// Every output format, sorted by name.
std::span<const Format> formats();
const Format* find_format(std::string_view name);

/// How many findings there are of each kind; accepted ones are counted apart.
struct Counts {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int accepted = 0;
};
Counts count(const std::vector<diag::Finding>& findings);

/// "2 errors, 1 warning in 9 plan files." in the language.
std::string summary_line(const i18n::Language& lang, const Counts& counts, size_t files);

/// The localised word for a severity ("error", "feil").
std::string_view severity_word(const i18n::Language& lang, diag::Severity severity);

/// "path:line:col" (or just the path for whole-file findings), terminal-safe.
std::string location_text(const diag::Location& where);

}  // namespace plancheck::report
