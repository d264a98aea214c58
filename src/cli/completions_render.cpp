// The completion spec as bash and zsh scripts.

#include <fmt/format.h>

#include <string>

#include "cli/completions.h"

namespace plancheck::cli {

namespace {

/// A word for a shell single-quoted string: ' becomes '\''.
std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string words_of(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words)
    out += (out.empty() ? "" : " ") + w;
  return out;
}

std::vector<std::string> option_names(const std::vector<CompletionArg>& options) {
  std::vector<std::string> names;
  for (const CompletionArg& o : options)
    names.insert(names.end(), o.names.begin(), o.names.end());
  return names;
}

/// The bash statement completing a value of `kind`.
std::string bash_value(const CompletionArg& arg) {
  switch (arg.kind) {
    case ValueKind::words:
      return fmt::format("COMPREPLY=($(compgen -W {} -- \"$cur\"))",
                         single_quoted(words_of(arg.words)));
    case ValueKind::files:
      return "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))";
    case ValueKind::directories:
      return "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))";
    case ValueKind::none:
      break;
  }
  return "COMPREPLY=()";
}

/// A case pattern matching every name of the option: -f|--format.
std::string pattern(const std::string& command, const CompletionArg& o) {
  std::string out;
  for (const std::string& n : o.names) {
    if (!out.empty()) out += '|';
    out.append(command).append(":").append(n);
  }
  return out;
}

/// Which options take a value, per command: the word after them is their value.
std::string bash_takes_value(const CompletionSpec& spec) {
  std::string out = "_plancheck_takes_value() {\n  case \"$1:$2\" in\n";
  std::vector<std::string> names;
  for (const CompletionArg& o : spec.global) {
    for (const std::string& n : o.names) {
      if (o.takes_value) names.push_back("*:" + n);
    }
  }
  for (const CompletionCommand& c : spec.commands) {
    for (const CompletionArg& o : c.options) {
      for (const std::string& n : o.names) {
        if (o.takes_value) names.push_back(c.name + ":" + n);
      }
    }
  }
  out += "    " + fmt::format("{}", fmt::join(names, "|")) + ") return 0 ;;\n";
  return out + "  esac\n  return 1\n}\n\n";
}

std::string bash_option_values(const CompletionSpec& spec) {
  std::string out = "  case \"$cmd:$opt\" in\n";
  for (const CompletionArg& o : spec.global) {
    if (o.takes_value)
      out += fmt::format("    {})\n      {}\n      return ;;\n", pattern("*", o), bash_value(o));
  }
  for (const CompletionCommand& c : spec.commands) {
    for (const CompletionArg& o : c.options) {
      if (!o.takes_value) continue;
      out += fmt::format("    {})\n      {}\n      return ;;\n", pattern(c.name, o), bash_value(o));
    }
  }
  return out + "  esac\n";
}

std::string bash_commands(const CompletionSpec& spec) {
  std::vector<std::string> names;
  for (const CompletionCommand& c : spec.commands)
    names.push_back(c.name);
  std::string out = "  if [[ -z $cmd ]]; then\n    if [[ $cur == -* ]]; then\n";
  out += fmt::format("      COMPREPLY=($(compgen -W {} -- \"$cur\"))\n",
                     single_quoted(words_of(option_names(spec.global))));
  out += "    else\n";
  out += fmt::format("      COMPREPLY=($(compgen -W {} -- \"$cur\"))\n",
                     single_quoted(words_of(names)));
  return out + "    fi\n    return\n  fi\n";
}

std::string bash_command_options(const CompletionSpec& spec) {
  std::string out = "  if [[ $cur == -* ]]; then\n    case \"$cmd\" in\n";
  for (const CompletionCommand& c : spec.commands) {
    std::vector<std::string> names = option_names(c.options);
    const std::vector<std::string> global = option_names(spec.global);
    for (const std::string& g : global) {
      if (g != "-h" && g != "--help" && g != "--version") names.push_back(g);
    }
    out += fmt::format("      {}) COMPREPLY=($(compgen -W {} -- \"$cur\")) ;;\n", c.name,
                       single_quoted(words_of(names)));
  }
  return out + "    esac\n    return\n  fi\n";
}

/// The positional arguments of each command, by how many came before the cursor.
std::string bash_positionals(const CompletionSpec& spec) {
  std::string out = "  case \"$cmd\" in\n";
  for (const CompletionCommand& c : spec.commands) {
    if (c.positionals.empty()) continue;
    out += fmt::format("    {})\n", c.name);
    for (size_t i = 0; i < c.positionals.size(); ++i) {
      const CompletionArg& p = c.positionals[i];
      const bool last = i + 1 == c.positionals.size();
      out += fmt::format("      {} ((npos {} {})); then {}\n", i == 0 ? "if" : "elif",
                         p.repeats && last ? ">=" : "==", i, bash_value(p));
    }
    out += "      fi ;;\n";
  }
  return out + "  esac\n";
}

/// Text for the [explanation] of a zsh _arguments spec in single quotes.
std::string zsh_explanation(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '[' || c == ']') out += '\\';
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out;
}

/// Text for a :-separated field of a zsh spec in single quotes.
std::string zsh_field(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ':') out += '\\';
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out;
}

/// The action of a zsh _arguments spec for a value.
std::string zsh_action(const CompletionArg& arg) {
  switch (arg.kind) {
    case ValueKind::words:
      return "(" + words_of(arg.words) + ")";
    case ValueKind::files:
      return "_files";
    case ValueKind::directories:
      return "_files -/";
    case ValueKind::none:
      break;
  }
  return " ";
}

/// The _arguments specs of one option: one per name.
std::string zsh_option(const CompletionArg& o) {
  std::string out;
  for (const std::string& n : o.names) {
    const bool long_name = n.starts_with("--");
    std::string spec = (o.repeats ? "*" : "") + n;
    if (o.takes_value) spec += long_name ? "=" : "+";
    spec += "[" + zsh_explanation(o.help) + "]";
    if (o.takes_value) spec += ":" + zsh_field(o.value_name) + ":" + zsh_action(o);
    out += fmt::format("        '{}' \\\n", spec);
  }
  return out;
}

std::string zsh_command(const CompletionSpec& spec, const CompletionCommand& c) {
  std::string out = fmt::format("    {})\n      _arguments -s \\\n", c.name);
  for (const CompletionArg& o : c.options)
    out += zsh_option(o);
  for (const CompletionArg& o : spec.global) {
    if (o.takes_value) out += zsh_option(o);
  }
  for (size_t i = 0; i < c.positionals.size(); ++i) {
    const CompletionArg& p = c.positionals[i];
    const std::string position = p.repeats ? "*" : std::to_string(i + 1);
    out += fmt::format("        '{}:{}:{}' \\\n", position, zsh_field(p.value_name), zsh_action(p));
  }
  return out + "        && ret=0\n      ;;\n";
}

}  // namespace

std::string bash_completion(const CompletionSpec& spec) {
  std::string out =
      "# bash completion for plancheck(1).\n"
      "# Generated by `plancheck completions bash` from the program's own tables; do not edit.\n\n";
  out += bash_takes_value(spec);
  out +=
      "_plancheck() {\n"
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      "  local cmd=\"\" opt=\"\" npos=0 i w\n"
      "  COMPREPLY=()\n"
      "  # --name=value: bash splits it at '='.\n"
      "  if [[ $cur == = ]]; then cur=\"\"; opt=\"$prev\"\n"
      "  elif [[ $prev == = ]]; then opt=\"${COMP_WORDS[COMP_CWORD-2]}\"\n"
      "  else opt=\"$prev\"; fi\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    w=\"${COMP_WORDS[i]}\"\n"
      "    if [[ $w == = ]]; then ((i++)); continue; fi\n"
      "    if [[ $w == -* ]]; then\n"
      "      if [[ ${COMP_WORDS[i+1]} != = ]] && _plancheck_takes_value \"${cmd:-plancheck}\" "
      "\"$w\"; then ((i++)); fi\n"
      "    elif [[ -z $cmd ]]; then cmd=\"$w\"\n"
      "    else ((npos++)); fi\n"
      "  done\n"
      "  # A value after an option that takes one; prev is never an option\n"
      "  # when it was itself a value.\n"
      "  if [[ $opt == -* ]] && ((COMP_CWORD - 1 >= 1)) && _plancheck_takes_value "
      "\"${cmd:-plancheck}\" \"$opt\"; then\n";
  out += bash_option_values(spec);
  out += "  fi\n";
  out += bash_commands(spec);
  out += bash_command_options(spec);
  out += bash_positionals(spec);
  out += "}\n\ncomplete -F _plancheck plancheck\n";
  return out;
}

std::string zsh_completion(const CompletionSpec& spec) {
  std::string out =
      "#compdef plancheck\n"
      "# zsh completion for plancheck(1).\n"
      "# Generated by `plancheck completions zsh` from the program's own tables; do not edit.\n\n"
      "_plancheck() {\n"
      "  local curcontext=\"$curcontext\" state line ret=1\n"
      "  typeset -A opt_args\n"
      "  _arguments -C \\\n";
  for (const CompletionArg& o : spec.global)
    out += zsh_option(o);
  out +=
      "        '1:command:->command' \\\n"
      "        '*::argument:->argument' && ret=0\n"
      "  case $state in\n"
      "  command)\n"
      "    local -a commands\n"
      "    commands=(\n";
  for (const CompletionCommand& c : spec.commands) {
    out += fmt::format("      '{}:{}'\n", zsh_field(c.name), zsh_field(c.help));
  }
  out +=
      "    )\n"
      "    _describe -t commands 'plancheck command' commands && ret=0\n"
      "    ;;\n"
      "  argument)\n"
      "    curcontext=\"${curcontext%:*:*}:plancheck-$line[1]:\"\n"
      "    case $line[1] in\n";
  for (const CompletionCommand& c : spec.commands)
    out += zsh_command(spec, c);
  out +=
      "    esac\n"
      "    ;;\n"
      "  esac\n"
      "  return ret\n"
      "}\n\n"
      "_plancheck \"$@\"\n";
  return out;
}

}  // namespace plancheck::cli
