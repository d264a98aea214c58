#include "draft/draft.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "base/platform.h"

namespace plancheck::draft {

namespace {

/// Money arithmetic that remembers an overflow instead of wrapping.
struct Arithmetic {
  bool overflow = false;

  Money add(Money a, Money b) {
    if (const auto r = checked_add(a, b)) return *r;
    overflow = true;
    return {};
  }
  Money sub(Money a, Money b) {
    if (const auto r = checked_sub(a, b)) return *r;
    overflow = true;
    return {};
  }
};

Money amount_of(const model::Located<Money>& m) {
  return m.present() ? *m : Money{};
}

bool covers(const model::Commitment& c, int year) {
  return c.from.present() && c.to.present() && c.from->value <= year && year <= c.to->value;
}

bool active(const model::Partner& p, int year) {
  return (!p.from.present() || p.from->value <= year) && (!p.to.present() || p.to->value >= year);
}

/// The newest decoded yearly plan before `year`, with its year.
const figures::YearFigures* newest_before(const figures::FrameFigures& ff, int year) {
  const figures::YearFigures* found = nullptr;
  for (const figures::YearFigures& y : ff.years) {
    if (y.year < year) found = &y;
  }
  return found;
}

void draft_income(const model::Frame& frame, const figures::FrameFigures& ff, Draft& d,
                  Arithmetic& a) {
  Money partners;
  for (const model::Partner& p : *frame.funding->partners) {
    if (!active(p, d.year)) continue;
    d.partners.push_back({&p, amount_of(p.amount)});
    partners = a.add(partners, amount_of(p.amount));
  }
  d.carried_from = d.year - 1;
  const bool first = frame.period->from.present() && d.year == frame.period->from->value;
  // The first year carries over from the last year of the council's previous frame.
  const figures::FrameFigures* source = first ? ff.previous : &ff;
  const figures::YearFigures* prev = source ? source->year(d.year - 1) : nullptr;
  if (first && source) d.carried_frame = source->group->frame;
  if (!source) {
    d.carried_reason = CarriedOver::first_year;
  } else if (!prev) {
    d.carried_reason = CarriedOver::no_previous_plan;
  } else if (prev->group->lists.empty()) {
    d.carried_reason = CarriedOver::no_lists;
  } else if (!prev->lists_closed) {
    d.carried_reason = CarriedOver::lists_open;
  } else if (prev->overflow || prev->plan_incomplete || prev->grants_incomplete) {
    d.carried_reason = CarriedOver::incomplete;
  } else if (prev->left_over < Money{}) {
    d.carried_reason = CarriedOver::overdrawn;
  } else {
    d.carried_reason = CarriedOver::left_over;
    d.carried_over = prev->left_over;
  }
  d.income = a.add(partners, d.carried_over);
}

/// The year before's amount kept within [low, high] (either bound optional),
/// or `fallback` when there is no year before.
Money within(std::optional<Money> previous, std::optional<Money> low, std::optional<Money> high,
             Money fallback, Source& source) {
  if (!previous) {
    source = Source::frame;
    return fallback;
  }
  Money m = *previous;
  if (low && m < *low) m = *low;
  if (high && m > *high) m = *high;
  source = m == *previous ? Source::previous : Source::clamped;
  return m;
}

void draft_costs(const model::Frame& frame, Draft& d) {
  const model::YearlyPlan* prev = d.previous;
  std::optional<Money> admin_max;
  if (frame.funding->administration.present())
    admin_max = amount_of(frame.funding->administration->max);
  std::optional<Money> prev_admin;
  if (prev && prev->administration->amount.present()) prev_admin = *prev->administration->amount;
  d.administration = within(prev_admin, std::nullopt, admin_max, admin_max.value_or(Money{}),
                            d.administration_source);
  if (!frame.reserve.present()) return;
  const model::ReserveFrame& bounds = *frame.reserve;
  std::optional<Money> prev_reserve;
  if (prev && prev->reserve.present() && prev->reserve->amount.present()) {
    prev_reserve = *prev->reserve->amount;
  }
  d.reserve = within(prev_reserve, amount_of(bounds.min), amount_of(bounds.max),
                     amount_of(bounds.min), d.reserve_source);
}

/// The priority that takes what the target shares leave: the largest target, first on ties.
size_t remainder_holder(const std::vector<DraftPriority>& priorities) {
  size_t best = 0;
  for (size_t i = 1; i < priorities.size(); ++i) {
    const auto& t = priorities[i].target;
    if (t && (!priorities[best].target || *t > *priorities[best].target)) best = i;
  }
  return best;
}

/// Each priority's target share of the measure funds; the remainder to one of them.
void draft_shares(const model::Frame& frame, Draft& d, Arithmetic& a) {
  const model::Priority* reserve_priority =
      frame.reserve.present() ? frame.reserve->counts_toward_ref : nullptr;
  Money allocated;
  for (const model::Priority& p : *frame.priorities) {
    DraftPriority dp{&p, std::nullopt, {}, {}, &p == reserve_priority, {}};
    if (const auto band = figures::band_of(p)) {
      dp.target = band->target;
      dp.amount = Money{floor_times(d.measure_funds.kroner, band->target)};
    }
    allocated = a.add(allocated, dp.amount);
    d.priorities.push_back(std::move(dp));
  }
  if (d.priorities.empty() || allocated > d.measure_funds) return;
  DraftPriority& holder = d.priorities[remainder_holder(d.priorities)];
  holder.remainder = a.sub(d.measure_funds, allocated);
  holder.amount = a.add(holder.amount, holder.remainder);
}

/// Why the year before's measure is not carried, or std::nullopt when it is.
std::optional<Skipped::Reason> skip_reason(const model::Measure& m, int year) {
  if (!m.priority_ref) return Skipped::Reason::no_priority;
  if (m.type.present() && *m.type == model::MeasureType::operations) {
    return Skipped::Reason::operations;
  }
  if (m.commitment_ref && !covers(*m.commitment_ref, year))
    return Skipped::Reason::commitment_ended;
  return std::nullopt;
}

DraftMeasure carried(const model::Measure& m) {
  DraftMeasure dm;
  dm.previous = &m;
  dm.commitment = m.commitment_ref;
  dm.origin = m.commitment_ref ? Origin::commitment : Origin::carried;
  dm.priority = m.priority_ref;
  dm.id = m.id->name;
  for (const model::Located<model::Id>& f : *m.focus_areas)
    dm.focus_areas.push_back(f->name);
  if (m.responsible.present()) dm.responsible = *m.responsible;
  return dm;
}

/// The first focus area of the priority's anchoring document, for a new business measure.
void guess_focus_area(const model::Priority& p, DraftMeasure& dm) {
  if (!p.business_development.present() || !*p.business_development || !p.anchored_in_ref) return;
  const auto& areas = *p.anchored_in_ref->focus_areas;
  if (areas.empty()) return;
  dm.focus_areas.push_back(areas.front().id->name);
  dm.focus_area_guessed = true;
}

std::string business_unit(const model::Frame& frame) {
  const model::BusinessUnit& unit = *frame.council->business_unit;
  return unit.id.present() ? unit.id->name : std::string();
}

/// The ids of the draft's measures, for giving a new measure one of its own.
class TakenIds {
 public:
  explicit TakenIds(const Draft& d) {
    for (const DraftPriority& dp : d.priorities) {
      for (const DraftMeasure& m : dp.measures) ids_.insert(m.id);
    }
  }

  /// `base`, or `base-2`, `base-3`, ... when a measure has that id already;
  /// the id returned is then taken.
  std::string unique(const std::string& base) {
    std::string id = base;
    for (int n = 2; ids_.count(id); ++n)
      id = base + "-" + std::to_string(n);
    ids_.insert(id);
    return id;
  }

 private:
  std::unordered_set<std::string> ids_;
};

/// The year before's measures, and a measure for each commitment covering the year.
void draft_measures(const model::Frame& frame, Draft& d) {
  std::unordered_map<const model::Priority*, DraftPriority*> by_priority;
  for (DraftPriority& dp : d.priorities) by_priority.emplace(dp.priority, &dp);
  std::unordered_set<const model::Commitment*> funded;
  if (d.previous) {
    for (const model::Measure& m : *d.previous->measures) {
      if (!m.id.present()) continue;
      if (const auto reason = skip_reason(m, d.year)) {
        d.skipped.push_back({&m, *reason});
      } else if (const auto it = by_priority.find(m.priority_ref); it != by_priority.end()) {
        it->second->measures.push_back(carried(m));
        funded.insert(m.commitment_ref);
      }
    }
  }
  if (d.priorities.empty()) return;
  DraftPriority& holder = d.priorities[remainder_holder(d.priorities)];
  TakenIds taken(d);
  for (const model::Commitment& c : *frame.commitments) {
    if (!covers(c, d.year) || !c.id.present() || funded.count(&c)) continue;
    DraftMeasure dm{Origin::commitment,   nullptr, &c, holder.priority, taken.unique(c.id->name), {},
                    business_unit(frame), false,   {}, {}};
    guess_focus_area(*holder.priority, dm);
    holder.measures.push_back(std::move(dm));
  }
}

/// Commitment measures get the commitment's amount (or more, as the year before);
/// the others share what is left of the priority's amount by last year's amounts.
void split_priority(DraftPriority& dp, const Draft& d, Arithmetic& a) {
  Money fixed = dp.holds_reserve ? d.reserve.value_or(Money{}) : Money{};
  std::vector<DraftMeasure*> shared;
  Money weights;
  for (DraftMeasure& m : dp.measures) {
    if (m.origin == Origin::commitment) {
      m.amount = std::max(amount_of(m.commitment->amount),
                          m.previous ? amount_of(m.previous->amount) : Money{});
      fixed = a.add(fixed, m.amount);
    } else {
      shared.push_back(&m);
      weights = a.add(weights, m.previous ? amount_of(m.previous->amount) : Money{});
    }
  }
  if (shared.empty()) return;
  const Money free = dp.amount > fixed ? a.sub(dp.amount, fixed) : Money{};
  Money given;
  DraftMeasure* largest = shared.front();
  for (DraftMeasure* m : shared) {
    const Money w = m->previous ? amount_of(m->previous->amount) : Money{};
    const Ratio part = weights > Money{} ? Ratio{w.kroner, weights.kroner}
                                         : Ratio{1, static_cast<int64_t>(shared.size())};
    m->amount = Money{floor_times(free.kroner, part)};
    given = a.add(given, m->amount);
    if (m->previous && largest->previous &&
        amount_of(m->previous->amount) > amount_of(largest->previous->amount)) {
      largest = m;
    }
  }
  largest->remainder = a.sub(free, given);
  largest->amount = a.add(largest->amount, largest->remainder);
}

/// A new measure for each priority with funds but no measure to carry them.
void add_placeholders(const model::Frame& frame, Draft& d) {
  TakenIds taken(d);
  for (DraftPriority& dp : d.priorities) {
    const bool has_shared = std::any_of(dp.measures.begin(), dp.measures.end(), [](const auto& m) {
      return m.origin != Origin::commitment;
    });
    if (has_shared || !dp.target) continue;
    DraftMeasure dm{Origin::placeholder,
                    nullptr,
                    nullptr,
                    dp.priority,
                    taken.unique(dp.priority->id->name + "-1"),
                    {},
                    business_unit(frame),
                    false,
                    {},
                    {}};
    guess_focus_area(*dp.priority, dm);
    dp.measures.push_back(std::move(dm));
  }
}

const model::YearlyPlan* plan_file_for(const figures::FrameFigures& ff, int year) {
  const link::YearGroup* g = ff.group->year(year);
  return g ? g->plan : nullptr;
}

}  // namespace

std::optional<DraftError> refusal(const rules::Analysis& analysis, const figures::FrameFigures& ff,
                                  int year) {
  const model::Frame& frame = *ff.group->frame;
  const std::string id = frame.id.present() ? frame.id->name : std::string();
  for (const diag::Finding& f : analysis.findings()) {
    if (f.where.file == frame.file && f.severity == diag::Severity::error && !f.accepted) {
      return DraftError{{"new-year.frame-errors", {{"path", frame.file->path()}}}};
    }
  }
  const model::Period& period = *frame.period;
  if (year == period.to->value + 1) {
    return DraftError{{"new-year.after-period",
                       {{"year", int64_t{year}},
                        {"from", int64_t{period.from->value}},
                        {"to", int64_t{period.to->value}},
                        {"frame", id}}}};
  }
  if (year < period.from->value || year > period.to->value) {
    return DraftError{{"new-year.outside-period",
                       {{"year", int64_t{year}},
                        {"from", int64_t{period.from->value}},
                        {"to", int64_t{period.to->value}},
                        {"frame", id}}}};
  }
  if (const model::YearlyPlan* plan = plan_file_for(ff, year)) {
    return DraftError{
        {"new-year.plan-exists", {{"year", int64_t{year}}, {"path", plan->file->path()}}}};
  }
  for (const model::Stub& stub : analysis.set->broken) {
    if (stub.kind == model::FileKind::yearly_plan && stub.frame == id && stub.year == year) {
      return DraftError{
          {"new-year.plan-exists", {{"year", int64_t{year}}, {"path", stub.file->path()}}}};
    }
  }
  return std::nullopt;
}

std::variant<Draft, DraftError> draft_year(const figures::FrameFigures& ff, int year) {
  const model::Frame& frame = *ff.group->frame;
  Draft d;
  d.frame = &frame;
  d.year = year;
  if (const figures::YearFigures* prev = newest_before(ff, year)) {
    d.previous = prev->plan;
    d.previous_year = prev->year;
  }
  Arithmetic a;
  draft_income(frame, ff, d, a);
  draft_costs(frame, d);
  if (d.income < d.administration) {
    return DraftError{
        {"new-year.short-income",
         {{"year", int64_t{year}}, {"income", d.income}, {"administration", d.administration}}}};
  }
  d.measure_funds = a.sub(d.income, d.administration);
  // A reserve outside the split is set aside first; the shares are of the measures alone.
  if (!figures::reserve_in_split(frame) && d.reserve) {
    d.measure_funds = a.sub(d.measure_funds, std::min(*d.reserve, d.measure_funds));
  }
  draft_shares(frame, d, a);
  draft_measures(frame, d);
  add_placeholders(frame, d);
  for (DraftPriority& dp : d.priorities)
    split_priority(dp, d, a);
  if (a.overflow) return DraftError{{"new-year.overflow", {{"year", int64_t{year}}}}};
  return d;
}

std::string default_path(const Draft& d) {
  namespace fs = std::filesystem;
  const std::string year = std::to_string(d.year);
  if (d.previous) {
    const fs::path prev = platform::fs_path(d.previous->file->path());
    const std::string old_year = std::to_string(d.previous_year);
    std::string dir = platform::utf8_path(prev.parent_path().filename());
    std::string name = platform::utf8_path(prev.filename());
    if (name.find(old_year) != std::string::npos) {
      for (std::string* part : {&dir, &name}) {
        for (size_t at = part->find(old_year); at != std::string::npos;
             at = part->find(old_year, at)) {
          part->replace(at, old_year.size(), year);
        }
      }
      return platform::utf8_path(prev.parent_path().parent_path() / platform::fs_path(dir) /
                                 platform::fs_path(name));
    }
  }
  const fs::path frame_dir = platform::fs_path(d.frame->file->path()).parent_path();
  return platform::utf8_path(frame_dir / year / ("budsjett-og-tiltaksplan-" + year + ".yaml"));
}

std::string project_list_path(const Draft& d, const figures::FrameFigures& ff,
                              const std::string& plan_path) {
  const std::string year = std::to_string(d.year);
  const auto dir = platform::fs_path(plan_path).parent_path();
  std::string name = "prosjektliste-" + year + ".yaml";
  const link::YearGroup* before = ff.group->year(d.year - 1);
  if (before && !before->lists.empty()) {
    const std::string old_year = std::to_string(d.year - 1);
    std::string previous = platform::utf8_path(platform::fs_path(before->lists.front()->file->path()).filename());
    if (previous.find(old_year) != std::string::npos) {
      for (size_t at = previous.find(old_year); at != std::string::npos;
           at = previous.find(old_year, at)) {
        previous.replace(at, old_year.size(), year);
      }
      name = previous;
    }
  }
  return platform::utf8_path(dir / platform::fs_path(name));
}

}  // namespace plancheck::draft
