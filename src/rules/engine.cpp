#include "rules/engine.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/did_you_mean.h"
#include "base/parallel.h"
#include "rules/config.h"
#include "rules/registry.h"

namespace plancheck::rules {

using diag::Message;

namespace {

/// A recorded deviation and whether any finding matched it.
struct DeviationUse {
  const model::Deviation* deviation;
  const source::SourceFile* file;
  int implied_year;  // the yearly plan's year; 0 in the frame
  bool used = false;
};

/// The key a deviation is filed under: its rule and each scope field it
/// names; a field it leaves out matches any value and is not in the key.
/// Each field is tagged by whether it is there, so an empty id is not a wildcard.
std::string scope_key(std::string_view rule, const std::optional<int>& year,
                      const std::optional<std::string_view>& priority,
                      const std::optional<std::string_view>& measure,
                      const std::optional<std::string_view>& project) {
  std::string key(rule);
  key += year ? '\x1e' + std::to_string(*year) : std::string("\x1f");
  for (const auto* part : {&priority, &measure, &project}) {
    key += *part ? '\x1e' + std::string(**part) : std::string("\x1f");
  }
  return key;
}

/// The recorded deviations of one frame, filed by rule and named scope, so
/// that a finding finds the deviations that accept it with 16 lookups (one
/// per choice of the scope fields a deviation may leave out), not with a scan
/// of every deviation.
class DeviationIndex {
 public:
  void add(size_t index, const DeviationUse& d) {
    const model::Deviation& dev = *d.deviation;
    const model::DeviationScope& s = *dev.scope;
    const int year = s.year.present() ? s.year->value : d.implied_year;
    const auto name = [](const auto& field) -> std::optional<std::string_view> {
      if (!field.present()) return std::nullopt;
      return std::string_view(field->name);
    };
    by_key_[scope_key(dev.rule->name, year == 0 ? std::nullopt : std::optional<int>(year),
                      name(s.priority), name(s.measure), name(s.project))]
        .push_back(index);
  }

  /// Calls `visit` with the index of every deviation matching the finding's
  /// rule and scope, bucket by bucket (each bucket in recording order).
  template <class Visit>
  void matches(std::string_view rule, const diag::Scope& scope, Visit visit) const {
    if (by_key_.empty()) return;
    for (unsigned mask = 0; mask < 16; ++mask) {
      const auto part = [&](unsigned bit, const std::string& v) -> std::optional<std::string_view> {
        if (!(mask & bit)) return std::nullopt;
        return std::string_view(v);
      };
      const auto it = by_key_.find(scope_key(rule, mask & 1 ? std::optional<int>(scope.year) : std::nullopt,
                                             part(2, scope.priority), part(4, scope.measure),
                                             part(8, scope.project)));
      if (it == by_key_.end()) continue;
      for (const size_t i : it->second) visit(i);
    }
  }

 private:
  std::unordered_map<std::string, std::vector<size_t>> by_key_;
};

struct FrameState {
  Config config;
  std::vector<DeviationUse> deviations;
  DeviationIndex index;
};

void collect_deviations(const link::FrameGroup& g, FrameState& state) {
  for (const model::Deviation& d : *g.frame->deviations) {
    state.deviations.push_back({&d, g.frame->file, 0});
  }
  for (const link::YearGroup& y : g.years) {
    if (!y.plan) continue;
    for (const model::Deviation& d : *y.plan->deviations) {
      state.deviations.push_back({&d, y.plan->file, y.year});
    }
  }
  for (size_t i = 0; i < state.deviations.size(); ++i) state.index.add(i, state.deviations[i]);
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const Rule* r : all_rules()) ids.emplace_back(r->id);
  return ids;
}

diag::Finding& add(std::vector<diag::Finding>& out, std::string_view rule,
                   const source::SourceFile& file, source::Offset at, Message message,
                   diag::Scope scope) {
  diag::Finding& f = out.emplace_back();
  f.rule = rule;
  f.where = diag::locate(file, at);
  f.message = std::move(message);
  f.scope = std::move(scope);
  return f;
}

/// Reports deviations that name no rule, and those that matched nothing.
void report_deviations(const std::string& frame_id, const std::vector<DeviationUse>& uses,
                       std::vector<diag::Finding>& out) {
  for (const DeviationUse& d : uses) {
    const model::Deviation& dev = *d.deviation;
    const diag::Scope scope{.frame = frame_id, .year = d.implied_year};
    if (!find_rule(dev.rule->name)) {
      diag::Finding& f =
          add(out, "ref/rule", *d.file, dev.rule.at, Message{"ref.rule", {{"id", dev.rule->name}}}, scope);
      if (const auto guess = did_you_mean(dev.rule->name, rule_ids())) {
        f.help = Message{"help.did-you-mean", {{"name", *guess}}};
      }
    } else if (!d.used) {
      add(out, "deviation/unused", *d.file, dev.rule.at,
          Message{"deviation.unused",
                  {{"rule", dev.rule->name}, {"case", dev.decision->case_ref.value}}},
          scope);
    }
  }
}

class Engine {
 public:
  explicit Engine(Analysis& a) : a_(a), findings_(a.set->findings) {}

  /// Checks the frames on up to `workers` threads and takes their findings
  /// in frame order, so that the output is the same for any number.
  void run(size_t workers) {
    const size_t n = a_.linked.frames.size();
    ordered_parallel<FrameResult>(
        n, workers, 2 * workers, [&](size_t i) { return check_frame(i); },
        [&](size_t i, FrameResult result) {
          std::move(result.findings.begin(), result.findings.end(), std::back_inserter(findings_));
          std::move(result.held_back.begin(), result.held_back.end(),
                    std::back_inserter(a_.held_back));
          states_.emplace(a_.linked.frames[i].frame->id->name, std::move(result.state));
        });
    announce_held_back();
    apply_configuration(findings_);
    accept_deviations();
    std::stable_sort(findings_.begin(), findings_.end());
    limit_findings();
  }

 private:
  /// What checking one frame gives: its configuration and deviations, and
  /// the findings and held-back checks of its rules, in the order made.
  struct FrameResult {
    FrameState state;
    std::vector<diag::Finding> findings;
    std::vector<HeldBack> held_back;
  };

  /// Runs every rule on frame i; reads the analysis and writes only the result.
  FrameResult check_frame(size_t i) const {
    const link::FrameGroup& g = a_.linked.frames[i];
    FrameResult result;
    result.state.config = Config::from_frame(*g.frame, result.findings);
    collect_deviations(g, result.state);
    for (const Rule* rule : all_rules()) {
      if (!rule->check) continue;
      Context ctx{*rule, g, a_.figures[i], result.state.config, result.findings, result.held_back};
      rule->check(ctx);
    }
    return result;
  }

  FrameState* state_of(const diag::Finding& f) {
    std::string frame = f.scope.frame;
    if (f.where.file) {
      const auto it = a_.linked.frame_of_file.find(f.where.file);
      if (it != a_.linked.frame_of_file.end()) frame = it->second->id->name;
    }
    const auto it = states_.find(frame);
    return it == states_.end() ? nullptr : &it->second;
  }

  /// Sets each finding's severity from its frame's configuration and drops
  /// the findings of rules turned off.
  void apply_configuration(std::vector<diag::Finding>& findings) {
    const Config defaults;
    std::vector<diag::Finding> kept;
    kept.reserve(findings.size());
    for (diag::Finding& f : findings) {
      const Rule* rule = find_rule(f.rule);
      if (!rule) {
        kept.push_back(std::move(f));  // cannot happen: every id is in the table (tested)
        continue;
      }
      const FrameState* state = state_of(f);
      const Config& config = state ? state->config : defaults;
      const auto severity = f.severity_param.empty() ? config.severity(*rule)
                                                     : config.severity_param(*rule, f.severity_param);
      if (!severity) continue;
      f.severity = *severity;
      kept.push_back(std::move(f));
    }
    findings = std::move(kept);
  }

  /// One note per file whose unreadable values held checks back: how many,
  /// and which, at the first such value.
  void announce_held_back() {
    struct PerFile {
      std::vector<const HeldBack*> checks;
      std::optional<source::Offset> first;  // none: the file as a whole did not decode
      std::vector<const figures::Unknown*> causes;
      std::unordered_set<source::Offset> cause_at;  // where the causes stand, each once
    };
    std::map<const source::SourceFile*, PerFile> files;
    for (const HeldBack& h : a_.held_back) {
      std::set<const source::SourceFile*> counted;
      for (const figures::Unknown& u : h.causes) {
        if (!u.file) continue;
        PerFile& pf = files[u.file];
        if (counted.insert(u.file).second) pf.checks.push_back(&h);
        if (pf.cause_at.insert(u.at).second) pf.causes.push_back(&u);
      }
    }
    for (auto& [file, pf] : files) {
      std::sort(pf.causes.begin(), pf.causes.end(),
                [](const figures::Unknown* a, const figures::Unknown* b) { return a->at < b->at; });
      const figures::Unknown& first = *pf.causes.front();
      const auto n = static_cast<int64_t>(pf.checks.size());
      diag::Finding& f = findings_.emplace_back();
      f.rule = "file/checks-skipped";
      f.where = first.at == source::kNoOffset ? diag::whole_file(*file) : diag::locate(*file, first.at);
      const bool whole = first.at == source::kNoOffset;
      f.message = Message{whole ? (n == 1 ? "file.checks-skipped-file.one" : "file.checks-skipped-file.other")
                                : (n == 1 ? "file.checks-skipped.one" : "file.checks-skipped.other"),
                          {{"count", n}}};
      f.help = Message{"help.checks-skipped", {{"checks", held_back_list(pf.checks)}}};
      f.scope.frame = pf.checks.front()->scope.frame;
      // The first cause is where the note stands; the others are pointed at.
      for (size_t i = 1; i < pf.causes.size(); ++i) {
        if (pf.causes[i]->at == source::kNoOffset) continue;
        f.related.push_back({diag::locate(*file, pf.causes[i]->at), pf.causes[i]->what});
      }
    }
  }

  /// The held-back checks, each rule and year once: "budget/overrun (2023), share/year (2023:
  /// idrett, ovrig), share/period (idrett)" (share/period is about the period, not a year).
  static std::string held_back_list(const std::vector<const HeldBack*>& checks) {
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;
    for (const HeldBack* h : checks) {
      std::string head(h->rule);
      if (h->scope.year != 0 && h->rule != "share/period") head += " (" + std::to_string(h->scope.year);
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == head; });
      if (it == groups.end()) it = groups.insert(groups.end(), {head, {}});
      for (const std::string* part : {&h->scope.priority, &h->scope.measure, &h->scope.project}) {
        if (!part->empty()) it->second.push_back(*part);
      }
    }
    std::string out;
    for (const auto& [head, parts] : groups) {
      std::string list;
      for (const std::string& part : parts) list += (list.empty() ? "" : ", ") + part;
      const bool year = head.find(" (") != std::string::npos;
      std::string item = head;
      if (year) item += list.empty() ? ")" : ": " + list + ")";
      if (!year && !list.empty()) item += " (" + list + ")";
      out += (out.empty() ? "" : ", ") + item;
    }
    return out;
  }

  void accept_deviations() {
    for (diag::Finding& f : findings_) {
      FrameState* state = state_of(f);
      if (!state) continue;
      // The first deviation recorded that matches accepts the finding.
      std::optional<size_t> first;
      state->index.matches(f.rule, f.scope, [&](size_t i) {
        if (!first || i < *first) first = i;
      });
      if (!first) continue;
      DeviationUse& d = state->deviations[*first];
      const model::Deviation& dev = *d.deviation;
      f.accepted = diag::Acceptance{dev.decision->case_ref.value, dev.decision->date.value,
                                    dev.reason.value, diag::locate(*d.file, dev.at)};
      d.used = true;
    }
    // A deviation from a check that was held back may still be needed: it is not unused.
    for (const HeldBack& h : a_.held_back) {
      const auto it = states_.find(h.scope.frame);
      if (it == states_.end()) continue;
      FrameState& state = it->second;
      state.index.matches(h.rule, h.scope, [&](size_t i) { state.deviations[i].used = true; });
    }
    std::vector<diag::Finding> extra;
    for (const auto& [frame_id, state] : states_) report_deviations(frame_id, state.deviations, extra);
    apply_configuration(extra);
    std::move(extra.begin(), extra.end(), std::back_inserter(findings_));
  }

  /// The findings of one file past the limits.
  struct LeftOut {
    size_t count = 0;
    std::optional<diag::Severity> worst;  // the highest severity of those not accepted
    std::optional<diag::Location> first;
  };

  static void count_left_out(LeftOut& left, size_t count, std::optional<diag::Severity> severity,
                             const diag::Location& where) {
    left.count += count;
    if (severity && (!left.worst || *severity > *left.worst)) left.worst = severity;
    const auto at = [](const diag::Location& l) { return std::pair(l.span.line, l.span.column); };
    if (!left.first || at(where) < at(*left.first)) left.first = where;
  }

  /// The configured severity of the findings the decoder left out.
  std::optional<diag::Severity> configured_severity(const model::LeftOut& left) {
    const Rule* rule = find_rule(left.rule);
    if (!rule) return diag::Severity::error;
    diag::Finding probe;
    probe.where = diag::whole_file(*left.file);
    const FrameState* state = state_of(probe);
    return state ? state->config.severity(*rule) : Config().severity(*rule);
  }

  /// Keeps the first diag::kMaxFindingsPerFile findings of each file and
  /// diag::kMaxFindings in all. The rest of a file's findings, with those
  /// the decoder left out, become one file/too-many-findings finding with
  /// the highest severity among them, so that the exit code stays true.
  void limit_findings() {
    std::map<const source::SourceFile*, LeftOut> left;
    for (const model::LeftOut& l : a_.set->left_out) {
      if (const auto severity = configured_severity(l)) {
        count_left_out(left[l.file], l.count, severity, l.first);
      }
    }
    std::vector<diag::Finding> kept;
    kept.reserve(std::min(findings_.size(), diag::kMaxFindings));
    std::map<const source::SourceFile*, size_t> per_file;
    for (diag::Finding& f : findings_) {
      size_t& n = per_file[f.where.file];
      if (n < diag::kMaxFindingsPerFile && kept.size() < diag::kMaxFindings) {
        ++n;
        kept.push_back(std::move(f));
      } else {
        count_left_out(left[f.where.file], 1, f.accepted ? std::nullopt : std::optional(f.severity),
                       f.where);
      }
    }
    findings_ = std::move(kept);
    if (left.empty()) return;
    for (const auto& [file, l] : left) {
      diag::Finding& f = findings_.emplace_back();
      f.rule = "file/too-many-findings";
      f.severity = l.worst.value_or(diag::Severity::note);
      f.where = *l.first;
      f.message = Message{"file.too-many-findings",
                          {{"count", static_cast<int64_t>(l.count)},
                           {"limit", static_cast<int64_t>(diag::kMaxFindingsPerFile)},
                           {"total", static_cast<int64_t>(diag::kMaxFindings)}}};
      f.help = Message{"help.too-many-findings", {}};
    }
    std::stable_sort(findings_.begin(), findings_.end());
  }

  Analysis& a_;
  std::vector<diag::Finding>& findings_;
  std::map<std::string, FrameState> states_;
};

}  // namespace

Analysis analyze(std::unique_ptr<model::PlanSet> set, size_t workers) {
  Analysis a;
  a.set = std::move(set);
  a.linked = link::link(*a.set);
  const size_t frames = a.linked.frames.size();
  a.figures.reserve(frames);
  ordered_parallel<figures::FrameFigures>(
      frames, workers, 2 * workers, [&](size_t i) { return figures::compute(a.linked.frames[i]); },
      [&](size_t, figures::FrameFigures f) { a.figures.push_back(std::move(f)); });
  figures::link_frames(a.figures);
  Engine(a).run(workers);
  return a;
}

}  // namespace plancheck::rules
