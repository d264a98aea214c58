#pragma once
// The analysis: link, compute the figures, run every rule, then let the
// configuration set severities and the council's deviations accept findings.

#include <cstddef>
#include <memory>
#include <vector>

#include "figures/figures.h"
#include "link/link.h"
#include "model/plan_set.h"
#include "rules/rule.h"

namespace plancheck::rules {

struct Analysis {
  std::unique_ptr<model::PlanSet> set;
  link::LinkedSet linked;
  std::vector<figures::FrameFigures> figures;  // one per linked frame, in the same order
  /// Checks held back because a value they depend on could not be read.
  std::vector<HeldBack> held_back;

  const std::vector<diag::Finding>& findings() const { return set->findings; }
};

/// Analyses a loaded plan set; the findings end up sorted in `set->findings`.
/// The frames' figures and rules run on up to `workers` threads; the result
/// is the same for any number.
Analysis analyze(std::unique_ptr<model::PlanSet> set, size_t workers = 1);

}  // namespace plancheck::rules
