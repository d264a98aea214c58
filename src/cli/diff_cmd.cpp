// plancheck diff OLD NEW | --git REV [PATH]: the budget impact of a change.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "base/did_you_mean.h"
#include "cli/cli.h"
#include "diff/diff.h"
#include "model/load_revision.h"
#include "model/plan_set.h"
#include "rules/engine.h"
#include "source/git.h"

namespace plancheck::cli {

namespace {

constexpr std::string_view kCommand = "plancheck diff";

struct DiffOptions {
  std::vector<std::string> paths;
  std::string git;
  std::string format = "text";
  std::string output;
  bool strict = false;
};

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const diff::Format& f : diff::formats()) names.emplace_back(f.name);
  return names;
}

/// The analysed plan set of one side, and where it was read from.
struct Loaded {
  std::optional<rules::Analysis> analysis;
  diff::Side side;
};

/// The plan set of `path` in git revision `revision`; empty after a usage error.
std::optional<rules::Analysis> analyse_revision(Session& session, const std::string& revision,
                                                const std::string& path) {
  auto files = source::read_revision(revision, path);
  if (const auto* e = std::get_if<source::GitError>(&files)) {
    session.usage_error(diag::Message{e->reason, {{"path", path},
                                                  {"revision", revision},
                                                  {"detail", e->detail}}},
                        kCommand);
    return std::nullopt;
  }
  return rules::analyze(model::load_revision(std::move(std::get<0>(files))));
}

/// Loads both sides: OLD and NEW, or the revision and the working tree.
bool load_sides(Session& session, const DiffOptions& o, Loaded& before, Loaded& after) {
  if (o.git.empty()) {
    before.analysis = analyse_paths(session, {o.paths[0]}, kCommand);
    if (!before.analysis) return false;
    after.analysis = analyse_paths(session, {o.paths[1]}, kCommand);
    before.side.root = before.side.label = o.paths[0];
    after.side.root = after.side.label = o.paths[1];
    return after.analysis.has_value();
  }
  const std::string path = o.paths.empty() ? "." : o.paths[0];
  after.analysis = analyse_paths(session, {path}, kCommand);
  if (!after.analysis) return false;
  before.analysis = analyse_revision(session, o.git, path);
  before.side.root = after.side.root = path;
  before.side.label = o.git;
  after.side.label = i18n::text(session.language(), "diff.working-tree");
  return before.analysis.has_value();
}

void run_diff(Session& session, const DiffOptions& o) {
  const diff::Format* format = diff::find_format(o.format);
  if (!format) {
    session.usage_error(diag::Message{"usage.unknown-format", {{"name", o.format}}}, kCommand,
                        did_you_mean(o.format, format_names()));
    return;
  }
  if (o.git.empty() ? o.paths.size() != 2 : o.paths.size() > 1) {
    session.usage_error(diag::Message{"diff.usage.operands", {}}, kCommand);
    return;
  }
  Loaded before, after;
  if (!load_sides(session, o, before, after)) return;
  before.side.analysis = &*before.analysis;
  after.side.analysis = &*after.analysis;
  const diff::PlanDiff result = diff::compare(before.side, after.side, o.strict);
  std::string text = format->render(result, session.language());
  if (!write_outputs(session, {{o.output, std::move(text)}}, *after.analysis->set, kCommand)) return;
  if (result.fails()) session.exit_code = 1;
}

}  // namespace

void add_diff(CLI::App& app, Session& session) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", session.text("cli.diff"));
  cmd->add_option("paths", options->paths, session.text("cli.diff.paths"));
  cmd->add_option("--git", options->git, session.text("cli.diff.git"))
      ->option_text(session.text("cli.metavar.rev"));
  cmd->add_option("--format,-f", options->format, session.text("cli.diff.format"));
  cmd->add_option("--output,-o", options->output, session.text("cli.diff.output"));
  cmd->add_flag("--strict", options->strict, session.text("cli.diff.strict"));
  add_jobs_option(*cmd, session);
  cmd->footer(session.text("cli.diff.footer"));
  cmd->callback([&session, options] { run_diff(session, *options); });
}

}  // namespace plancheck::cli
