// plancheck new-year YEAR [PATH]: the next yearly plan drafted from the
// frame and the year before, checked with the plan set, written to a new file.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/did_you_mean.h"
#include "base/new_files.h"
#include "base/platform.h"
#include "base/text.h"
#include "cli/cli.h"
#include "draft/draft.h"
#include "model/plan_set.h"
#include "report/report.h"
#include "rules/engine.h"
#include "source/read.h"

namespace plancheck::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kCommand = "plancheck new-year";

struct NewYearOptions {
  std::string year;
  std::string path;
  std::vector<std::string> plans;
  std::string frame;
};

/// Whether `year` lies in the frame's period (`offset` 0) or is the year
/// after it (`offset` 1).
bool frame_holds(const figures::FrameFigures& ff, int year, int offset) {
  const model::Frame& frame = *ff.group->frame;
  if (!frame.period.present() || !frame.period->from.present() || !frame.period->to.present()) {
    return false;
  }
  if (offset == 1) return year == frame.period->to->value + 1;
  return year >= frame.period->from->value && year <= frame.period->to->value;
}

/// Of several frames, the one whose period holds `year`, or else the one
/// whose period ends the year before; nullptr when not exactly one does.
const figures::FrameFigures* frame_of_year(const rules::Analysis& analysis, int year) {
  for (const int offset : {0, 1}) {
    const figures::FrameFigures* found = nullptr;
    int count = 0;
    for (const figures::FrameFigures& ff : analysis.figures) {
      if (frame_holds(ff, year, offset)) {
        found = &ff;
        ++count;
      }
    }
    if (count == 1) return found;
    if (count > 1) return nullptr;
  }
  return nullptr;
}

/// The figures of the frame to draft for; nullptr after a usage error.
const figures::FrameFigures* chosen_frame(Session& session, const rules::Analysis& analysis,
                                          const NewYearOptions& o, int year) {
  std::vector<std::string> ids;
  for (const figures::FrameFigures& ff : analysis.figures) {
    const model::Frame& frame = *ff.group->frame;
    ids.push_back(frame.id.present() ? frame.id->name : frame.file->path());
    // The year after a frame's period is the next frame's first year, when the plan files hold it.
    if (!o.frame.empty() && ids.back() == o.frame) {
      return ff.next && frame_holds(ff, year, 1) && frame_holds(*ff.next, year, 0) ? ff.next : &ff;
    }
  }
  if (o.frame.empty() && ids.size() == 1) return &analysis.figures.front();
  if (o.frame.empty() && !ids.empty()) {
    if (const figures::FrameFigures* ff = frame_of_year(analysis, year)) return ff;
  }
  const auto broken =
      std::find_if(analysis.set->broken.begin(), analysis.set->broken.end(),
                   [](const model::Stub& s) { return s.kind == model::FileKind::frame; });
  if (ids.empty() && broken != analysis.set->broken.end()) {
    session.usage_error(diag::Message{"new-year.frame-errors", {{"path", broken->file->path()}}},
                        kCommand);
  } else if (ids.empty()) {
    session.usage_error(diag::Message{"new-year.no-frame", {{"paths", joined(o.plans)}}}, kCommand);
  } else if (o.frame.empty()) {
    session.usage_error(diag::Message{"new-year.several-frames", {{"frames", joined(ids)}}},
                        kCommand);
  } else {
    session.usage_error(
        diag::Message{"new-year.unknown-frame", {{"name", o.frame}, {"frames", joined(ids)}}},
        kCommand, did_you_mean(o.frame, ids));
  }
  return nullptr;
}

/// PATH, the default path inside PATH when it is a directory, or the default path.
std::string output_path(const NewYearOptions& o, const draft::Draft& d) {
  std::string fallback = draft::default_path(d);
  if (o.path.empty()) return fallback;
  const auto info = platform::file_info(o.path);
  if (info && info->type == platform::FileType::directory) {
    return platform::utf8_path(platform::fs_path(o.path) / platform::fs_path(fallback).filename());
  }
  return o.path;
}

/// The year before's editor modeline, when its relative schema path also
/// works from where the draft goes (a sibling folder at the same depth).
std::string schema_line(const draft::Draft& d, const std::string& out) {
  if (!d.previous) return {};
  const std::string_view text = d.previous->file->text();
  const std::string first(text.substr(0, text.find('\n')));
  if (!first.starts_with("# yaml-language-server:")) return {};
  const fs::path prev_dir =
      platform::fs_path(d.previous->file->path()).parent_path().lexically_normal();
  const fs::path out_dir = platform::fs_path(out).parent_path().lexically_normal();
  if (prev_dir.parent_path() != out_dir.parent_path()) return {};
  return first.ends_with('\r') ? first.substr(0, first.size() - 1) : first;
}

/// Checks the drafts together with the plan files: the counts of their own findings.
report::Counts checked(const std::vector<std::string>& plans, const std::vector<NewFile>& drafts,
                       const Jobs& jobs) {
  model::LoadRequest request{plans, {}, {}, {}};
  request.exact_jobs = jobs.asked;
  model::LoadResult loaded = model::load_plan_set(request, jobs.count);
  if (!loaded.set) return {};
  std::vector<fs::path> paths;
  for (const NewFile& d : drafts) {
    model::load_text(*loaded.set, source::display_path(d.path), d.content, false);
    paths.push_back(platform::fs_path(source::display_path(d.path)).lexically_normal());
  }
  const rules::Analysis analysis = rules::analyze(std::move(loaded.set), loaded.workers);
  std::vector<diag::Finding> own;
  for (const diag::Finding& f : analysis.findings()) {
    if (f.where.file && std::find(paths.begin(), paths.end(),
                                  platform::fs_path(f.where.file->path()).lexically_normal()) !=
                            paths.end()) {
      own.push_back(f);
    }
  }
  return report::count(own);
}

void run_new_year(Session& session, NewYearOptions& o) {
  const std::optional<int> year = parse_year(o.year);
  if (!year || o.year.size() != 4) {
    session.usage_error(diag::Message{"usage.bad-year", {{"value", o.year}}}, kCommand);
    return;
  }
  o.plans = plan_paths(std::move(o.plans));
  const auto analysis = analyse_paths(session, o.plans, kCommand);
  if (!analysis) return;
  const figures::FrameFigures* ff = chosen_frame(session, *analysis, o, *year);
  if (!ff) return;
  if (const auto refused = draft::refusal(*analysis, *ff, *year)) {
    return session.usage_error(refused->message, kCommand);
  }
  auto drafted = draft::draft_year(*ff, *year);
  if (const auto* error = std::get_if<draft::DraftError>(&drafted)) {
    return session.usage_error(error->message, kCommand);
  }
  const draft::Draft& d = std::get<draft::Draft>(drafted);
  const bool to_stdout = o.path == "-";
  const std::string path = to_stdout ? draft::default_path(d) : output_path(o, d);
  if (const auto existing = to_stdout ? std::nullopt : first_existing({path})) {
    return report_new_file_error(session, {*existing, {}, true}, kCommand);
  }
  const i18n::Language& lang = session.language();
  std::vector<NewFile> drafts{{path, draft::draft_yaml(d, lang, schema_line(d, path))}};
  // The year's project list, unless it is there already (a list may come before the plan).
  const std::string list_path = draft::project_list_path(d, *ff, path);
  const bool list_exists = first_existing({list_path}).has_value();
  if (!to_stdout && !list_exists) {
    std::string list_schema = schema_line(d, list_path);
    const size_t at = list_schema.find("yearly-plan.schema.json");
    if (at != std::string::npos) list_schema.replace(at, 11, "project-list");
    drafts.push_back({list_path, draft::project_list_yaml(d, lang, list_schema)});
  }
  const report::Counts counts = checked(o.plans, drafts, load_jobs(session, kCommand).value_or(Jobs{}));
  if (to_stdout) {
    std::cout << drafts.front().content;
  } else if (const auto error = create_new_files(drafts)) {
    return report_new_file_error(session, *error, kCommand);
  }
  // With the draft on standard output, the messages go to standard error.
  std::ostream& messages = to_stdout ? std::cerr : std::cout;
  const diag::Arg year_arg{"year", int64_t{*year}};
  if (to_stdout) {
    messages << i18n::render(lang, diag::Message{"new-year.list-stdin", {year_arg}}) << '\n';
  } else {
    messages << terminal_safe(i18n::render(
                    lang, diag::Message{"new-year.written", {year_arg, {"path", path}}}))
             << '\n';
    messages << terminal_safe(i18n::render(
                    lang, diag::Message{list_exists ? "new-year.list-exists" : "new-year.written-list",
                                        {year_arg, {"path", list_path}}}))
             << '\n';
  }
  messages << i18n::render(lang, diag::Message{"new-year.checked",
                                               {{"result", report::summary_line(lang, counts, drafts.size())}}})
           << '\n';
  if (counts.errors + counts.warnings + counts.notes > 0) {
    messages << i18n::text(lang, "new-year.see-check") << '\n';
  }
  if (counts.errors > 0) session.exit_code = 1;
}

}  // namespace

void add_new_year(CLI::App& app, Session& session) {
  auto options = std::make_shared<NewYearOptions>();
  CLI::App* cmd = app.add_subcommand("new-year", session.text("cli.new-year"));
  cmd->add_option("year", options->year, session.text("cli.new-year.year"))->required();
  cmd->add_option("path", options->path, session.text("cli.new-year.path"));
  cmd->add_option("--plans", options->plans, session.text("cli.new-year.plans"))
      ->allow_extra_args(false);
  cmd->add_option("--frame", options->frame, session.text("cli.new-year.frame"));
  add_jobs_option(*cmd, session);
  cmd->footer(session.text("cli.new-year.footer"));
  cmd->callback([&session, options] { run_new_year(session, *options); });
}

}  // namespace plancheck::cli
