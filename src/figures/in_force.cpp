#include "figures/in_force.h"

#include <algorithm>
#include <unordered_map>

namespace plancheck::figures {

namespace {

Amount amount_of(const model::Located<Money>& m) {
  if (!m.present()) return std::nullopt;
  return *m;
}

/// Where an amount is written: its value, else its key, else its element.
source::Offset value_at(const model::Located<Money>& m, source::Offset element) {
  if (m.present()) return m.at;
  return m.key != source::kNoOffset ? m.key : element;
}

Amount plus(Amount a, Amount b, bool& overflow) {
  if (!a || !b) return std::nullopt;
  const auto sum = checked_add(*a, *b);
  if (!sum) overflow = true;
  return sum;
}

Amount minus(Amount a, Amount b, bool& overflow) {
  if (!a || !b) return std::nullopt;
  const auto difference = checked_sub(*a, *b);
  if (!difference) overflow = true;
  return difference;
}

/// The plan as it stands between revisions.
struct State {
  std::vector<MeasureInForce> measures;
  std::unordered_map<const model::Measure*, size_t> index;  // where each measure stands
  Amount administration;
  Amount reserve;
  source::Offset administration_at = source::kNoOffset;
  source::Offset reserve_at = source::kNoOffset;
  const model::Revision* administration_changed_by = nullptr;
  const model::Revision* reserve_changed_by = nullptr;
  std::vector<DatedAmount> reserve_history;
  bool overflow = false;

  MeasureInForce* find(const model::Measure* m) {
    const auto it = index.find(m);
    return it == index.end() ? nullptr : &measures[it->second];
  }

  Amount measures_total() {
    Amount sum = Money{};
    for (const MeasureInForce& mf : measures) {
      if (mf.in_force) sum = plus(sum, mf.amount, overflow);
    }
    return sum;
  }
};

State adopted_state(const model::YearlyPlan& plan) {
  State s;
  for (const model::Measure& m : *plan.measures) {
    s.measures.push_back({&m, nullptr, true, amount_of(m.amount), amount_of(m.amount), nullptr,
                          value_at(m.amount, m.at), {}});
  }
  for (const model::Revision& r : *plan.revisions) {
    for (const model::Change& c : *r.changes) {
      if (c.new_measure.present()) {
        s.measures.push_back({&*c.new_measure, &r, false, {}, {}, nullptr,
                              value_at(c.new_measure->amount, c.new_measure.at), {}});
      }
    }
  }
  for (size_t i = 0; i < s.measures.size(); ++i) s.index.emplace(s.measures[i].measure, i);
  s.administration = amount_of(plan.administration->amount);
  s.administration_at = value_at(plan.administration->amount, plan.administration.present()
                                                                  ? plan.administration.at
                                                                  : source::kNoOffset);
  s.reserve_at = value_at(plan.reserve->amount,
                          plan.reserve.present() ? plan.reserve.at : plan.reserve.key);
  // A plan without a reserve sets none; one whose reserve cannot be read sets an unknown one.
  s.reserve = plan.reserve.invalid() ? std::nullopt
              : plan.reserve.present() ? amount_of(plan.reserve->amount)
                                       : Amount(Money{});
  return s;
}

/// Records that revision `r` set a measure's amount, written at `at`.
void record(MeasureInForce& mf, const model::Revision& r, source::Offset at) {
  mf.changed_by = &r;
  mf.at = at;
  mf.history.push_back({revision_date(r), mf.amount, &r});
}

/// Records that revision `r` set the reserve, written at `at`.
void record_reserve(State& s, const model::Revision& r, source::Offset at) {
  s.reserve_changed_by = &r;
  s.reserve_at = at;
  s.reserve_history.push_back({revision_date(r), s.reserve, &r});
}

/// The amount a move takes from or gives to: a measure of the plan in force, or the reserve;
/// `measure` is set to the measure (null for the reserve).
Amount* endpoint(State& s, const model::Located<model::Id>& id, const model::Measure* ref,
                 MeasureInForce*& measure) {
  measure = nullptr;
  if (id.present() && id->name == model::kReserveId) return &s.reserve;
  MeasureInForce* mf = s.find(ref);
  if (!mf || !mf->in_force) return nullptr;
  measure = mf;
  return &mf->amount;
}

void apply_move(State& s, const model::Change& c, const model::Revision& r, ChangeEffect& e) {
  e.amount = amount_of(c.move);
  MeasureInForce* from_measure = nullptr;
  MeasureInForce* to_measure = nullptr;
  Amount* from = endpoint(s, c.from, c.from_ref, from_measure);
  Amount* to = endpoint(s, c.to, c.to_ref, to_measure);
  if (!from || !to || from == to) {
    e.skipped = true;
    return;
  }
  e.before = *from;
  e.to_before = *to;
  *from = minus(*from, e.amount, s.overflow);
  *to = plus(*to, e.amount, s.overflow);
  e.after = *from;
  e.to_after = *to;
  const source::Offset at = value_at(c.move, c.at);
  for (MeasureInForce* mf : {from_measure, to_measure}) {
    if (mf) record(*mf, r, at);
  }
  if (!from_measure || !to_measure) record_reserve(s, r, at);
}

void apply_amount(State& s, const model::Change& c, const model::Revision& r, ChangeEffect& e) {
  MeasureInForce* mf = s.find(c.measure_ref);
  if (!mf || !mf->in_force) {
    e.skipped = true;
    return;
  }
  e.amount = amount_of(c.amount);
  e.before = mf->amount;
  mf->amount = e.amount;
  record(*mf, r, value_at(c.amount, c.at));
  e.after = mf->amount;
}

void apply_added(State& s, const model::Change& c, const model::Revision& r, ChangeEffect& e) {
  MeasureInForce* mf = c.new_measure.present() ? s.find(&*c.new_measure) : nullptr;
  if (!mf) {
    e.skipped = true;
    return;
  }
  mf->in_force = true;
  mf->amount = amount_of(c.new_measure->amount);
  record(*mf, r, mf->at);
  e.amount = mf->amount;
  e.after = mf->amount;
}

void apply_set(Amount& target, const model::Located<Money>& value, ChangeEffect& e) {
  e.amount = amount_of(value);
  e.before = target;
  target = e.amount;
  e.after = target;
}

ChangeEffect apply(State& s, const model::Change& c, const model::Revision& r) {
  ChangeEffect e;
  e.change = &c;
  switch (model::change_kind(c)) {
    case model::ChangeKind::invalid: e.skipped = true; break;
    case model::ChangeKind::amount: apply_amount(s, c, r, e); break;
    case model::ChangeKind::added: apply_added(s, c, r, e); break;
    case model::ChangeKind::moved: apply_move(s, c, r, e); break;
    case model::ChangeKind::reserve:
      apply_set(s.reserve, c.reserve, e);
      record_reserve(s, r, value_at(c.reserve, c.at));
      break;
    case model::ChangeKind::administration:
      apply_set(s.administration, c.administration, e);
      s.administration_changed_by = &r;
      s.administration_at = value_at(c.administration, c.at);
      break;
  }
  return e;
}

Amount allocated(State& s) {
  return plus(plus(s.administration, s.measures_total(), s.overflow), s.reserve, s.overflow);
}

}  // namespace

std::optional<Date> revision_date(const model::Revision& revision) {
  if (!revision.decision.present() || !revision.decision->date.present()) return std::nullopt;
  return *revision.decision->date;
}

std::vector<const model::Revision*> revisions_in_order(const model::YearlyPlan& plan) {
  std::vector<const model::Revision*> out;
  for (const model::Revision& r : *plan.revisions) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const model::Revision* a, const model::Revision* b) {
    const auto da = revision_date(*a);
    const auto db = revision_date(*b);
    return da && (!db || *da < *db);
  });
  return out;
}

PlanInForce plan_in_force(const model::YearlyPlan& plan, std::optional<Date> date) {
  State s = adopted_state(plan);
  PlanInForce out;
  out.adopted_allocated = allocated(s);
  out.adopted_administration = s.administration;
  out.adopted_reserve = s.reserve;
  for (const model::Revision* r : revisions_in_order(plan)) {
    const auto decided = revision_date(*r);
    if (date && (!decided || *decided > *date)) continue;
    RevisionStep step;
    step.revision = r;
    for (const model::Change& c : *r->changes) {
      step.effects.push_back(apply(s, c, *r));
      out.skipped = out.skipped || step.effects.back().skipped;
    }
    step.administration = s.administration;
    step.measures = s.measures_total();
    step.reserve = s.reserve;
    step.allocated = allocated(s);
    step.overflow = s.overflow;
    out.steps.push_back(std::move(step));
  }
  out.measures = std::move(s.measures);
  out.index = std::move(s.index);
  out.administration = s.administration;
  out.reserve = s.reserve;
  out.administration_at = s.administration_at;
  out.reserve_at = s.reserve_at;
  out.administration_changed_by = s.administration_changed_by;
  out.reserve_changed_by = s.reserve_changed_by;
  out.reserve_history = std::move(s.reserve_history);
  out.overflow = s.overflow;
  return out;
}

namespace {

/// The amount in force on `date`, from the adopted one and what the revisions set.
Amount on(Amount adopted, const std::vector<DatedAmount>& history, std::optional<Date> date) {
  Amount amount = adopted;
  for (const DatedAmount& d : history) {
    if (date && (!d.date || *d.date > *date)) break;
    amount = d.amount;
  }
  return amount;
}

}  // namespace

Amount amount_on(const MeasureInForce& measure, std::optional<Date> date) {
  const Amount before = measure.added_by ? Amount(Money{}) : measure.adopted;
  return on(before, measure.history, date);
}

Amount reserve_on(const PlanInForce& in_force, std::optional<Date> date) {
  return on(in_force.adopted_reserve, in_force.reserve_history, date);
}

const MeasureInForce* find_measure(const PlanInForce& in_force, const model::Measure* measure) {
  const auto it = in_force.index.find(measure);
  return it == in_force.index.end() ? nullptr : &in_force.measures[it->second];
}

}  // namespace plancheck::figures
