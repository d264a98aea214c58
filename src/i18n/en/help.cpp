// English texts of --help: the program's and every command's description,
// every option's, the footers, and the words of the help layout.

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    // The layout's own words (CLI::Formatter's labels).
    {"cli.label.usage", "Usage"},
    {"cli.label.options", "Options"},
    {"cli.label.positionals", "Positionals"},
    {"cli.label.subcommands", "Subcommands"},
    {"cli.label.OPTIONS", "OPTIONS"},
    {"cli.label.SUBCOMMAND", "SUBCOMMAND"},
    {"cli.label.REQUIRED", "REQUIRED"},
    {"cli.label.TEXT", "TEXT"},
    {"cli.label.INT", "INT"},
    {"cli.label.UINT", "UINT"},
    {"cli.label.Excludes", "Excludes"},
    {"cli.label.Needs", "Needs"},
    // The names of positional arguments as help shows them.
    {"cli.arg.paths", "paths"},
    {"cli.arg.rule", "rule"},
    {"cli.arg.kind", "kind"},
    {"cli.arg.year", "year"},
    {"cli.arg.path", "path"},
    {"cli.arg.dir", "dir"},
    {"cli.arg.shell", "shell"},
    // The program.
    {"cli.app", "plancheck: check the plans of an inter-municipal council against their frame"},
    {"cli.help", "Print this help message and exit"},
    {"cli.version", "Display program version information and exit"},
    {"cli.lang", "Language of the output"},
    {"cli.footer",
     "Exit codes:\n"
     "  0  no error findings (warnings and notes do not fail, unless --strict)\n"
     "  1  at least one error finding (a broken plan file is one)\n"
     "  2  usage error, or a path that cannot be read\n"
     "\n"
     "Language: --lang nb|en; by default Norwegian when LC_ALL, LC_MESSAGES or LANG\n"
     "starts with nb, nn or no, otherwise English."},
    {"cli.jobs",
     "Threads that read the plan files (default: PLANCHECK_JOBS, else up to one per processor, "
     "as many as the input keeps busy)"},
    {"cli.verbose",
     "List every YAML file left alone (no plan-file marker, hidden, ...) and why, on standard "
     "error"},
    // The commands' one-line summaries (shell completion) and descriptions (--help).
    {"cli.brief.check", "Check plan files against their frame"},
    {"cli.brief.rules", "List every rule"},
    {"cli.brief.explain", "Explain a rule, with an example"},
    {"cli.brief.schema", "Print the JSON Schema of a plan file kind"},
    {"cli.brief.summary", "Summarise the plans for a council meeting"},
    {"cli.brief.diff", "Show what a change does to the plans' figures"},
    {"cli.brief.init", "Create a new plan repository from templates"},
    {"cli.brief.new-year", "Draft the yearly plan of a year from the frame and the year before"},
    {"cli.brief.completions", "Print the bash or zsh completion script"},
    // check
    {"cli.check", "Check plan files against their frame"},
    {"cli.check.paths",
     "Files or directories to check, '-' for standard input (default: the plan root, found "
     "upward from the current directory)"},
    {"cli.check.format",
     "Output format, or FORMAT=PATH to write it to a file; repeatable; '--format list' lists the "
     "formats"},
    {"cli.check.color", "Colour the text output: auto, always or never"},
    {"cli.check.strict", "Warnings fail the check too (exit code 1)"},
    {"cli.check.quiet", "Text output: only the closing line, and nothing when there are no findings"},
    {"cli.check.stdin-filename",
     "The path to show for the plan file read from standard input ('-'); its plan root gives the "
     "frame"},
    {"cli.metavar.path", "PATH"},
    // rules, explain, schema
    {"cli.rules", "List every rule: id, default severity, title"},
    {"cli.rules.format", "text, markdown (docs/rules.md) or json"},
    {"cli.explain", "Explain a rule, with an example of a failing and a fixed plan"},
    {"cli.explain.rule", "The rule id, e.g. share/year"},
    {"cli.schema", "Print the JSON Schema of a plan file kind"},
    {"cli.schema.kind", "frame, yearly-plan or project-list"},
    // summary
    {"cli.summary", "Summarise the plans for a council meeting"},
    {"cli.summary.paths",
     "Files or directories to read (default: the plan root, found upward from the current "
     "directory)"},
    {"cli.summary.year",
     "Budget year to summarise, or 'all' for the period year by year (default: the newest yearly "
     "plan)"},
    {"cli.summary.format",
     "text (default), markdown, html, json, csv (the grants) or xlsx (an Excel workbook; with "
     "--output)"},
    {"cli.summary.output", "Write the summary to this file (atomically) instead of standard output"},
    {"cli.summary.frame", "Summarise only the frame with this id (default: every frame)"},
    {"cli.summary.footer",
     "Exit codes:\n"
     "  0  the summary was written, whatever the findings (it reports them; check is the gate)\n"
     "  1  no strategic plan (frame) could be read, so there is nothing to summarise\n"
     "  2  usage error, a path that cannot be read, or an --output file that cannot be written\n"
     "\n"
     "Language: --lang nb|en; by default Norwegian when LC_ALL, LC_MESSAGES or LANG\n"
     "starts with nb, nn or no, otherwise English. See docs/summary.md."},
    // diff
    {"cli.diff", "Show what a change does to the plans' figures"},
    {"cli.diff.paths",
     "OLD NEW: the plan sets before and after the change; with --git, the PATH of the working "
     "tree to compare (default: .)"},
    {"cli.diff.git",
     "Compare the working tree with this git revision (read through git; nothing is written into "
     "the repository)"},
    {"cli.metavar.rev", "REV"},
    {"cli.diff.format", "text (default), markdown or json"},
    {"cli.diff.output", "Write the diff to this file (atomically) instead of standard output"},
    {"cli.diff.strict", "A warning the change introduces fails too (exit code 1)"},
    {"cli.diff.footer",
     "Exit codes:\n"
     "  0  the change introduces no error finding (warnings do not fail, unless --strict)\n"
     "  1  the change introduces at least one error finding\n"
     "  2  usage error, a path that cannot be read, or a git revision that cannot be read\n"
     "\n"
     "Language: --lang nb|en; by default Norwegian when LC_ALL, LC_MESSAGES or LANG\n"
     "starts with nb, nn or no, otherwise English. See docs/diff.md."},
    // init
    {"cli.init", "Create a new plan repository from templates"},
    {"cli.init.dir", "The directory to create it in (default: .; made when missing)"},
    {"cli.init.year", "First budget year of the four-year period (default: this year)"},
    {"cli.init.ci",
     "CI set-up to write: github (a workflow using the plancheck action) or gitlab (a "
     ".gitlab-ci.yml including the plancheck template); default: github"},
    {"cli.init.footer",
     "Writes a commented frame, the first year's yearly plan and project list, a README,\n"
     "the CI set-up (.github/workflows/plancheck.yml, or .gitlab-ci.yml with --ci gitlab)\n"
     "and the JSON Schemas. In a directory that has some of them already (a README, say),\n"
     "adds those that are missing and lists those it left as they were: it never\n"
     "overwrites a file.\n"
     "\n"
     "Exit codes:\n"
     "  0  the missing files were created (or none was missing)\n"
     "  2  usage error, or a file that cannot be written (then nothing is written)"},
    // new-year
    {"cli.new-year", "Draft the yearly plan of a year from the frame and the year before"},
    {"cli.new-year.year", "The budget year to draft, e.g. 2025"},
    {"cli.new-year.path",
     "The file to write, a directory to write it in, or - for standard output (default: beside "
     "the frame)"},
    {"cli.new-year.plans",
     "Plan files or directories to read; repeatable (default: the plan root, found upward from "
     "the current directory)"},
    {"cli.new-year.frame", "The frame (strategic plan) to draft for, when the plan files hold several"},
    {"cli.new-year.footer",
     "PATH is the file to write, a directory to write it in, or - for standard output. By\n"
     "default the draft goes beside the year before's plan with its year replaced, or to\n"
     "YEAR/budsjett-og-tiltaksplan-YEAR.yaml beside the frame. The year's project list,\n"
     "open and empty, goes beside it (named as the year before's, or prosjektliste-YEAR.yaml)\n"
     "unless the year has one already. Never overwrites a file.\n"
     "\n"
     "Exit codes:\n"
     "  0  the draft was written, and checking it with the plan files found no errors\n"
     "  1  the draft was written, but checking it found errors (it is a draft: edit it)\n"
     "  2  usage error: a year outside the frame's period or already planned, a frame\n"
     "     with errors, a file that exists already or cannot be written"},
    // completions
    {"cli.completions", "Print the bash or zsh completion script"},
    {"cli.completions.shell", "bash or zsh"},
};

}  // namespace

std::span<const Entry> help() { return kEntries; }

}  // namespace plancheck::i18n::en
