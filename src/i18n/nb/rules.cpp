// Norwegian Bokmål rule titles, explanations and finding messages.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"rule.syntax/yaml.title", "Filen er gyldig YAML"},
    {"rule.syntax/yaml.explain",
     "En planfil må være ett gyldig YAML-dokument. plancheck kjenner igjen planfiler på linjen "
     "«plancheck: 1» før filen tolkes, slik at en planfil med syntaksfeil blir rapportert i stedet "
     "for å falle ut av kontrollen i det stille. Tabulator kan ikke brukes til innrykk, en fil "
     "inneholder ett dokument, og et alias kan ikke vise til noden som inneholder det."},
    {"rule.schema/unknown-key.title", "Alle nøkler er kjent i filformatet"},
    {"rule.schema/unknown-key.explain",
     "En feilstavet nøkkel er en verdi som forsvinner i det stille: «amuont: 400 000» ville gi "
     "et tiltak uten beløp. Alle nøkler må være definert i formatet (se `plancheck schema KIND`); "
     "plancheck foreslår den nærmeste gyldige nøkkelen."},
    {"rule.schema/type.title", "Alle verdier har typen nøkkelen krever"},
    {"rule.schema/type.explain",
     "Årstall har fire sifre, datoer er virkelige datoer skrevet ÅÅÅÅ-MM-DD, andeler er "
     "prosenter fra 0 til 100, id-er er enkeltord, og lister og sett står der formatet venter dem."},
    {"rule.schema/missing.title", "Påkrevde nøkler finnes"},
    {"rule.schema/missing.explain",
     "Noen nøkler bærer det kontrollene bygger på: et tiltaks beløp og satsingsområde, et "
     "tilsagns vedtak, en plans år. Uten dem kan planen ikke kontrolleres mot handlingsplanen."},
    {"rule.schema/duplicate-key.title", "Ingen nøkkel står to ganger i samme sett"},
    {"rule.schema/duplicate-key.explain",
     "YAML forbyr like nøkler, men mange tolkere beholder stille den ene av verdiene. plancheck "
     "leser den første og rapporterer den andre, slik at filen bare sier én ting."},
    {"rule.schema/money.title", "Beløp er hele kroner"},
    {"rule.schema/money.explain",
     "Penger telles nøyaktig, i hele kroner: skriv 3500000, 3_500_000 eller 3 500 000. "
     "«3,5 mill.», desimaler, eksponenter, tall i anførselstegn og ledende nuller (som YAML leser "
     "som oktaltall: 010 er 8) avvises i stedet for å gjettes."},
    {"rule.schema/version.title", "Filformatversjonen støttes"},
    {"rule.schema/version.explain",
     "Alle planfiler begynner med «plancheck: 1». En fil skrevet for en annen versjon av formatet "
     "kan mene noe annet med nøklene sine, og leses derfor ikke."},
    {"rule.schema/range.title", "Tidsrom og grenser går riktig vei"},
    {"rule.schema/range.explain",
     "En periode, en forpliktelse eller et bidrag går fra første til siste år; en reserves "
     "minimum er høyst lik maksimum."},

    {"rule.file/not-plan.title", "Filer som nevnes på kommandolinjen, er planfiler"},
    {"rule.file/not-plan.explain",
     "Når plancheck går gjennom en mappe, hoppes YAML-filer uten merket «plancheck: 1» over "
     "(CI-oppsett og lignende). En fil som nevnes direkte, ventes å være en planfil."},
    {"rule.file/unreadable.title", "Planfilene kan leses"},
    {"rule.file/unreadable.explain",
     "En fil som ikke kan leses, kan ikke kontrolleres; den rapporteres så den aldri faller ut "
     "av kontrollen ubemerket."},
    {"rule.file/too-large.title", "Planfilene er innenfor størrelsesgrensen"},
    {"rule.file/too-large.explain",
     "plancheck leser filer på opptil 64 MiB. En større fil er langt utenfor enhver plan og "
     "rapporteres i stedet for å leses."},
    {"rule.file/link-loop.title", "Mappelenker går ikke i ring"},
    {"rule.file/link-loop.explain",
     "En symbolsk lenke som fører tilbake til en mappe som allerede er gått gjennom, følges bare én gang."},

    {"rule.ref/frame.title", "Årsplaner og prosjektlister viser til en eksisterende handlingsplan"},
    {"rule.ref/frame.explain",
     "Hver budsjett- og tiltaksplan og prosjektliste kontrolleres mot den fireårige strategiske "
     "handlingsplanen, som den viser til med id i «frame:»."},
    {"rule.ref/priority.title", "Tiltak viser til et satsingsområde i handlingsplanen"},
    {"rule.ref/priority.explain",
     "Den strategiske handlingsplanen fastsetter satsingsområdene som de årlige planene "
     "operasjonaliserer; hvert tiltak må være forankret i ett av dem."},
    {"rule.ref/focus-area.title", "Tiltak viser til innsatsområder som finnes"},
    {"rule.ref/focus-area.explain",
     "Innsatsområdene kommer fra handlingsplanens forankringsdokumenter, for eksempel de seks "
     "områdene i Strategisk næringsplan."},
    {"rule.ref/anchoring.title", "Satsingsområder viser til et forankringsdokument"},
    {"rule.ref/anchoring.explain",
     "Et satsingsområdes «anchored-in» viser til dokumentet hvis innsatsområder tiltakene skal støtte."},
    {"rule.ref/partner.title", "Inntektene viser til handlingsplanens partnere"},
    {"rule.ref/partner.explain",
     "Partnerskapsmidlene kommer fra partnerne handlingsplanen lister opp (fylkeskommunen og "
     "kommunene); årsplanens inntekter viser til dem med id."},
    {"rule.ref/commitment.title", "Tiltak viser til handlingsplanens forpliktelser"},
    {"rule.ref/commitment.explain",
     "Et tiltak som finansierer en tidsavgrenset forpliktelse, viser til den med id-en "
     "handlingsplanen gir den."},
    {"rule.ref/measure.title", "Tilsagn trekker på et tiltak i samme år, eller på reserven"},
    {"rule.ref/measure.explain",
     "Hvert tilsagn må trekke på et tiltak i samme års plan, eller på årets reserve "
     "(«measure: reserve»); ellers er det penger gitt utenfor planen."},
    {"rule.ref/plan.title", "Prosjektlister har en budsjett- og tiltaksplan"},
    {"rule.ref/plan.explain",
     "Tilsagn gis innenfor en årlig budsjett- og tiltaksplan; en prosjektliste for et år uten "
     "plan kan ikke kontrolleres."},
    {"rule.ref/rule.title", "Regel-id-er i innstillinger og avvik finnes"},
    {"rule.ref/rule.explain",
     "Handlingsplanens «rules:» og hvert avvik viser til regler med id; `plancheck rules` lister dem."},
    {"rule.id/duplicate.title", "Id-er er unike"},
    {"rule.id/duplicate.explain",
     "Tiltak, prosjekter, satsingsområder, partnere og annet vises til med id, så en id må bety "
     "én ting: tiltak innen sitt år, prosjekter på tvers av alle prosjektlister i en "
     "handlingsplan, og handlingsplanens egne id-er innen handlingsplanen. En handlingsplan har "
     "høyst én budsjett- og tiltaksplan per år."},
    {"rule.id/reserved.title", "Ingen tiltak heter «reserve»"},
    {"rule.id/reserved.explain",
     "Tilsagn skriver «measure: reserve» for å trekke på årets reserve, så intet tiltak kan ha den id-en."},
    {"rule.period/year-outside.title", "Årsplanene ligger i handlingsplanens periode"},
    {"rule.period/year-outside.explain",
     "Den strategiske handlingsplanen dekker fire budsjettår; en årsplan eller prosjektliste "
     "for et annet år hører til en annen handlingsplan."},
    {"rule.config/invalid.title", "Regelinnstillingene passer til regelen"},
    {"rule.config/invalid.explain",
     "En innstilling kan endre en regels alvorlighet (unntatt for regler med fast alvorlighet) "
     "og parameterne regelen tar."},
    {"rule.deviation/unused.title", "Registrerte avvik treffer et funn"},
    {"rule.deviation/unused.explain",
     "Et avvik registrerer et vedtak i rådet om å fravike handlingsplanen. Når det ikke lenger "
     "treffer noe funn (planen er endret, eller omfanget er feil), bør det fjernes eller rettes, "
     "slik at gamle vedtak ikke hoper seg opp og skjuler nye funn."},
    {"config.fixed", "alvorligheten til {rule} er fast og kan ikke endres"},
    {"config.param", "regelen {rule} tar ingen parameter «{param}»"},
    {"ref.rule", "det finnes ingen regel «{id}»"},
    {"deviation.unused", "avviket fra {rule} (vedtak {case}) treffer ingen funn"},

    {"rule.share/year.title", "Hvert satsingsområdes andel av årets tiltaksmidler er innenfor rammen"},
    {"rule.share/year.explain",
     "Handlingsplanen viderefører fordelingen av partnerskapsmidlene siden første regionale "
     "næringsplan: omtrent 80 % til næringsutvikling, 10 % til idrettsrelaterte tiltak og 10 % "
     "til øvrige tiltak, herunder regionale ungdomsprosjekter («anslagsvis samme fordeling»). "
     "Fordi kilden kaller den årlige fordelingen omtrentlig, er et år utenfor rammen en advarsel "
     "som standard; perioden som helhet kontrolleres av share/period. Rammen er målet pluss/minus "
     "toleransen, eller min og max der handlingsplanen oppgir dem."},
    {"share.year",
     "«{priority}» får {share} av tiltaksmidlene i {year} ({amount} av {funds}); rammen er "
     "{low}–{high}"},
    {"help.share-year.low",
     "legg minst {need} mer til «{priority}», eller registrer rådets vedtak om avvik"},
    {"help.share-year.high",
     "flytt minst {excess} ut av «{priority}», eller registrer rådets vedtak om avvik"},
    {"related.share-band", "satsingsområdets andel er fastsatt her"},

    {"rule.budget/overrun.title", "Årets plan holder seg innenfor inntektene"},
    {"rule.budget/overrun.explain",
     "Administrasjon, tiltak og reserve betales av årets partnerskapsmidler og midlene som er "
     "overført fra året før. En plan som disponerer mer enn dette, har ingen penger bak seg; "
     "dette er alltid en feil."},
    {"budget.overrun",
     "planen for {year} disponerer {allocated}, {over} mer enn inntektene på {income}"},
    {"related.income", "årets inntekter står her"},
};

}  // namespace

std::span<const Entry> rules() { return kEntries; }

}  // namespace plancheck::i18n::nb
