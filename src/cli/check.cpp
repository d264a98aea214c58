// plancheck check [PATH...]: load, analyse, write findings in one or more formats.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <memory>

#include "base/append_file.h"
#include "base/did_you_mean.h"
#include "base/keep_until_exit.h"
#include "base/platform.h"
#include "cli/cli.h"
#include "model/plan_set.h"
#include "report/report.h"
#include "rules/engine.h"

namespace plancheck::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> formats;
  std::string color = "auto";
  bool strict = false;
  bool quiet = false;
};

/// One requested output: a format and where it goes (empty: standard output).
struct Output {
  const report::Format* format;
  std::string path;
};

bool use_colour(const std::string& choice) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const auto no_color = platform::environment("NO_COLOR");
  const auto term = platform::environment("TERM");
  if ((no_color && !no_color->empty()) || (term && *term == "dumb")) return false;
  return platform::is_terminal(platform::Stream::out) &&
         platform::enable_colour(platform::Stream::out);
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const report::Format& f : report::formats())
    names.emplace_back(f.name);
  return names;
}

void list_formats() {
  for (const report::Format& f : report::formats()) {
    std::cout << f.name << std::string(10 - std::min<size_t>(f.name.size(), 9), ' ')
              << f.description << '\n';
  }
}

/// Parses the --format values; std::nullopt after a usage error.
std::optional<std::vector<Output>> parse_outputs(Session& session, const CheckOptions& o) {
  std::vector<Output> outputs;
  int to_stdout = 0;
  for (const std::string& spec : o.formats.empty() ? std::vector<std::string>{"text"} : o.formats) {
    const size_t eq = spec.find('=');
    const std::string name = spec.substr(0, eq);
    const std::string path = eq == std::string::npos ? "" : spec.substr(eq + 1);
    const report::Format* format = report::find_format(name);
    if (!format) {
      session.usage_error(diag::Message{"usage.unknown-format", {{"name", name}}},
                          "plancheck check", did_you_mean(name, format_names()));
      return std::nullopt;
    }
    if (path.empty() && ++to_stdout > 1) {
      session.usage_error(diag::Message{"usage.two-stdout-formats", {}}, "plancheck check");
      return std::nullopt;
    }
    outputs.push_back({format, path});
  }
  return outputs;
}

/// Appends each requested format's job summary (once per format) to the file
/// $GITHUB_STEP_SUMMARY names, when it is set; false after a usage error.
bool append_job_summaries(Session& session, const std::vector<Output>& outputs,
                          const report::RenderContext& ctx) {
  const auto path = platform::environment("GITHUB_STEP_SUMMARY");
  if (!path || path->empty()) return true;
  std::vector<const report::Format*> done;
  for (const Output& out : outputs) {
    const report::Format* format = out.format;
    if (!format->job_summary || std::find(done.begin(), done.end(), format) != done.end()) continue;
    done.push_back(format);
    const auto error = append_to_file(*path, format->job_summary(ctx));
    if (error && error->kind == platform::ErrorKind::not_regular) {
      // A FIFO or device would block or swallow the summary: the check's
      // own result stands, with a warning.
      session.warning(diag::Message{"usage.step-summary-not-regular", {{"path", *path}}});
      return true;
    }
    if (error) {
      session.usage_error(
          diag::Message{"usage.write-failed", {{"path", *path}, diag::os_error_arg("reason", *error)}},
          "plancheck check");
      return false;
    }
  }
  return true;
}

void run_check(Session& session, CheckOptions& o) {
  if (o.formats.size() == 1 && o.formats[0] == "list") return list_formats();
  const auto outputs = parse_outputs(session, o);
  if (!outputs) return;
  std::optional<rules::Analysis> analysed =
      analyse_paths(session, o.paths, "plancheck check", true);
  if (!analysed) return;
  const rules::Analysis& analysis = *analysed;
  const bool colour = use_colour(o.color);
  std::vector<OutputFile> written;
  for (const Output& out : *outputs) {
    const report::RenderContext ctx{analysis, session.language(), colour && out.path.empty(),
                                    o.strict, o.quiet};
    written.push_back({out.path, out.format->render(ctx)});
  }
  // The job summary file is an output too: no other output may name it.
  std::vector<std::string> appended;
  const auto step_summary = platform::environment("GITHUB_STEP_SUMMARY");
  if (step_summary && !step_summary->empty() &&
      std::any_of(outputs->begin(), outputs->end(),
                  [](const Output& out) { return out.format->job_summary != nullptr; })) {
    appended.push_back(*step_summary);
  }
  if (!write_outputs(session, written, *analysis.set, "plancheck check", appended)) return;
  if (!append_job_summaries(session, *outputs, {analysis, session.language(), false, o.strict})) {
    return;
  }
  for (const diag::Finding& f : analysis.findings()) {
    if (f.fails(o.strict)) session.exit_code = 1;
  }
  keep_until_exit(std::move(*analysed));  // the work is done: exit without freeing it
}

}  // namespace

void add_check(CLI::App& app, Session& session) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", session.text("cli.check"));
  cmd->add_option("paths", options->paths, session.text("cli.check.paths"));
  cmd->add_option("--format,-f", options->formats, session.text("cli.check.format"))
      ->allow_extra_args(false);
  cmd->add_option("--color", options->color, session.text("cli.check.color"))
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_flag("--strict", options->strict, session.text("cli.check.strict"));
  add_jobs_option(*cmd, session);
  cmd->add_flag("--quiet,-q", options->quiet, session.text("cli.check.quiet"))
      ->excludes("--verbose");
  cmd->add_option("--stdin-filename", session.stdin_filename, session.text("cli.check.stdin-filename"))
      ->option_text(session.text("cli.metavar.path"));
  cmd->callback([&session, options] { run_check(session, *options); });
}

}  // namespace plancheck::cli
