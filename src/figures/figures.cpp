#include "figures/figures.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "figures/frame_figures.h"

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

/// The index of `p` among the frame's priorities; none when it did not resolve.
std::optional<size_t> index_of(const model::Frame& frame, const model::Priority* p) {
  if (!p) return std::nullopt;
  // The priorities are one vector: an element's index is its distance from
  // the first, found in constant time (a scan made measures x priorities).
  const std::vector<model::Priority>& list = *frame.priorities;
  const std::less<const model::Priority*> before;
  if (list.empty() || before(p, list.data()) || !before(p, list.data() + list.size())) {
    return std::nullopt;
  }
  return static_cast<size_t>(p - list.data());
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

/// Each installment that an earlier year's grant (one that counts) binds in `year`, with its grant.
template <class F>
void for_each_installment_in(const link::FrameGroup& group, int year, F&& f) {
  for (const link::YearGroup& y : group.years) {
    if (y.year >= year) break;
    for (const model::ProjectList* list : y.lists) {
      for (const model::Project& p : *list->projects) {
        if (!p.status.present() || !p.counts()) continue;
        for (const model::Installment& in : *p.installments) {
          if (in.year.present() && in.year->value == year) f(*list, p, in);
        }
      }
    }
  }
}

/// The decision date of a grant; none when it cannot be read.
std::optional<Date> decided_on(const model::Project& p) {
  if (!p.decision.present() || !p.decision->date.present()) return std::nullopt;
  return *p.decision->date;
}

/// Finds, per measure and for the reserve, the grant that first took the sum past the amount
/// in force on its decision date; when none did, the one that took it past the amount at the
/// end of the year (a revision lowered it below what was granted).
void find_first_over(const link::FrameGroup& group, const link::YearGroup& g, YearFigures& f) {
  const auto index = measure_index(f);
  Sum reserve;
  std::vector<Sum> sums(f.measure_grants.size());
  std::vector<const model::Project*> over_at_end(f.measure_grants.size());
  // Installments of earlier years' grants are bound from the start of the year.
  for_each_installment_in(group, g.year, [&](const model::ProjectList&, const model::Project& p,
                                             const model::Installment& in) {
    const Money amount = value_or_zero(in.amount);
    if (in.measure_id(p).name == model::kReserveId) return reserve.add(amount);
    const auto it = index.find(in.measure_ref);
    if (in.measure_ref && it != index.end()) sums[it->second].add(amount);
  });
  for (const model::Project* p : grants_by_date(g)) {
    const Money amount = value_or_zero(p->amount);
    const std::optional<Date> date = decided_on(*p);
    if (p->draws_on_reserve()) {
      reserve.add(amount);
      if (!f.reserve_first_over && reserve.total > f.reserve) f.reserve_first_over = p;
      continue;
    }
    const auto it = index.find(p->measure_ref);
    if (!p->measure_ref || it == index.end()) continue;
    const size_t i = it->second;
    MeasureYear& my = f.measure_grants[i];
    sums[i].add(amount);
    const MeasureInForce* mf = find_measure(f.in_force, my.measure);
    const Amount limit = mf ? amount_on(*mf, date) : my.amount;
    if (!my.first_over && limit && sums[i].total > *limit) {
      my.first_over = p;
      my.limit = limit;
      my.granted_by_over = sums[i].total;
      my.raised_later = my.amount && *my.amount > *limit;
    }
    if (!over_at_end[i] && my.amount && sums[i].total > *my.amount) over_at_end[i] = p;
  }
  for (size_t i = 0; i < f.measure_grants.size(); ++i) {
    MeasureYear& my = f.measure_grants[i];
    if (my.first_over || !over_at_end[i]) continue;
    my.first_over = over_at_end[i];
    my.limit = my.amount;
    my.granted_by_over = my.granted;
  }
}

/// The measures of the plan in force at the end of the year, in model::all_measures order.
void add_measures(YearFigures& f) {
  for (const MeasureInForce& mf : f.in_force.measures) {
    if (!mf.in_force) continue;
    MeasureYear my;
    my.measure = mf.measure;
    my.adopted = mf.added_by ? Amount{} : mf.adopted;
    my.amount = mf.amount;
    my.added_by = mf.added_by;
    my.changed_by = mf.changed_by;
    my.at = mf.at;
    f.measure_grants.push_back(my);
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

/// The measures and the reserve in force at the end of the year: their sums, the split by
/// priority and what could not be read; and the same as adopted.
void compute_measures(const model::Frame& frame, const model::YearlyPlan& plan, YearFigures& f,
                      UnknownList& unknown) {
  const PlanInForce& in_force = f.in_force;
  f.split = Split(frame.priorities->size());
  Sum measures;
  Sum unassigned;
  Sum adopted;
  bool open = unknown.check(plan.measures, plan_offset_of(plan), {"unknown.measures", {}});
  if (open) f.split.add(std::nullopt, std::nullopt);
  for (const MeasureInForce& mf : in_force.measures) {
    const model::Measure& m = *mf.measure;
    if (!mf.added_by) adopted.add(mf.adopted.value_or(Money{}));
    if (!mf.in_force) continue;
    const diag::Arg id{"id", m.id->name};
    measures.add(mf.amount.value_or(Money{}));
    if (!m.priority_ref) {
      unassigned.add(mf.amount.value_or(Money{}));
      unknown.add(where_unknown(m.priority, m.at), {"unknown.measure-priority", {id}});
    }
    if (!mf.amount) {
      unknown.add(mf.at != source::kNoOffset ? mf.at : m.at, {"unknown.measure-amount", {id}});
      open = true;
    }
    f.split.add(index_of(frame, m.priority_ref), mf.amount);
  }
  f.measures = measures.total;
  f.unassigned = unassigned.total;
  f.adopted_measures = adopted.total;
  const model::ReserveFrame& rf = *frame.reserve;
  f.reserve_counted = reserve_in_split(frame);
  const bool reserve_open = !in_force.reserve;
  f.reserve = in_force.reserve.value_or(Money{});
  f.adopted_reserve = in_force.adopted_reserve.value_or(Money{});
  if (reserve_open) {
    unknown.add(in_force.reserve_at != source::kNoOffset ? in_force.reserve_at : plan_offset_of(plan),
                {"unknown.reserve", {}});
  }
  if (f.reserve_counted) {
    f.split.add(index_of(frame, rf.counts_toward_ref), in_force.reserve);
    if (!rf.counts_toward_ref) {
      unknown.out.push_back({frame.file, where_unknown(rf.counts_toward, frame.reserve.at),
                             {"unknown.reserve-priority", {}}});
    }
  }
  f.overflow = f.overflow || measures.overflow || unassigned.overflow || adopted.overflow ||
               f.split.overflow() || in_force.overflow;
  f.measure_funds = f.split.total().low.value_or(Money{});
  // Administration + measures + reserve, and what of it could not be read.
  const bool admin_open = !in_force.administration;
  if (admin_open) {
    unknown.add(in_force.administration_at != source::kNoOffset ? in_force.administration_at
                                                                : plan_offset_of(plan),
                {"unknown.administration", {}});
  }
  f.administration = in_force.administration.value_or(Money{});
  f.adopted_administration = in_force.adopted_administration.value_or(Money{});
  Sum allocated{f.administration, false};
  allocated.add(f.measures);
  allocated.add(f.reserve);
  f.allocated = allocated.total;
  f.budgeted = sub(f.allocated, f.administration, f.overflow);
  f.overflow = f.overflow || allocated.overflow;
  const bool allocated_open = open || reserve_open || admin_open;
  f.allocated_range = allocated_open ? Range::at_least(f.allocated) : Range::exactly(f.allocated);
}

/// Each priority's amount in the plan as adopted (the amounts read).
std::vector<Money> adopted_by_priority(const model::Frame& frame, const YearFigures& f) {
  std::vector<Money> out(frame.priorities->size());
  bool overflow = false;
  auto add = [&](const model::Priority* p, Amount amount) {
    const auto i = index_of(frame, p);
    if (!i || !amount) return;
    const auto sum = checked_add(out[*i], *amount);
    if (sum) out[*i] = *sum;
    else overflow = true;
  };
  for (const MeasureInForce& mf : f.in_force.measures) {
    if (!mf.added_by) add(mf.measure->priority_ref, mf.adopted);
  }
  if (f.reserve_counted) add(frame.reserve->counts_toward_ref, f.in_force.adopted_reserve);
  return out;
}

void compute_plan(const model::Frame& frame, const model::YearlyPlan& plan, YearFigures& f) {
  f.in_force = plan_in_force(plan);
  UnknownList unknown(plan);
  compute_income(plan, f, unknown);
  compute_measures(frame, plan, f, unknown);
  f.unallocated = sub(f.income, f.allocated, f.overflow);
  f.unallocated_range = minus(f.income_range, f.allocated_range, f.overflow);
  f.unknowns = std::move(unknown.out);
  f.plan_incomplete = !f.unknowns.empty();
  const std::vector<Money> adopted = adopted_by_priority(frame, f);
  for (size_t i = 0; i < frame.priorities->size(); ++i) {
    const model::Priority& p = (*frame.priorities)[i];
    PriorityYear py{&p, f.split.known(i), adopted[i], f.split.exact_share(i), f.split.share(i),
                    band_of(p), std::nullopt};
    if (py.range && py.band) py.verdict = verdict(*py.range, *py.band);
    f.priorities.push_back(py);
  }
}

/// Adds `amount` to the grants on a measure of the year.
void add_granted(YearFigures& f, MeasureYear& my, Money amount) {
  if (const auto sum = checked_add(my.granted, amount)) {
    my.granted = *sum;
  } else {
    f.overflow = true;
  }
  ++my.grants;
}

void compute_grants(const link::FrameGroup& group, const link::YearGroup& g, YearFigures& f) {
  add_measures(f);
  const auto index = measure_index(f);
  Sum granted;
  Sum withdrawn;
  Sum later;
  Sum reserve;
  for_each_installment_in(group, g.year, [&](const model::ProjectList&, const model::Project& p,
                                             const model::Installment& in) {
    const Money amount = value_or_zero(in.amount);
    granted.add(amount);
    ++f.installments;
    if (in.measure_id(p).name == model::kReserveId) {
      reserve.add(amount);
      ++f.reserve_grants;
      return;
    }
    const auto it = index.find(in.measure_ref);
    if (in.measure_ref && it != index.end()) add_granted(f, f.measure_grants[it->second], amount);
  });
  bool closed = !g.lists.empty();
  for (const model::ProjectList* list : g.lists) {
    closed = closed && list->status.present() && *list->status == model::ListStatus::closed;
    for (const model::Project& p : *list->projects) {
      const Money amount = value_or_zero(p.amount);
      ++f.grant_count;
      if (!p.counts()) {
        withdrawn.add(amount);
        ++f.withdrawn_grants;
        const auto back = returned_in(p, g.year);
        if (back && *back > g.year) {
          later.add(amount);
          ++f.withdrawn_later_grants;
        }
        continue;
      }
      granted.add(amount);
      if (p.draws_on_reserve()) {
        reserve.add(amount);
        ++f.reserve_grants;
      }
      const auto it = index.find(p.measure_ref);
      if (!p.measure_ref || it == index.end()) continue;
      add_granted(f, f.measure_grants[it->second], amount);
    }
  }
  f.lists_closed = closed;
  f.granted = granted.total;
  f.withdrawn = withdrawn.total;
  f.withdrawn_later = later.total;
  f.reserve_drawn = reserve.total;
  f.overflow = f.overflow || granted.overflow || withdrawn.overflow || later.overflow || reserve.overflow;
  for (MeasureYear& my : f.measure_grants) {
    my.left = sub(my.amount.value_or(Money{}), my.granted, f.overflow);
  }
  f.reserve_left = sub(f.reserve, f.reserve_drawn, f.overflow);
  f.grant_unknowns = grant_unknowns(g);
  f.grants_incomplete = !f.grant_unknowns.empty();
  find_first_over(group, g, f);
}

/// The priority a grant's money goes to: its measure's, or the reserve's where it counts
/// toward one; none when it does not resolve. `outside` is set for a reserve outside the split.
std::optional<size_t> grant_priority(const model::Frame& frame, const model::Project& p,
                                     bool& outside) {
  outside = false;
  if (p.draws_on_reserve()) {
    outside = !reserve_in_split(frame);
    return index_of(frame, frame.reserve->counts_toward_ref);
  }
  if (!p.measure_ref) return std::nullopt;
  return index_of(frame, p.measure_ref->priority_ref);
}

/// The shares of `split` against each priority's band.
std::vector<ActualShare> actual_shares(const model::Frame& frame, const Split& split) {
  std::vector<ActualShare> out;
  for (size_t i = 0; i < frame.priorities->size(); ++i) {
    const model::Priority& p = (*frame.priorities)[i];
    ActualShare a{&p, split.known(i), split.exact_share(i), split.share(i), band_of(p), std::nullopt};
    if (a.range && a.band) a.verdict = verdict(*a.range, *a.band);
    out.push_back(a);
  }
  return out;
}

}  // namespace

void for_each_actual_part(const link::FrameGroup& group, const link::YearGroup& g,
                          const std::function<void(std::optional<size_t>, const ActualPart&)>& fn) {
  const model::Frame& frame = *group.frame;
  for_each_installment_in(group, g.year, [&](const model::ProjectList& list, const model::Project& p,
                                             const model::Installment& in) {
    const bool reserve = in.measure_id(p).name == model::kReserveId;
    if (reserve && !reserve_in_split(frame)) return;
    const model::Priority* priority = reserve ? frame.reserve->counts_toward_ref
                                      : in.measure_ref ? in.measure_ref->priority_ref
                                                       : nullptr;
    fn(index_of(frame, priority),
       {&p, list.file, in.amount.present() ? in.amount.at : in.at,
        in.amount.present() ? std::optional<Money>(*in.amount) : std::nullopt, true});
  });
  for (const model::ProjectList* list : g.lists) {
    for (const model::Project& p : *list->projects) {
      if (p.status.present() && !p.counts()) continue;
      bool outside = false;
      const auto priority = grant_priority(frame, p, outside);
      if (outside) continue;
      // A grant whose status could not be read may or may not count: its amount is open.
      const bool read = p.amount.present() && p.status.present();
      fn(priority, {&p, list->file, p.amount.present() ? p.amount.at : p.at,
                    read ? std::optional<Money>(*p.amount) : std::nullopt});
    }
  }
}

std::vector<std::vector<ActualPart>> actual_parts(const link::FrameGroup& group,
                                                  const link::YearGroup& g) {
  std::vector<std::vector<ActualPart>> out(group.frame->priorities->size());
  for_each_actual_part(group, g, [&](std::optional<size_t> p, const ActualPart& part) {
    if (p && *p < out.size()) out[*p].push_back(part);
  });
  return out;
}

namespace {

/// Each priority's share of what the year actually granted (grants not withdrawn).
void compute_actual(const link::FrameGroup& group, const link::YearGroup& g, YearFigures& f) {
  const model::Frame& frame = *group.frame;
  f.actual_split = Split(frame.priorities->size());
  for_each_actual_part(group, g, [&](std::optional<size_t> priority, const ActualPart& part) {
    f.actual_split.add(priority, part.amount);
  });
  if (!g.broken_lists.empty()) f.actual_split.add(std::nullopt, std::nullopt);
  f.actual_total = f.actual_split.total().low.value_or(Money{});
  f.overflow = f.overflow || f.actual_split.overflow();
  f.actual = actual_shares(frame, f.actual_split);
}

/// What each year leaves over, with the money of grants withdrawn after their year closed
/// counted as used in their own year and returned in the year they were withdrawn.
void settle(FrameFigures& out) {
  for (const GrantFigures& g : out.grants) {
    if (!g.returned_in || *g.returned_in <= g.year) continue;
    for (YearFigures& y : out.years) {
      if (y.year != *g.returned_in) continue;
      if (const auto sum = checked_add(y.returned, g.amount)) y.returned = *sum;
      else y.overflow = true;
      ++y.returned_grants;
    }
  }
  for (YearFigures& f : out.years) {
    Money left = sub(sub(f.income, f.administration, f.overflow), f.granted, f.overflow);
    left = sub(left, f.withdrawn_later, f.overflow);
    if (const auto sum = checked_add(left, f.returned)) f.left_over = *sum;
    else f.overflow = true;
    out.overflow = out.overflow || f.overflow;
  }
}

/// What was granted over the planned years of the period, per priority.
void compute_period_actual(const link::FrameGroup& group, FrameFigures& out) {
  const model::Frame& frame = *group.frame;
  out.actual_split = Split(frame.priorities->size());
  bool closed = out.unplanned_years.empty() && !out.years.empty();
  for (const YearFigures& y : out.years) {
    out.actual_split.add(y.actual_split);
    closed = closed && y.lists_closed;
  }
  for (const link::YearGroup& g : group.years) closed = closed && !g.plan_broken;
  out.actual_total = out.actual_split.total().low.value_or(Money{});
  out.overflow = out.overflow || out.actual_split.overflow();
  out.actual = actual_shares(frame, out.actual_split);
  out.actual_final = closed;
}

void compute_commitments(const model::Frame& frame, YearFigures& f) {
  std::unordered_map<const model::Commitment*, size_t> index;  // commitment -> its entry in f.commitments
  index.reserve(frame.commitments->size());
  for (const model::Commitment& c : *frame.commitments) {
    CommitmentYear cy{&c, false, {}, {}};
    cy.in_term = (!c.from.present() || c.from->value <= f.year) &&
                 (!c.to.present() || c.to->value >= f.year);
    index.emplace(&c, f.commitments.size());
    f.commitments.push_back(std::move(cy));
  }
  // One pass over the measures in force, each added to the commitment it funds.
  std::vector<Sum> funded(f.commitments.size());
  for (const MeasureInForce& mf : f.in_force.measures) {
    const model::Measure& m = *mf.measure;
    if (!mf.in_force || !m.commitment_ref) continue;
    const auto it = index.find(m.commitment_ref);
    if (it == index.end()) continue;
    CommitmentYear& cy = f.commitments[it->second];
    funded[it->second].add(mf.amount.value_or(Money{}));
    cy.measures.push_back(&m);
    cy.amounts.push_back(mf.amount);
    cy.amount_at.push_back(mf.at);
  }
  for (const auto& [commitment, i] : index) {
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
    if (contributes(p, year)) income.add(value_or_zero(p.amount));
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
    compute_commitments(frame, f);
    compute_grants(group, g, f);
    compute_actual(group, g, f);
    out.overflow = out.overflow || f.overflow;
    out.incomplete = out.incomplete || f.plan_incomplete;
    out.years.push_back(std::move(f));
  }
  for (const link::YearGroup& g : group.years) out.incomplete = out.incomplete || g.plan_broken;
  compute_period(group, out);
  out.grants = compute_grants(group);
  settle(out);
  compute_period_actual(group, out);
  return out;
}

namespace {

/// The council name and period of a frame, when all three could be read.
struct FrameSpan {
  std::string_view council;
  int from = 0;
  int to = 0;
};

std::optional<FrameSpan> span_of(const model::Frame& frame) {
  if (!frame.council.present() || !frame.council->name.present() || !frame.period.present() ||
      !frame.period->from.present() || !frame.period->to.present()) {
    return std::nullopt;
  }
  return FrameSpan{*frame.council->name, frame.period->from->value, frame.period->to->value};
}

}  // namespace

void link_frames(std::vector<FrameFigures>& frames) {
  std::vector<std::optional<FrameSpan>> spans;
  spans.reserve(frames.size());
  for (const FrameFigures& ff : frames) spans.push_back(span_of(*ff.group->frame));
  std::vector<int> previous_count(frames.size(), 0);
  std::vector<int> next_count(frames.size(), 0);
  std::vector<std::pair<size_t, size_t>> pairs;  // (previous, next)
  for (size_t a = 0; a < frames.size(); ++a) {
    for (size_t b = 0; b < frames.size(); ++b) {
      if (a == b || !spans[a] || !spans[b]) continue;
      if (spans[a]->council != spans[b]->council || spans[a]->to + 1 != spans[b]->from) continue;
      pairs.emplace_back(a, b);
      ++next_count[a];
      ++previous_count[b];
    }
  }
  for (const auto& [a, b] : pairs) {
    if (next_count[a] == 1) frames[a].next = &frames[b];
    if (previous_count[b] == 1) frames[b].previous = &frames[a];
  }
}

}  // namespace plancheck::figures
