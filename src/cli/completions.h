#pragma once
// Shell completions, made from the program's own tables: the command
// table, each command's options as CLI11 knows them, the format tables, the
// rule table and the file kinds. `plancheck completions bash|zsh` prints
// them; the build installs what it prints.

#include <string>
#include <vector>

#include "i18n/i18n.h"

namespace CLI {
class App;
}

namespace plancheck::cli {

/// What the value of an option or a positional argument is.
enum class ValueKind : uint8_t { none, words, files, directories };

/// An option or positional argument and how to complete its value.
struct CompletionArg {
  std::vector<std::string> names;  // "-f", "--format"; empty for a positional
  std::string value_name;          // what the value is: "format", "rule", "paths"
  std::string help;
  bool takes_value = false;  // false: a flag
  bool repeats = false;      // may be given more than once (or takes several values)
  ValueKind kind = ValueKind::none;
  std::vector<std::string> words;  // the values, when kind is words
};

struct CompletionCommand {
  std::string name;
  std::string help;
  std::vector<CompletionArg> options;
  std::vector<CompletionArg> positionals;  // in order
};

struct CompletionSpec {
  std::vector<CompletionArg> global;  // options of plancheck itself
  std::vector<CompletionCommand> commands;
};

/// The completion spec of the fully built command line `app`.
/// Descriptions and summaries in `lang`.
CompletionSpec completion_spec(const CLI::App& app, const i18n::Language& lang);

std::string bash_completion(const CompletionSpec& spec);
std::string zsh_completion(const CompletionSpec& spec);

}  // namespace plancheck::cli
