// plancheck init [DIR]: a new plan repository from the embedded templates.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "base/date.h"
#include "base/new_files.h"
#include "base/platform.h"
#include "report/ci.h"
#include "cli/cli.h"
#include "scaffold/init.h"

namespace plancheck::cli {

namespace {

constexpr std::string_view kCommand = "plancheck init";

struct InitOptions {
  std::string dir = ".";
  std::string year;
  std::string ci = "github";
};

/// The first budget year: --year, or this year; std::nullopt after a usage error.
std::optional<int> first_year(Session& session, const InitOptions& o) {
  if (o.year.empty()) return platform::current_year();
  const std::optional<int> year = parse_year(o.year);
  // The last year of the period must be a four-digit year too.
  if (!year || o.year.size() != 4 || *year + scaffold::kPeriodYears - 1 > 9999) {
    session.usage_error(diag::Message{"usage.bad-year", {{"option", "--year"}, {"value", o.year}}},
                        kCommand);
    return std::nullopt;
  }
  return year;
}

/// `path` as the user sees it below `dir`.
std::string below(const std::string& dir, const std::string& path) {
  return platform::utf8_path(platform::fs_path(path).lexically_relative(platform::fs_path(dir)));
}

/// The files of `all` that exist already (as anything, a dangling link
/// included), moved out of `all`: init adds what is missing and leaves
/// what is there as it is.
std::vector<NewFile> take_existing(std::vector<NewFile>& all) {
  std::vector<NewFile> existing;
  std::erase_if(all, [&](NewFile& f) {
    if (!first_existing({f.path})) return false;
    existing.push_back(std::move(f));
    return true;
  });
  return existing;
}

void run_init(Session& session, const InitOptions& o) {
  const std::optional<int> year = first_year(session, o);
  if (!year) return;
  const scaffold::Ci ci = o.ci == "gitlab" ? scaffold::Ci::gitlab : scaffold::Ci::github;
  std::vector<NewFile> files = scaffold::repository_files(o.dir, *year, ci);
  const std::vector<NewFile> existing = take_existing(files);
  if (const auto error = create_new_files(files))
    return report_new_file_error(session, *error, kCommand);
  const i18n::Language& lang = session.language();
  const diag::Arg first{"first", int64_t{*year}};
  const diag::Arg last{"last", int64_t{*year + scaffold::kPeriodYears - 1}};
  std::string out;
  if (files.empty()) {
    out += i18n::render(lang, diag::Message{"init.nothing", {{"dir", o.dir}}}) + "\n";
  } else {
    out += i18n::render(lang, diag::Message{existing.empty() ? "init.created" : "init.added",
                                            {first, last, {"dir", o.dir}}}) +
           "\n";
    for (const NewFile& f : files) out += "  " + below(o.dir, f.path) + "\n";
  }
  if (!existing.empty()) {
    out += i18n::render(lang, diag::Message{"init.kept", {}}) + "\n";
    for (const NewFile& f : existing) out += "  " + below(o.dir, f.path) + "\n";
  }
  if (!files.empty()) out += i18n::render(lang, diag::Message{"init.next", {{"dir", o.dir}}}) + "\n";
  std::cout << report::safe_lines(out);
}

}  // namespace

void add_init(CLI::App& app, Session& session) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand("init", session.text("cli.init"));
  cmd->add_option("dir", options->dir, session.text("cli.init.dir"));
  cmd->add_option("--year", options->year, session.text("cli.init.year"));
  cmd->add_option("--ci", options->ci, session.text("cli.init.ci"))
      ->check(CLI::IsMember({"github", "gitlab"}));
  cmd->footer(session.text("cli.init.footer"));
  cmd->callback([&session, options] { run_init(session, *options); });
}

}  // namespace plancheck::cli
