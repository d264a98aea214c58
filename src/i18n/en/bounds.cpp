// English texts of bounded reasoning: the values that could not be read,
// the findings that hold whatever they are, and the checks held back.

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    // What could not be read (figures::Unknown), as clauses.
    {"unknown.income", "the income could not be read"},
    {"unknown.partner-amount", "the amount from partner '{id}' could not be read"},
    {"unknown.carried-over", "the carried-over amount could not be read"},
    {"unknown.administration", "the administration amount could not be read"},
    {"unknown.measures", "the measures could not be read"},
    {"unknown.measure-amount", "the amount of measure '{id}' could not be read"},
    {"unknown.measure-priority", "measure '{id}' names no priority of the frame"},
    {"unknown.reserve", "the reserve's amount could not be read"},
    {"unknown.reserve-priority", "the priority the reserve counts toward is not one of the frame's"},
    {"unknown.plan-file", "the yearly plan for {year} could not be read"},
    {"unknown.list-file", "a project list for {year} could not be read"},
    {"unknown.projects", "the project list's projects could not be read"},
    {"unknown.grant-amount", "the amount of grant '{id}' could not be read"},
    {"unknown.grant-status", "the status of grant '{id}' could not be read"},

    // Findings that hold for every reading.
    {"share.year-above-any",
     "'{priority}' gets at least {share} of the measure funds in {year}, whatever the values that "
     "could not be read are; its band is {low}–{high}"},
    {"share.year-below-any",
     "'{priority}' gets at most {share} of the measure funds in {year}, whatever the values that "
     "could not be read are; its band is {low}–{high}"},
    {"share.period-above-any",
     "over the period {from}–{to}, '{priority}' gets at least {share} of the measure funds, "
     "whatever the values that could not be read are; its band is {low}–{high}"},
    {"share.period-below-any",
     "over the period {from}–{to}, '{priority}' gets at most {share} of the measure funds, "
     "whatever the values that could not be read are; its band is {low}–{high}"},
    {"share.period-so-far-above-any",
     "'{priority}' has at least {share} of the measure funds planned so far in {from}–{to}, "
     "whatever the values that could not be read are; its band is {low}–{high}"},
    {"share.period-so-far-below-any",
     "'{priority}' has at most {share} of the measure funds planned so far in {from}–{to}, "
     "whatever the values that could not be read are; its band is {low}–{high}"},
    {"help.share-bounded",
     "the notes show the values that could not be read; once they are fixed, the exact share "
     "is shown"},
    {"budget.overrun-any",
     "the {year} plan allocates at least {allocated}, at least {over} more than its income of "
     "{income}, whatever the values that could not be read are"},
    {"budget.unallocated-any",
     "the {year} plan leaves at least {unallocated} of its income of at least {income} "
     "unallocated (at least {share}), whatever the values that could not be read are; the "
     "threshold is {threshold}"},

    // The amounts a whole-budget finding points at.
    {"related.measure-puts", "'{measure}' has {amount}"},
    {"related.measure-unread", "the amount of '{measure}' could not be read"},
    {"related.reserve-amount", "the reserve is {amount}"},
    {"related.reserve-unread", "the reserve's amount could not be read"},
    {"related.administration-amount", "the administration is {amount}"},
    {"related.administration-unread", "the administration amount could not be read"},

    // file/checks-skipped
    {"rule.file/checks-skipped.title", "No check is skipped without saying so"},
    {"rule.file/checks-skipped.explain",
     "An amount that could not be read could be any amount, and a measure whose priority is not "
     "one of the frame's could belong to any priority. plancheck still reports every finding "
     "that holds whatever such a value is (a priority above its band even if the unreadable "
     "measure belongs elsewhere). A check whose outcome depends on the value is held back, and "
     "never silently missing: each file holding such values gets one note saying how many "
     "checks wait for it and which, and the summary says why each was held back. Findings "
     "never cascade: a deviation recorded for a held-back check is not reported as unused."},
    {"file.checks-skipped.one", "1 check is skipped until the values that could not be read here are fixed"},
    {"file.checks-skipped.other",
     "{count} checks are skipped until the values that could not be read here are fixed"},
    {"file.checks-skipped-file.one", "1 check is skipped until this file can be read"},
    {"file.checks-skipped-file.other", "{count} checks are skipped until this file can be read"},
    {"help.checks-skipped", "skipped: {checks}"},
};

}  // namespace

std::span<const Entry> bounds() { return kEntries; }

}  // namespace plancheck::i18n::en
