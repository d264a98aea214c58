// plancheck summary [PATH...]: the council-meeting summary of a plan set.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/keep_until_exit.h"
#include "base/platform.h"
#include "base/platform_clock.h"
#include "base/did_you_mean.h"
#include "cli/cli.h"
#include "model/plan_set.h"
#include "rules/engine.h"
#include "summary/render.h"
#include "summary/summary.h"

namespace plancheck::cli {

namespace {

constexpr std::string_view kCommand = "plancheck summary";

struct SummaryOptions {
  std::vector<std::string> paths;
  std::string year;
  std::string format = "text";
  std::string output;
  std::string frame;
};

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const summary::Format& f : summary::formats())
    names.emplace_back(f.name);
  return names;
}

/// The --year value as a selection; std::nullopt after a usage error.
std::optional<summary::Selection> parse_selection(Session& session, const SummaryOptions& o) {
  summary::Selection sel;
  sel.frame = o.frame;
  if (o.year == "all") {
    sel.all_years = true;
  } else if (!o.year.empty()) {
    sel.year = parse_year(o.year);
    if (!sel.year || o.year.size() != 4) {
      session.usage_error(diag::Message{"summary.usage.bad-year", {{"value", o.year}}}, kCommand,
                          did_you_mean(o.year, std::vector<std::string>{"all"}));
      return std::nullopt;
    }
  }
  return sel;
}

/// The day the summary is made: SOURCE_DATE_EPOCH when set (reproducible
/// output, reproducible-builds.org), else today; std::nullopt after a usage error.
std::optional<Date> generation_date(Session& session) {
  const std::optional<std::string> epoch = platform::environment("SOURCE_DATE_EPOCH");
  if (!epoch || epoch->empty()) return platform::current_date();
  const std::optional<Date> date = date_of_epoch_seconds(*epoch);
  if (!date) {
    session.usage_error(diag::Message{"summary.usage.source-date-epoch", {{"value", *epoch}}},
                        kCommand);
  }
  return date;
}

void run_summary(Session& session, const SummaryOptions& o) {
  const summary::Format* format = summary::find_format(o.format);
  if (!format) {
    session.usage_error(diag::Message{"usage.unknown-format", {{"name", o.format}}}, kCommand,
                        did_you_mean(o.format, format_names()));
    return;
  }
  if (format->binary && o.output.empty() && platform::is_terminal(platform::Stream::out)) {
    session.usage_error(diag::Message{"summary.usage.binary-terminal", {{"format", o.format}}},
                        kCommand);
    return;
  }
  const auto selection = parse_selection(session, o);
  if (!selection) return;
  const std::optional<Date> generated = generation_date(session);
  if (!generated) return;
  auto analysis = analyse_paths(session, o.paths, kCommand);
  if (!analysis) return;
  auto built = summary::build(*analysis, *selection);
  if (const auto* error = std::get_if<summary::SelectionError>(&built)) {
    session.usage_error(error->message, kCommand, error->suggestion);
    return;
  }
  summary::Summary& result = std::get<summary::Summary>(built);
  result.generated = generated;
  summary::Rendered rendered = format->render(result, session.language());
  if (rendered.error) {
    session.usage_error(diag::Message{"summary.usage.render-failed",
                                      {{"format", std::string(format->name)}, {"detail", *rendered.error}}},
                        kCommand);
    return;
  }
  if (!write_outputs(session, {{o.output, std::move(rendered.bytes)}}, *analysis->set, kCommand)) {
    return;
  }
  // A summary is a report: findings do not change the exit code, but a plan
  // set without a readable frame has nothing to summarise.
  if (result.frames.empty()) session.exit_code = 1;
  keep_until_exit(std::move(*analysis));  // the work is done: exit without freeing it
}

}  // namespace

void add_summary(CLI::App& app, Session& session) {
  auto options = std::make_shared<SummaryOptions>();
  CLI::App* cmd = app.add_subcommand("summary", session.text("cli.summary"));
  cmd->add_option("paths", options->paths, session.text("cli.summary.paths"));
  cmd->add_option("--year,-y", options->year, session.text("cli.summary.year"));
  cmd->add_option("--format,-f", options->format, session.text("cli.summary.format"));
  cmd->add_option("--output,-o", options->output, session.text("cli.summary.output"));
  cmd->add_option("--frame", options->frame, session.text("cli.summary.frame"));
  add_jobs_option(*cmd, session);
  cmd->footer(session.text("cli.summary.footer"));
  cmd->callback([&session, options] { run_summary(session, *options); });
}

}  // namespace plancheck::cli
