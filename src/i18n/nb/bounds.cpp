// Norwegian texts of bounded reasoning: the values that could not be read,
// the findings that hold whatever they are, and the checks held back.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"unknown.income", "inntektene kunne ikke leses"},
    {"unknown.partner-amount", "beløpet fra partneren «{id}» kunne ikke leses"},
    {"unknown.carried-over", "det overførte beløpet kunne ikke leses"},
    {"unknown.administration", "beløpet til administrasjon kunne ikke leses"},
    {"unknown.measures", "tiltakene kunne ikke leses"},
    {"unknown.measure-amount", "beløpet til tiltaket «{id}» kunne ikke leses"},
    {"unknown.measure-priority", "tiltaket «{id}» viser ikke til noe satsingsområde i handlingsplanen"},
    {"unknown.reserve", "reservens beløp kunne ikke leses"},
    {"unknown.reserve-priority",
     "satsingsområdet reserven skal regnes med i, finnes ikke i handlingsplanen"},
    {"unknown.plan-file", "budsjett- og tiltaksplanen for {year} kunne ikke leses"},
    {"unknown.list-file", "en prosjektliste for {year} kunne ikke leses"},
    {"unknown.projects", "prosjektene i prosjektlisten kunne ikke leses"},
    {"unknown.grant-amount", "beløpet til tilsagnet «{id}» kunne ikke leses"},
    {"unknown.grant-status", "statusen til tilsagnet «{id}» kunne ikke leses"},

    {"share.year-above-any",
     "«{priority}» får minst {share} av tiltaksmidlene i {year}, uansett hva verdiene som ikke "
     "kunne leses, er; rammen er {low}–{high}"},
    {"share.year-below-any",
     "«{priority}» får høyst {share} av tiltaksmidlene i {year}, uansett hva verdiene som ikke "
     "kunne leses, er; rammen er {low}–{high}"},
    {"share.period-above-any",
     "over perioden {from}–{to} får «{priority}» minst {share} av tiltaksmidlene, uansett hva "
     "verdiene som ikke kunne leses, er; rammen er {low}–{high}"},
    {"share.period-below-any",
     "over perioden {from}–{to} får «{priority}» høyst {share} av tiltaksmidlene, uansett hva "
     "verdiene som ikke kunne leses, er; rammen er {low}–{high}"},
    {"share.period-so-far-above-any",
     "«{priority}» har så langt minst {share} av tiltaksmidlene som er planlagt i {from}–{to}, "
     "uansett hva verdiene som ikke kunne leses, er; rammen er {low}–{high}"},
    {"share.period-so-far-below-any",
     "«{priority}» har så langt høyst {share} av tiltaksmidlene som er planlagt i {from}–{to}, "
     "uansett hva verdiene som ikke kunne leses, er; rammen er {low}–{high}"},
    {"help.share-bounded",
     "merknadene viser verdiene som ikke kunne leses; når de er rettet, vises den nøyaktige "
     "andelen"},
    {"budget.overrun-any",
     "planen for {year} disponerer minst {allocated}, minst {over} mer enn inntektene på "
     "{income}, uansett hva verdiene som ikke kunne leses, er"},
    {"budget.unallocated-any",
     "planen for {year} lar minst {unallocated} av inntektene på minst {income} stå udisponert "
     "(minst {share}), uansett hva verdiene som ikke kunne leses, er; terskelen er {threshold}"},

    {"related.measure-puts", "«{measure}» har {amount}"},
    {"related.measure-unread", "beløpet til «{measure}» kunne ikke leses"},
    {"related.reserve-amount", "reserven er {amount}"},
    {"related.reserve-unread", "reservens beløp kunne ikke leses"},
    {"related.administration-amount", "administrasjonen er {amount}"},
    {"related.administration-unread", "beløpet til administrasjon kunne ikke leses"},

    {"rule.file/checks-skipped.title", "Ingen kontroll hoppes over uten at det sies fra"},
    {"rule.file/checks-skipped.explain",
     "Et beløp som ikke kunne leses, kan være et hvilket som helst beløp, og et tiltak som viser "
     "til et satsingsområde som ikke finnes i handlingsplanen, kan høre til et hvilket som helst "
     "satsingsområde. plancheck rapporterer likevel alle funn som gjelder uansett hva en slik "
     "verdi er (et satsingsområde over rammen selv om tiltaket som ikke kunne leses, hører til et "
     "annet). En kontroll der utfallet avhenger av verdien, holdes tilbake, men forsvinner aldri "
     "i stillhet: hver fil med slike verdier får én merknad om hvor mange kontroller som er "
     "holdt tilbake og hvilke, og sammendraget forklarer hvorfor hver av dem ble holdt tilbake. Funn "
     "følger ikke av hverandre i kjede: et avvik som er registrert for en kontroll som er holdt "
     "tilbake, rapporteres ikke som ubrukt."},
    {"file.checks-skipped.one",
     "1 kontroll hoppes over til verdiene som ikke kunne leses her, er rettet"},
    {"file.checks-skipped.other",
     "{count} kontroller hoppes over til verdiene som ikke kunne leses her, er rettet"},
    {"file.checks-skipped-file.one", "1 kontroll hoppes over til denne filen kan leses"},
    {"file.checks-skipped-file.other", "{count} kontroller hoppes over til denne filen kan leses"},
    {"help.checks-skipped", "hoppet over: {checks}"},
};

}  // namespace

std::span<const Entry> bounds() { return kEntries; }

}  // namespace plancheck::i18n::nb
