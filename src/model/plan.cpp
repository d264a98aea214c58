#include "model/plan.h"

namespace plancheck::model {

namespace {

template <class P, class M>
std::vector<M*> measures_of(P& plan) {
  std::vector<M*> out;
  out.reserve(plan.measures->size());
  for (auto& m : *plan.measures) out.push_back(&m);
  for (auto& revision : *plan.revisions) {
    for (auto& change : *revision.changes) {
      if (change.new_measure.present()) out.push_back(&*change.new_measure);
    }
  }
  return out;
}

}  // namespace

std::vector<const Measure*> all_measures(const YearlyPlan& plan) {
  return measures_of<const YearlyPlan, const Measure>(plan);
}

std::vector<Measure*> all_measures(YearlyPlan& plan) {
  return measures_of<YearlyPlan, Measure>(plan);
}

const Id& Installment::measure_id(const Project& grant) const {
  return measure.present() ? *measure : *grant.measure;
}

}  // namespace plancheck::model
