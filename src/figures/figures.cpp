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

bool reserve_in_split(const model::Frame& frame) {
  const model::ReserveFrame& r = *frame.reserve;
  return r.counts_toward.present() || r.counts_toward.invalid();
}

const YearFigures* FrameFigures::year(int y) const {
  for (const YearFigures& f : years) {
    if (f.year == y) return &f;
  }
  return nullptr;
}

namespace {

/// Where a value that could not be read stands: the value, else its key, else its element.
template <class T>
source::Offset where_unknown(const model::Located<T>& v, source::Offset element) {
  if (v.present()) return v.at;
  if (v.key != source::kNoOffset) return v.key;
  return element;
}

/// Collects what the plan could not read, in file order of the sums it feeds.
class UnknownList {
 public:
  explicit UnknownList(const model::YearlyPlan& plan) : plan_(plan) {}

  template <class T>
  bool check(const model::Located<T>& v, source::Offset element, diag::Message what) {
    if (v.present()) return false;
    add(where_unknown(v, element), std::move(what));
    return true;
  }

  void add(source::Offset at, diag::Message what) {
    out.push_back({plan_.file, at, std::move(what)});
  }

  std::vector<Unknown> out;

 private:
  const model::YearlyPlan& plan_;
};

/// Where a finding about a yearly plan as a whole points: its `year` key.
source::Offset plan_offset_of(const model::YearlyPlan& plan) {
  return plan.year.key != source::kNoOffset ? plan.year.key : plan.kind.key;
}

/// The amount, when it could be read.
std::optional<Money> read(const model::Located<Money>& m) {
  if (!m.present()) return std::nullopt;
  return *m;
}

/// The index of `p` among the frame's priorities; none when it did not resolve.
std::optional<size_t> index_of(const model::Frame& frame, const model::Priority* p) {
  if (!p) return std::nullopt;
  const auto& list = *frame.priorities;
  for (size_t i = 0; i < list.size(); ++i) {
    if (&list[i] == p) return i;
  }
  return std::nullopt;
}

/// The grants' values that could not be read, and the project lists that did not decode.
std::vector<Unknown> grant_unknowns(const link::YearGroup& g) {
  std::vector<Unknown> out;
  for (const source::SourceFile* file : g.broken_lists) {
    out.push_back({file, source::kNoOffset, {"unknown.list-file", {{"year", int64_t{g.year}}}}});
  }
  for (const model::ProjectList* list : g.lists) {
    if (!list->projects.present()) {
      out.push_back({list->file, where_unknown(list->projects, list->kind.key),
                     {"unknown.projects", {}}});
    }
    for (const model::Project& p : *list->projects) {
      const diag::Arg id{"id", p.id->name};
      if (!p.amount.present()) {
        out.push_back({list->file, where_unknown(p.amount, p.at), {"unknown.grant-amount", {id}}});
      }
      if (!p.status.present()) {
        out.push_back({list->file, where_unknown(p.status, p.at), {"unknown.grant-status", {id}}});
      }
    }
  }
  return out;
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

/// The income and administration of the plan, and what of them could not be read.
void compute_income(const model::YearlyPlan& plan, YearFigures& f, UnknownList& unknown) {
  const model::Income& income = *plan.income;
  Sum partners;
  bool open = unknown.check(plan.income, plan_offset_of(plan), {"unknown.income", {}});
  open = (plan.income.present() &&
          unknown.check(income.partners, plan.income.at, {"unknown.income", {}})) || open;
  for (const model::PartnerIncome& p : *income.partners) {
    partners.add(value_or_zero(p.amount));
    open = unknown.check(p.amount, p.at, {"unknown.partner-amount", {{"id", p.partner->name}}}) || open;
  }
  if (income.carried_over.invalid()) {
    unknown.check(income.carried_over, plan.income.at, {"unknown.carried-over", {}});
    open = true;
  }
  f.partner_income = partners.total;
  f.carried_over = value_or_zero(income.carried_over);
  Sum total{f.partner_income, partners.overflow};
  total.add(f.carried_over);
  f.income = total.total;
  f.overflow = f.overflow || total.overflow;
  f.income_range = open ? Range::at_least(f.income) : Range::exactly(f.income);
}

/// The measures and the reserve: their sums, the split by priority and what could not be read.
void compute_measures(const model::Frame& frame, const model::YearlyPlan& plan, YearFigures& f,
                      UnknownList& unknown) {
  f.split = Split(frame.priorities->size());
  Sum measures;
  Sum unassigned;
  bool open = unknown.check(plan.measures, plan_offset_of(plan), {"unknown.measures", {}});
  if (open) f.split.add(std::nullopt, std::nullopt);
  for (const model::Measure& m : *plan.measures) {
    const diag::Arg id{"id", m.id->name};
    measures.add(value_or_zero(m.amount));
    if (!m.priority_ref) {
      unassigned.add(value_or_zero(m.amount));
      unknown.add(where_unknown(m.priority, m.at), {"unknown.measure-priority", {id}});
    }
    open = unknown.check(m.amount, m.at, {"unknown.measure-amount", {id}}) || open;
    f.split.add(index_of(frame, m.priority_ref), read(m.amount));
  }
  f.measures = measures.total;
  f.unassigned = unassigned.total;
  const model::ReserveFrame& rf = *frame.reserve;
  f.reserve_counted = reserve_in_split(frame);
  const bool reserve_open = plan.reserve.invalid() ||
                            (plan.reserve.present() && !plan.reserve->amount.present());
  f.reserve = value_or_zero(plan.reserve->amount);
  if (reserve_open) {
    unknown.check(plan.reserve->amount, plan.reserve.present() ? plan.reserve.at : plan.reserve.key,
                  {"unknown.reserve", {}});
  }
  if (f.reserve_counted) {
    f.split.add(index_of(frame, rf.counts_toward_ref),
                reserve_open ? std::nullopt : std::optional<Money>(f.reserve));
    if (!rf.counts_toward_ref) {
      unknown.out.push_back({frame.file, where_unknown(rf.counts_toward, frame.reserve.at),
                             {"unknown.reserve-priority", {}}});
    }
  }
  f.overflow = f.overflow || measures.overflow || unassigned.overflow || f.split.overflow();
  f.measure_funds = f.split.total().low.value_or(Money{});
  // Administration + measures + reserve, and what of it could not be read.
  const bool admin_open = unknown.check(plan.administration->amount,
                                        plan.administration.present() ? plan.administration.at
                                                                      : plan_offset_of(plan),
                                        {"unknown.administration", {}});
  f.administration = value_or_zero(plan.administration->amount);
  Sum allocated{f.administration, false};
  allocated.add(f.measures);
  allocated.add(f.reserve);
  f.allocated = allocated.total;
  f.budgeted = sub(f.allocated, f.administration, f.overflow);
  f.overflow = f.overflow || allocated.overflow;
  const bool allocated_open = open || reserve_open || admin_open;
  f.allocated_range = allocated_open ? Range::at_least(f.allocated) : Range::exactly(f.allocated);
}

void compute_plan(const model::Frame& frame, const model::YearlyPlan& plan, YearFigures& f) {
  UnknownList unknown(plan);
  compute_income(plan, f, unknown);
  compute_measures(frame, plan, f, unknown);
  f.unallocated = sub(f.income, f.allocated, f.overflow);
  f.unallocated_range = minus(f.income_range, f.allocated_range, f.overflow);
  f.unknowns = std::move(unknown.out);
  f.plan_incomplete = !f.unknowns.empty();
  for (size_t i = 0; i < frame.priorities->size(); ++i) {
    const model::Priority& p = (*frame.priorities)[i];
    PriorityYear py{&p, f.split.known(i), f.split.exact_share(i), f.split.share(i), band_of(p),
                    std::nullopt};
    if (py.range && py.band) py.verdict = verdict(*py.range, *py.band);
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
  f.grant_unknowns = grant_unknowns(g);
  f.grants_incomplete = !f.grant_unknowns.empty();
  find_first_over(g, f);
}

void compute_commitments(const model::Frame& frame, const model::YearlyPlan& plan, YearFigures& f) {
  std::unordered_map<const model::Commitment*, size_t> index;  // commitment -> its entry in f.commitments
  index.reserve(frame.commitments->size());
  for (const model::Commitment& c : *frame.commitments) {
    CommitmentYear cy{&c, false, {}, {}};
    cy.in_term = (!c.from.present() || c.from->value <= f.year) &&
                 (!c.to.present() || c.to->value >= f.year);
    index.emplace(&c, f.commitments.size());
    f.commitments.push_back(std::move(cy));
  }
  // One pass over the measures, each added to the commitment it funds.
  std::vector<Sum> funded(f.commitments.size());
  const size_t first = f.commitments.size() - frame.commitments->size();
  for (const model::Measure& m : *plan.measures) {
    if (!m.commitment_ref) continue;
    const auto it = index.find(m.commitment_ref);
    if (it == index.end()) continue;
    funded[it->second].add(value_or_zero(m.amount));
    f.commitments[it->second].measures.push_back(&m);
  }
  for (size_t i = first; i < f.commitments.size(); ++i) {
    f.commitments[i].funded = funded[i].total;
    f.overflow = f.overflow || funded[i].overflow;
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
  Money funds = sub(income.total, admin, overflow);
  // A reserve outside the split is not part of the measure funds.
  if (!reserve_in_split(frame)) funds = sub(funds, value_or_zero(frame.reserve->min), overflow);
  return std::max(Money{}, funds);
}

/// Fills in how far the planned amount lies outside the band of `planned` funds.
void distance_to_band(const Band& band, Money planned, PriorityPeriod& pp) {
  const Money low{ceil_times(planned.kroner, band.low)};
  const Money high{floor_times(planned.kroner, band.high)};
  if (pp.planned < low) pp.below_band = checked_sub(low, pp.planned).value_or(Money{});
  if (pp.planned > high) pp.above_band = checked_sub(pp.planned, high).value_or(Money{});
}

/// What the unplanned years must allocate to `pp` to land inside its band.
void room_left(Money total, Money remaining, PriorityPeriod& pp) {
  const int64_t low = ceil_times(total.kroner, pp.band->low) - pp.planned.kroner;
  const int64_t high = floor_times(total.kroner, pp.band->high) - pp.planned.kroner;
  const int64_t at_least = std::max<int64_t>(0, low);
  const int64_t at_most = std::min(remaining.kroner, high);
  pp.reachable = at_least <= at_most;
  if (pp.reachable) {
    pp.need_at_least = Money{at_least};
    pp.may_at_most = Money{at_most};
  }
}

/// Adds what a year could not read to the period's unknowns, each value once.
void add_unknowns(std::vector<Unknown>& out, const std::vector<Unknown>& more) {
  for (const Unknown& u : more) {
    const bool seen = std::any_of(out.begin(), out.end(), [&](const Unknown& o) {
      return o.file == u.file && o.at == u.at;
    });
    if (!seen) out.push_back(u);
  }
}

void compute_period(const link::FrameGroup& group, FrameFigures& out) {
  const model::Frame& frame = *group.frame;
  const model::Period& period = *frame.period;
  if (!period.from.present() || !period.to.present()) return;
  out.split = Split(frame.priorities->size());
  Sum remaining;
  for (int y = period.from->value; y <= period.to->value && y - period.from->value < 1000; ++y) {
    const link::YearGroup* g = group.year(y);
    if (const YearFigures* f = out.year(y)) {
      out.split.add(f->split);
      add_unknowns(out.unknowns, f->unknowns);
    } else if (g && g->plan_broken) {
      // A plan that did not decode could hold any amounts for any priorities.
      out.split.add(std::nullopt, std::nullopt);
      for (const source::SourceFile* file : g->broken_plans) {
        out.unknowns.push_back({file, source::kNoOffset, {"unknown.plan-file", {{"year", int64_t{y}}}}});
      }
    } else {
      out.unplanned_years.push_back(y);
      out.expected_per_year = expected_funds(frame, y, out.overflow);
      remaining.add(out.expected_per_year);
    }
  }
  out.planned_funds = out.split.total().low.value_or(Money{});
  out.remaining_funds = remaining.total;
  Sum total{out.planned_funds, out.split.overflow() || remaining.overflow};
  total.add(remaining.total);
  out.overflow = out.overflow || total.overflow;
  const bool exact = out.split.exact();
  for (size_t i = 0; i < frame.priorities->size(); ++i) {
    const model::Priority& p = (*frame.priorities)[i];
    PriorityPeriod pp{.priority = &p, .band = band_of(p)};
    pp.planned = out.split.known(i);
    pp.share = out.split.exact_share(i);
    pp.range = out.split.share(i);
    if (pp.band && pp.range) pp.verdict = verdict(*pp.range, *pp.band);
    if (pp.band && pp.share) distance_to_band(*pp.band, out.planned_funds, pp);
    if (pp.band && exact && total.total.kroner > 0) room_left(total.total, out.remaining_funds, pp);
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
  compute_period(group, out);
  out.grants = compute_grants(group);
  return out;
}

}  // namespace plancheck::figures
