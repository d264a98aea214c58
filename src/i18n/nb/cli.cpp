// Norwegian Bokmål texts of the command line and the text output.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"severity.error", "feil"},
    {"severity.warning", "advarsel"},
    {"severity.note", "merknad"},
    {"text.help", "hjelp"},
    {"text.accepted", "godtatt"},
    {"text.decision", "godtatt ved vedtak"},
    {"text.decision-detail", "{case} av {date}: {reason}"},
    {"count.error.one", "1 feil"},
    {"count.error.other", "{n} feil"},
    {"count.warning.one", "1 advarsel"},
    {"count.warning.other", "{n} advarsler"},
    {"count.note.one", "1 merknad"},
    {"count.note.other", "{n} merknader"},
    {"count.accepted.one", "1 godtatt avvik"},
    {"count.accepted.other", "{n} godtatte avvik"},
    {"count.file.one", "1 planfil"},
    {"count.file.other", "{n} planfiler"},
    {"list.and", " og "},
    {"summary.clean", "Ingen funn i {files}."},
    {"summary.found", "{counts} i {files}."},
    {"usage.error", "feil"},
    {"usage.no-such-path", "filen eller mappen finnes ikke: {path}"},
    {"usage.unreadable-path", "kan ikke lese {path}: ingen tilgang"},
    {"usage.no-plan-files",
     "fant ingen planfiler i {paths} (en planfil har linjen «plancheck: 1» på øverste nivå)"},
    {"usage.stdin-unreadable", "kan ikke lese standard inn: {reason}"},
    {"usage.stdin-too-large", "standard inn er større enn grensen på {limit} MiB"},
    {"verbose.reading", "leser {paths}"},
    {"verbose.context", "{path}: lest bare som grunnlag (planroten til filene som er nevnt)"},
    {"verbose.left-alone", "{path}: latt være: {reason}"},
    {"verbose.no-marker", "ingen linje «plancheck: 1» blant de første linjene, så det er ingen planfil"},
    {"verbose.near-miss-name", "navnet slutter ikke på .yaml eller .yml, og filen har ingen plan"},
    {"verbose.hidden", "skjult (navnet begynner med punktum), så den hoppes over"},
    {"verbose.not-regular", "ingen vanlig fil (en FIFO, en enhet eller en socket)"},
    {"usage.unknown-command", "ukjent kommando «{name}»"},
    {"usage.unknown-option", "ukjent valg «{name}»"},
    {"usage.unknown-format", "ukjent format «{name}»"},
    {"usage.unknown-rule", "ukjent regel «{name}»"},
    {"usage.unknown-kind", "ukjent filtype «{name}»; typene er frame, yearly-plan og project-list"},
    {"usage.unknown-language", "ukjent språk «{name}»; språkene er {choices}"},
    {"usage.two-stdout-formats",
     "bare ett format kan gå til standard ut; skriv de andre til filer med --format NAVN=STI"},
    {"usage.write-failed", "kan ikke skrive {path}: {reason}"},
    {"usage.output-is-input",
     "skriver ikke til {path}: det er en av planfilene som leses, og plancheck skriver aldri over "
     "filene den leser"},
    {"usage.out-of-memory",
     "ikke nok minne: å kontrollere disse planfilene krever mer minne enn systemet gir; ingenting "
     "ble skrevet"},
    {"usage.stdout-failed", "kan ikke skrive til standard utdata: {reason}"},
    {"usage.step-summary-not-regular",
     "GITHUB_STEP_SUMMARY viser til {path}, som ikke er en vanlig fil; jobbsammendraget skrives "
     "ikke dit"},
    {"usage.same-output",
     "{first} og {second} er samme fil; gi hvert resultat en egen fil"},
    {"usage.output-link-outside",
     "skriver ikke til {path}: det er en symbolsk lenke (eller går gjennom en) i den gjeldende "
     "mappen som peker ut av den, til {target}; oppgi selve den stien for å skrive dit"},
    {"term.stdout", "standard utdata"},
    {"usage.see-help", "kjør «{command} --help» for å se hvordan kommandoen brukes"},
    {"usage.bad-jobs", "PLANCHECK_JOBS må være et heltall fra 1 til {max}, ikke «{value}»"},
    {"explain.rule", "Regel"},
    {"explain.severity", "Standard alvorlighetsgrad"},
    {"explain.fixed", "fast"},
    {"explain.parameters", "Parametere (settes i handlingsplanens rules:)"},
    {"explain.failing", "Eksempel som utløser regelen"},
    {"explain.fixed-example", "Det samme, rettet"},
    {"explain.reported-by", "Rapporteres når planfilene leses og kobles sammen."},
    {"rules.markdown-title", "Regler"},
    {"rules.markdown-intro", "Alle reglene plancheck kontrollerer, med standard alvorlighetsgrad. En handlingsplan kan endre alvorlighetsgrad eller parametere i sin `rules:`; `plancheck explain REGEL` skriver ut den samme teksten. Filen lages av `plancheck rules --format markdown`."},
    {"explain.default", "standard"},
    {"rules.heading-id", "REGEL"},
    {"rules.heading-severity", "ALVORLIGHETSGRAD"},
    {"rules.heading-title", "TITTEL"},
};

}  // namespace

std::span<const Entry> cli() { return kEntries; }

}  // namespace plancheck::i18n::nb
