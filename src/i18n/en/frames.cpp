// English texts of the frame/ and decision/ rules and the anchoring and
// placeholder rules added with them.

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    // frame/*
    {"rule.frame/targets-sum.title", "The priorities' targets add up to 100 %"},
    {"rule.frame/targets-sum.explain",
     "A strategic plan splits the measure funds between its priorities (the Lillehammer region's "
     "plan, for example: about 80 % to business development, 10 % to sport and 10 % to other "
     "measures); each frame writes its own targets. The targets are shares of the measure funds, "
     "so together they must make 100 %. When the reserve counts toward a priority "
     "(`counts-toward`), the reserve is part of the measure funds and of that priority's target; "
     "without it the reserve stands outside the split, and the targets are shares of the "
     "measures alone. Either way the targets add up to exactly 100 %, computed exactly from the "
     "percentages as written."},
    {"frame.targets-sum", "the priorities' targets add up to {sum}, not 100%"},
    {"help.targets-sum",
     "the reserve stands outside the split (no counts-toward), so the targets are shares of the "
     "measures alone; make them add up to 100"},
    {"help.targets-sum-reserve",
     "the reserve counts toward '{priority}', whose target includes it; make the targets add up "
     "to 100"},
    {"related.target", "the target of '{priority}' ({target}) is set here"},
    {"unknown.priority-target", "the target share of priority '{id}' could not be read"},
    {"unknown.priority-band", "the '{key}' in the band of priority '{id}' could not be read"},

    {"rule.frame/bands-infeasible.title", "The priorities' bands can all hold at once"},
    {"rule.frame/bands-infeasible.explain",
     "Each priority's share must lie in its band: the target plus or minus the tolerance, or the "
     "min and max the frame gives. The shares add up to 100 %, so the bands can only all hold in "
     "the same year if the lowest shares add up to at most 100 % and the highest to at least "
     "100 %. Otherwise every yearly plan breaks some band, however the council splits the funds."},
    {"frame.bands-lows",
     "the lowest shares the priorities' bands allow add up to {sum}, more than 100%: no split "
     "of the measure funds can meet them all"},
    {"frame.bands-lows-at-least",
     "the lowest shares the priorities' bands allow add up to at least {sum}, more than 100%: "
     "no split of the measure funds can meet them all"},
    {"frame.bands-highs",
     "the highest shares the priorities' bands allow add up to {sum}, less than 100%: no split "
     "of the measure funds can stay within them all"},
    {"help.bands-lows", "lower a minimum (or narrow a tolerance) so that the minimums add up to at most 100"},
    {"help.bands-highs", "raise a maximum (or widen a tolerance) so that the maximums add up to at least 100"},
    {"related.band-low", "the band of '{priority}' starts at {share}"},
    {"related.band-high", "the band of '{priority}' ends at {share}"},

    {"rule.frame/income-short.title", "The partners' income can fund the expected measure funds"},
    {"rule.frame/income-short.explain",
     "The Lillehammer region's strategic plan, for example, counts on NOK 3,500,000 in "
     "partnership funds a year; the county's share of the administration (about NOK 500,000) is "
     "covered within them, leaving \"about NOK 3,000,000 in new measure funds a year\". The "
     "frame's expected measure funds (`expected-measure-funds`) are the funds the shares are of: "
     "the measures, plus the reserve when it counts toward a priority. In every year of the "
     "period, the partners contributing that year less the administration maximum must cover "
     "them; when the reserve stands outside the split, its minimum is set aside as well, since "
     "the reserve is then not part of the measure funds. Without `expected-measure-funds` the "
     "income must at least cover the administration maximum and the reserve minimum."},
    {"frame.income-short",
     "in {years} the partners contribute {income} a year; less the administration maximum of "
     "{administration}, that leaves {available} for the measure funds, {shortfall} less than the "
     "expected {expected}"},
    {"frame.income-short-outside",
     "in {years} the partners contribute {income} a year; less the administration maximum of "
     "{administration} and the reserve minimum of {reserve}, that leaves {available} for the "
     "measures, {shortfall} less than the expected measure funds of {expected}"},
    {"frame.income-short-reserve",
     "in {years} the partners contribute {income} a year, {shortfall} less than the "
     "administration maximum of {administration} and the reserve minimum of {reserve} together"},
    {"help.income-short",
     "lower expected-measure-funds, the administration maximum or the reserve minimum, or add the "
     "partner funds the frame counts on"},
    {"related.partner-amount", "'{partner}' contributes {amount} a year"},

    {"rule.frame/partner-gap.title", "Every year of the period has partnership funds"},
    {"rule.frame/partner-gap.explain",
     "The partners' contributions may be time-bound (`from` and `to`), for example when an "
     "agreement runs out or a new partner joins. Every year of the period needs a partner that "
     "contributes; a year left with no partnership funds at all cannot fund its yearly plan."},
    {"frame.partner-gap", "no partner contributes in {years}: the partners' years leave it unfunded"},
    {"help.partner-gap",
     "extend a partner's from/to over these years, or add the partner that funds them"},
    {"related.partner-to", "the contribution of '{partner}' ends in {to}"},
    {"related.partner-from", "the contribution of '{partner}' starts in {from}"},
    {"unknown.partner-years", "the years of partner '{id}' could not be read"},

    {"rule.frame/commitment-past-period.title",
     "Commitments past the period are handed to the next frame"},
    {"rule.frame/commitment-past-period.explain",
     "A time-bound commitment (the regional marketer, funded 50/50 \"in the first round\" through "
     "2022) is budgeted in each year it covers. One that runs past the last year of the period "
     "binds money the frame does not plan: the next strategic plan takes it over and must budget "
     "it. Each such commitment is reported, so it is not forgotten when the next frame is made."},
    {"frame.commitment-past-period",
     "the commitment '{commitment}' runs to {to}, past the last year of the period ({last}); the "
     "next strategic plan takes it over from {next}"},
    {"help.commitment-past-period",
     "list it among the next strategic plan's commitments; if the council meant it to run on, "
     "record its decision as a deviation"},
    {"related.period-to", "the period's last year is set here"},
    // decision/*
    {"rule.decision/case-year.title", "A case number carries its decision's year"},
    {"rule.decision/case-year.explain",
     "Council case numbers carry the year of the meeting: PS 12/23 is item 12 of the council's "
     "2023 meetings (also written 12/2023). A case number whose year is not the year of the "
     "decision's date points at another case, or the date is wrong; either way the decision "
     "cannot be traced in the minutes. Case numbers of other forms (archive numbers that start "
     "with the year, free text) are not checked."},
    {"decision.case-year", "the case number '{case}' carries the year {year}, but the decision is dated {date}"},
    {"help.case-year", "correct the case number or the date, as the minutes of the meeting give them"},
    {"related.decision-date", "the decision's date is set here"},

    {"rule.decision/case-dates.title", "One case number has one date"},
    {"rule.decision/case-dates.explain",
     "A case number names one item of one meeting, so every grant, revision, deviation or "
     "adoption that cites it was decided on the same day. The same case number with two dates "
     "means one of them cites the wrong case or the wrong date. Case numbers are compared as "
     "written, with PS 12/23 and PS 12/2023 taken as the same case; a date outside the case "
     "number's year is reported by decision/case-year instead."},
    {"decision.case-dates", "the case '{case}' is dated {date} here, but {other} elsewhere"},
    {"help.case-dates", "one case is decided at one meeting: correct the date or the case number"},
    {"related.case-first", "the same case is dated {date} here"},

    {"rule.decision/grant-before-plan.title", "Grants are decided after their yearly plan was adopted"},
    {"rule.decision/grant-before-plan.explain",
     "A grant draws on a measure or the reserve of its year's budget-and-action plan, which the "
     "council adopts (usually in December of the year before). A grant decided before that "
     "adoption drew on money the council had not yet budgeted. Checked when the yearly plan "
     "records `adopted`; a decision dated in another year is reported by period/date-outside."},
    {"decision.grant-before-plan",
     "the grant '{project}' was decided on {date}, before the yearly plan for {year} it draws on "
     "was adopted on {adopted}"},
    {"help.grant-before-plan",
     "check both dates against the minutes; a grant can only draw on an adopted plan"},
    // placeholder/left
    {"rule.placeholder/left.title", "No value still holds a placeholder to fill in"},
    {"rule.placeholder/left.explain",
     "`plancheck init` writes a worked example in which every text the council must supply says "
     "«FYLL INN» (fill in), and `plancheck new-year` marks the measures it adds the same way. A "
     "value that still holds such a text is not filled in: the plan is half done and must not "
     "pass. Each text value of every plan file is checked; comments are not."},
    {"placeholder.left", "this value still holds the placeholder '{placeholder}' to be filled in"},
    {"help.placeholder-left", "replace the placeholder with the council's own text"},
    // anchor/responsible-missing
    {"rule.anchor/responsible-missing.title", "Business-development measures name who is responsible"},
    {"rule.anchor/responsible-missing.explain",
     "Business-development measures may be carried out by the council's business unit or by "
     "partners outside it, and those led by others are judged by how they support the business "
     "plan. That can only be checked when the measure says who is responsible, so a "
     "business-development measure without `responsible` is reported."},
    {"anchor.responsible-missing",
     "the business-development measure '{measure}' under '{priority}' does not say who is responsible"},
    {"help.responsible-missing",
     "add 'responsible:' (the business unit's id, or the partner that carries it out)"},
};

}  // namespace

std::span<const Entry> frames() { return kEntries; }

}  // namespace plancheck::i18n::en
