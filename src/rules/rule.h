#pragma once
// A rule: stable id, default severity, parameters, and a pure check over
// one linked frame with its figures. Titles, messages, explanations and the
// examples `explain` shows (a small plan that triggers the rule and the same
// plan fixed, comments in the reader's language) live in the catalogues
// under the keys "rule.<id>.title", "rule.<id>.explain",
// "rule.<id>.failing-example" and "rule.<id>.fixed-example".

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "diag/finding.h"
#include "figures/figures.h"
#include "link/link.h"

namespace plancheck::rules {

class Config;
struct Context;

/// A parameter a rule reads from the frame's `rules:` section.
struct Param {
  std::string_view name;           // the key in the rule's setting, e.g. "threshold"
  std::string_view default_value;  // as it would be written there, e.g. "5"
};

struct Rule {
  std::string_view id;             // area/name, e.g. "share/year"
  diag::Severity severity;         // the default; the configuration may change it
  bool fixed = false;              // the configuration cannot change the severity
  std::span<const Param> params;
  void (*check)(Context&) = nullptr;  // nullptr: reported while loading or linking
};

/// A check a rule held back for one scope: its finding holds for some
/// readings of values that could not be read, but not for all of them.
struct HeldBack {
  std::string_view rule;
  diag::Scope scope;
  std::vector<figures::Unknown> causes;  // what could not be read
};

/// What a check sees: one linked frame, its figures, its configuration.
struct Context {
  const Rule& rule;
  const link::FrameGroup& group;
  const figures::FrameFigures& figures;
  const Config& config;
  std::vector<diag::Finding>& out;
  std::vector<HeldBack>& held_back;
  /// The places the last finding's related notes point at, for one note per
  /// place in constant time (a share/year finding may point at every measure
  /// of a priority), and which finding of `out` they belong to.
  std::unordered_set<diag::Place, diag::PlaceHash> related_places = {};
  size_t related_places_of = SIZE_MAX;

  const model::Frame& frame() const { return *group.frame; }

  /// Adds a finding of this rule; severity is set later from the configuration.
  diag::Finding& report(const source::SourceFile& file, source::Offset at, diag::Message message,
                        diag::Scope scope);
  /// Adds a related location to the last finding.
  void related(const source::SourceFile& file, source::Offset at, diag::Message message);
  /// Records that this rule's finding about `scope` is held back because of `causes`.
  void hold_back(diag::Scope scope, std::vector<figures::Unknown> causes);
  /// Points the last finding at each of `causes`: a finding that holds whatever they are.
  void related_unknowns(const std::vector<figures::Unknown>& causes);
  /// A percentage parameter of this rule, from the frame or the default.
  Ratio percent(std::string_view param) const;
};

/// The catalogue keys of a rule's title and explanation.
std::string title_key(std::string_view rule_id);
std::string explain_key(std::string_view rule_id);
/// The catalogue keys of a rule's examples: a plan that triggers it, the same fixed.
std::string failing_example_key(std::string_view rule_id);
std::string fixed_example_key(std::string_view rule_id);

}  // namespace plancheck::rules
