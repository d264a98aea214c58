// Norwegian Bokmål texts of `plancheck init` and `plancheck new-year` (also
// the comments of the drafted plan).

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"usage.bad-year", "«{value}» er ikke et firesifret årstall"},
    {"usage.exists",
     "{path} finnes allerede; {command} overskriver aldri en fil, og skrev ingenting"},
    {"usage.create-failed", "kan ikke lage {path}: {reason}; ingenting ble skrevet"},
    {"init.created", "Laget et planrepositorium for {first}–{last} i {dir}:"},
    {"init.added", "La til filene som manglet i et planrepositorium for {first}–{last} i {dir}:"},
    {"init.kept", "Latt være som de var (de finnes allerede; init overskriver aldri en fil):"},
    {"init.nothing", "Ingenting å legge til: {dir} har allerede alle filene i et planrepositorium."},
    {"init.next",
     "Fyll inn der det står «FYLL INN», og bytt ut eksempeltallene med rådets egne. Kjør deretter "
     "«plancheck check» i {dir}."},
    {"new-year.no-frame", "fant ingen strategisk handlingsplan (frame) i {paths}"},
    {"new-year.several-frames",
     "planfilene har flere strategiske handlingsplaner ({frames}); velg én med --frame"},
    {"new-year.unknown-frame", "ingen strategisk handlingsplan «{name}»; planfilene har {frames}"},
    {"new-year.frame-errors",
     "den strategiske handlingsplanen {path} har feil; rett dem først («plancheck check» viser "
     "dem)"},
    {"new-year.outside-period",
     "{year} ligger utenfor perioden {from}–{to} i den strategiske handlingsplanen «{frame}»"},
    {"new-year.after-period",
     "{year} er første år etter perioden {from}–{to} i den strategiske handlingsplanen «{frame}», "
     "og planfilene har ingen strategisk handlingsplan for rådet som begynner i {year}. Lag den "
     "neste strategiske handlingsplanen først (en frame med samme rådsnavn og periode fra "
     "{year}; «plancheck init --year {year}» skriver en mal), og kjør deretter new-year på nytt: "
     "utkastet overfører det {to} etterlot"},
    {"new-year.plan-exists", "det finnes allerede en budsjett- og tiltaksplan for {year}: {path}"},
    {"new-year.short-income",
     "inntektene for {year}, {income}, dekker ikke administrasjonen, {administration}"},
    {"new-year.overflow", "beløpene for {year} får ikke plass i 64 biter"},
    {"new-year.written", "Skrev utkastet til budsjett- og tiltaksplan for {year}: {path}"},
    {"new-year.checked", "Kontrollert sammen med planfilene: {result}"},
    {"new-year.written-list", "Skrev prosjektlisten for {year}: {path}"},
    {"new-year.list-exists", "{path} finnes allerede og ble latt være som den var"},
    {"new-year.list-stdin", "Prosjektlisten for {year} skrives bare til en fil, ikke til standard ut."},
    {"draft.list-header",
     "Prosjektliste for {year} under den strategiske handlingsplanen «{frame}», laget med "
     "«plancheck new-year» sammen med utkastet til budsjett- og tiltaksplan: tilsagnene rådet gir i "
     "{year}, hvert på et tiltak i årets plan eller på reserven."},
    {"draft.list-projects",
     "Ett prosjekt per tilsagn. Fjern # og fyll inn når rådet gir det første; tiltakene i "
     "utkastet er: {measures}; eller reserve."},
    {"draft.list-example-title", "FYLL INN: prosjektets navn"},
    {"draft.list-example-applicant", "FYLL INN: søkeren"},
    {"new-year.see-check", "Kjør «plancheck check» for å se dem."},
    {"draft.header-previous",
     "Utkast til budsjett- og tiltaksplan for {year}, laget med «plancheck new-year» fra den "
     "strategiske handlingsplanen «{frame}» og planen for {previous}. Gå gjennom alle beløp og "
     "tekster før planen legges fram for rådet, og kjør «plancheck check»."},
    {"draft.header",
     "Utkast til budsjett- og tiltaksplan for {year}, laget med «plancheck new-year» fra den "
     "strategiske handlingsplanen «{frame}». Gå gjennom alle beløp og tekster før planen legges "
     "fram for rådet, og kjør «plancheck check»."},
    {"draft.title", "Budsjett- og tiltaksplan {year}"},
    {"draft.adopted", "Rådets vedtak, når planen er vedtatt:"},
    {"draft.date-pattern", "ÅÅÅÅ-MM-DD"},
    {"draft.partners", "Partnerskapsmidlene for {year} etter den strategiske handlingsplanen."},
    {"draft.carried.left-over",
     "Udisponert ved utgangen av {previous}: inntekter minus administrasjon og tilsagn ({left}); "
     "prosjektlistene for {previous} er avsluttet."},
    {"draft.carried.first-year",
     "Første år i perioden, og planfilene har ingen tidligere strategisk handlingsplan for rådet: "
     "sett beløpet hvis forrige periode etterlot midler."},
    {"draft.carried.previous-frame",
     "Første år i perioden overfører fra {previous}, siste år i den forrige strategiske "
     "handlingsplanen «{frame}»."},
    {"draft.carried.no-plan",
     "{previous} har ingen budsjett- og tiltaksplan, så ingenting er overført; sett beløpet hvis "
     "midler skal overføres."},
    {"draft.carried.no-lists",
     "{previous} har ingen prosjektliste, så det som står igjen er ikke kjent ennå: 0 til "
     "regnskapet er avsluttet."},
    {"draft.carried.lists-open",
     "Prosjektlistene for {previous} er ikke avsluttet, så det som står igjen er ikke kjent ennå: "
     "0 til de er det (status: closed); sett da inn det som står igjen."},
    {"draft.carried.incomplete",
     "Noen beløp for {previous} kunne ikke leses, så det som står igjen er ikke kjent: 0 inntil "
     "videre."},
    {"draft.carried.overdrawn",
     "I {previous} ble det gitt mer i tilsagn enn det var midler til: ingenting å overføre."},
    {"draft.administration.previous",
     "Som i {previous} (den strategiske handlingsplanen tillater høyst {max})."},
    {"draft.administration.clamped",
     "I {previous} var beløpet {amount}; senket til det høyeste den strategiske handlingsplanen "
     "tillater."},
    {"draft.administration.frame", "Det høyeste den strategiske handlingsplanen tillater."},
    {"draft.measures",
     "Tiltaksmidlene (tiltak og reserve) er inntektene minus administrasjonen: {funds}. Hvert "
     "satsingsområde har fått sin målandel av dem, fordelt på tiltakene i forhold til beløpene i "
     "{previous}."},
    {"draft.measures-first",
     "Tiltaksmidlene (tiltak og reserve) er inntektene minus administrasjonen: {funds}. Hvert "
     "satsingsområde har fått sin målandel av dem."},
    {"draft.measures-alone",
     "Tiltaksmidlene (tiltakene alene; reserven står utenfor fordelingen) er inntektene minus "
     "administrasjonen og reserven på {reserve}: {funds}. Hvert satsingsområde har fått sin "
     "målandel av dem, fordelt på tiltakene i forhold til beløpene i {previous}."},
    {"draft.measures-alone-first",
     "Tiltaksmidlene (tiltakene alene; reserven står utenfor fordelingen) er inntektene minus "
     "administrasjonen og reserven på {reserve}: {funds}. Hvert satsingsområde har fått sin "
     "målandel av dem."},
    {"draft.priority", "{title} ({id}): {share} av {funds} = {amount}."},
    {"draft.priority-no-target",
     "{title} ({id}): ingen målandel i den strategiske handlingsplanen."},
    {"draft.priority-reserve", "Reserven på {reserve} regnes med her."},
    {"draft.priority-remainder", "Resten som målandelene ikke fordeler, {rest}, er lagt til her."},
    {"draft.commitment",
     "Finansierer forpliktelsen «{commitment}» i den strategiske handlingsplanen ({from}–{to}), "
     "minst {amount} i året."},
    {"draft.commitment-no-amount",
     "Finansierer forpliktelsen «{commitment}» i den strategiske handlingsplanen ({from}–{to}); "
     "sett beløpet."},
    {"draft.new-commitment",
     "Nytt: ingen tiltak i {previous} finansierte den; kontroller satsingsområdet og hvem som er "
     "ansvarlig."},
    {"draft.new-commitment-first", "Nytt: kontroller satsingsområdet og hvem som er ansvarlig."},
    {"draft.placeholder",
     "Nytt: planen for {previous} hadde ingen tiltak innenfor dette satsingsområdet; gi tiltaket "
     "id, tittel og ansvarlig."},
    {"draft.placeholder-first", "Nytt: gi tiltaket id, tittel og ansvarlig."},
    {"draft.placeholder-title", "nytt tiltak for {priority}"},
    {"draft.focus-guessed", "Innsatsområdet er et forslag; velg de som passer."},
    {"draft.previous-amount", "{amount} i {previous}"},
    {"draft.measure-remainder", "inkluderer en avrundingsrest på {rest}"},
    {"draft.skipped", "Ikke videreført fra {previous}:"},
    {"draft.skipped.operations", "«{id}»: drift; rådet finansierer utvikling"},
    {"draft.skipped.commitment-ended",
     "«{id}»: forpliktelsen «{commitment}» gjaldt til og med {to}; videreføring krever et nytt "
     "vedtak"},
    {"draft.skipped.no-priority",
     "«{id}»: den strategiske handlingsplanen har ikke satsingsområdet «{priority}»"},
    {"draft.reserve.previous",
     "Som i {previous}, innenfor grensene i den strategiske handlingsplanen ({min} til {max})."},
    {"draft.reserve.clamped",
     "I {previous} var reserven {amount}; flyttet innenfor grensene i den strategiske "
     "handlingsplanen ({min} til {max})."},
    {"draft.reserve.frame",
     "Minstebeløpet i den strategiske handlingsplanen ({min}; høyst {max})."},
    {"draft.issues", "Kopiert fra {previous}: gå gjennom sakene og oppdater dem for {year}."},
    {"draft.issues-none", "De store strategiske sakene rådet prioriterer i {year}."},
    {"draft.deviations", "Avvikene for {previous} gjaldt bare det året; ingen er kopiert."},
};

}  // namespace

std::span<const Entry> scaffold() {
  return kEntries;
}

}  // namespace plancheck::i18n::nb
