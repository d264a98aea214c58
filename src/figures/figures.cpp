#include "figures/figures.h"

#include <algorithm>
#include <unordered_map>

namespace plancheck::figures {

namespace {

/// A running sum that remembers whether it overflowed.
struct Sum {
  Money total;
  bool overflow = false;

  void add(Money m) {
    if (const auto r = checked_add(total, m)) {
      total = *r;
    } else {
      overflow = true;
    }
  }
};

Money sub(Money a, Money b, bool& overflow) {
  if (const auto r = checked_sub(a, b)) return *r;
  overflow = true;
  return {};
}

Money value_or_zero(const model::Located<Money>& m) { return m.present() ? *m : Money{}; }

Ratio clamp_unit(Ratio r) {
  if (r < Ratio{0, 1}) return {0, 1};
  if (r > Ratio{1, 1}) return {1, 1};
  return r;
}

}  // namespace

std::optional<Band> band_of(const model::Priority& priority) {
  const model::ShareBand& s = *priority.share;
  if (!s.target.present()) return std::nullopt;
  const Ratio target = s.target->ratio;
  Band band{target, target, target};
  if (s.tolerance.present()) {
    band.low = sub_clamped(target, s.tolerance->ratio);
    band.high = clamp_unit(add(target, s.tolerance->ratio));
  } else if (!(s.min.present() && s.max.present())) {
    return std::nullopt;
  }
  if (s.min.present()) band.low = s.min->ratio;
  if (s.max.present()) band.high = s.max->ratio;
  return band;
}

const YearFigures* FrameFigures::year(int y) const {
  for (const YearFigures& f : years) {
    if (f.year == y) return &f;
  }
  return nullptr;
}

namespace {

/// Whether an amount of the plan that counts into its sums is missing or unreadable.
bool plan_incomplete(const model::YearlyPlan& plan) {
  const model::Income& income = *plan.income;
  bool missing = !plan.income.present() || !income.partners.present() ||
                 income.carried_over.invalid() || !plan.administration->amount.present() ||
                 !plan.measures.present() || plan.reserve.invalid() ||
                 (plan.reserve.present() && !plan.reserve->amount.present());
  for (const model::PartnerIncome& p : *income.partners) missing = missing || !p.amount.present();
  for (const model::Measure& m : *plan.measures) missing = missing || !m.amount.present();
  return missing;
}

/// Whether a grant's amount or status is missing or unreadable, or a list did not decode.
bool grants_incomplete(const link::YearGroup& g) {
  bool missing = g.lists_broken;
  for (const model::ProjectList* list : g.lists) {
    missing = missing || !list->projects.present();
    for (const model::Project& p : *list->projects) {
      missing = missing || !p.amount.present() || !p.status.present();
    }
  }
  return missing;
}

/// The year's counting grants in order of decision date (undated ones last, file order on ties).
std::vector<const model::Project*> grants_by_date(const link::YearGroup& g) {
  std::vector<const model::Project*> out;
  for (const model::ProjectList* list : g.lists) {
    for (const model::Project& p : *list->projects) {
      if (p.counts()) out.push_back(&p);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const model::Project* a, const model::Project* b) {
    const bool da = a->decision->date.present();
    const bool db = b->decision->date.present();
    if (da != db) return da;
    return da && *a->decision->date < *b->decision->date;
  });
  return out;
}

/// Where each measure of the year stands in `measure_grants`.
std::unordered_map<const model::Measure*, size_t> measure_index(const YearFigures& f) {
  std::unordered_map<const model::Measure*, size_t> index;
  for (size_t i = 0; i < f.measure_grants.size(); ++i) index.emplace(f.measure_grants[i].measure, i);
  return index;
}

/// Finds, per measure and for the reserve, the grant that first took the sum past the amount.
void find_first_over(const link::YearGroup& g, YearFigures& f) {
  const auto index = measure_index(f);
  Sum reserve;
  std::vector<Sum> measures(f.measure_grants.size());
  for (const model::Project* p : grants_by_date(g)) {
    const Money amount = value_or_zero(p->amount);
    if (p->draws_on_reserve()) {
      reserve.add(amount);
      if (!f.reserve_first_over && reserve.total > f.reserve) f.reserve_first_over = p;
      continue;
    }
    const auto it = index.find(p->measure_ref);
    if (!p->measure_ref || it == index.end()) continue;
    MeasureYear& my = f.measure_grants[it->second];
    measures[it->second].add(amount);
    if (!my.first_over && measures[it->second].total > value_or_zero(my.measure->amount)) {
      my.first_over = p;
    }
  }
}

void compute_plan(const model::Frame& frame, const model::YearlyPlan& plan, YearFigures& f) {
  Sum partners;
  for (const model::PartnerIncome& p : *plan.income->partners) partners.add(value_or_zero(p.amount));
  Sum measures;
  Sum unassigned;
  for (const model::Measure& m : *plan.measures) {
    measures.add(value_or_zero(m.amount));
    if (!m.priority_ref) unassigned.add(value_or_zero(m.amount));
  }
  f.partner_income = partners.total;
  f.carried_over = value_or_zero(plan.income->carried_over);
  f.administration = value_or_zero(plan.administration->amount);
  f.measures = measures.total;
  f.unassigned = unassigned.total;
  f.reserve = value_or_zero(plan.reserve->amount);
  Sum income{f.partner_income, partners.overflow || measures.overflow || unassigned.overflow};
  income.add(f.carried_over);
  f.income = income.total;
  Sum allocated{f.administration, income.overflow};
  allocated.add(f.measures);
  allocated.add(f.reserve);
  f.allocated = allocated.total;
  Sum funds{f.measures, allocated.overflow};
  funds.add(f.reserve);
  f.measure_funds = funds.total;
  f.overflow = funds.overflow;
  f.unallocated = sub(f.income, f.allocated, f.overflow);
  f.plan_incomplete = plan_incomplete(plan);

  for (const model::Priority& p : *frame.priorities) {
    Sum amount;
    for (const model::Measure& m : *plan.measures) {
      if (m.priority_ref == &p) amount.add(value_or_zero(m.amount));
    }
    if (frame.reserve->counts_toward_ref == &p) amount.add(f.reserve);
    f.overflow = f.overflow || amount.overflow;
    PriorityYear py{&p, amount.total, std::nullopt, band_of(p)};
    if (f.measure_funds.kroner > 0) py.share = Ratio{amount.total.kroner, f.measure_funds.kroner};
    f.priorities.push_back(py);
  }
}

void compute_grants(const link::YearGroup& g, YearFigures& f) {
  if (f.plan) {
    for (const model::Measure& m : *f.plan->measures) f.measure_grants.push_back({&m, {}, 0, {}});
  }
  const auto index = measure_index(f);
  Sum granted;
  Sum withdrawn;
  Sum reserve;
  bool closed = !g.lists.empty();
  for (const model::ProjectList* list : g.lists) {
    closed = closed && list->status.present() && *list->status == model::ListStatus::closed;
    for (const model::Project& p : *list->projects) {
      const Money amount = value_or_zero(p.amount);
      ++f.grant_count;
      if (!p.counts()) {
        withdrawn.add(amount);
        ++f.withdrawn_grants;
        continue;
      }
      granted.add(amount);
      if (p.draws_on_reserve()) {
        reserve.add(amount);
        ++f.reserve_grants;
      }
      const auto it = index.find(p.measure_ref);
      if (!p.measure_ref || it == index.end()) continue;
      MeasureYear& my = f.measure_grants[it->second];
      if (const auto sum = checked_add(my.granted, amount)) {
        my.granted = *sum;
      } else {
        f.overflow = true;
      }
      ++my.grants;
    }
  }
  f.lists_closed = closed;
  f.granted = granted.total;
  f.withdrawn = withdrawn.total;
  f.reserve_drawn = reserve.total;
  f.overflow = f.overflow || granted.overflow || withdrawn.overflow || reserve.overflow;
  for (MeasureYear& my : f.measure_grants) {
    my.left = sub(value_or_zero(my.measure->amount), my.granted, f.overflow);
  }
  f.reserve_left = sub(f.reserve, f.reserve_drawn, f.overflow);
  f.left_over = sub(sub(f.income, f.administration, f.overflow), f.granted, f.overflow);
  f.grants_incomplete = grants_incomplete(g);
  find_first_over(g, f);
}

void compute_commitments(const model::Frame& frame, const model::YearlyPlan& plan, YearFigures& f) {
  for (const model::Commitment& c : *frame.commitments) {
    CommitmentYear cy{&c, false, {}, {}};
    cy.in_term = (!c.from.present() || c.from->value <= f.year) &&
                 (!c.to.present() || c.to->value >= f.year);
    Sum funded;
    for (const model::Measure& m : *plan.measures) {
      if (m.commitment_ref != &c) continue;
      funded.add(value_or_zero(m.amount));
      cy.measures.push_back(&m);
    }
    cy.funded = funded.total;
    f.overflow = f.overflow || funded.overflow;
    f.commitments.push_back(std::move(cy));
  }
}

/// Measure funds expected in a year not yet planned.
Money expected_funds(const model::Frame& frame, int year, bool& overflow) {
  const model::Funding& funding = *frame.funding;
  if (funding.expected_measure_funds.present()) return *funding.expected_measure_funds;
  Sum income;
  for (const model::Partner& p : *funding.partners) {
    const bool from_ok = !p.from.present() || p.from->value <= year;
    const bool to_ok = !p.to.present() || p.to->value >= year;
    if (from_ok && to_ok) income.add(value_or_zero(p.amount));
  }
  overflow = overflow || income.overflow;
  const Money admin = funding.administration.present() ? value_or_zero(funding.administration->max)
                                                       : Money{};
  return std::max(Money{}, sub(income.total, admin, overflow));
}

/// Fills in how far the planned amount lies outside the band of `planned` funds.
void distance_to_band(const Band& band, Money planned, PriorityPeriod& pp) {
  const Money low{ceil_times(planned.kroner, band.low)};
  const Money high{floor_times(planned.kroner, band.high)};
  if (pp.planned < low) pp.below_band = checked_sub(low, pp.planned).value_or(Money{});
  if (pp.planned > high) pp.above_band = checked_sub(pp.planned, high).value_or(Money{});
}

void compute_period(const model::Frame& frame, FrameFigures& out) {
  const model::Period& period = *frame.period;
  if (!period.from.present() || !period.to.present()) return;
  Sum planned;
  Sum remaining;
  for (int y = period.from->value; y <= period.to->value && y - period.from->value < 1000; ++y) {
    if (const YearFigures* f = out.year(y)) {
      planned.add(f->measure_funds);
    } else {
      out.unplanned_years.push_back(y);
      out.expected_per_year = expected_funds(frame, y, out.overflow);
      remaining.add(out.expected_per_year);
    }
  }
  out.planned_funds = planned.total;
  out.remaining_funds = remaining.total;
  Sum total{planned.total, planned.overflow || remaining.overflow};
  total.add(remaining.total);
  out.overflow = out.overflow || total.overflow;
  for (size_t i = 0; i < frame.priorities->size(); ++i) {
    const model::Priority& p = (*frame.priorities)[i];
    PriorityPeriod pp{&p, band_of(p), {}, std::nullopt, std::nullopt, std::nullopt, true};
    Sum amount;
    for (const YearFigures& f : out.years) {
      if (f.year >= period.from->value && f.year <= period.to->value) amount.add(f.priorities[i].amount);
    }
    out.overflow = out.overflow || amount.overflow;
    pp.planned = amount.total;
    if (planned.total.kroner > 0) pp.share = Ratio{amount.total.kroner, planned.total.kroner};
    if (pp.band && pp.share) distance_to_band(*pp.band, planned.total, pp);
    if (pp.band && total.total.kroner > 0) {
      const int64_t low = ceil_times(total.total.kroner, pp.band->low) - pp.planned.kroner;
      const int64_t high = floor_times(total.total.kroner, pp.band->high) - pp.planned.kroner;
      const int64_t at_least = std::max<int64_t>(0, low);
      const int64_t at_most = std::min(out.remaining_funds.kroner, high);
      pp.reachable = at_least <= at_most;
      if (pp.reachable) {
        pp.need_at_least = Money{at_least};
        pp.may_at_most = Money{at_most};
      }
    }
    out.period.push_back(pp);
  }
}

}  // namespace

FrameFigures compute(const link::FrameGroup& group) {
  FrameFigures out;
  out.group = &group;
  const model::Frame& frame = *group.frame;
  for (const link::YearGroup& g : group.years) {
    if (!g.plan) continue;
    YearFigures f;
    f.year = g.year;
    f.group = &g;
    f.plan = g.plan;
    compute_plan(frame, *g.plan, f);
    compute_commitments(frame, *g.plan, f);
    compute_grants(g, f);
    out.overflow = out.overflow || f.overflow;
    out.incomplete = out.incomplete || f.plan_incomplete;
    out.years.push_back(std::move(f));
  }
  for (const link::YearGroup& g : group.years) out.incomplete = out.incomplete || g.plan_broken;
  compute_period(frame, out);
  out.grants = compute_grants(group);
  return out;
}

}  // namespace plancheck::figures
