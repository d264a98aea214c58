#pragma once
// The budget impact of a change: the plan set before and after it, each
// analysed as `check` analyses it, compared. The figures' part is
// figures::diff; this adds the findings the change introduces and those it
// resolves, then the formats render the result (compute first, render second).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "figures/diff.h"
#include "i18n/i18n.h"
#include "report/report.h"
#include "rules/engine.h"

namespace plancheck::diff {

/// One side of the comparison.
struct Side {
  const rules::Analysis* analysis = nullptr;
  /// The path the side was read from (a directory or a file); the files'
  /// paths below it are what is compared, so that OLD/a.yaml meets NEW/a.yaml.
  std::string root;
  /// How the output names the side: the path, or the git revision.
  std::string label;
};

struct PlanDiff {
  std::string before_label;
  std::string after_label;
  size_t before_files = 0;  // plan files read on each side
  size_t after_files = 0;
  report::Counts before_counts;  // every finding of each side, as `check` counts them
  report::Counts after_counts;
  std::vector<figures::FrameDiff> frames;  // the frames whose figures the change touches
  /// Findings after the change that were not there before, in check's order;
  /// a finding is the same when its rule, severity, acceptance, scope, file
  /// (below the side's root) and message are, wherever its line moved.
  std::vector<const diag::Finding*> introduced;
  std::vector<const diag::Finding*> resolved;  // findings before it that are gone after it
  report::Counts introduced_counts;
  report::Counts resolved_counts;

  bool strict = false;  // --strict: an introduced warning fails too

  /// Whether the change introduces a finding that fails the check.
  bool fails() const;
};

/// Compares two analysed plan sets; both must outlive the result.
PlanDiff compare(const Side& before, const Side& after, bool strict);

/// An output format of `plancheck diff`.
struct Format {
  std::string_view name;
  std::string (*render)(const PlanDiff& diff, const i18n::Language& lang);
};

/// Every format, sorted by name.
std::span<const Format> formats();
const Format* find_format(std::string_view name);

std::string render_json(const PlanDiff& diff, const i18n::Language& lang);
/// Markdown for a pull-request comment, starting with kCommentMarker.
std::string render_markdown(const PlanDiff& diff, const i18n::Language& lang);
std::string render_text(const PlanDiff& diff, const i18n::Language& lang);

/// The first line of the Markdown output: an HTML comment by which a CI job
/// finds its earlier comment on a pull request to update it.
inline constexpr std::string_view kCommentMarker = "<!-- plancheck-diff -->";

}  // namespace plancheck::diff
