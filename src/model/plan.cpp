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

namespace {

template <class T>
bool written(const Located<T>& v) {
  return v.key != source::kNoOffset;
}

}  // namespace

ChangeKind change_kind(const Change& c) {
  const bool amount = written(c.measure) || written(c.amount);
  const bool moved = written(c.move) || written(c.from) || written(c.to);
  const int kinds = int{amount} + int{written(c.new_measure)} + int{moved} + int{written(c.reserve)} +
                    int{written(c.administration)};
  if (kinds != 1) return ChangeKind::invalid;
  if (amount) return written(c.measure) && written(c.amount) ? ChangeKind::amount : ChangeKind::invalid;
  if (moved) {
    return written(c.move) && written(c.from) && written(c.to) ? ChangeKind::moved : ChangeKind::invalid;
  }
  if (written(c.new_measure)) return ChangeKind::added;
  return written(c.reserve) ? ChangeKind::reserve : ChangeKind::administration;
}

const Id& Installment::measure_id(const Project& grant) const {
  return measure.present() ? *measure : *grant.measure;
}

}  // namespace plancheck::model
