// English texts of the command line and the text output.

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    {"severity.error", "error"},
    {"severity.warning", "warning"},
    {"severity.note", "note"},
    {"text.help", "help"},
    {"text.accepted", "accepted"},
    {"text.decision", "accepted by decision"},
    {"text.decision-detail", "{case} of {date}: {reason}"},
    {"count.error.one", "1 error"},
    {"count.error.other", "{n} errors"},
    {"count.warning.one", "1 warning"},
    {"count.warning.other", "{n} warnings"},
    {"count.note.one", "1 note"},
    {"count.note.other", "{n} notes"},
    {"count.accepted.one", "1 accepted deviation"},
    {"count.accepted.other", "{n} accepted deviations"},
    {"count.file.one", "1 plan file"},
    {"count.file.other", "{n} plan files"},
    {"list.and", " and "},
    {"summary.clean", "No findings in {files}."},
    {"summary.found", "{counts} in {files}."},
    {"usage.error", "error"},
    {"usage.no-such-path", "no such file or directory: {path}"},
    {"usage.unreadable-path", "cannot read {path}: permission denied"},
    {"usage.no-plan-files",
     "no plan files found in {paths} (a plan file has the line 'plancheck: 1' at the top level)"},
    {"usage.unknown-command", "unknown command '{name}'"},
    {"usage.unknown-format", "unknown format '{name}'"},
    {"usage.unknown-rule", "unknown rule '{name}'"},
    {"usage.unknown-kind", "unknown file kind '{name}'; the kinds are frame, yearly-plan and project-list"},
    {"usage.unknown-language", "unknown language '{name}'; the languages are {choices}"},
    {"usage.two-stdout-formats",
     "only one format can go to standard output; write the others to files with --format NAME=PATH"},
    {"usage.write-failed", "cannot write {path}: {reason}"},
    {"usage.see-help", "run '{command} --help' for usage"},
    {"explain.rule", "Rule"},
    {"explain.severity", "Default severity"},
    {"explain.fixed", "fixed"},
    {"explain.parameters", "Parameters (set in the frame's rules: section)"},
    {"explain.failing", "Example that triggers the rule"},
    {"explain.fixed-example", "The same, fixed"},
    {"explain.reported-by", "Reported while loading and linking the plan files."},
    {"rules.heading-id", "RULE"},
    {"rules.heading-severity", "SEVERITY"},
    {"rules.heading-title", "TITLE"},
};

}  // namespace

std::span<const Entry> cli() { return kEntries; }

}  // namespace plancheck::i18n::en
