#pragma once
// The command line: a table of subcommands, each in its own file.

#include <span>
#include <string>
#include <string_view>

#include "diag/finding.h"
#include "i18n/i18n.h"

namespace CLI {
class App;
}

namespace plancheck::cli {

/// What every command shares: the language and the exit code.
struct Session {
  std::string lang_code;  // --lang; empty: from the environment
  int exit_code = 0;

  const i18n::Language& language() const;
  /// Prints "plancheck: error: ..." and a pointer to --help to stderr; sets exit code 2.
  void usage_error(const diag::Message& message, std::string_view command,
                   std::optional<std::string> suggestion = std::nullopt);
};

struct Command {
  std::string_view name;
  std::string_view summary;  // for --help
  void (*add)(CLI::App& app, Session& session);
};

/// Every subcommand, in the order --help lists them.
std::span<const Command> commands();

/// Runs plancheck; returns the exit code (0 clean, 1 error findings, 2 usage error).
int run(int argc, const char* const* argv);

/// Writes `content` to standard output, or atomically to `path` when it is
/// not empty; reports a failure as a usage error and returns false.
bool write_output(Session& session, const std::string& path, const std::string& content,
                  std::string_view command);

}  // namespace plancheck::cli
