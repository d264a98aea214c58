#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "base/did_you_mean.h"
#include "base/platform.h"
#include "base/text.h"

namespace plancheck::cli {

void add_check(CLI::App& app, Session& session);
void add_rules(CLI::App& app, Session& session);
void add_explain(CLI::App& app, Session& session);
void add_schema(CLI::App& app, Session& session);
void add_summary(CLI::App& app, Session& session);
void add_diff(CLI::App& app, Session& session);
void add_init(CLI::App& app, Session& session);
void add_new_year(CLI::App& app, Session& session);
void add_completions(CLI::App& app, Session& session);

namespace {

const Command kCommands[] = {
    {"check", "cli.brief.check", &add_check},
    {"rules", "cli.brief.rules", &add_rules},
    {"explain", "cli.brief.explain", &add_explain},
    {"schema", "cli.brief.schema", &add_schema},
    {"summary", "cli.brief.summary", &add_summary},
    {"diff", "cli.brief.diff", &add_diff},
    {"init", "cli.brief.init", &add_init},
    {"new-year", "cli.brief.new-year", &add_new_year},
    {"completions", "cli.brief.completions", &add_completions},
};

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const Command& c : kCommands) names.emplace_back(c.name);
  return names;
}

/// The long option names ("--format") of an app.
std::vector<std::string> long_options(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : app.get_options()) {
    for (const std::string& name : opt->get_lnames()) names.push_back("--" + name);
  }
  return names;
}

/// Answers an unknown command or long option with "did you mean" before
/// CLI11 sees it (CLI11 would only say that it was not expected).
bool known_words(Session& session, const CLI::App& app, int argc, const char* const* argv) {
  const CLI::App* command = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg.starts_with("--")) {
      const std::string name(arg.substr(0, arg.find('=')));
      std::vector<std::string> known = long_options(app);
      if (command) {
        const std::vector<std::string> own = long_options(*command);
        known.insert(known.end(), own.begin(), own.end());
      }
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      session.usage_error(diag::Message{"usage.unknown-option", {{"name", name}}},
                          command ? "plancheck " + command->get_name() : "plancheck",
                          did_you_mean(name, known));
      return false;
    }
    if (command || arg.starts_with("-") || (i > 1 && std::string_view(argv[i - 1]) == "--lang")) {
      continue;
    }
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == arg) command = sub;
    }
    if (command) continue;
    session.usage_error(diag::Message{"usage.unknown-command", {{"name", std::string(arg)}}},
                        "plancheck", did_you_mean(arg, command_names()));
    return false;
  }
  return true;
}

}  // namespace

std::span<const Command> commands() { return kCommands; }

const i18n::Language& Session::language() const {
  if (const i18n::Language* lang = i18n::find_language(lang_code)) return *lang;
  return i18n::language_from_environment();
}

void Session::usage_error(const diag::Message& message, std::string_view command,
                          std::optional<std::string> suggestion) {
  const i18n::Language& lang = language();
  // Paths and names in the message come from the user or a plan file.
  std::string text = fmt::format("plancheck: {}: {}\n", i18n::text(lang, "usage.error"),
                                 terminal_safe(i18n::render(lang, message)));
  if (suggestion) {
    text += fmt::format("  = {}: {}\n", i18n::text(lang, "text.help"),
                        i18n::render(lang, diag::Message{"help.did-you-mean", {{"name", *suggestion}}}));
  }
  text += fmt::format("{}\n", i18n::render(lang, diag::Message{"usage.see-help",
                                                               {{"command", std::string(command)}}}));
  std::cerr << text;
  exit_code = 2;
}

void Session::fatal_error(const diag::Message& message) {
  const i18n::Language& lang = language();
  std::cerr << fmt::format("plancheck: {}: {}\n", i18n::text(lang, "usage.error"),
                           terminal_safe(i18n::render(lang, message)));
  exit_code = 2;
}

void Session::warning(const diag::Message& message) {
  const i18n::Language& lang = language();
  std::cerr << fmt::format("plancheck: {}: {}\n", i18n::text(lang, "severity.warning"),
                           terminal_safe(i18n::render(lang, message)));
}

int run(int argc, const char* const* argv) {
  Session session;
  return run(session, argc, argv);
}

int run(Session& session, int argc, const char* const* argv) {
  // --help and CLI11's errors speak the language --lang asks for; a value
  // that is no language is reported by the parse, in the environment's.
  const std::string asked = language_argument(argc, argv);
  if (i18n::find_language(asked)) session.lang_code = asked;
  CLI::App app{session.text("cli.app"), "plancheck"};
  localise_help(app, session);
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION,
                       session.text("cli.version"));
  app.footer(session.text("cli.footer"));
  app.require_subcommand(1);
  app.fallthrough();
  std::vector<std::string> language_codes;
  for (const i18n::Language& lang : i18n::languages()) language_codes.emplace_back(lang.code);
  app.add_option("--lang", session.lang_code, session.text("cli.lang"))
      ->check(CLI::IsMember(language_codes));
  for (const Command& c : kCommands) c.add(app, session);
  localise_subcommands(app, session);
  if (!known_words(session, app, argc, argv)) return session.exit_code;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      app.exit(e);
      return 0;
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e) && app.get_subcommands().empty()) {
      std::cerr << app.help();
      return 2;
    }
    return report_parse_error(session, app, e);
  }
  return session.exit_code;
}

}  // namespace plancheck::cli
