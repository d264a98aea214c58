#include "summary/summary.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "base/did_you_mean.h"
#include "summary/plain.h"

namespace plancheck::summary {

namespace {

template <class T>
std::optional<T> optional_of(const model::Located<T>& v) {
  if (!v.present()) return std::nullopt;
  return *v;
}

std::optional<DecisionRef> decision_of(const model::Located<model::Decision>& d) {
  if (!d.present()) return std::nullopt;
  return DecisionRef{d->case_ref.value, d->date.value};
}

std::optional<int> year_of(const model::Located<model::Year>& y) {
  if (!y.present()) return std::nullopt;
  return y->value;
}

std::optional<Placement> placement_of(const std::optional<figures::Verdict>& verdict) {
  if (!verdict) return std::nullopt;
  switch (*verdict) {
    case figures::Verdict::below: return Placement::below;
    case figures::Verdict::inside: return Placement::inside;
    case figures::Verdict::above: return Placement::above;
    case figures::Verdict::undecided: return Placement::undecided;
  }
  return std::nullopt;
}

/// The checks of `frame` held back: share/period's when `period`, else the others' of `year`.
std::vector<HeldBackLine> held_back_of(const rules::Analysis& a, const model::Frame& frame,
                                       const Titles& titles, int year, bool period) {
  std::vector<HeldBackLine> out;
  for (const rules::HeldBack& h : a.held_back) {
    if (h.scope.frame != frame.id->name || (h.rule == "share/period") != period) continue;
    if (!period && h.scope.year != year) continue;
    HeldBackLine line{std::string(h.rule), h.scope.priority, titles.priority(h.scope.priority), {}, {}};
    for (const figures::Unknown& u : h.causes) {
      line.causes.push_back(u.what);
      line.plain_causes.push_back(titles.plain(u.what, h.scope.year));
    }
    out.push_back(std::move(line));
  }
  return out;
}

void add_finding(Compliance& c, FindingLine line) {
  const diag::Finding& f = *line.finding;
  c.findings.push_back(std::move(line));
  const report::Counts one = report::count({f});
  c.counts.errors += one.errors;
  c.counts.warnings += one.warnings;
  c.counts.notes += one.notes;
  c.counts.accepted += one.accepted;
}

/// The accepted finding of a share rule about `priority` (and `year`, unless 0).
std::optional<diag::Acceptance> share_acceptance(const rules::Analysis& a, std::string_view rule,
                                                 const std::string& frame, int year,
                                                 const std::string& priority) {
  for (const diag::Finding& f : a.findings()) {
    if (f.rule != rule || !f.accepted || f.scope.priority != priority) continue;
    if (!f.scope.frame.empty() && f.scope.frame != frame) continue;
    if (year != 0 && f.scope.year != year) continue;
    return f.accepted;
  }
  return std::nullopt;
}

Income income_of(const model::YearlyPlan& plan, const figures::YearFigures& y) {
  Income in;
  for (const model::PartnerIncome& p : *plan.income->partners) {
    const std::string name = p.partner_ref && p.partner_ref->name.present()
                                 ? p.partner_ref->name.value
                                 : p.partner->name;
    in.partners.push_back({p.partner->name, name, optional_of(p.amount)});
  }
  in.partners_total = y.partner_income;
  in.carried_over = y.carried_over;
  in.total = y.income;
  return in;
}

Allocation allocation_of(const model::Frame& frame, const figures::YearFigures& y) {
  Allocation al;
  al.administration = y.administration;
  al.adopted_administration = y.adopted_administration;
  al.adopted_measures = y.adopted_measures;
  al.adopted_reserve = y.adopted_reserve;
  if (frame.funding->administration.present()) {
    al.administration_max = optional_of(frame.funding->administration->max);
  }
  al.measures = y.measures;
  al.reserve = y.reserve;
  al.allocated = y.allocated;
  al.unallocated = y.unallocated;
  al.measure_funds = y.measure_funds;
  al.budgeted = y.budgeted;
  al.unassigned = y.unassigned;
  return al;
}

std::optional<ReserveLine> reserve_of(const model::Frame& frame, const model::YearlyPlan& plan,
                                      const figures::YearFigures& y) {
  if (!frame.reserve.present() && !plan.reserve.present()) return std::nullopt;
  ReserveLine r;
  r.amount = y.reserve;
  if (frame.reserve.present()) {
    r.min = optional_of(frame.reserve->min);
    r.max = optional_of(frame.reserve->max);
  }
  r.drawn = y.reserve_drawn;
  r.grants = y.reserve_grants;
  r.left = y.reserve_left;
  return r;
}

GrantLine grant_line(const figures::GrantFigures& g) {
  const model::Project& p = *g.grant;
  GrantLine line;
  line.id = p.id->name;
  line.title = p.title.value;
  line.applicant = p.applicant.value;
  line.measure = p.measure->name;
  if (p.measure_ref && p.measure_ref->priority_ref) line.priority = p.measure_ref->priority_ref->id->name;
  line.amount = optional_of(p.amount);
  line.decision = decision_of(p.decision);
  line.status = optional_of(p.status);
  if (g.paid_recorded) line.paid = g.paid;
  for (const model::Installment& in : *p.installments) {
    if (in.year.present()) line.installments.push_back({in.year->value, optional_of(in.amount), in.measure_id(p).name});
  }
  if (!g.total_incomplete && !g.overflow) line.total = g.total;
  line.withdrawn = optional_of(p.withdrawn);
  if (g.returned_in && *g.returned_in != g.year) line.returned_in = g.returned_in;
  return line;
}

/// The case number of the revision that last set an amount; empty when none did.
std::string revised_by(const model::Revision* r) {
  if (!r) return {};
  return r->decision->case_ref.value;
}

/// The ids a change names: what it sets, adds or moves from, and where a move goes.
ChangeLine change_line(const figures::ChangeEffect& e) {
  const model::Change& c = *e.change;
  ChangeLine line;
  line.kind = model::change_kind(c);
  switch (line.kind) {
    case model::ChangeKind::amount: line.target = c.measure->name; break;
    case model::ChangeKind::added: line.target = c.new_measure->id->name; break;
    case model::ChangeKind::moved:
      line.target = c.from->name;
      line.to = c.to->name;
      break;
    case model::ChangeKind::reserve: line.target = std::string(model::kReserveId); break;
    case model::ChangeKind::administration:
    case model::ChangeKind::invalid: break;
  }
  line.amount = e.amount;
  line.before = e.before;
  line.after = e.after;
  line.skipped = e.skipped;
  return line;
}

/// The revisions of the year as applied, with their changes.
std::vector<RevisionLine> revisions_of(const figures::YearFigures& y) {
  std::vector<RevisionLine> out;
  for (const figures::RevisionStep& step : y.in_force.steps) {
    RevisionLine line;
    line.decision = decision_of(step.revision->decision);
    line.reason = step.revision->reason.value;
    for (const figures::ChangeEffect& e : step.effects) line.changes.push_back(change_line(e));
    if (!step.overflow) line.allocated = step.allocated;
    out.push_back(std::move(line));
  }
  return out;
}

/// The shares of what was granted, with the council's decision where one departs.
std::vector<ActualLine> actual_of(const rules::Analysis& a, const std::string& frame, int year,
                                  const std::vector<figures::ActualShare>& shares) {
  std::vector<ActualLine> out;
  for (const figures::ActualShare& s : shares) {
    ActualLine line{s.priority->id->name, s.priority->title.value, s.granted, s.share,
                    s.range, s.band, placement_of(s.verdict), std::nullopt};
    if (line.placement && *line.placement != Placement::inside) {
      line.accepted = share_acceptance(a, "share/actual", frame, year, line.id);
    }
    out.push_back(std::move(line));
  }
  return out;
}

Grants grants_of(const figures::FrameFigures& ff, const figures::YearFigures& y) {
  Grants g;
  if (!y.group->lists.empty()) g.lists = y.lists_closed ? ListState::closed : ListState::open;
  for (const figures::MeasureYear& m : y.measure_grants) {
    const model::Measure& measure = *m.measure;
    MeasureLine line{measure.id->name, measure.title.value, measure.priority->name, m.adopted,
                     m.amount, revised_by(m.changed_by), m.added_by != nullptr, m.grants,
                     m.granted, m.amount ? std::optional<Money>(m.left) : std::nullopt};
    if (m.grants == 0) g.unused.push_back(line.id);
    g.measures.push_back(std::move(line));
  }
  g.granted = y.granted;
  g.count = y.grant_count - y.withdrawn_grants + y.installments;
  g.withdrawn = y.withdrawn;
  g.withdrawn_count = y.withdrawn_grants;
  g.withdrawn_later = y.withdrawn_later;
  g.withdrawn_later_count = y.withdrawn_later_grants;
  g.returned = y.returned;
  g.returned_count = y.returned_grants;
  g.left_over = y.left_over;
  for (const figures::GrantFigures& grant : ff.grants) {
    if (grant.year != y.year) continue;
    g.list.push_back(grant_line(grant));
    const model::Project& p = *grant.grant;
    if (p.status.present()) ++g.by_status[static_cast<size_t>(*p.status)];
    if (grant.paid_recorded) {
      ++g.paid_grants;
      g.paid = checked_add(g.paid, grant.paid).value_or(g.paid);
    }
  }
  return g;
}

CommitmentState state_of(const CommitmentLine& c, int year, bool in_term) {
  if (in_term) {
    if (c.measures.empty()) return CommitmentState::missing;
    if (c.required && c.funded < *c.required) return CommitmentState::short_funded;
    return CommitmentState::covered;
  }
  if (c.measures.empty()) {
    return c.from && year < *c.from ? CommitmentState::not_started : CommitmentState::ended;
  }
  const bool decided = std::any_of(c.measures.begin(), c.measures.end(),
                                   [](const FundingMeasure& m) { return m.decision.has_value(); });
  return decided ? CommitmentState::continued : CommitmentState::unapproved;
}

CommitmentLine commitment_of(const figures::CommitmentYear& cy, int year) {
  const model::Commitment& c = *cy.commitment;
  CommitmentLine line;
  line.id = c.id->name;
  line.title = c.title.value;
  line.from = year_of(c.from);
  line.to = year_of(c.to);
  line.required = optional_of(c.amount);
  line.funded = cy.funded;
  for (size_t i = 0; i < cy.measures.size(); ++i) {
    const model::Measure* m = cy.measures[i];
    line.measures.push_back({m->id->name, m->title.value, cy.amounts[i], decision_of(m->decision)});
  }
  line.state = state_of(line, year, cy.in_term);
  return line;
}

YearSection year_section(const rules::Analysis& a, const model::Frame& frame, const Titles& titles,
                         const figures::FrameFigures& ff, const figures::YearFigures& y) {
  const model::YearlyPlan& plan = *y.plan;
  YearSection s;
  s.year = y.year;
  s.title = plan.title.value;
  s.adopted = decision_of(plan.adopted);
  s.overflow = y.overflow;
  s.incomplete = y.plan_incomplete;
  s.grants_incomplete = y.grants_incomplete;
  s.income = income_of(plan, y);
  s.allocation = allocation_of(frame, y);
  for (const figures::PriorityYear& p : y.priorities) {
    PriorityLine line{p.priority->id->name,
                      p.priority->title.value,
                      p.amount,
                      p.adopted,
                      p.share,
                      p.range,
                      p.band,
                      placement_of(p.verdict),
                      std::nullopt};
    if (line.placement && *line.placement != Placement::inside) {
      line.accepted = share_acceptance(a, "share/year", frame.id->name, y.year, line.id);
    }
    s.priorities.push_back(std::move(line));
  }
  s.held_back = held_back_of(a, frame, titles, y.year, false);
  if (!y.in_force.overflow) s.adopted_allocated = y.in_force.adopted_allocated;
  s.revisions = revisions_of(y);
  s.actual = actual_of(a, frame.id->name, y.year, y.actual);
  s.actual_total = y.actual_total;
  s.reserve = reserve_of(frame, plan, y);
  s.grants = grants_of(ff, y);
  for (const figures::CommitmentYear& cy : y.commitments) {
    s.commitments.push_back(commitment_of(cy, y.year));
  }
  return s;
}

PeriodSection period_section(const rules::Analysis& a, const model::Frame& frame,
                             const Titles& titles, const figures::FrameFigures& ff) {
  PeriodSection p;
  p.from = year_of(frame.period->from);
  p.to = year_of(frame.period->to);
  p.label = frame.period->label.value;
  for (const figures::YearFigures& y : ff.years) {
    const bool inside = (!p.from || y.year >= *p.from) && (!p.to || y.year <= *p.to);
    if (inside) p.planned_years.push_back(y.year);
  }
  p.unplanned_years = ff.unplanned_years;
  p.planned_funds = ff.planned_funds;
  p.remaining_funds = ff.remaining_funds;
  p.expected_per_year = ff.expected_per_year;
  p.overflow = ff.overflow;
  p.incomplete = ff.incomplete;
  for (const figures::PriorityPeriod& pp : ff.period) {
    PeriodPriority line{pp.priority->id->name,
                        pp.priority->title.value,
                        pp.planned,
                        pp.share,
                        pp.range,
                        pp.band,
                        placement_of(pp.verdict),
                        pp.need_at_least,
                        pp.may_at_most,
                        pp.reachable,
                        std::nullopt};
    if (line.placement && *line.placement != Placement::inside) {
      line.accepted = share_acceptance(a, "share/period", frame.id->name, 0, line.id);
    }
    p.priorities.push_back(std::move(line));
  }
  p.held_back = held_back_of(a, frame, titles, 0, true);
  p.room_open = !ff.split.exact();
  p.actual = actual_of(a, frame.id->name, 0, ff.actual);
  p.actual_total = ff.actual_total;
  p.actual_final = ff.actual_final;
  return p;
}

/// The years of `group` the selection shows.
std::vector<int> shown_years(const link::FrameGroup& group, const Selection& sel) {
  std::vector<int> years = plan_years(group);
  if (sel.all_years) return years;
  if (sel.year) {
    if (std::find(years.begin(), years.end(), *sel.year) != years.end()) return {*sel.year};
    return {};
  }
  if (years.empty()) return {};
  return {years.back()};
}

/// Where a finding's file stands among the plans: its kind and budget year.
struct FilePlace {
  FileRole role = FileRole::none;
  int year = 0;
};

FileRole role_of(model::FileKind kind) {
  switch (kind) {
    case model::FileKind::frame: return FileRole::frame;
    case model::FileKind::yearly_plan: return FileRole::plan;
    case model::FileKind::project_list: return FileRole::list;
  }
  return FileRole::none;
}

/// Files -> kind and budget year, for the findings that carry no year in
/// their scope and for saying which plan a finding concerns.
std::map<const source::SourceFile*, FilePlace> file_places(const rules::Analysis& a) {
  std::map<const source::SourceFile*, FilePlace> out;
  for (const link::FrameGroup& g : a.linked.frames) {
    out[g.frame->file] = {FileRole::frame, 0};
    for (const link::YearGroup& y : g.years) {
      if (y.plan) out[y.plan->file] = {FileRole::plan, y.year};
      for (const model::ProjectList* l : y.lists)
        out[l->file] = {FileRole::list, y.year};
    }
  }
  for (const model::Stub& stub : a.set->broken) {
    const FileRole role = role_of(stub.kind);
    out.emplace(stub.file, FilePlace{role, role == FileRole::frame ? 0 : stub.year});
  }
  return out;
}

/// The index of the frame a finding belongs to, or -1.
int frame_index(const rules::Analysis& a, const diag::Finding& f) {
  std::string id = f.scope.frame;
  if (f.where.file) {
    const auto it = a.linked.frame_of_file.find(f.where.file);
    if (it != a.linked.frame_of_file.end()) id = it->second->id->name;
  }
  for (size_t i = 0; i < a.linked.frames.size(); ++i) {
    if (a.linked.frames[i].frame->id->name == id) return static_cast<int>(i);
  }
  return -1;
}

void assign(FrameSection& s, FindingLine line, int year) {
  if (year == 0) return add_finding(s.compliance, std::move(line));
  for (YearSection& y : s.years) {
    if (y.year == year) return add_finding(y.compliance, std::move(line));
  }
  add_finding(s.other_years, std::move(line));
  if (std::find(s.other_year_list.begin(), s.other_year_list.end(), year) ==
      s.other_year_list.end()) {
    s.other_year_list.push_back(year);
    std::sort(s.other_year_list.begin(), s.other_year_list.end());
  }
}

/// The finding as the council reads it: titles for ids (when its frame is
/// known), and the plan file it is in.
FindingLine finding_line(const diag::Finding& f, const Titles* titles,
                         const std::map<const source::SourceFile*, FilePlace>& places, int year) {
  FindingLine line{&f, titles ? titles->plain(f.message, year) : f.message, FileRole::none, 0};
  if (f.where.file) {
    const auto it = places.find(f.where.file);
    if (it != places.end()) {
      line.file = it->second.role;
      line.year = it->second.year;
    }
  }
  return line;
}

/// Files each finding under its frame and year (or with the unassigned ones).
void assign_findings(const rules::Analysis& a, const std::vector<int>& section_of_frame,
                     Summary& out) {
  const auto places = file_places(a);
  std::vector<Titles> titles;
  for (const link::FrameGroup& g : a.linked.frames) titles.emplace_back(g);
  for (const diag::Finding& f : a.findings()) {
    const int index = frame_index(a, f);
    if (index < 0) {
      add_finding(out.unassigned, finding_line(f, nullptr, places, f.scope.year));
      continue;
    }
    const int section = section_of_frame[static_cast<size_t>(index)];
    if (section < 0) continue;  // a frame the selection leaves out
    int year = f.scope.year;
    if (year == 0 && f.where.file) {
      const auto it = places.find(f.where.file);
      if (it != places.end()) year = it->second.year;
    }
    assign(out.frames[static_cast<size_t>(section)],
           finding_line(f, &titles[static_cast<size_t>(index)], places, year), year);
  }
}

FrameSection frame_section(const rules::Analysis& a, size_t index, const Selection& sel) {
  const link::FrameGroup& group = a.linked.frames[index];
  const figures::FrameFigures& ff = a.figures[index];
  const model::Frame& frame = *group.frame;
  const Titles titles(group);
  FrameSection s;
  s.id = frame.id->name;
  s.title = frame.title.value;
  s.file = frame.file->path();
  s.council = frame.council->name.value;
  s.council_short = frame.council->short_name.value;
  s.adopted = decision_of(frame.adopted);
  if (frame.reserve.present()) s.reserve_title = frame.reserve->title.value;
  if (frame.reserve.present() && frame.reserve->counts_toward_ref) {
    s.reserve_counts_toward = frame.reserve->counts_toward_ref->title.value;
    s.reserve_counts_toward_id = frame.reserve->counts_toward_ref->id->name;
  }
  s.reserve_in_split = figures::reserve_in_split(frame);
  for (const int year : shown_years(group, sel)) {
    if (const figures::YearFigures* y = ff.year(year)) {
      s.years.push_back(year_section(a, frame, titles, ff, *y));
    } else {
      YearSection broken;
      broken.year = year;
      broken.readable = false;
      s.years.push_back(std::move(broken));
    }
  }
  if (sel.year && s.years.empty()) s.absent_year = sel.year;
  s.period = period_section(a, frame, titles, ff);
  return s;
}

std::string joined_years(const std::vector<int>& years) {
  std::string out;
  for (const int y : years)
    out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}

/// The frame id `name` is a likely typo or abbreviation of.
std::optional<std::string> frame_guess(const std::string& name,
                                       const std::vector<std::string>& ids) {
  if (auto guess = did_you_mean(name, ids)) return guess;
  std::optional<std::string> prefixed;
  for (const std::string& id : ids) {
    if (!id.starts_with(name)) continue;
    if (prefixed) return std::nullopt;  // more than one: no guess
    prefixed = id;
  }
  return prefixed;
}

/// The planned year nearest to `year` (the later one on a tie).
std::string nearest_year(int year, const std::vector<int>& years) {
  int best = years.front();
  for (const int y : years) {
    if (std::abs(y - year) <= std::abs(best - year)) best = y;
  }
  return std::to_string(best);
}

/// Checks --frame and --year against the plan set.
std::optional<SelectionError> check_selection(const rules::Analysis& a, const Selection& sel) {
  std::vector<std::string> ids;
  for (const link::FrameGroup& g : a.linked.frames)
    ids.push_back(g.frame->id->name);
  if (!sel.frame.empty() && std::find(ids.begin(), ids.end(), sel.frame) == ids.end()) {
    std::string list;
    for (const std::string& id : ids)
      list += (list.empty() ? "" : ", ") + id;
    if (ids.empty()) {
      return SelectionError{diag::Message{"summary.usage.no-frames", {{"name", sel.frame}}},
                            std::nullopt};
    }
    return SelectionError{
        diag::Message{"summary.usage.unknown-frame", {{"name", sel.frame}, {"frames", list}}},
        frame_guess(sel.frame, ids)};
  }
  if (!sel.year) return std::nullopt;
  std::set<int> years;
  for (const link::FrameGroup& g : a.linked.frames) {
    if (!sel.frame.empty() && g.frame->id->name != sel.frame) continue;
    for (const int y : plan_years(g))
      years.insert(y);
  }
  if (years.count(*sel.year)) return std::nullopt;
  const std::vector<int> list(years.begin(), years.end());
  if (list.empty()) {
    return SelectionError{diag::Message{"summary.usage.no-plans", {{"year", int64_t{*sel.year}}}},
                          std::nullopt};
  }
  return SelectionError{
      diag::Message{"summary.usage.unknown-year",
                    {{"year", int64_t{*sel.year}}, {"years", joined_years(list)}}},
      nearest_year(*sel.year, list)};
}

}  // namespace

std::vector<int> plan_years(const link::FrameGroup& group) {
  std::vector<int> years;
  for (const link::YearGroup& y : group.years) {
    if (y.plan || y.plan_broken) years.push_back(y.year);
  }
  return years;
}

std::variant<Summary, SelectionError> build(const rules::Analysis& a, const Selection& sel) {
  if (auto error = check_selection(a, sel)) return *error;
  Summary out;
  out.counts = report::count(a.findings());
  out.version = PLANCHECK_VERSION;
  out.files = a.set->plan_file_count;
  std::vector<int> section_of_frame(a.linked.frames.size(), -1);
  for (size_t i = 0; i < a.linked.frames.size(); ++i) {
    if (!sel.frame.empty() && a.linked.frames[i].frame->id->name != sel.frame) continue;
    section_of_frame[i] = static_cast<int>(out.frames.size());
    out.frames.push_back(frame_section(a, i, sel));
  }
  assign_findings(a, section_of_frame, out);
  return out;
}

}  // namespace plancheck::summary
