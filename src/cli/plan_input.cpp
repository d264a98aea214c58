#include <string>
#include <utility>
#include <vector>

#include "cli/cli.h"
#include "model/plan_set.h"

namespace plancheck::cli {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::optional<rules::Analysis> analyse_paths(Session& session, std::vector<std::string> paths,
                                             std::string_view command) {
  if (paths.empty()) paths.emplace_back(".");
  model::LoadResult loaded = model::load_plan_set(paths);
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
