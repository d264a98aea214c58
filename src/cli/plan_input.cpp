#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "base/parallel.h"
#include "base/platform.h"
#include "base/text.h"
#include "cli/cli.h"
#include "model/plan_set.h"
#include "source/encoding.h"
#include "source/marker.h"
#include "source/read.h"
#include "source/root.h"

namespace plancheck::cli {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : ", ") + item;
  return out;
}

void add_jobs_option(CLI::App& command, Session& session) {
  command
      .add_option("--jobs,-j", session.jobs, session.text("cli.jobs"))
      ->option_text("N")
      ->check(CLI::Range(1u, kMaxJobs));
  command.add_flag("--verbose,-v", session.verbose, session.text("cli.verbose"));
}

std::vector<std::string> plan_paths(std::vector<std::string> paths) {
  if (!paths.empty()) return paths;
  return {source::find_plan_root(".").value_or(".")};
}

std::optional<Jobs> load_jobs(Session& session, std::string_view command) {
  if (session.jobs > 0) return Jobs{session.jobs, true};
  const std::optional<std::string> env = platform::environment("PLANCHECK_JOBS");
  if (!env || env->empty()) return Jobs{default_jobs(), false};
  const std::string_view text(*env);
  unsigned jobs = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), jobs);
  if (error != std::errc() || end != text.data() + text.size() || jobs < 1 || jobs > kMaxJobs) {
    session.usage_error(diag::Message{"usage.bad-jobs", {{"value", std::string(text)},
                                                         {"max", int64_t{kMaxJobs}}}},
                        command);
    return std::nullopt;
  }
  return Jobs{jobs, true};
}

namespace {

/// The directory a file is in ("." for a bare name).
std::string directory_of(const std::string& path) {
  const std::string dir = platform::utf8_path(platform::fs_path(path).parent_path());
  return dir.empty() ? "." : dir;
}

/// Whether a plan file's text names the kind frame.
bool is_frame(std::string_view text) {
  const source::Marker marker = source::find_marker(text);
  return marker.is_plan_file() && marker.kind.value == "frame";
}

/// The plan roots above the named files and standard input, when nothing
/// but yearly plans and project lists is named: read as context, so that
/// they are checked against their frame and the other years. Empty when a
/// directory or a frame is named (the user chose the set).
std::vector<std::string> context_roots(const std::vector<std::string>& paths,
                                       const std::string& stdin_filename,
                                       const std::string& stdin_bytes) {
  std::vector<std::string> starts;
  for (const std::string& path : paths) {
    std::string start;
    if (path == "-") {
      if (is_frame(source::decode_text(stdin_bytes).text)) return {};
      start = stdin_filename.empty() ? "." : directory_of(stdin_filename);
    } else {
      const auto info = platform::file_info(path);
      if (!info || info->type == platform::FileType::directory) return {};
      if (is_frame(source::decode_text(source::read_head(path, 1 << 16)).text)) return {};
      start = directory_of(path);
    }
    if (std::find(starts.begin(), starts.end(), start) == starts.end()) starts.push_back(start);
  }
  std::vector<std::string> roots;
  for (const std::string& start : starts) {
    const auto root = source::find_plan_root(start);
    if (root && std::find(roots.begin(), roots.end(), *root) == roots.end()) roots.push_back(*root);
  }
  return roots;
}

/// Why a file was left alone, in the user's language.
diag::Message left_alone_reason(const model::LeftAlone& item) {
  using Reason = model::LeftAlone::Reason;
  switch (item.reason) {
    case Reason::no_marker: return {"verbose.no-marker", {}};
    case Reason::near_miss_name: return {"verbose.near-miss-name", {}};
    case Reason::hidden: return {"verbose.hidden", {}};
    case Reason::not_regular: return {"verbose.not-regular", {}};
  }
  return {"verbose.no-marker", {}};
}

/// --verbose: the plan root, the context files and every YAML file left alone, on standard error.
void tell_verbose(Session& session, const std::vector<std::string>& paths, const model::PlanSet& set) {
  const i18n::Language& lang = session.language();
  std::string out;
  auto line = [&](const diag::Message& m) {
    out += "plancheck: " + terminal_safe(i18n::render(lang, m)) + "\n";
  };
  line({"verbose.reading", {{"paths", joined(paths)}}});
  for (const source::SourceFile* f : set.context) line({"verbose.context", {{"path", f->path()}}});
  for (const model::LeftAlone& item : set.left_alone) {
    line({"verbose.left-alone",
          {{"path", item.path}, {"reason", i18n::render(lang, left_alone_reason(item))}}});
  }
  std::cerr << out;
}

/// Standard input for `-`; std::nullopt after a usage error.
std::optional<std::string> stdin_bytes(Session& session, std::string_view command) {
  source::ReadResult read = source::read_stdin();
  if (!read.error) return std::move(read.text);
  if (read.error->kind == source::ReadError::Kind::too_large) {
    session.usage_error(
        diag::Message{"usage.stdin-too-large", {{"limit", static_cast<int64_t>(source::kMaxFileSize >> 20)}}},
        command);
  } else {
    session.usage_error(diag::Message{"usage.stdin-unreadable", {diag::os_error_arg("reason", read.error->os)}},
                        command);
  }
  return std::nullopt;
}

/// Drops the findings about context files: nobody asked about those.
void drop_context_findings(model::PlanSet& set) {
  if (set.context.empty()) return;
  std::erase_if(set.findings, [&](const diag::Finding& f) { return set.is_context(f.where.file); });
  std::erase_if(set.left_out, [&](const model::LeftOut& l) { return set.is_context(l.file); });
}

}  // namespace

std::optional<rules::Analysis> analyse_paths(Session& session, std::vector<std::string> paths,
                                             std::string_view command, bool context) {
  paths = plan_paths(std::move(paths));
  const std::optional<Jobs> jobs = load_jobs(session, command);
  if (!jobs) return std::nullopt;
  model::LoadRequest request{paths, {}, {}, {}};
  request.exact_jobs = jobs->asked;
  if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
    auto bytes = stdin_bytes(session, command);
    if (!bytes) return std::nullopt;
    request.stdin_bytes = std::move(*bytes);
    request.stdin_name =
        session.stdin_filename.empty() ? "<stdin>" : source::display_path(session.stdin_filename);
  }
  if (context) request.context = context_roots(paths, session.stdin_filename, request.stdin_bytes);
  model::LoadResult loaded = model::load_plan_set(request, jobs->count);
  for (const model::PathError& e : loaded.path_errors) {
    session.usage_error(e.message, command);
  }
  if (!loaded.path_errors.empty() || !loaded.set) return std::nullopt;
  if (session.verbose) tell_verbose(session, paths, *loaded.set);
  if (loaded.set->plan_file_count == 0 && loaded.set->findings.empty()) {
    session.usage_error(diag::Message{"usage.no-plan-files", {{"paths", joined(paths)}}}, command);
    return std::nullopt;
  }
  // The analysis uses as many threads as the loader found work for.
  rules::Analysis analysis = rules::analyze(std::move(loaded.set), loaded.workers);
  drop_context_findings(*analysis.set);
  return analysis;
}

void report_new_file_error(Session& session, const NewFileError& error, std::string_view command) {
  if (error.exists) {
    session.usage_error(
        diag::Message{"usage.exists", {{"path", error.path}, {"command", std::string(command)}}},
        command);
  } else {
    session.usage_error(
        diag::Message{"usage.create-failed", {{"path", error.path}, diag::os_error_arg("reason", error.error)}},
        command);
  }
}

}  // namespace plancheck::cli
