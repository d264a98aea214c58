#include "link/link.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/did_you_mean.h"

namespace plancheck::link {

using diag::Message;
using model::Frame;
using model::Located;
using model::PlanSet;

const YearGroup* FrameGroup::year(int y) const {
  for (const YearGroup& g : years) {
    if (g.year == y) return &g;
  }
  return nullptr;
}

namespace {

/// The names of an index, for "did you mean", made when a reference into
/// it first fails to resolve: sorted, whatever the index's order, so that
/// of two names equally close the same is suggested, then `extra`.
struct Suggestions {
  std::optional<NameIndex> names;

  template <class Map>
  const NameIndex& of(const Map& index, std::optional<std::string_view> extra = std::nullopt) {
    if (names) return *names;
    std::vector<std::string_view> all;
    all.reserve(index.size() + 1);
    for (const auto& [name, item] : index) all.push_back(name);
    std::sort(all.begin(), all.end());
    if (extra) all.push_back(*extra);
    return names.emplace(all);
  }
};

/// Adds link findings to the plan set, with their scope filled in.
class Reporter {
 public:
  explicit Reporter(PlanSet& set) : set_(set) {
    for (const diag::Finding& f : set.findings) ++per_file_[f.where.file];
  }

  diag::Finding& add(std::string_view rule, const source::SourceFile& file, source::Offset at,
                     Message message, diag::Scope scope = {}) {
    ++per_file_[&file];
    diag::Finding& f = set_.findings.emplace_back();
    f.rule = rule;
    f.where = diag::locate(file, at);
    f.message = std::move(message);
    f.scope = std::move(scope);
    return f;
  }

  /// A reference that names nothing, with "did you mean" and where the valid names stand.
  /// Past the limits on findings (counted in the order they are found) a
  /// reference gets no suggestion: its finding is only counted.
  void unresolved(std::string_view rule, const source::SourceFile& file,
                  const Located<model::Id>& ref, Message message, const NameIndex& names,
                  diag::Scope scope) {
    const bool shown = set_.findings.size() < diag::kMaxFindings &&
                       per_file_[&file] < diag::kMaxFindingsPerFile;
    diag::Finding& f = add(rule, file, ref.at, std::move(message), std::move(scope));
    if (!shown) return;
    if (const auto guess = names.closest(ref->name)) {
      f.help = Message{"help.did-you-mean", {{"name", *guess}}};
    }
  }

  void related(const source::SourceFile& file, source::Offset at, std::string_view key) {
    if (at == source::kNoOffset) return;
    set_.findings.back().related.push_back({diag::locate(file, at), Message{key, {}}});
  }

 private:
  PlanSet& set_;
  std::unordered_map<const source::SourceFile*, size_t> per_file_;  // findings so far
};

template <class T>
  requires(!std::is_pointer_v<T>)
T& deref(T& item) {
  return item;
}
template <class T>
T& deref(T* item) {
  return *item;
}

/// Reports ids used twice among `items` (elements, or pointers to them);
/// returns the index by id.
template <class Items>
auto unique_ids(Reporter& r, const source::SourceFile& file, Items& items, diag::Scope scope) {
  using T = std::remove_reference_t<decltype(deref(*items.begin()))>;
  std::map<std::string, T*> index;
  for (auto& entry : items) {
    T& item = deref(entry);
    if (!item.id.present()) continue;
    const auto [it, fresh] = index.emplace(item.id->name, &item);
    if (fresh) continue;
    r.add("id/duplicate", file, item.id.at, Message{"id.duplicate", {{"id", item.id->name}}}, scope);
    r.related(file, it->second->id.at, "related.first-use");
  }
  return index;
}

/// A frame's ids, indexed for resolving references into it.
struct FrameIndex {
  std::map<std::string, model::Priority*> priorities;
  std::map<std::string, model::FocusArea*> focus_areas;
  std::map<std::string, model::Partner*> partners;
  std::map<std::string, model::Commitment*> commitments;
  std::map<std::string, model::AnchorDocument*> documents;
  Suggestions priority_names, focus_area_names, partner_names, commitment_names, document_names;
};

/// A yearly plan's measures by id (those its revisions add too), made once
/// for its revisions, the year's project lists and later years' installments
/// (hashed: every grant looks its measure up here).
struct MeasureIndex {
  std::unordered_map<std::string, model::Measure*> measures;
  Suggestions names;              // the measures' ids
  Suggestions names_and_reserve;  // and "reserve"
};

void check_year_range(Reporter& r, const source::SourceFile& file, const Located<model::Year>& from,
                      const Located<model::Year>& to) {
  if (!from.present() || !to.present() || from->value <= to->value) return;
  r.add("schema/range", file, to.at,
        Message{"schema.range-years",
                {{"from", int64_t{from->value}}, {"to", int64_t{to->value}}}});
}

void check_share_band(Reporter& r, const source::SourceFile& file, const model::Priority& p) {
  const model::ShareBand& band = *p.share;
  if (!p.share.present()) return;
  // A bound written but unreadable (`tolerance: 2,5`) has a finding of its own.
  const auto written = [](const Located<model::Percent>& v) { return v.present() || v.invalid(); };
  if (!written(band.tolerance) && !(written(band.min) && written(band.max))) {
    r.add("schema/missing", file, p.share.at, Message{"schema.share-band", {}},
          {.priority = p.id->name});
  }
  if (band.min.present() && band.max.present() && band.min->ratio > band.max->ratio) {
    r.add("schema/range", file, band.max.at,
          Message{"schema.range-share", {{"min", band.min->ratio}, {"max", band.max->ratio}}},
          {.priority = p.id->name});
  }
}

FrameIndex index_frame(Reporter& r, Frame& frame) {
  const source::SourceFile& file = *frame.file;
  const diag::Scope scope{.frame = frame.id->name};
  FrameIndex idx;
  idx.documents = unique_ids(r, file, *frame.anchoring, scope);
  idx.priorities = unique_ids(r, file, *frame.priorities, scope);
  idx.partners = unique_ids(r, file, *frame.funding->partners, scope);
  idx.commitments = unique_ids(r, file, *frame.commitments, scope);
  std::vector<model::FocusArea*> areas;
  for (model::AnchorDocument& doc : *frame.anchoring) {
    for (model::FocusArea& area : *doc.focus_areas) {
      const auto [it, fresh] = idx.focus_areas.emplace(area.id->name, &area);
      if (fresh || !area.id.present()) continue;
      r.add("id/duplicate", file, area.id.at, Message{"id.duplicate", {{"id", area.id->name}}}, scope);
      r.related(file, it->second->id.at, "related.first-use");
    }
  }
  return idx;
}

void link_frame(Reporter& r, Frame& frame, FrameIndex& idx) {
  const source::SourceFile& file = *frame.file;
  const diag::Scope scope{.frame = frame.id->name};
  for (model::Priority& p : *frame.priorities) {
    check_share_band(r, file, p);
    if (!p.anchored_in.present()) continue;
    const auto it = idx.documents.find(p.anchored_in->name);
    if (it != idx.documents.end()) {
      p.anchored_in_ref = it->second;
    } else {
      r.unresolved("ref/anchoring", file, p.anchored_in,
                   Message{"ref.anchoring", {{"id", p.anchored_in->name}}}, idx.document_names.of(idx.documents),
                   scope);
    }
  }
  model::ReserveFrame& reserve = *frame.reserve;
  if (reserve.counts_toward.present()) {
    const auto it = idx.priorities.find(reserve.counts_toward->name);
    if (it != idx.priorities.end()) {
      reserve.counts_toward_ref = it->second;
    } else {
      r.unresolved("ref/priority", file, reserve.counts_toward,
                   Message{"ref.priority", {{"id", reserve.counts_toward->name}}},
                   idx.priority_names.of(idx.priorities), scope);
      r.related(file, frame.priorities.key, "related.priorities");
    }
  }
  if (reserve.min.present() && reserve.max.present() && *reserve.min > *reserve.max) {
    r.add("schema/range", file, reserve.max.at,
          Message{"schema.range-money", {{"min", *reserve.min}, {"max", *reserve.max}}}, scope);
  }
  check_year_range(r, file, frame.period->from, frame.period->to);
  for (const model::Commitment& c : *frame.commitments) check_year_range(r, file, c.from, c.to);
  for (const model::Partner& p : *frame.funding->partners) check_year_range(r, file, p.from, p.to);
}

/// A project's id where it stands, for finding ids used twice in a frame.
struct ProjectIdUse {
  std::string_view id;  // views the project's own id, which does not move once loaded
  const model::Project* project;
  const model::ProjectList* list;
};

struct Linker {
  PlanSet& set;
  Reporter r{set};
  LinkedSet out;
  std::map<std::string, FrameGroup*> frames;
  std::map<std::string, FrameIndex> indexes;
  Suggestions frame_names;
  std::unordered_map<const model::YearlyPlan*, MeasureIndex> measure_indexes;
  std::set<std::string> broken_frames;
  std::set<std::pair<std::string, int>> broken_plans;
  std::set<int> orphan_plan_years;  // years of yearly plans whose frame did not resolve
  /// Per frame: every project id in the order met, checked for duplicates
  /// once all lists are linked (a sorted vector is a third of a map's size).
  std::map<std::string, std::vector<ProjectIdUse>> project_ids;

  void run();
  void add_frames();
  Frame* resolve_frame(const model::PlanFile& file, const Located<model::Id>& ref, int year);
  bool in_period(const Frame& frame, const source::SourceFile& file, const Located<model::Year>& year);
  YearGroup& group(FrameGroup& fg, int year);
  void link_plan(model::YearlyPlan& plan);
  void link_measure(model::YearlyPlan& plan, model::Measure& m, FrameIndex& idx);
  void link_income(model::YearlyPlan& plan, FrameIndex& idx);
  MeasureIndex& measures_of(model::YearlyPlan& plan);
  void link_revision(model::YearlyPlan& plan, model::Revision& revision);
  void resolve_change_ref(const model::YearlyPlan& plan, const Located<model::Id>& ref,
                          MeasureIndex& index, bool reserve_allowed,
                          const model::Measure*& ref_out, const diag::Scope& scope);
  void link_list(model::ProjectList& list);
  void link_installments(const FrameGroup& fg, const model::ProjectList& list, model::Project& p);
  void link_project(model::ProjectList& list, MeasureIndex* measures, model::Project& p);
  void report_duplicate_projects(const std::string& frame_id,
                                 const std::vector<ProjectIdUse>& uses);
};

void Linker::add_frames() {
  out.frames.reserve(set.frames.size());
  for (const model::Stub& stub : set.broken) {
    if (stub.kind == model::FileKind::frame) broken_frames.insert(stub.id);
    if (stub.kind == model::FileKind::yearly_plan) broken_plans.insert({stub.frame, stub.year});
  }
  for (Frame& frame : set.frames) {
    out.frame_of_file[frame.file] = &frame;
    const auto it = frames.find(frame.id->name);
    if (it != frames.end()) {
      r.add("id/duplicate", *frame.file, frame.id.at,
            Message{"id.duplicate-frame", {{"id", frame.id->name}}});
      r.related(*it->second->frame->file, it->second->frame->id.at, "related.first-use");
      continue;
    }
    out.frames.push_back({&frame, {}});
    frames[frame.id->name] = &out.frames.back();
    FrameIndex& idx = indexes[frame.id->name] = index_frame(r, frame);
    link_frame(r, frame, idx);
  }
}

Frame* Linker::resolve_frame(const model::PlanFile& file, const Located<model::Id>& ref, int year) {
  const auto it = frames.find(ref->name);
  if (it != frames.end()) return it->second->frame;
  if (!ref.present() || broken_frames.count(ref->name)) return nullptr;
  if (frames.empty()) {
    r.add("ref/frame", *file.file, ref.at, Message{"ref.no-frame", {{"id", ref->name}}},
          {.frame = ref->name, .year = year});
    return nullptr;
  }
  r.unresolved("ref/frame", *file.file, ref, Message{"ref.frame", {{"id", ref->name}}},
               frame_names.of(frames), {.frame = ref->name, .year = year});
  return nullptr;
}

bool Linker::in_period(const Frame& frame, const source::SourceFile& file,
                       const Located<model::Year>& year) {
  const model::Period& period = *frame.period;
  if (!year.present() || !period.from.present() || !period.to.present()) return true;
  if (year->value >= period.from->value && year->value <= period.to->value) return true;
  r.add("period/year-outside", file, year.at,
        Message{"period.year-outside",
                {{"year", int64_t{year->value}},
                 {"from", int64_t{period.from->value}},
                 {"to", int64_t{period.to->value}}}},
        {.frame = frame.id->name, .year = year->value});
  r.related(*frame.file, frame.period.key, "related.period");
  return false;
}

YearGroup& Linker::group(FrameGroup& fg, int year) {
  auto it = std::lower_bound(fg.years.begin(), fg.years.end(), year,
                             [](const YearGroup& g, int y) { return g.year < y; });
  if (it == fg.years.end() || it->year != year) it = fg.years.insert(it, YearGroup{year});
  return *it;
}

void Linker::link_income(model::YearlyPlan& plan, FrameIndex& idx) {
  const diag::Scope scope{.frame = plan.frame->name, .year = plan.year->value};
  std::set<std::string> seen;
  for (model::PartnerIncome& income : *plan.income->partners) {
    const auto it = idx.partners.find(income.partner->name);
    if (it == idx.partners.end()) {
      r.unresolved("ref/partner", *plan.file, income.partner,
                   Message{"ref.partner", {{"id", income.partner->name}}}, idx.partner_names.of(idx.partners),
                   scope);
      r.related(*plan.frame_ref->file, plan.frame_ref->funding->partners.key, "related.partners");
      continue;
    }
    income.partner_ref = it->second;
    if (!seen.insert(income.partner->name).second) {
      r.add("id/duplicate", *plan.file, income.partner.at,
            Message{"id.duplicate", {{"id", income.partner->name}}}, scope);
    }
  }
}

void Linker::link_measure(model::YearlyPlan& plan, model::Measure& m, FrameIndex& idx) {
  const Frame& frame = *plan.frame_ref;
  const diag::Scope scope{.frame = frame.id->name, .year = plan.year->value, .measure = m.id->name};
  if (m.id->name == model::kReserveId) {
    r.add("id/reserved", *plan.file, m.id.at, Message{"id.reserved", {}}, scope);
  }
  if (const auto it = idx.priorities.find(m.priority->name); it != idx.priorities.end()) {
    m.priority_ref = it->second;
  } else if (m.priority.present()) {
    r.unresolved("ref/priority", *plan.file, m.priority,
                 Message{"ref.priority", {{"id", m.priority->name}}},
                 idx.priority_names.of(idx.priorities), scope);
    r.related(*frame.file, frame.priorities.key, "related.priorities");
  }
  for (const Located<model::Id>& area : *m.focus_areas) {
    if (const auto it = idx.focus_areas.find(area->name); it != idx.focus_areas.end()) {
      m.focus_area_refs.push_back(it->second);
      continue;
    }
    r.unresolved("ref/focus-area", *plan.file, area, Message{"ref.focus-area", {{"id", area->name}}},
                 idx.focus_area_names.of(idx.focus_areas), scope);
    r.related(*frame.file, frame.anchoring.key, "related.anchoring");
  }
  if (!m.commitment.present()) return;
  if (const auto it = idx.commitments.find(m.commitment->name); it != idx.commitments.end()) {
    m.commitment_ref = it->second;
    return;
  }
  r.unresolved("ref/commitment", *plan.file, m.commitment,
               Message{"ref.commitment", {{"id", m.commitment->name}}},
               idx.commitment_names.of(idx.commitments),
               scope);
  r.related(*frame.file, frame.commitments.key, "related.commitments");
}

void Linker::link_plan(model::YearlyPlan& plan) {
  Frame* frame = resolve_frame(plan, plan.frame, plan.year->value);
  if (!frame) {
    orphan_plan_years.insert(plan.year->value);
    return;
  }
  plan.frame_ref = frame;
  out.frame_of_file[plan.file] = frame;
  if (!in_period(*frame, *plan.file, plan.year) || !plan.year.present()) return;
  YearGroup& g = group(*frames[frame->id->name], plan.year->value);
  if (g.plan) {
    r.add("id/duplicate", *plan.file, plan.year.at,
          Message{"id.duplicate-plan", {{"year", int64_t{plan.year->value}}}},
          {.frame = frame->id->name, .year = plan.year->value});
    r.related(*g.plan->file, g.plan->year.at, "related.first-use");
    return;
  }
  g.plan = &plan;
  FrameIndex& idx = indexes[frame->id->name];
  const std::vector<model::Measure*> measures = model::all_measures(plan);
  unique_ids(r, *plan.file, measures, {.frame = frame->id->name, .year = plan.year->value});
  for (model::Measure* m : measures) link_measure(plan, *m, idx);
  link_income(plan, idx);
  for (model::Revision& revision : *plan.revisions) link_revision(plan, revision);
}

/// Which of the change kinds a change writes (any key of the kind counts).
struct ChangeKinds {
  bool amount = false;  // measure, amount
  bool added = false;   // new-measure
  bool moved = false;   // move, from, to
  bool reserve = false;
  bool administration = false;

  int count() const { return int{amount} + int{added} + int{moved} + int{reserve} + int{administration}; }
};

template <class T>
bool written(const Located<T>& v) {
  return v.key != source::kNoOffset;
}

ChangeKinds kinds_of(const model::Change& c) {
  return {written(c.measure) || written(c.amount), written(c.new_measure),
          written(c.move) || written(c.from) || written(c.to), written(c.reserve),
          written(c.administration)};
}

/// The key a change of one kind is missing to be whole.
std::string_view missing_part(const model::Change& c, const ChangeKinds& k) {
  if (k.amount && !written(c.measure)) return "measure";
  if (k.amount && !written(c.amount)) return "amount";
  if (k.moved && !written(c.move)) return "move";
  if (k.moved && !written(c.from)) return "from";
  if (k.moved && !written(c.to)) return "to";
  return {};
}

/// Reports a change that does not say exactly one thing; true when it does.
bool check_change(Reporter& r, const model::YearlyPlan& plan, const model::Change& c,
                  const diag::Scope& scope) {
  if (model::change_kind(c) != model::ChangeKind::invalid) return true;
  const ChangeKinds k = kinds_of(c);
  if (k.count() == 0) {
    r.add("revision/change", *plan.file, c.at, Message{"revision.change-empty", {}}, scope);
    return false;
  }
  if (k.count() > 1) {
    r.add("revision/change", *plan.file, c.at, Message{"revision.change-mixed", {}}, scope)
        .help = Message{"help.revision-change-mixed", {}};
    return false;
  }
  r.add("revision/change", *plan.file, c.at,
        Message{"revision.change-missing", {{"key", std::string(missing_part(c, k))}}}, scope);
  return false;
}

MeasureIndex& Linker::measures_of(model::YearlyPlan& plan) {
  const auto [it, fresh] = measure_indexes.try_emplace(&plan);
  if (fresh) {
    for (model::Measure* m : model::all_measures(plan)) it->second.measures.emplace(m->id->name, m);
  }
  return it->second;
}

void Linker::resolve_change_ref(const model::YearlyPlan& plan, const Located<model::Id>& ref,
                                MeasureIndex& index, bool reserve_allowed,
                                const model::Measure*& ref_out, const diag::Scope& scope) {
  if (!ref.present()) return;
  if (reserve_allowed && ref->name == model::kReserveId) return;
  if (const auto it = index.measures.find(ref->name); it != index.measures.end()) {
    ref_out = it->second;
    return;
  }
  const NameIndex& names = reserve_allowed
                               ? index.names_and_reserve.of(index.measures, model::kReserveId)
                               : index.names.of(index.measures);
  r.unresolved("revision/measure-unknown", *plan.file, ref,
               Message{"revision.measure-unknown", {{"id", ref->name}, {"year", int64_t{plan.year->value}}}},
               names, scope);
  r.related(*plan.file, plan.measures.key, "related.measures");
}

void Linker::link_revision(model::YearlyPlan& plan, model::Revision& revision) {
  const diag::Scope scope{.frame = plan.frame->name, .year = plan.year->value};
  MeasureIndex& index = measures_of(plan);
  for (model::Change& c : *revision.changes) {
    if (!check_change(r, plan, c, scope)) continue;
    resolve_change_ref(plan, c.measure, index, false, c.measure_ref, scope);
    resolve_change_ref(plan, c.from, index, true, c.from_ref, scope);
    resolve_change_ref(plan, c.to, index, true, c.to_ref, scope);
  }
}

void Linker::link_project(model::ProjectList& list, MeasureIndex* measures, model::Project& p) {
  if (!p.measure.present() || p.draws_on_reserve() || !list.plan_ref || !measures) return;
  if (const auto it = measures->measures.find(p.measure->name); it != measures->measures.end()) {
    p.measure_ref = it->second;
    return;
  }
  const diag::Scope scope{
      .frame = list.frame_ref->id->name, .year = list.year->value, .project = p.id->name};
  r.unresolved("ref/measure", *list.file, p.measure,
               Message{"ref.measure", {{"id", p.measure->name}, {"year", int64_t{list.year->value}}}},
               measures->names_and_reserve.of(measures->measures, model::kReserveId), scope);
  r.related(*list.plan_ref->file, list.plan_ref->measures.key, "related.measures");
}

void Linker::link_list(model::ProjectList& list) {
  Frame* frame = resolve_frame(list, list.frame, list.year->value);
  if (!frame) return;
  list.frame_ref = frame;
  out.frame_of_file[list.file] = frame;
  if (!in_period(*frame, *list.file, list.year) || !list.year.present()) return;
  FrameGroup& fg = *frames[frame->id->name];
  YearGroup& g = group(fg, list.year->value);
  g.lists.push_back(&list);
  list.plan_ref = g.plan;
  const bool explained = broken_plans.count({frame->id->name, list.year->value}) ||
                         orphan_plan_years.count(list.year->value);
  if (!g.plan && !explained) {
    r.add("ref/plan", *list.file, list.year.at,
          Message{"ref.plan", {{"year", int64_t{list.year->value}}, {"frame", frame->id->name}}},
          {.frame = frame->id->name, .year = list.year->value});
  }
  MeasureIndex* measures = g.plan ? &measures_of(*g.plan) : nullptr;
  std::vector<ProjectIdUse>& ids = project_ids[frame->id->name];
  for (model::Project& p : *list.projects) {
    if (p.id.present()) ids.push_back({p.id->name, &p, &list});
    link_project(list, measures, p);
    link_installments(fg, list, p);
  }
}

/// Resolves each installment's measure in its year's plan; an installment
/// not after the grant's own year is reported.
void Linker::link_installments(const FrameGroup& fg, const model::ProjectList& list,
                               model::Project& p) {
  for (model::Installment& in : *p.installments) {
    if (!in.year.present()) continue;
    if (in.year->value <= list.year->value) {
      r.add("schema/range", *list.file, in.year.at,
            Message{"schema.range-installment",
                    {{"year", int64_t{in.year->value}}, {"grant_year", int64_t{list.year->value}}}},
            {.frame = fg.frame->id->name, .year = list.year->value, .project = p.id->name});
      continue;
    }
    const YearGroup* later = fg.year(in.year->value);
    if (!later || !later->plan || !p.measure.present()) continue;
    const model::Id& id = in.measure_id(p);
    if (id.name == model::kReserveId) continue;
    const MeasureIndex& index = measures_of(*later->plan);
    if (const auto it = index.measures.find(id.name); it != index.measures.end()) {
      in.measure_ref = it->second;
    }
  }
}

void Linker::report_duplicate_projects(const std::string& frame_id,
                                       const std::vector<ProjectIdUse>& uses) {
  // Each id's first use, in the order met; a later use is reported against it.
  std::unordered_map<std::string_view, const ProjectIdUse*> first;
  first.reserve(uses.size());
  for (const ProjectIdUse& u : uses) {
    const auto [it, fresh] = first.try_emplace(u.id, &u);
    if (fresh) continue;
    const diag::Scope scope{.frame = frame_id, .year = u.list->year->value, .project = u.project->id->name};
    r.add("id/duplicate", *u.list->file, u.project->id.at,
          Message{"id.duplicate", {{"id", u.project->id->name}}}, scope);
    r.related(*it->second->list->file, it->second->project->id.at, "related.first-use");
  }
}

void Linker::run() {
  add_frames();
  for (model::YearlyPlan& plan : set.plans) link_plan(plan);
  for (model::ProjectList& list : set.lists) link_list(list);
  for (auto& [frame_id, uses] : project_ids) report_duplicate_projects(frame_id, uses);
  project_ids.clear();
  for (const model::Stub& stub : set.broken) {
    const auto it = frames.find(stub.kind == model::FileKind::frame ? stub.id : stub.frame);
    if (it != frames.end()) out.frame_of_file[stub.file] = it->second->frame;
    if (it == frames.end() || stub.kind == model::FileKind::frame) continue;
    YearGroup& g = group(*it->second, stub.year);
    const bool plan = stub.kind == model::FileKind::yearly_plan;
    (plan ? g.plan_broken : g.lists_broken) = true;
    (plan ? g.broken_plans : g.broken_lists).push_back(stub.file);
  }
}

}  // namespace

LinkedSet link(PlanSet& set) {
  Linker linker{set};
  linker.run();
  return std::move(linker.out);
}

}  // namespace plancheck::link
