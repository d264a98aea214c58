// English texts of `plancheck diff`.

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    {"diff.title", "Budget impact of the change"},
    {"diff.sides", "From {before} to {after}."},
    {"diff.working-tree", "the working tree"},
    {"diff.files", "Plan files: {before} before, {after} after."},
    {"diff.no-change", "The change does not touch the figures."},
    {"diff.frame.added", "The change adds this frame."},
    {"diff.frame.removed", "The change removes this frame."},
    {"diff.year", "Budget year {year}"},
    {"diff.year.added", "The change adds the yearly plan for {year}."},
    {"diff.year.removed", "The change removes the yearly plan for {year}."},
    {"diff.measures", "Measures"},
    {"diff.shares", "Shares of the measure funds"},
    {"diff.totals", "Budget"},
    {"diff.period", "The period {years}"},
    {"diff.change.added", "added"},
    {"diff.change.removed", "removed"},
    {"diff.change.changed", "changed"},
    {"diff.change.moved", "moved from '{before}' to '{after}'"},
    {"diff.column.change", "Change"},
    {"diff.column.measure", "Measure"},
    {"diff.column.priority", "Priority"},
    {"diff.column.item", "Item"},
    {"diff.column.before", "Before"},
    {"diff.column.after", "After"},
    {"diff.column.difference", "Difference"},
    {"diff.column.band", "Band"},
    {"diff.column.status", "Status"},
    {"diff.column.at-least", "Still needs at least"},
    {"diff.column.at-most", "May get at most"},
    {"diff.item.income", "Income"},
    {"diff.item.measure-funds", "Measure funds"},
    {"diff.item.reserve", "Reserve"},
    {"diff.item.unallocated", "Unallocated"},
    {"diff.item.planned-funds", "Measure funds of the planned years"},
    {"diff.item.remaining-funds", "Expected in the years not yet planned"},
    {"diff.absent", "–"},
    {"diff.findings", "Findings"},
    {"diff.introduced", "Introduced by the change: {counts}."},
    {"diff.resolved", "Resolved by the change: {counts}."},
    {"diff.findings.none", "The change introduces no finding and resolves none."},
    {"diff.result.fails", "The change introduces an error: the check fails."},
    {"diff.result.fails-strict", "The change introduces a warning, and --strict makes it fail."},
    {"diff.result.passes", "The change introduces no error."},
    {"diff.usage.operands", "give two plan sets to compare (OLD NEW), or --git REV and at most one PATH"},
    {"diff.usage.not-git", "{path} is not in a git work tree: {detail}"},
    {"diff.usage.unknown-revision", "unknown git revision '{revision}'"},
    {"diff.usage.git-failed", "git could not read revision '{revision}': {detail}"},
};

}  // namespace

std::span<const Entry> diff() { return kEntries; }

}  // namespace plancheck::i18n::en
