// English rule titles, explanations and finding messages.

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    // syntax/*, schema/*
    {"rule.syntax/yaml.title", "The file is valid YAML"},
    {"rule.syntax/yaml.explain",
     "A plan file must be one valid YAML document. plancheck recognises plan files by their "
     "'plancheck: 1' line before parsing, so a plan file with a syntax error is reported rather "
     "than silently left out of the check. Tabs may not indent, a file holds one document, and "
     "aliases may not refer to the node that contains them."},
    {"rule.schema/unknown-key.title", "Every key is one the file format knows"},
    {"rule.schema/unknown-key.explain",
     "A misspelt key is a value that silently goes missing: 'amuont: 400 000' would leave the "
     "measure without an amount. Every key must be one the format defines (see "
     "`plancheck schema KIND`); plancheck suggests the closest valid key."},
    {"rule.schema/type.title", "Every value has the type its key requires"},
    {"rule.schema/type.explain",
     "Years are four digits, dates are real calendar dates written YYYY-MM-DD, shares are "
     "percentages from 0 to 100, ids are single words, and lists and maps stand where the format "
     "expects them."},
    {"rule.schema/missing.title", "Required keys are present"},
    {"rule.schema/missing.explain",
     "Some keys carry what the checks stand on: a measure's amount and priority, a grant's "
     "decision, a yearly plan's year. Without them a plan cannot be checked against its frame."},
    {"rule.schema/duplicate-key.title", "No key appears twice in one map"},
    {"rule.schema/duplicate-key.explain",
     "YAML forbids duplicate keys, but many parsers quietly keep one of the two values. "
     "plancheck reads the first and reports the second, so the file says one thing only."},
    {"rule.schema/money.title", "Amounts are whole kroner"},
    {"rule.schema/money.explain",
     "Money is counted exactly, in whole kroner: write 3500000, 3_500_000 or 3 500 000. "
     "'3,5 mill.', decimals, exponents, quoted numbers and leading zeros (which YAML reads as "
     "octal: 010 is 8) are rejected rather than guessed at."},
    {"rule.schema/version.title", "The file format version is supported"},
    {"rule.schema/version.explain",
     "Every plan file starts with 'plancheck: 1'. A file written for another version of the "
     "format may mean something else by its keys, so it is not read."},
    {"rule.schema/range.title", "Ranges run forwards"},
    {"rule.schema/range.explain",
     "A period, a commitment or a contribution runs from its first year to its last; a reserve's "
     "minimum is at most its maximum."},

    // file/*
    {"rule.file/not-plan.title", "Files named on the command line are plan files"},
    {"rule.file/not-plan.explain",
     "When walking a directory, plancheck skips YAML files without the 'plancheck: 1' marker "
     "(CI workflows and the like). A file named explicitly is expected to be a plan file."},
    {"rule.file/unreadable.title", "Plan files can be read"},
    {"rule.file/unreadable.explain",
     "A file that cannot be read cannot be checked; it is reported so that it never drops out "
     "of the check unnoticed."},
    {"rule.file/too-large.title", "Plan files are within the size limit"},
    {"rule.file/too-large.explain",
     "plancheck reads files of up to 64 MiB. A larger file is far beyond any plan and is "
     "reported instead of read."},
    {"rule.file/link-loop.title", "Directory links do not loop"},
    {"rule.file/link-loop.explain",
     "A symbolic link that leads back to a directory already walked is followed once only."},

    // ref/*, id/*, period/*, config/*, deviation/*
    {"rule.ref/frame.title", "Yearly plans and project lists name an existing frame"},
    {"rule.ref/frame.explain",
     "Every yearly plan and project list is checked against its four-year frame, the strategic "
     "plan, named by its id in 'frame:'."},
    {"rule.ref/priority.title", "Measures name a priority of the frame"},
    {"rule.ref/priority.explain",
     "The strategic plan sets the priorities (satsingsområder) that the yearly plans "
     "operationalise; every measure must be anchored in one of them."},
    {"rule.ref/focus-area.title", "Measures name focus areas that exist"},
    {"rule.ref/focus-area.explain",
     "Focus areas come from the anchoring documents of the frame, such as the six areas of the "
     "strategic business plan."},
    {"rule.ref/anchoring.title", "Priorities name an anchoring document of the frame"},
    {"rule.ref/anchoring.explain",
     "A priority's 'anchored-in' names the document whose focus areas its measures must serve."},
    {"rule.ref/partner.title", "Income names partners of the frame"},
    {"rule.ref/partner.explain",
     "Partnership funds come from the partners the frame lists (the county and the "
     "municipalities); a yearly plan's income names them by id."},
    {"rule.ref/commitment.title", "Measures name commitments of the frame"},
    {"rule.ref/commitment.explain",
     "A measure that funds a time-bound commitment names it by the id the frame gives it."},
    {"rule.ref/measure.title", "Grants draw on a measure of their year, or the reserve"},
    {"rule.ref/measure.explain",
     "Every grant must draw on a measure in the same year's plan, or on the year's reserve "
     "('measure: reserve'); otherwise it is money granted outside the plan."},
    {"rule.ref/plan.title", "Project lists have a yearly plan"},
    {"rule.ref/plan.explain",
     "Grants are made under a yearly budget-and-action plan; a project list for a year without "
     "one cannot be checked."},
    {"rule.ref/rule.title", "Rule ids in settings and deviations exist"},
    {"rule.ref/rule.explain",
     "The frame's 'rules:' section and every deviation name rules by their id; `plancheck rules` "
     "lists them."},
    {"rule.id/duplicate.title", "Ids are unique"},
    {"rule.id/duplicate.explain",
     "Measures, projects, priorities, partners and other elements are referred to by id, so an "
     "id must name one thing: measures within their year, projects across all project lists of "
     "a frame, the frame's own ids within the frame. A frame has at most one yearly plan per year."},
    {"rule.id/reserved.title", "No measure is called 'reserve'"},
    {"rule.id/reserved.explain",
     "Grants write 'measure: reserve' to draw on the year's reserve, so no measure may have that id."},
    {"rule.period/year-outside.title", "Yearly plans lie in the frame's period"},
    {"rule.period/year-outside.explain",
     "The strategic plan covers four budget years; a yearly plan or project list for another "
     "year belongs to another frame."},
    {"rule.config/invalid.title", "Rule settings fit their rule"},
    {"rule.config/invalid.explain",
     "A setting may change a rule's severity (except for rules whose severity is fixed) and the "
     "parameters the rule takes."},
    {"rule.deviation/unused.title", "Recorded deviations match a finding"},
    {"rule.deviation/unused.explain",
     "A deviation records a council decision to depart from the frame. When it matches no "
     "finding any more (the plan was changed, or the scope is wrong), it should be removed or "
     "corrected, so that stale decisions do not pile up and hide future findings."},
    {"config.fixed", "the severity of {rule} is fixed and cannot be changed"},
    {"config.param", "the rule {rule} takes no parameter '{param}'"},
    {"ref.rule", "there is no rule '{id}'"},
    {"deviation.unused", "the deviation from {rule} (decision {case}) matches no finding"},

    // share/year
    {"rule.share/year.title", "Each priority's share of the year's measure funds is in its band"},
    {"rule.share/year.explain",
     "The strategic plan continues the split of the partnership funds used since the first "
     "regional business plan: about 80 % for business development, 10 % for sport-related "
     "measures and 10 % for other measures such as regional youth projects (\"anslagsvis samme "
     "fordeling\"). Because the source calls the yearly split approximate, a year outside the "
     "band is a warning by default; the period as a whole is checked by share/period. The band "
     "is the target plus or minus the tolerance, or min and max where the frame gives them."},
    {"share.year",
     "'{priority}' gets {share} of the measure funds in {year} ({amount} of {funds}); its band "
     "is {low}–{high}"},
    {"help.share-year.low",
     "put at least {need} more into '{priority}', or record the council's decision to deviate"},
    {"help.share-year.high",
     "move at least {excess} out of '{priority}', or record the council's decision to deviate"},
    {"related.share-band", "the priority's share is set here"},

    // budget/overrun
    {"rule.budget/overrun.title", "The year's plan stays within its income"},
    {"rule.budget/overrun.explain",
     "Administration, measures and the reserve are paid from the year's partnership funds and "
     "the funds carried over from the year before. A plan that allocates more than that has no "
     "money behind it; this is always an error."},
    {"budget.overrun",
     "the {year} plan allocates {allocated}, {over} more than its income of {income}"},
    {"related.income", "the year's income is set here"},
};

}  // namespace

std::span<const Entry> rules() { return kEntries; }

}  // namespace plancheck::i18n::en
