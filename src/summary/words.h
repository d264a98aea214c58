#pragma once
// The words and phrases the human-readable summary formats (text,
// Markdown, HTML) share: dates, decisions, bands, statuses, counts. They
// return plain text; each format escapes it in its own way.

#include <string>
#include <string_view>
#include <vector>

#include "i18n/i18n.h"
#include "summary/summary.h"

namespace plancheck::summary {

/// The catalogue text of `summary.<key>`.
std::string_view label(const i18n::Language& lang, std::string_view key);
/// The catalogue text of `summary.<key>` with its arguments filled in.
std::string phrase(const i18n::Language& lang, std::string_view key, std::vector<diag::Arg> args);

/// `summary.<key>.one` or `.other` by `n` (`.zero` for 0 where the catalogue has one),
/// with `n` and `args` filled in.
std::string counted(const i18n::Language& lang, std::string_view key, int n,
                    std::vector<diag::Arg> args);

/// "8. desember 2023" / "8 December 2023"; ISO form for a date that is not one.
std::string date_text(const i18n::Language& lang, const Date& date);
/// "PS 48/23 av 8. desember 2023".
std::string decision_text(const i18n::Language& lang, const DecisionRef& decision);
std::string decision_text(const i18n::Language& lang, const diag::Acceptance& accepted);
/// "2021–2024", "2021", "fra 2021"; empty when neither end is known.
std::string years_text(const i18n::Language& lang, std::optional<int> from, std::optional<int> to);
/// "2022, 2023 og 2024".
std::string year_list(const i18n::Language& lang, const std::vector<int>& years);
/// "75,0 %–85,0 %".
std::string band_text(const i18n::Language& lang, const figures::Band& band);
std::string money_text(const i18n::Language& lang, Money amount);
/// "17,7 %"; a range "13,2 %–20,4 %" when values that could not be read leave the share open.
std::string share_text(const i18n::Language& lang, const std::optional<Ratio>& share,
                       const std::optional<figures::ShareRange>& range = std::nullopt);

/// "innenfor rammen", "over rammen – godtatt ved vedtak PS 6/23 av ...".
std::string placement_text(const i18n::Language& lang, const std::optional<Placement>& placement,
                           const std::optional<diag::Acceptance>& accepted);
/// How a year stands towards a commitment, naming the measures that fund it.
std::string commitment_text(const i18n::Language& lang, const CommitmentLine& c, int year);
/// Whether the year's project lists are final, as a clause.
std::string list_state_text(const i18n::Language& lang, ListState state);

/// The sentences before the table of shares: the measure funds, what the
/// reserve counts toward, measures without a priority.
std::vector<std::string> priorities_intro(const i18n::Language& lang, const FrameSection& f,
                                          const YearSection& y);
/// "Avsatt (rammen: 100 000 kr til 500 000 kr)".
std::string reserve_set_text(const i18n::Language& lang, const ReserveLine& r);
/// "Budsjettårene 2021–2024; planlagt: 2021 og 2022, med 6 320 000 kr i tiltaksmidler."
std::string period_text(const i18n::Language& lang, const PeriodSection& p);
/// The room-left cells of a priority: at least, at most (or why there is no range).
std::pair<std::string, std::string> room_cells(const i18n::Language& lang,
                                               const PeriodPriority& pp);

/// What a multi-year grant's installments add up to; none when one is unknown.
std::optional<Money> later_years(const GrantLine& grant);

/// "PS 6/23 av 10. februar 2023: <reason>": a revision as one line (a plan text, not escaped).
std::string revision_text(const i18n::Language& lang, const RevisionLine& r);
/// "«Arrangementsstøtte – idrett»: 250 000 kr → 450 000 kr": one change of a revision,
/// naming each measure by its title in `g` (by its id when it has none).
std::string change_text(const i18n::Language& lang, const ChangeLine& c, const Grants& g);
/// The title of measure `id` among the year's measures; the id when it has none.
std::string measure_title(const Grants& g, const std::string& id);
/// "Disponert etter budsjettendringene: ... (vedtatt: ...)."
std::string revised_total_text(const i18n::Language& lang, const YearSection& y);
/// The measures whose amount a revision set or added, in the plan's order.
std::vector<const MeasureLine*> revised_measures(const Grants& g);
/// The sentences after the grants table: withdrawn after the year, returned from earlier
/// years, what was paid, the grants by status, the measures left unused.
std::vector<std::string> grant_notes(const i18n::Language& lang, const Grants& g);
/// "Ubrukt ved årets slutt, til overføring (...): 300 000 kr.", naming grants withdrawn
/// later and money returned when the year has any.
std::string left_over_text(const i18n::Language& lang, const Grants& g);
/// The sentence before the table of what was actually granted.
std::string actual_intro(const i18n::Language& lang, Money total, bool final);

/// Why the year's figures are not reliable (overflow, unreadable amounts); empty when they are.
std::vector<std::string> year_warnings(const i18n::Language& lang, const YearSection& y);
std::vector<std::string> period_warnings(const i18n::Language& lang, const PeriodSection& p);
/// "share/year for «idrett» is held back: the amount of measure «x» could not be read."
std::string held_back_text(const i18n::Language& lang, const HeldBackLine& h);

/// "1 feil og 2 advarsler"; "ingen funn" when there are none.
std::string counts_text(const i18n::Language& lang, const report::Counts& counts);
/// "feil", "advarsel", "merknad" or "godtatt avvik".
std::string finding_kind(const i18n::Language& lang, const diag::Finding& f);
/// The finding's message in the language, as `check` words it (plancheck diff).
std::string finding_message(const i18n::Language& lang, const diag::Finding& f);
/// "2024/plan.yaml:22:1", or the path alone for findings about a whole file (plancheck diff).
std::string finding_place(const diag::Finding& f);
/// The finding's message in plain words: the titles of what it names (see
/// FindingLine), a rule by its title in quotes.
std::string finding_message(const i18n::Language& lang, const FindingLine& f);
/// "prosjektlisten for 2021", "budsjett- og tiltaksplanen for 2023", "den
/// strategiske handlingsplanen": the plan a finding concerns; empty when none.
std::string finding_concern(const i18n::Language& lang, const FindingLine& f);
/// The message in plain words with the plan it concerns: "<message> (prosjektlisten for 2021)".
std::string finding_text(const i18n::Language& lang, const FindingLine& f);
/// «<the rule's title>»; the id when the catalogue has no title for it.
std::string rule_title(const i18n::Language& lang, std::string_view rule);

/// "Utarbeidet 2. desember 2026 med plancheck 0.1.0."; empty without a date.
std::string colophon_text(const i18n::Language& lang, const Summary& s);
/// What the plan's unallocated figure is (or that the plan overruns its income).
std::string unallocated_text(const i18n::Language& lang, const Allocation& a);

/// Sentences as one paragraph, separated by spaces.
std::string sentences(const std::vector<std::string>& parts);

/// Folds line breaks and runs of white space in a plan text into single spaces.
std::string one_line(std::string_view text);

}  // namespace plancheck::summary
