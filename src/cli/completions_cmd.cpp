// plancheck completions bash|zsh: the completion scripts, from the program's tables.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/cli.h"
#include "cli/completions.h"
#include "model/values.h"
#include "report/report.h"
#include "rules/registry.h"
#include "diff/diff.h"
#include "summary/render.h"

namespace plancheck::cli {

namespace {

/// Values that come from a program table rather than from a CLI11 validator.
struct ValueSource {
  std::string_view command;  // empty: plancheck itself
  std::string_view name;     // the option's long name or the positional's name
  ValueKind kind;
  std::vector<std::string> (*words)() = nullptr;
};

std::vector<std::string> check_formats() {
  std::vector<std::string> names;
  for (const report::Format& f : report::formats())
    names.emplace_back(f.name);
  names.emplace_back("list");
  return names;
}

std::vector<std::string> summary_formats() {
  std::vector<std::string> names;
  for (const summary::Format& f : summary::formats())
    names.emplace_back(f.name);
  return names;
}

std::vector<std::string> diff_formats() {
  std::vector<std::string> names;
  for (const diff::Format& f : diff::formats())
    names.emplace_back(f.name);
  return names;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const rules::Rule* r : rules::all_rules())
    ids.emplace_back(r->id);
  return ids;
}

std::vector<std::string> file_kinds() {
  const auto& names = model::EnumNames<model::FileKind>::kNames;
  return {names.begin(), names.end()};
}

const ValueSource kSources[] = {
    {"check", "--format", ValueKind::words, &check_formats},
    {"check", "paths", ValueKind::files},
    {"diff", "--format", ValueKind::words, &diff_formats},
    {"diff", "--output", ValueKind::files},
    {"diff", "paths", ValueKind::files},
    {"explain", "rule", ValueKind::words, &rule_ids},
    {"init", "dir", ValueKind::directories},
    {"new-year", "path", ValueKind::files},
    {"new-year", "--plans", ValueKind::files},
    {"schema", "kind", ValueKind::words, &file_kinds},
    {"summary", "--format", ValueKind::words, &summary_formats},
    {"summary", "--output", ValueKind::files},
    {"summary", "paths", ValueKind::files},
};

}  // namespace

std::vector<std::string> validator_choices(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  const size_t open = type.find('{');
  const size_t close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::vector<std::string> words;
  std::string word;
  for (char c : type.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  words.push_back(word);
  return words;
}

namespace {

CompletionArg argument(std::string_view command, const CLI::Option& opt) {
  CompletionArg arg;
  for (const std::string& s : opt.get_snames())
    arg.names.push_back("-" + s);
  for (const std::string& l : opt.get_lnames())
    arg.names.push_back("--" + l);
  arg.help = opt.get_description();
  arg.takes_value = opt.get_expected_max() > 0 && opt.get_type_size_max() > 0;
  arg.repeats = opt.get_expected_max() > 1;
  const std::string key = arg.names.empty() ? opt.get_name() : "--" + opt.get_lnames().front();
  arg.value_name = arg.names.empty() ? opt.get_name() : opt.get_lnames().front();
  for (const ValueSource& s : kSources) {
    if (s.command == command && s.name == key) {
      arg.kind = s.kind;
      if (s.words) arg.words = s.words();
      return arg;
    }
  }
  arg.words = validator_choices(opt);
  if (!arg.words.empty()) arg.kind = ValueKind::words;
  return arg;
}

void add_arguments(std::string_view command, const CLI::App& app,
                   std::vector<CompletionArg>& options, std::vector<CompletionArg>* positionals) {
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_positional() && !opt->nonpositional()) {
      if (positionals) positionals->push_back(argument(command, *opt));
    } else {
      options.push_back(argument(command, *opt));
    }
  }
}

}  // namespace

CompletionSpec completion_spec(const CLI::App& app, const i18n::Language& lang) {
  CompletionSpec spec;
  add_arguments("", app, spec.global, nullptr);
  for (const Command& c : commands()) {
    const CLI::App* sub = nullptr;
    for (const CLI::App* candidate : app.get_subcommands({})) {
      if (candidate->get_name() == c.name) sub = candidate;
    }
    if (!sub) continue;
    CompletionCommand cmd{std::string(c.name), std::string(i18n::text(lang, c.summary_key)), {}, {}};
    add_arguments(c.name, *sub, cmd.options, &cmd.positionals);
    spec.commands.push_back(std::move(cmd));
  }
  return spec;
}

void add_completions(CLI::App& app, Session& session) {
  auto shell = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("completions", session.text("cli.completions"));
  cmd->group("");  // not listed by --help: it is for the build and for packagers
  cmd->add_option("shell", *shell, session.text("cli.completions.shell"))
      ->required()
      ->check(CLI::IsMember({"bash", "zsh"}));
  cmd->callback([&app, &session, shell] {
    const CompletionSpec spec = completion_spec(app, session.language());
    std::cout << (*shell == "bash" ? bash_completion(spec) : zsh_completion(spec));
  });
}

}  // namespace plancheck::cli
