#include <CLI/CLI.hpp>

#include <charconv>
#include <string>
#include <utility>
#include <vector>

#include "base/parallel.h"
#include "base/platform.h"
#include "cli/cli.h"
#include "model/plan_set.h"

namespace plancheck::cli {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : ", ") + item;
  return out;
}

void add_jobs_option(CLI::App& command, Session& session) {
  command
      .add_option("--jobs,-j", session.jobs,
                  "Threads that read the plan files (default: PLANCHECK_JOBS, else one per "
                  "processor)")
      ->option_text("N")
      ->check(CLI::Range(1u, kMaxJobs));
}

std::optional<size_t> load_jobs(Session& session, std::string_view command) {
  if (session.jobs > 0) return session.jobs;
  const std::optional<std::string> env = platform::environment("PLANCHECK_JOBS");
  if (!env || env->empty()) return default_jobs();
  const std::string_view text(*env);
  unsigned jobs = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), jobs);
  if (error != std::errc() || end != text.data() + text.size() || jobs < 1 || jobs > kMaxJobs) {
    session.usage_error(diag::Message{"usage.bad-jobs", {{"value", std::string(text)},
                                                         {"max", int64_t{kMaxJobs}}}},
                        command);
    return std::nullopt;
  }
  return jobs;
}

std::optional<rules::Analysis> analyse_paths(Session& session, std::vector<std::string> paths,
                                             std::string_view command) {
  if (paths.empty()) paths.emplace_back(".");
  const std::optional<size_t> jobs = load_jobs(session, command);
  if (!jobs) return std::nullopt;
  model::LoadResult loaded = model::load_plan_set(paths, *jobs);
  for (const model::PathError& e : loaded.path_errors) {
    session.usage_error(diag::Message{e.reason, {{"path", e.path}}}, command);
  }
  if (!loaded.path_errors.empty() || !loaded.set) return std::nullopt;
  if (loaded.set->plan_file_count == 0 && loaded.set->findings.empty()) {
    session.usage_error(diag::Message{"usage.no-plan-files", {{"paths", joined(paths)}}}, command);
    return std::nullopt;
  }
  return rules::analyze(std::move(loaded.set));
}

void report_new_file_error(Session& session, const NewFileError& error, std::string_view command) {
  if (error.exists) {
    session.usage_error(
        diag::Message{"usage.exists", {{"path", error.path}, {"command", std::string(command)}}},
        command);
  } else {
    session.usage_error(
        diag::Message{"usage.create-failed", {{"path", error.path}, {"reason", error.reason}}},
        command);
  }
}

}  // namespace plancheck::cli
