// English texts of `plancheck init` and `plancheck new-year` (also the
// comments of the drafted plan).

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    {"usage.bad-year", "'{value}' is not a four-digit year"},
    {"usage.exists", "{path} exists already; {command} never overwrites a file, and wrote nothing"},
    {"usage.create-failed", "cannot create {path}: {reason}; nothing was written"},
    {"init.created", "Created a plan repository for {first}–{last} in {dir}:"},
    {"init.added", "Added the missing files of a plan repository for {first}–{last} in {dir}:"},
    {"init.kept", "Left as they were (they exist already; init never overwrites a file):"},
    {"init.nothing", "Nothing to add: {dir} has every file of a plan repository already."},
    {"init.next",
     "Fill in every «FYLL INN» (fill in) and replace the example figures with the council's own, "
     "then run 'plancheck check' in {dir}."},
    {"new-year.no-frame", "no strategic plan (frame) in {paths}"},
    {"new-year.several-frames",
     "the plan files hold several strategic plans ({frames}); choose one with --frame"},
    {"new-year.unknown-frame", "no strategic plan '{name}'; the plan files hold {frames}"},
    {"new-year.frame-errors",
     "the strategic plan {path} has errors; fix them first ('plancheck check' shows them)"},
    {"new-year.outside-period",
     "{year} lies outside the period {from}–{to} of the strategic plan '{frame}'"},
    {"new-year.after-period",
     "{year} is the first year after the period {from}–{to} of the strategic plan '{frame}', "
     "and the plan files hold no strategic plan of the council that starts in {year}; write the "
     "next strategic plan first (a frame with the same council name and a period from {year}; "
     "'plancheck init --year {year}' writes a template of one), then run new-year again: the "
     "draft carries over what {to} left"},
    {"new-year.plan-exists", "there is a yearly plan for {year} already: {path}"},
    {"new-year.short-income",
     "the income of {year}, {income}, does not cover the administration, {administration}"},
    {"new-year.overflow", "the amounts for {year} do not fit in 64 bits"},
    {"new-year.written", "Wrote the draft of the yearly plan for {year}: {path}"},
    {"new-year.checked", "Checked together with the plan files: {result}"},
    {"new-year.written-list", "Wrote the project list for {year}: {path}"},
    {"new-year.list-exists", "{path} exists already and was left as it is"},
    {"new-year.list-stdin", "The project list for {year} is written only to a file, not to standard output."},
    {"draft.list-header",
     "Project list for {year} under the strategic plan '{frame}', made by 'plancheck new-year' "
     "with the draft of the yearly plan: the grants the council gives in {year}, each on a "
     "measure of the year's plan or on the reserve."},
    {"draft.list-projects",
     "One project per grant. Remove the # and fill in when the council gives the first; the "
     "measures of the draft are: {measures}; or reserve."},
    {"draft.list-example-title", "FILL IN: the project's name"},
    {"draft.list-example-applicant", "FILL IN: the applicant"},
    {"new-year.see-check", "Run 'plancheck check' to see them."},
    {"draft.header-previous",
     "Draft of the yearly plan for {year}, made by 'plancheck new-year' from the strategic plan "
     "'{frame}' and the plan for {previous}. Review every amount and text before the plan goes to "
     "the council, then run 'plancheck check'."},
    {"draft.header",
     "Draft of the yearly plan for {year}, made by 'plancheck new-year' from the strategic plan "
     "'{frame}'. Review every amount and text before the plan goes to the council, then run "
     "'plancheck check'."},
    {"draft.title", "Budget and action plan {year}"},
    {"draft.adopted", "The council's decision, once it has adopted the plan:"},
    {"draft.date-pattern", "YYYY-MM-DD"},
    {"draft.partners", "The partnership funds for {year} in the strategic plan."},
    {"draft.carried.left-over",
     "What {previous} left: its income less administration and grants ({left}); its project "
     "lists are closed."},
    {"draft.carried.first-year",
     "The first year of the period, and the plan files hold no previous strategic plan of the "
     "council: set the amount if the previous period left funds."},
    {"draft.carried.previous-frame",
     "The first year of the period carries over from {previous}, the last year of the previous "
     "strategic plan '{frame}'."},
    {"draft.carried.no-plan",
     "{previous} has no yearly plan, so nothing is carried over; set the amount if funds are."},
    {"draft.carried.no-lists",
     "{previous} has no project list, so what it leaves is not known yet: 0 until its accounts "
     "are closed."},
    {"draft.carried.lists-open",
     "The project lists of {previous} are not closed, so what it leaves is not known yet: 0 until "
     "they are (status: closed); then set what it left."},
    {"draft.carried.incomplete",
     "Some amounts of {previous} could not be read, so what it left is not known: 0 for now."},
    {"draft.carried.overdrawn", "{previous} granted more than it had: nothing to carry over."},
    {"draft.administration.previous",
     "As in {previous} (the strategic plan allows at most {max})."},
    {"draft.administration.clamped",
     "{previous} had {amount}; lowered to the most the strategic plan allows."},
    {"draft.administration.frame", "The most the strategic plan allows."},
    {"draft.measures",
     "Measure funds (measures and reserve): the income less the administration, {funds}. Each "
     "priority has its target share of them, split between its measures in proportion to their "
     "amounts in {previous}."},
    {"draft.measures-first",
     "Measure funds (measures and reserve): the income less the administration, {funds}. Each "
     "priority has its target share of them."},
    {"draft.measures-alone",
     "Measure funds (the measures alone; the reserve stands outside the split): the income less "
     "the administration and the reserve of {reserve}, {funds}. Each priority has its target "
     "share of them, split between its measures in proportion to their amounts in {previous}."},
    {"draft.measures-alone-first",
     "Measure funds (the measures alone; the reserve stands outside the split): the income less "
     "the administration and the reserve of {reserve}, {funds}. Each priority has its target "
     "share of them."},
    {"draft.priority", "{title} ({id}): {share} of {funds} = {amount}."},
    {"draft.priority-no-target", "{title} ({id}): no target share in the strategic plan."},
    {"draft.priority-reserve", "The reserve of {reserve} counts toward it."},
    {"draft.priority-remainder", "The remainder the target shares leave, {rest}, is added here."},
    {"draft.commitment",
     "Funds the commitment '{commitment}' of the strategic plan ({from}–{to}), at least {amount} a "
     "year."},
    {"draft.commitment-no-amount",
     "Funds the commitment '{commitment}' of the strategic plan ({from}–{to}); set the amount."},
    {"draft.new-commitment",
     "New: no measure of {previous} funded it; check the priority and who is responsible."},
    {"draft.new-commitment-first", "New: check the priority and who is responsible."},
    {"draft.placeholder",
     "New: {previous} had no measure under this priority; give it an id, a title and who is "
     "responsible."},
    {"draft.placeholder-first", "New: give the measure an id, a title and who is responsible."},
    {"draft.placeholder-title", "new measure for {priority}"},
    {"draft.focus-guessed", "The focus area is a suggestion; choose the ones that fit."},
    {"draft.previous-amount", "{amount} in {previous}"},
    {"draft.measure-remainder", "includes a rounding remainder of {rest}"},
    {"draft.skipped", "Not carried over from {previous}:"},
    {"draft.skipped.operations", "'{id}': operations; the council funds development"},
    {"draft.skipped.commitment-ended",
     "'{id}': the commitment '{commitment}' ran to {to}; continuing it needs a new decision"},
    {"draft.skipped.no-priority", "'{id}': the strategic plan has no priority '{priority}'"},
    {"draft.reserve.previous",
     "As in {previous}, within the strategic plan's bounds ({min} to {max})."},
    {"draft.reserve.clamped",
     "{previous} had {amount}; moved inside the strategic plan's bounds ({min} to {max})."},
    {"draft.reserve.frame", "The strategic plan's minimum ({min}; at most {max})."},
    {"draft.issues", "Copied from {previous}: review the issues and update them for {year}."},
    {"draft.issues-none", "The large strategic issues the council prioritises in {year}."},
    {"draft.deviations", "The deviations of {previous} applied to that year only; none is copied."},
};

}  // namespace

std::span<const Entry> scaffold() {
  return kEntries;
}

}  // namespace plancheck::i18n::en
