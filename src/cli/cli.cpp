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
    {"check", "Check plan files against their frame", &add_check},
    {"rules", "List every rule", &add_rules},
    {"explain", "Explain a rule, with an example", &add_explain},
    {"schema", "Print the JSON Schema of a plan file kind", &add_schema},
    {"summary", "Summarise the plans for a council meeting", &add_summary},
    {"diff", "Show what a change does to the plans' figures", &add_diff},
    {"init", "Create a new plan repository from templates", &add_init},
    {"new-year", "Draft the yearly plan of a year from the frame and the year before", &add_new_year},
    {"completions", "Print the bash or zsh completion script", &add_completions},
};

constexpr std::string_view kFooter =
    "Exit codes:\n"
    "  0  no error findings (warnings and notes do not fail, unless --strict)\n"
    "  1  at least one error finding (a broken plan file is one)\n"
    "  2  usage error, or a path that cannot be read\n"
    "\n"
    "Language: --lang nb|en; by default Norwegian when LC_ALL, LC_MESSAGES or LANG\n"
    "starts with nb, nn or no, otherwise English.";

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
  CLI::App app{"plancheck: check the plans of an inter-municipal council against their frame",
               "plancheck"};
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION);
  app.footer(std::string(kFooter));
  app.require_subcommand(1);
  app.fallthrough();
  std::vector<std::string> language_codes;
  for (const i18n::Language& lang : i18n::languages()) language_codes.emplace_back(lang.code);
  app.add_option("--lang", session.lang_code, "Language of the output")
      ->check(CLI::IsMember(language_codes));
  for (const Command& c : kCommands) c.add(app, session);
  if (!known_words(session, app, argc, argv)) return session.exit_code;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      app.exit(e);
      return 0;
    }
    std::string what = e.what();
    if (e.get_name() == "RequiredError" && what.find("subcommand") != std::string::npos) {
      std::cerr << app.help();
      return 2;
    }
    std::cerr << fmt::format("plancheck: {}: {}\n", i18n::text(session.language(), "usage.error"), what);
    std::cerr << i18n::render(session.language(),
                              diag::Message{"usage.see-help", {{"command", "plancheck"}}})
              << '\n';
    return 2;
  }
  return session.exit_code;
}

}  // namespace plancheck::cli
