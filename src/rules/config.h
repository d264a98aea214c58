#pragma once
// Rule configuration: each rule's default severity and parameters,
// overridden by the frame's `rules:` section. The configuration, not the
// rule, sets the severity.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/finding.h"
#include "model/plan.h"
#include "rules/rule.h"

namespace plancheck::rules {

class Config {
 public:
  /// The defaults of every rule.
  Config() = default;
  /// The defaults overridden by `frame`'s rules section; problems with the
  /// section (unknown rule ids, parameters a rule does not take) go to `out`.
  static Config from_frame(const model::Frame& frame, std::vector<diag::Finding>& out);

  /// The severity of a rule's findings; std::nullopt when the rule is off.
  std::optional<diag::Severity> severity(const Rule& rule) const;
  /// A severity parameter (e.g. share/period's projection-severity).
  std::optional<diag::Severity> severity_param(const Rule& rule, std::string_view param) const;
  /// A percentage parameter (e.g. budget/unallocated's threshold).
  Ratio percent_param(const Rule& rule, std::string_view param) const;

 private:
  /// rule id -> the frame's setting.
  std::map<std::string, const model::RuleSetting*, std::less<>> settings_;
};

}  // namespace plancheck::rules
