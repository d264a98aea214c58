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
    {"rule.file/broken-marker.title", "A plan file's marker is written as plancheck reads it"},
    {"rule.file/broken-marker.explain",
     "plancheck recognises a plan file by the line 'plancheck: 1' at the start of a line near the "
     "top, in lower case and outside braces. A file whose first lines hold almost that line (in "
     "another case, misspelt, quoted, with a space before the colon, indented, or inside a flow "
     "map such as '{plancheck: 1, kind: frame}') is meant as a plan file: it is reported, never "
     "skipped silently, and read once the marker is fixed."},
    {"rule.file/near-miss-name.title", "Plan files are named *.yaml or *.yml"},
    {"rule.file/near-miss-name.explain",
     "plancheck reads the files whose names end in .yaml or .yml, in lower case. A file holding a "
     "plan whose name ends in another case ('plan.YAML') or has a further extension "
     "('plan.yaml.txt', as some editors save) would not be checked at all; it is reported "
     "instead, with the name it was probably meant to have."},
    {"rule.file/unreadable.title", "Plan files can be read"},
    {"rule.file/unreadable.explain",
     "A file that cannot be read cannot be checked; it is reported so that it never drops out "
     "of the check unnoticed."},
    {"rule.file/too-large.title", "Plan files are within the size limit"},
    {"rule.file/too-large.explain",
     "plancheck reads files of up to 64 MiB. A larger file is far beyond any plan and is "
     "reported instead of read."},
    {"rule.file/too-many-findings.title", "Findings per file stay within the limit"},
    {"rule.file/too-many-findings.explain",
     "plancheck reports at most 1000 findings per file and 10000 in all, so that a broken or "
     "hostile file cannot flood a terminal, a CI log or a SARIF upload. The findings past the "
     "limit are counted in one finding at the first of them, whose severity is the highest "
     "among them: a check that would fail still fails."},
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
    {"rule.id/invisible.title", "Ids hold only visible characters"},
    {"rule.id/invisible.explain",
     "An id with a zero-width space, a no-break space, a soft hyphen or a bidi control looks "
     "like another id but is not the same text. plancheck compares ids in Unicode normal form C "
     "without such characters, so ids that differ only in them (or only in normalisation, as "
     "'æ' written in one or two code points) are the same id, and reports the id that holds them."},
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
     "The Lillehammer region's strategic plan, for example, continues the split of the "
     "partnership funds used since the first regional business plan: about 80 % for business "
     "development, 10 % for sport-related measures and 10 % for other measures such as regional "
     "youth projects (\"anslagsvis samme fordeling\"). Because the source calls the yearly split "
     "approximate, a year outside the band is a warning by default; the period as a whole is "
     "checked by share/period. The band is the target plus or minus the tolerance, or min and "
     "max where the frame gives them. The share is of the year's measure funds: the measures "
     "alone when the frame's reserve has no 'counts-toward' (the reserve then stands outside the "
     "split), or the measures and the reserve when it counts toward a priority, whose share then "
     "includes it. When an amount could not be read or a measure names no priority of the frame, "
     "a finding is reported only if it holds whatever those values are (the message says 'at "
     "least' or 'at most'); otherwise it is held back, and file/checks-skipped and the summary "
     "say so."},
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
     "money behind it; this is always an error. The plan checked is the one in force at the "
     "end of the year, with every revision applied; when the plan was within its income as "
     "adopted, the revision that took it past is named."},
    {"budget.overrun",
     "the {year} plan allocates {allocated}, {over} more than its income of {income}"},
    {"related.income", "the year's income is set here"},
    // share/year, share/period: the remaining years
    {"share.remaining-year", "the remaining year"},
    {"share.remaining-years", "the remaining years"},

    // anchor/*
    {"rule.anchor/focus-area-missing.title",
     "Measures name a focus area of the document their priority is anchored in"},
    {"rule.anchor/focus-area-missing.explain",
     "The Lillehammer region's strategic plan, for example, makes realising the strategic "
     "business plan the council's most important priority, and the business plan is to guide "
     "\"the prioritisation of work and financial resources in the years to come\". A measure "
     "under a business-development priority must therefore name at least one focus area of the "
     "document the priority is anchored in (in Lillehammer, one of the business plan's six focus "
     "areas), so that every krone can be traced to the business plan. Focus areas of other "
     "documents, such as the Innlandet strategy, may be named as well, but do not count on their "
     "own. The same holds for every priority that names 'anchored-in', business development or "
     "not: sport measures anchored in the county strategy name one of its focus areas. An "
     "anchoring document without focus areas gives nothing to name; a business-development "
     "priority without 'anchored-in' accepts a focus area of any anchoring document."},
    {"anchor.focus-area-missing",
     "the measure '{measure}' under '{priority}' names no focus area of '{document}'"},
    {"anchor.focus-area-missing-any",
     "the business-development measure '{measure}' under '{priority}' names no focus area"},
    {"help.focus-area",
     "add one of the focus areas of '{document}' to 'focus-areas', for example '{example}'"},
    {"related.focus-areas", "the focus areas of '{document}' are listed here"},
    {"rule.anchor/external-justification.title",
     "Business-development measures led by others say how they support the business plan"},
    {"rule.anchor/external-justification.explain",
     "In the Lillehammer region's strategic plan, both the council's own business-development "
     "unit (LRV) and external partners may be responsible for measures, but "
     "\"business-development projects where someone other than LRV is responsible will also be "
     "judged by whether they support the ambitions of the business plan\". A measure under a "
     "business-development priority whose 'responsible' is neither the business unit's id nor "
     "its name must therefore say in 'justification' how it supports the business plan."},
    {"anchor.external-justification",
     "'{measure}' is carried out by '{responsible}', not by {unit}, and does not say how it "
     "supports the business plan"},
    {"help.external-justification",
     "add a 'justification' that says how the measure supports the ambitions of the business plan"},
    {"related.business-unit", "the council's business unit is defined here"},
    {"rule.anchor/project-justification.title",
     "Grants on business-development measures led by others say how they support the business plan"},
    {"rule.anchor/project-justification.explain",
     "The Lillehammer region's strategic plan, for example, judges business-development "
     "projects, not only measures: \"business-development projects where someone other than LRV "
     "is responsible will also be judged by whether they support the ambitions of the business "
     "plan\". A grant (a project in a project list) on a measure under a business-development "
     "priority, carried out by someone other than the council's business unit, must therefore "
     "say in 'justification' how it supports the business plan. Who carries it out is the "
     "grant's 'responsible', or its applicant when it names none; the business unit is matched "
     "by its id or its name. Withdrawn grants and grants on the reserve are not judged here (the "
     "reserve has reserve/justification)."},
    {"anchor.project-justification",
     "the grant '{project}' on the business-development measure '{measure}' is carried out by "
     "'{responsible}', not by {unit}, and does not say how it supports the business plan"},
    {"help.project-justification",
     "add a 'justification' to the grant that says how it supports the ambitions of the business "
     "plan"},
    {"related.business-measure", "'{measure}' is a business-development measure"},

    // period/date-outside
    {"rule.period/date-outside.title", "Grants are decided within their year"},
    {"rule.period/date-outside.explain",
     "Each project list holds the grants of one budget year, made under that year's "
     "budget-and-action plan and paid from its funds. A grant decided in another year belongs in "
     "that year's project list; left where it is, it distorts the accounts of both years and the "
     "funds carried over between them."},
    {"period.date-outside",
     "the grant '{project}' was decided on {date}, outside {year}, the year of its project list"},
    {"help.date-outside", "move the grant to the project list for {date_year}, or correct the date"},
    {"related.list-year", "the project list's year is set here"},

    // funding/*
    {"rule.funding/income-mismatch.title", "The year's partnership income matches the frame"},
    {"rule.funding/income-mismatch.explain",
     "Under its partnership agreement a council receives fixed yearly contributions from its "
     "partners (the Lillehammer council, for example, NOK 3,500,000 in new partnership funds a "
     "year: 2.5 million from Innlandet county and 1 million from the three municipalities). The "
     "frame lists each partner with its yearly contribution (and, where it is time-bound, its "
     "first and last year). Each yearly plan must budget exactly these contributions, with no "
     "partner missing and none extra, so that the plan rests on money that will actually come in."},
    {"funding.partner-missing",
     "the {year} income has no funds from '{partner}'; the frame expects {expected}"},
    {"funding.partner-extra",
     "the frame expects no contribution from '{partner}' in {year}, but the plan counts {amount}"},
    {"funding.partner-amount",
     "the {year} income counts {amount} from '{partner}'; the frame expects {expected}"},
    {"help.partner-missing", "add '{partner}' with {expected} under 'income.partners'"},
    {"help.partner-extra",
     "remove '{partner}' from the year's income, or extend its years in the frame"},
    {"help.partner-amount",
     "budget {expected}, or change the contribution in the frame if the agreement has changed"},
    {"related.partner", "the partner's yearly contribution is set here"},
    {"related.partner-years", "the years of the partner's contribution are set here"},
    {"rule.funding/administration-over.title", "Administration stays within its frame"},
    {"rule.funding/administration-over.explain",
     "Administration is paid from the same funds as the measures: in the Lillehammer region, for "
     "example, the county's share of the administration costs must from 2021 be covered within "
     "its 2.5 million, a real reduction of the funds for development work of \"about NOK 500,000 "
     "a year\". The frame sets the most a year may spend on administration; every krone above it "
     "is taken from the measures."},
    {"funding.administration-over",
     "administration costs {amount} in {year}, {over} more than the frame's limit of {max}"},
    {"related.administration-max", "the administration limit is set here"},

    // budget/unallocated, budget/overflow
    {"rule.budget/unallocated.title", "The year's income is allocated"},
    {"rule.budget/unallocated.explain",
     "The council has always kept some unallocated funds at hand for unforeseen opportunities, "
     "but as a reserve set in each plan (see reserve/missing), not as money left over. Income "
     "that goes neither to administration nor to measures or the reserve does no development "
     "work that year; it only carries over. An unallocated remainder above the threshold (by "
     "default 5 % of the year's income, carried-over funds included) is reported, so that the "
     "council decides what the money is for."},
    {"budget.unallocated",
     "the {year} plan leaves {unallocated} of its income of {income} unallocated ({share}); the "
     "threshold is {threshold}"},
    {"help.unallocated", "allocate at least {need} more to measures or the reserve"},
    {"rule.budget/overflow.title", "Amounts are small enough to be summed exactly"},
    {"rule.budget/overflow.explain",
     "plancheck counts money exactly, in whole kroner, with 64-bit integers: up to NOK "
     "9,223,372,036,854,775,807. When the sums of a year or of the period do not fit, they cannot "
     "be checked: the year is reported here, and the other money rules skip it. Amounts this "
     "large are always a typing error. This is always an error."},
    {"budget.overflow-year",
     "the sums of the {year} plan and its grants are too large to compute; its money rules are "
     "skipped"},
    {"budget.overflow-period",
     "the sums over the period {from}–{to} are too large to compute; the period's shares are not "
     "checked"},
    {"help.overflow", "look for an amount with too many digits"},

    // share/period
    {"rule.share/period.title", "Each priority's share over the period is in its band"},
    {"rule.share/period.explain",
     "A frame's split holds for its whole period: the Lillehammer region's plan, for example, "
     "lays down its split of about 80 % to business development, 10 % to sport-related measures "
     "and 10 % to other measures for the whole four-year period (\"anslagsvis samme fordeling av "
     "midler mellom satsingsområdene også legges til grunn i den kommende fireårsperioden\"). A "
     "single year may depart from it (share/year), but the period as a whole must land inside "
     "each priority's band: an error by default. While years of the period remain unplanned, "
     "they are projected from the frame's expected measure funds. As long as those years can "
     "still bring the period inside the band, plancheck states what they must allocate, with the "
     "severity of the parameter projection-severity (a note by default); once no allocation of "
     "them can, it is an error. The shares are of the period's measure funds, counted as "
     "share/year counts them: the measures alone when the frame's reserve has no "
     "'counts-toward', the measures and the reserve when it has. The finding belongs to the "
     "latest yearly plan: a council decision to deviate is recorded in the frame or in that plan."},
    {"share.period",
     "over the period {from}–{to}, '{priority}' gets {share} of the measure funds ({amount} of "
     "{funds}); its band is {low}–{high}"},
    {"share.period-need",
     "'{priority}' has {share} of the measure funds planned so far ({amount} of {funds}), outside "
     "its band of {low}–{high}; {span} {years} must put at least {need} into '{priority}' for the "
     "period to end inside it"},
    {"share.period-cap",
     "'{priority}' has {share} of the measure funds planned so far ({amount} of {funds}), outside "
     "its band of {low}–{high}; {span} {years} may put at most {most} into '{priority}' for the "
     "period to end inside it"},
    {"share.period-unreachable",
     "'{priority}' has {share} of the measure funds planned so far ({amount} of {funds}); no "
     "allocation of the {remaining} expected in {years} can bring the period inside its band of "
     "{low}–{high}"},
    {"help.share-period.low",
     "over the period, put at least {need} more into '{priority}', or record the council's "
     "decision to deviate"},
    {"help.share-period.high",
     "over the period, move at least {excess} out of '{priority}', or record the council's "
     "decision to deviate"},
    {"help.share-period.range",
     "putting between {need} and {most} into '{priority}' in {years} keeps the period inside the "
     "band"},
    {"related.latest-plan", "the latest yearly plan ({year})"},

    // reserve/*
    {"rule.reserve/missing.title", "Every yearly plan sets a reserve"},
    {"rule.reserve/missing.explain",
     "The strategic plan lays down that \"a smaller yearly frame\" is set aside in each year of "
     "the period, to seize unforeseen opportunities and support particularly good initiatives "
     "that serve the overall goal, such as regional youth measures. When the frame defines such "
     "a reserve, every yearly plan must set one."},
    {"reserve.missing",
     "the {year} plan sets no reserve; the frame requires one of between {min} and {max}"},
    {"reserve.missing-any", "the {year} plan sets no reserve, which the frame requires"},
    {"help.reserve-missing", "add a 'reserve' with an amount within the frame's bounds"},
    {"related.reserve-frame", "the frame's reserve is defined here"},
    {"rule.reserve/out-of-bounds.title", "The reserve lies within the frame's bounds"},
    {"rule.reserve/out-of-bounds.explain",
     "The reserve is meant as \"a smaller yearly frame\": large enough to seize unforeseen "
     "opportunities, small enough that the priorities keep their funds. The frame sets its "
     "lowest and highest amount, and each year's reserve must lie between them."},
    {"reserve.below", "the {year} reserve of {amount} is below the frame's minimum of {bound}"},
    {"reserve.above", "the {year} reserve of {amount} is above the frame's maximum of {bound}"},
    {"related.reserve-min", "the frame's minimum is set here"},
    {"related.reserve-max", "the frame's maximum is set here"},
    {"rule.reserve/overdrawn.title", "Grants on the reserve stay within it"},
    {"rule.reserve/overdrawn.explain",
     "The reserve is a frame set in the yearly plan. The grants drawn on it (withdrawn ones "
     "excepted) may not exceed it: the excess would be money granted outside the plan, taken "
     "from the measures or from next year's carried-over funds."},
    {"reserve.overdrawn",
     "grants on the {year} reserve total {drawn}, {over} more than the reserve of {reserve}; the "
     "grant '{project}' took them past it"},
    {"help.reserve-overdrawn",
     "increase the reserve in the {year} plan, or move or withdraw a grant"},
    {"related.reserve", "the year's reserve is set here"},
    {"rule.reserve/justification.title",
     "Grants on the reserve say how they serve the overall goal"},
    {"rule.reserve/justification.explain",
     "The reserve is for \"particularly good initiatives that underpin the overall goal of the "
     "council's work\" and do not fall under the prioritised priorities. As such a grant is not "
     "anchored in a measure, it must say in 'goal-contribution' how it serves the overall goal: "
     "to develop the region as an attractive place to live, visit, work and run a business. "
     "Withdrawn grants are not checked."},
    {"reserve.justification",
     "the grant '{project}' draws on the reserve but does not say how it serves the overall goal"},
    {"help.reserve-justification",
     "add a 'goal-contribution' that says how the project serves the frame's overall goal"},
    {"related.goal", "the frame's overall goal is set here"},

    // commitment/*
    {"rule.commitment/missing.title", "Time-bound commitments are funded in every year they cover"},
    {"rule.commitment/missing.explain",
     "Some funds are bound by earlier decisions: in the Lillehammer region, for example, the "
     "regional marketer is \"fully financed 50/50 by Lillehammer municipality and the council, "
     "in the first round through 2022\". The frame lists such commitments with the years they "
     "cover and, where known, the council's yearly share. Each yearly plan in those years must "
     "fund the commitment through a measure that names it ('commitment:'), with at least that "
     "amount."},
    {"commitment.missing",
     "the {year} plan has no measure for the commitment '{commitment}', which the frame sets for "
     "{from}–{to}"},
    {"commitment.short",
     "the {year} plan puts {funded} into the commitment '{commitment}', {short} less than the "
     "{amount} the frame sets"},
    {"help.commitment", "add a measure with 'commitment: {commitment}'"},
    {"help.commitment-amount",
     "add a measure with 'commitment: {commitment}' and an amount of at least {amount}"},
    {"related.commitment", "the commitment is defined here"},
    {"related.commitment-amount", "the commitment's yearly amount is set here"},
    {"rule.commitment/expired.title",
     "Commitments are not funded past their last year without a decision"},
    {"rule.commitment/expired.explain",
     "A time-bound commitment ends with its last year: the regional marketer was funded \"in the "
     "first round through 2022\". A later plan that still funds it continues a commitment the "
     "frame does not cover, which takes a new decision by the council, recorded on the measure "
     "as 'decision'."},
    {"commitment.expired",
     "'{measure}' still funds the commitment '{commitment}' in {year}, after its last year {to}, "
     "without a recorded decision"},
    {"help.commitment-expired",
     "record the council's decision to continue it in the measure's 'decision' (case number and "
     "date), or end the funding"},
    {"related.commitment-to", "the commitment's last year is set here"},

    // project/overdrawn, carryover/mismatch
    {"rule.project/overdrawn.title", "Grants on a measure stay within its amount"},
    {"rule.project/overdrawn.explain",
     "The yearly plan gives each measure an amount; the grants the council makes under it "
     "(withdrawn ones excepted) may not exceed it. The excess would be money granted outside "
     "the plan, taken from other measures or from next year's carried-over funds. Grants are "
     "counted in the order of their decision dates, each against the measure's amount in force "
     "on its decision date (the adopted plan with the revisions decided up to that day), and "
     "the one that took the sum past it is reported. A grant that was over its measure when it "
     "was decided stays a finding even if a later revision raised the amount."},
    {"project.overdrawn",
     "grants on '{measure}' total {granted} in {year}, {over} more than its amount of {amount}; "
     "the grant '{project}' took them past it"},
    {"help.project-overdrawn",
     "increase the measure's amount in the {year} plan, or reduce or withdraw a grant"},
    {"related.measure-amount", "the measure's amount is set here"},
    {"rule.carryover/mismatch.title", "Carried-over funds equal what the year before left"},
    {"rule.carryover/mismatch.explain",
     "Unused and withdrawn funds are carried over into the next year. Once a year's project "
     "lists are closed (its accounts are final), what it left is known: its income minus "
     "administration minus the grants not withdrawn. A grant withdrawn after its year was "
     "closed (its 'withdrawn' date lies in a later year) was still used in its own year; its "
     "money returns in the year it was withdrawn and is carried over from that year. The next "
     "year's plan must carry over exactly what the year left; otherwise money appears or "
     "disappears between the years. This holds across frames too: the first year of a frame "
     "carries over what the last year of the council's previous frame left (the frame with the "
     "same council name whose period ends the year before), checked when the plan files hold "
     "both frames."},
    {"carryover.mismatch",
     "the {year} plan carries over {carried}, but {previous} left {left} (income {income} − "
     "administration {administration} − grants {granted})"},
    {"help.carryover", "set 'carried-over' to {left}"},
    {"related.list-closed", "the {previous} project list is closed here"},

    // operations/funded, strategic-issues/missing
    {"rule.operations/funded.title", "Measures fund development, not operations"},
    {"rule.operations/funded.explain",
     "\"The council's role has always been to contribute to development and not to operations\" "
     "(utvikling og ikke drift). When a project has become ordinary operations, as Idrett i "
     "skole did, it is integrated into the municipalities' ordinary operations. A measure marked "
     "'type: operations' is reported so that the council sees it and can end it or hand it over."},
    {"operations.funded",
     "'{measure}' is marked as operations; the council funds development, not operations"},
    {"help.operations",
     "end the funding or hand the operation over to its owner, or record the council's decision "
     "to deviate"},
    {"rule.strategic-issues/missing.title", "Each yearly plan names its large strategic issues"},
    {"rule.strategic-issues/missing.explain",
     "Large strategic issues decided at a higher level, such as transport and other "
     "infrastructure and the location of public jobs, limit how well the region can succeed. The "
     "council prioritises which of them to work on \"on a yearly basis as part of the work on "
     "the council's budget-and-action plan\". A plan that names none is reported as a note: "
     "perhaps none was prioritised, perhaps the list was forgotten."},
    {"strategic-issues.missing",
     "the {year} plan names none of the large strategic issues the council works on this year"},
    {"help.strategic-issues", "list the year's issues under 'strategic-issues', each with a 'title'"},
    // revision/*
    {"rule.revision/change.title", "Each change of a revision says one thing"},
    {"rule.revision/change.explain",
     "A change of a revision is one of: a measure's new amount ('measure' with 'amount'), a new "
     "measure ('new-measure'), an amount moved between measures or the reserve ('move' with "
     "'from' and 'to'), or the reserve's or the administration's new amount ('reserve', "
     "'administration'). A change that mixes two of them, or lacks a part, could be read more "
     "than one way; it is reported and left out of the plan in force."},
    {"revision.change-empty",
     "the change says nothing: it needs a measure with its new amount, a new measure, an amount "
     "moved, or the reserve's or the administration's new amount"},
    {"revision.change-mixed", "the change does more than one thing; each change of a revision does one"},
    {"help.revision-change-mixed", "write each change as its own item under 'changes'"},
    {"revision.change-missing", "the change lacks '{key}'"},
    {"rule.revision/measure-unknown.title", "Revisions change measures the plan has"},
    {"rule.revision/measure-unknown.explain",
     "A revision changes the measures of its yearly plan: the plan's own measures and those its "
     "revisions add. A change that names another measure, often a misspelt id, would change "
     "nothing; it is reported with the closest id."},
    {"revision.measure-unknown", "the revision names the measure '{id}', which the {year} plan does not have"},
    {"rule.revision/decision-missing.title", "Every revision records the council's decision"},
    {"rule.revision/decision-missing.explain",
     "The council adopts the yearly plan and may change it only by a later decision. A revision "
     "records that decision (case number and date), so that the auditor and the county can trace "
     "every change of the plan, and so that plancheck knows from which date the changed amounts "
     "apply."},
    {"revision.decision-missing", "a revision of the {year} plan records no decision of the council"},
    {"help.revision-decision-missing",
     "add the decision, e.g. decision: {case: \"PS 12/23\", date: 2023-04-14}"},
    {"rule.revision/date-outside.title", "Revisions are decided in the plan's year, after its adoption"},
    {"rule.revision/date-outside.explain",
     "A revision changes the plan in force during its budget year. A decision dated in another "
     "year, or before the plan itself was adopted, is most likely a mistyped date; left as it is, "
     "the change would apply from the wrong date (a grant is judged by its measure's amount in "
     "force on the grant's decision date)."},
    {"revision.date-outside-year", "the revision {case} is dated {date}, outside {year}, the plan's year"},
    {"help.revision-date-outside-year",
     "correct the date, or record the revision in the plan of the year it changes"},
    {"revision.date-before-adoption",
     "the revision {case} is dated {date}, before the plan was adopted on {adopted}"},
    {"help.revision-date-before-adoption", "correct the date of the revision or of the plan's adoption"},
    {"related.plan-year", "the plan's year is set here"},
    {"related.plan-adopted", "the plan's adoption is recorded here"},

    // grant/*
    {"rule.grant/overpaid.title", "Payments stay within what was granted"},
    {"rule.grant/overpaid.explain",
     "A grant is the most the council pays for a project: its amount, and for a multi-year grant "
     "its installments too. Payments beyond it are money paid without a decision. Payments are "
     "counted in the order of their dates, and the one that took the sum past the grant is "
     "reported."},
    {"grant.overpaid", "the grant '{project}' is paid {paid} in all, {over} more than the {total} granted"},
    {"help.grant-overpaid", "correct the payments, or record the council's decision to increase the grant"},
    {"related.grant-amount", "the grant's amount is set here"},
    {"rule.grant/status.title", "A grant's status agrees with its payments"},
    {"rule.grant/status.explain",
     "A grant's status says how far it has come: 'granted' (decided, not yet paid in full), "
     "'paid' (paid in full), 'completed' (paid and settled) or 'withdrawn'. Where the project "
     "list records the payments, the status must agree with them: a grant paid in full is no "
     "longer only granted, and a grant marked paid or completed has been paid its whole amount "
     "(with a multi-year grant's installments). A withdrawal date belongs to a withdrawn grant. "
     "The report to the county and the carried-over funds rest on these statuses."},
    {"grant.status-paid-in-full", "the grant '{project}' is paid in full ({total}), but its status is 'granted'"},
    {"help.grant-status-paid-in-full", "set 'status: paid', or 'status: completed' once the project is settled"},
    {"grant.status-not-paid", "the grant '{project}' has status '{status}', but {paid} of {total} is paid"},
    {"help.grant-status-not-paid",
     "record the payments of the remaining {rest}, or set 'status: granted' until they are made"},
    {"related.payments", "the payments are recorded here"},
    {"grant.status-withdrawn-date",
     "the grant '{project}' records a withdrawal on {date}, but its status is '{status}'"},
    {"help.grant-status-withdrawn-date", "set 'status: withdrawn', or remove the date"},
    {"rule.grant/withdrawn-paid.title", "Withdrawn grants record no payments"},
    {"rule.grant/withdrawn-paid.explain",
     "A withdrawn grant is money the council takes back: it no longer counts among the grants, "
     "and the money is carried over. Payments recorded on it contradict that: either the grant "
     "was not withdrawn, or what was paid must be claimed back, and the payments removed once it "
     "is repaid."},
    {"grant.withdrawn-paid", "the grant '{project}' is withdrawn but records payments of {paid}"},
    {"help.grant-withdrawn-paid", "remove the payments once the money is repaid, or correct the status"},
    {"related.grant-status", "the grant's status is set here"},
    {"rule.grant/unsettled.title", "A closed project list holds only settled grants"},
    {"rule.grant/unsettled.explain",
     "A project list is closed when the year's accounts are final. Every grant in it is then "
     "paid, completed or withdrawn; a grant that is still only granted means that its status was "
     "not brought up to date or that the list was closed too early, and the funds carried over to "
     "the next year would be wrong. A multi-year grant with installments in later years is still "
     "running and is not reported."},
    {"grant.unsettled",
     "the project list for {year} is closed, but the grant '{project}' is still only granted: "
     "neither paid, completed nor withdrawn"},
    {"help.grant-unsettled",
     "bring the grant's status up to date, or keep the list open until the accounts are final"},
    {"rule.grant/date-before-decision.title", "Grants are paid and withdrawn after they are decided"},
    {"rule.grant/date-before-decision.explain",
     "The council's decision comes first. A payment or a withdrawal dated before it is either a "
     "mistyped date or money paid without a decision."},
    {"grant.paid-before-decision",
     "the grant '{project}' records a payment dated {date}, before it was decided on {decided}"},
    {"grant.withdrawn-before-decision",
     "the grant '{project}' is withdrawn on {date}, before it was decided on {decided}"},
    {"help.grant-date-before-decision", "correct the date"},
    {"related.grant-decision", "the grant's decision is dated here"},
    {"rule.grant/installment-unbudgeted.title", "A multi-year grant's installments are budgeted in their years"},
    {"rule.grant/installment-unbudgeted.explain",
     "A multi-year grant (flerårig tilsagn) binds money in later years: its installments. Like "
     "the frame's time-bound commitments, each later year's plan must budget them. An installment "
     "draws on a measure of its year's plan (by default the one with the grant's own measure id; "
     "the installment's 'measure' names another, or 'reserve') and counts among that measure's "
     "grants. A later plan without that measure has not budgeted money the council has already "
     "promised. Years not yet planned are not reported."},
    {"grant.installment-unbudgeted",
     "the grant '{project}' binds money in {year}, but the {year} plan has no measure '{measure}' "
     "to pay it from"},
    {"help.grant-installment-unbudgeted",
     "add the measure '{measure}' to the {year} plan, or name the measure that pays the "
     "installment in its 'measure'"},
    {"related.measures-of-year", "the {year} plan's measures are defined here"},
    {"rule.grant/installment-next-frame.title", "Installments after the period are handed to the next frame"},
    {"rule.grant/installment-next-frame.explain",
     "A multi-year grant may bind money after the last year of the strategic plan's period. The "
     "council may decide so, but the money is then bound before the next strategic plan is made: "
     "the next frame inherits it and must budget it. Each such installment is reported, so that "
     "it is not forgotten when the next frame and its first yearly plans are drafted."},
    {"grant.installment-next-frame",
     "the grant '{project}' binds {amount} in {year}, after the last year of the period ({to}); "
     "the next strategic plan inherits it"},
    {"grant.installment-next-frame-unknown",
     "the grant '{project}' binds money in {year}, after the last year of the period ({to}); "
     "the next strategic plan inherits it"},
    {"schema.range-installment",
     "an installment in {year} does not fall after the grant's own year {grant_year}; the grant's "
     "'amount' is its part in {grant_year}"},
    // money through the year: the plan in force, share/actual, money returned
    {"project.overdrawn-when-decided",
     "grants on '{measure}' totalled {granted} when '{project}' was decided on {date}, {over} more "
     "than the measure's amount of {amount} in force then; the revision {case} raised it to "
     "{raised} later, which does not cover a grant decided before it"},
    {"help.project-overdrawn-when-decided",
     "a grant must fit its measure's amount on its decision date: decide the grant again after "
     "the revision, or record the council's decision to deviate"},
    {"related.measure-revised", "the revision sets the measure's amount in force here"},
    {"budget.overrun-revision",
     "the {year} plan allocates {allocated}, {over} more than its income of {income}; as adopted "
     "it allocated {adopted}, and the revision {case} took it past its income"},
    {"help.budget-overrun-revision",
     "let the revision move money between measures instead of adding it, or reduce another "
     "amount in the same revision"},
    {"rule.share/actual.title", "Each priority's share of what was actually granted is in its band"},
    {"rule.share/actual.explain",
     "A frame's split (in the Lillehammer region, for example, about 80 % business development, "
     "10 % sport and 10 % other measures) is about how the partnership funds are used, which is "
     "what an auditor compares: the grants the council actually made (withdrawn ones excepted), "
     "not only the plan. Each priority's share of what was granted in a year, and over the "
     "planned years of the period, is checked against its band. The grants on the reserve join "
     "the split only where the frame's reserve counts toward a priority. While a year's project "
     "list is open the grants are not final, and the finding is a note (the parameter "
     "projection-severity); once the list is closed it is a warning. Over the period it is a "
     "note until every year of the period is planned and closed."},
    {"share.actual",
     "'{priority}' got {share} of what was granted in {year} ({amount} of {total}); its band is "
     "{low}–{high}"},
    {"share.actual-open",
     "so far '{priority}' got {share} of what was granted in {year} ({amount} of {total}), and "
     "the project list is still open; its band is {low}–{high}"},
    {"share.actual-period",
     "'{priority}' got {share} of what was granted in {from}–{to} ({amount} of {total}); its "
     "band is {low}–{high}"},
    {"share.actual-period-so-far",
     "so far '{priority}' got {share} of what was granted in {from}–{to} ({amount} of {total}); "
     "its band is {low}–{high}"},
    {"help.share-actual",
     "direct the coming grants so that each priority lands in its band, or record the council's "
     "decision to deviate"},
    {"related.list-status", "the project list's status is set here"},
    {"related.grant-counts", "the grant '{project}' amounts to {amount}"},
    {"related.actual-year", "'{priority}' was granted {amount} in {year}"},
    {"related.grants-more", "{n} more grants of the priority amount to {amount} in all"},
    {"related.grant-unread", "the amount of the grant '{project}' could not be read"},
    {"related.installment-counts", "the grant '{project}' of an earlier year amounts to {amount} in this year"},
    {"carryover.mismatch-returned",
     "the {year} plan carries over {carried}, but {previous} left {left} (income {income} − "
     "administration {administration} − grants {granted} − withdrawn after the year {later} + "
     "returned from earlier years {returned})"},
};

}  // namespace

std::span<const Entry> rules() { return kEntries; }

}  // namespace plancheck::i18n::en
