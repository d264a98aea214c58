#pragma once
// The command line: a table of subcommands, each in its own file.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/new_files.h"
#include "diag/finding.h"
#include "i18n/i18n.h"
#include "rules/engine.h"

namespace CLI {
class App;
class Option;
class ParseError;
}

namespace plancheck::cli {

/// What every command shares: the language and the exit code.
struct Session {
  std::string lang_code;  // --lang; empty: from the environment
  unsigned jobs = 0;      // -j; 0: PLANCHECK_JOBS, else the number of processors
  bool verbose = false;   // --verbose: say which YAML files were left alone, and why
  std::string stdin_filename;  // --stdin-filename: the path `-` stands for
  int exit_code = 0;

  const i18n::Language& language() const;
  /// The catalogue text of `key` in the session's language (help texts).
  std::string text(std::string_view key) const;
  /// Prints "plancheck: error: ..." and a pointer to --help to stderr; sets exit code 2.
  void usage_error(const diag::Message& message, std::string_view command,
                   std::optional<std::string> suggestion = std::nullopt);
  /// Prints "plancheck: error: ..." to stderr for a failure that is no
  /// misuse (out of memory, standard output unwritable); sets exit code 2.
  void fatal_error(const diag::Message& message);
  /// Prints "plancheck: warning: ..." to stderr; the exit code stays.
  void warning(const diag::Message& message);
};

struct Command {
  std::string_view name;
  std::string_view summary_key;  // the catalogue key of its one-line summary (shell completion)
  void (*add)(CLI::App& app, Session& session);
};

/// Every subcommand, in the order --help lists them.
std::span<const Command> commands();

// --- help and usage errors in the session's language (help.cpp) ---

/// The value of --lang on the command line (`--lang X`, `--lang=X`), found
/// before CLI11 parses it, so that --help and CLI11's errors are in that
/// language; empty when there is none.
std::string language_argument(int argc, const char* const* argv);
/// Gives `app` (before its subcommands are added) the help layout and the
/// --help text of the session's language.
void localise_help(CLI::App& app, const Session& session);
/// Lists the subcommands under the language's heading.
void localise_subcommands(CLI::App& app, const Session& session);
/// Reports CLI11's parse error as a usage error in the session's language,
/// with "did you mean" where it helps; returns the exit code 2.
int report_parse_error(Session& session, CLI::App& app, const CLI::ParseError& e);
/// A positional's name ("rule") as help and errors show it in `lang`.
std::string positional_name(const i18n::Language& lang, const std::string& name);
/// The choices of a CLI11 IsMember validator, from the type name "TEXT:{a,b}".
std::vector<std::string> validator_choices(const CLI::Option& opt);

/// Runs plancheck; returns the exit code (0 clean, 1 error findings, 2 usage error).
int run(int argc, const char* const* argv);
/// The same with the caller's session, whose language and exit code it sets.
int run(Session& session, int argc, const char* const* argv);

/// main(): prepares the process (platform::prepare_process), takes the
/// command line as UTF-8 and runs plancheck.
int process_main(int argc, char** argv);

/// One output of a command: its text and its file (standard output when empty).
struct OutputFile {
  std::string path;
  std::string content;
};

/// Writes the outputs with a path all or none (base/atomic_file.h), then
/// the one without to standard output. Refused before anything is written:
/// a path naming one of the files `inputs` was read from (plancheck never
/// writes over its input), two outputs naming the same file (by any name:
/// links, /dev/stdout; also one of `also_written`, such as the job summary),
/// and a symbolic link in the current directory's tree that leads outside
/// it. Reports a failure as a usage error and returns false.
bool write_outputs(Session& session, const std::vector<OutputFile>& outputs,
                   const model::PlanSet& inputs, std::string_view command,
                   const std::vector<std::string>& also_written = {});

/// The items separated by ", " (paths and ids in messages).
std::string joined(const std::vector<std::string>& items);

/// The most threads -j and PLANCHECK_JOBS may ask for.
inline constexpr unsigned kMaxJobs = 1024;

/// Adds -j/--jobs and --verbose to a command that loads plan files.
void add_jobs_option(CLI::App& command, Session& session);

/// The paths to load: `paths`, or when there are none the plan root found
/// upward from the current directory (source::find_plan_root), else ".".
std::vector<std::string> plan_paths(std::vector<std::string> paths);

/// How many threads load and check the plan files.
struct Jobs {
  size_t count = 1;    // -j, else PLANCHECK_JOBS, else the number of processors
  bool asked = false;  // -j or PLANCHECK_JOBS: exactly `count`, however small the input
};

/// The threads the user asked for; std::nullopt after a usage error
/// (PLANCHECK_JOBS not a whole number from 1 to kMaxJobs).
std::optional<Jobs> load_jobs(Session& session, std::string_view command);

/// Loads the plan files under `paths` (default: plan_paths) and analyses
/// them; std::nullopt after a usage error (an unreadable path, standard
/// input unreadable, no plan files). "-" reads a plan file from standard
/// input, shown as --stdin-filename. With `context` (check), when only
/// yearly plans and project lists are named (no frame, no directory), the
/// plan roots above them are read as context (their frame, the other
/// years), without reporting on them. --verbose lists the
/// files left alone.
std::optional<rules::Analysis> analyse_paths(Session& session, std::vector<std::string> paths,
                                             std::string_view command, bool context = false);

/// Reports a file that init or new-year could not create as a usage error.
void report_new_file_error(Session& session, const NewFileError& error, std::string_view command);

}  // namespace plancheck::cli
