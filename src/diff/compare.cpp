#include <map>
#include <string>

#include "diff/diff.h"

namespace plancheck::diff {

namespace {

/// A file's path below the side's root: the same file on both sides has the
/// same relative path. A root that is a file gives its name.
std::string relative(const std::string& path, std::string root) {
  while (root.size() > 1 && root.ends_with('/')) root.pop_back();
  if (root == "." || root.empty()) return path;
  if (path == root) return path.substr(path.find_last_of('/') + 1);
  if (path.starts_with(root + "/")) return path.substr(root.size() + 1);
  return path;
}

/// The finding's message in English without the line and column some
/// messages name ("... of line 12"), which move with any edit above.
std::string stable_message(const diag::Message& message) {
  diag::Message m{message.key, {}};
  for (const diag::Arg& arg : message.args) {
    if (arg.name != "line" && arg.name != "column") m.args.push_back(arg);
  }
  return i18n::render(i18n::english(), m);
}

/// What makes a finding the same finding on both sides.
std::string identity(const diag::Finding& f, const std::string& root) {
  const diag::Scope& s = f.scope;
  const std::string parts[] = {
      std::string(f.rule),
      std::string(diag::severity_name(f.severity)),
      f.accepted ? "accepted" : "",
      f.where.file ? relative(f.where.file->path(), root) : std::string(),
      s.frame,
      std::to_string(s.year),
      s.priority,
      s.measure,
      s.project,
      stable_message(f.message)};
  std::string key;
  for (const std::string& part : parts) key.append(part).push_back('\x1f');
  return key;
}

using Pool = std::multimap<std::string, const diag::Finding*>;

Pool pool_of(const Side& side) {
  Pool pool;
  for (const diag::Finding& f : side.analysis->findings()) pool.emplace(identity(f, side.root), &f);
  return pool;
}

/// The findings of `side` that `other` has no match for, in `side`'s order;
/// each finding of `other` matches at most one.
std::vector<const diag::Finding*> unmatched(const Side& side, const Side& other) {
  Pool pool = pool_of(other);
  std::vector<const diag::Finding*> out;
  for (const diag::Finding& f : side.analysis->findings()) {
    const auto it = pool.find(identity(f, side.root));
    if (it == pool.end()) {
      out.push_back(&f);
    } else {
      pool.erase(it);
    }
  }
  return out;
}

report::Counts count(const std::vector<const diag::Finding*>& findings) {
  report::Counts c;
  for (const diag::Finding* f : findings) {
    if (f->accepted) {
      ++c.accepted;
    } else if (f->severity == diag::Severity::error) {
      ++c.errors;
    } else if (f->severity == diag::Severity::warning) {
      ++c.warnings;
    } else {
      ++c.notes;
    }
  }
  return c;
}

}  // namespace

bool PlanDiff::fails() const {
  for (const diag::Finding* f : introduced) {
    if (f->fails(strict)) return true;
  }
  return false;
}

PlanDiff compare(const Side& before, const Side& after, bool strict) {
  PlanDiff d;
  d.strict = strict;
  d.before_label = before.label;
  d.after_label = after.label;
  d.before_files = before.analysis->set->plan_file_count;
  d.after_files = after.analysis->set->plan_file_count;
  d.before_counts = report::count(before.analysis->findings());
  d.after_counts = report::count(after.analysis->findings());
  d.frames = figures::diff(before.analysis->figures, after.analysis->figures);
  d.introduced = unmatched(after, before);
  d.resolved = unmatched(before, after);
  d.introduced_counts = count(d.introduced);
  d.resolved_counts = count(d.resolved);
  return d;
}

}  // namespace plancheck::diff
