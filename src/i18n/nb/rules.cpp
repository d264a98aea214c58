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
     "prosenter fra 0 til 100, id-er er enkeltord, og lister og sett står der formatet krever dem."},
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
     "(CI-oppsett og lignende). En fil som nevnes direkte, må være en planfil."},
    {"rule.file/broken-marker.title", "En planfils merke er skrevet slik plancheck leser det"},
    {"rule.file/broken-marker.explain",
     "plancheck kjenner igjen en planfil på linjen «plancheck: 1» i starten av en linje øverst i "
     "filen, med små bokstaver og utenfor krøllparenteser. En fil der de første linjene har nesten "
     "denne linjen (med store bokstaver, feilstavet, i anførselstegn, med mellomrom foran kolon, "
     "innrykket eller inne i en krøllparentes som «{plancheck: 1, kind: frame}»), er ment som en "
     "planfil: den rapporteres, hoppes aldri over i stillhet, og leses når merket er rettet."},
    {"rule.file/near-miss-name.title", "Planfiler heter *.yaml eller *.yml"},
    {"rule.file/near-miss-name.explain",
     "plancheck leser filene som slutter på .yaml eller .yml, med små bokstaver. En fil med en plan "
     "som slutter med store bokstaver («plan.YAML») eller har en endelse til («plan.yaml.txt», slik "
     "enkelte redigeringsprogram lagrer), ville ikke blitt kontrollert i det hele tatt; den "
     "rapporteres i stedet, med navnet den trolig skulle hatt."},
    {"rule.file/unreadable.title", "Planfilene kan leses"},
    {"rule.file/unreadable.explain",
     "En fil som ikke kan leses, kan ikke kontrolleres; den rapporteres så den aldri faller ut "
     "av kontrollen ubemerket."},
    {"rule.file/too-large.title", "Planfilene er innenfor størrelsesgrensen"},
    {"rule.file/too-large.explain",
     "plancheck leser filer på opptil 64 MiB. En større fil er langt utenfor enhver plan og "
     "rapporteres i stedet for å leses."},
    {"rule.file/too-many-findings.title", "Antall funn per fil holder seg innenfor grensen"},
    {"rule.file/too-many-findings.explain",
     "plancheck viser høyst 1000 funn per fil og 10000 i alt, slik at en ødelagt eller "
     "ondsinnet fil ikke kan oversvømme en terminal, en CI-logg eller en SARIF-opplasting. Funnene "
     "over grensen telles i ett funn ved det første av dem, med den høyeste alvorlighetsgraden "
     "blant dem: en kontroll som ville feilet, feiler fortsatt."},
    {"rule.file/link-loop.title", "Mappelenker går ikke i ring"},
    {"rule.file/link-loop.explain",
     "En symbolsk lenke som fører tilbake til en mappe som allerede er gått gjennom, følges bare én gang."},

    {"rule.ref/frame.title", "Budsjett- og tiltaksplaner og prosjektlister viser til en eksisterende handlingsplan"},
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
     "kommunene); inntektene i budsjett- og tiltaksplanen viser til dem med id."},
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
    {"rule.id/invisible.title", "Id-er har bare synlige tegn"},
    {"rule.id/invisible.explain",
     "En id med mellomrom uten bredde, hardt mellomrom, myk bindestrek eller et tegn som styrer "
     "skriveretningen, ser ut som en annen id, men er ikke samme tekst. plancheck sammenligner "
     "id-er i Unicode normalform C uten slike tegn, så id-er som bare skiller seg i dem (eller "
     "bare i normaliseringen, som «æ» skrevet med ett eller to kodepunkter), er samme id, og "
     "id-en som har dem, blir rapportert."},
    {"rule.id/reserved.title", "Ingen tiltak heter «reserve»"},
    {"rule.id/reserved.explain",
     "Tilsagn skriver «measure: reserve» for å trekke på årets reserve, så intet tiltak kan ha den id-en."},
    {"rule.period/year-outside.title", "Budsjett- og tiltaksplanene ligger i handlingsplanens periode"},
    {"rule.period/year-outside.explain",
     "Den strategiske handlingsplanen dekker fire budsjettår; en budsjett- og tiltaksplan eller prosjektliste "
     "for et annet år hører til en annen handlingsplan."},
    {"rule.config/invalid.title", "Regelinnstillingene passer til regelen"},
    {"rule.config/invalid.explain",
     "En innstilling kan endre en regels alvorlighetsgrad (unntatt for regler med fast alvorlighetsgrad) "
     "og parameterne regelen tar."},
    {"rule.deviation/unused.title", "Registrerte avvik svarer til et funn"},
    {"rule.deviation/unused.explain",
     "Et avvik registrerer et vedtak i rådet om å fravike handlingsplanen. Når det ikke lenger "
     "svarer til noe funn (planen er endret, eller omfanget er feil), bør det fjernes eller rettes, "
     "slik at gamle vedtak ikke hoper seg opp og skjuler nye funn."},
    {"config.fixed", "alvorlighetsgraden til {rule} er fast og kan ikke endres"},
    {"config.param", "regelen {rule} tar ingen parameter «{param}»"},
    {"ref.rule", "det finnes ingen regel «{id}»"},
    {"deviation.unused", "avviket fra {rule} (vedtak {case}) svarer ikke til noe funn"},

    {"rule.share/year.title", "Hvert satsingsområdes andel av årets tiltaksmidler er innenfor rammen"},
    {"rule.share/year.explain",
     "Lillehammer-regionens strategiske handlingsplan viderefører for eksempel fordelingen av "
     "partnerskapsmidlene siden første regionale næringsplan: omtrent 80 % til næringsutvikling, "
     "10 % til idrettsrelaterte tiltak og 10 % til øvrige tiltak, herunder regionale "
     "ungdomsprosjekter («anslagsvis samme fordeling»). Fordi kilden kaller den årlige "
     "fordelingen omtrentlig, er et år utenfor rammen en advarsel som standard; perioden som "
     "helhet kontrolleres av share/period. Rammen er målet pluss/minus toleransen, eller min og "
     "max der handlingsplanen oppgir dem. Andelen regnes av årets tiltaksmidler: av tiltakene "
     "alene når reserven i handlingsplanen ikke har «counts-toward» (reserven står da utenfor "
     "fordelingen), eller av tiltakene og reserven når den regnes med i et satsingsområde, som "
     "da får reserven med i sin andel. Når et beløp ikke kunne leses eller et tiltak viser til "
     "et satsingsområde som ikke finnes, rapporteres et funn bare hvis det gjelder uansett hva "
     "disse verdiene er (meldingen sier «minst» eller «høyst»); ellers holdes det tilbake, og "
     "file/checks-skipped og sammendraget sier fra om det."},
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
     "dette er alltid en feil. Planen som kontrolleres, er den som gjelder ved årets slutt, med "
     "alle budsjettendringer; var planen innenfor inntektene slik den ble vedtatt, nevnes "
     "budsjettendringen som førte den over."},
    {"budget.overrun",
     "planen for {year} disponerer {allocated}, {over} mer enn inntektene på {income}"},
    {"related.income", "inntektene i planen står her"},
    {"share.remaining-year", "det gjenstående året"},
    {"share.remaining-years", "de gjenstående årene"},

    {"rule.anchor/focus-area-missing.title",
     "Tiltak viser til et innsatsområde i dokumentet satsingsområdet er forankret i"},
    {"rule.anchor/focus-area-missing.explain",
     "Lillehammer-regionens strategiske handlingsplan løfter for eksempel realiseringen av "
     "Strategisk næringsplan fram som rådets viktigste satsingsområde, og næringsplanen skal "
     "være «førende for prioritering av arbeidsinnsats og økonomiske ressurser i årene som "
     "kommer». Et tiltak under et satsingsområde for næringsutvikling må derfor vise til minst "
     "ett innsatsområde i dokumentet satsingsområdet er forankret i (i Lillehammer ett av "
     "næringsplanens seks innsatsområder), slik at hver krone kan spores tilbake til "
     "næringsplanen. Innsatsområder fra andre dokumenter, som Innlandsstrategien, kan også "
     "nevnes, men teller ikke alene. Det samme gjelder hvert satsingsområde som har "
     "«anchored-in», enten det er næringsutvikling eller ikke: idrettstiltak forankret i "
     "fylkesstrategien viser til et av dens innsatsområder. Et forankringsdokument uten "
     "innsatsområder gir ingenting å vise til; et satsingsområde for næringsutvikling uten "
     "«anchored-in» godtar et innsatsområde fra et hvilket som helst forankringsdokument."},
    {"anchor.focus-area-missing",
     "tiltaket «{measure}» under «{priority}» viser ikke til noe innsatsområde i «{document}»"},
    {"anchor.focus-area-missing-any",
     "næringsutviklingstiltaket «{measure}» under «{priority}» viser ikke til noe innsatsområde"},
    {"help.focus-area",
     "legg til ett av innsatsområdene i «{document}» under «focus-areas», for eksempel «{example}»"},
    {"related.focus-areas", "innsatsområdene i «{document}» står her"},
    {"rule.anchor/external-justification.title",
     "Næringsutviklingstiltak med andre ansvarlige sier hvordan de støtter næringsplanen"},
    {"rule.anchor/external-justification.explain",
     "I Lillehammer-regionens strategiske handlingsplan kan både rådets egen "
     "næringsutviklingsenhet (LRV) og eksterne samarbeidspartnere være tiltaksansvarlige, men "
     "«næringsutviklingsprosjekter der andre enn LRV har gjennomføringsansvar, vil også bli "
     "vurdert med bakgrunn i om de støtter opp under ambisjonene i næringsplanen». Et tiltak "
     "under et satsingsområde for næringsutvikling der «responsible» verken er næringsenhetens "
     "id eller navn, må derfor si i «justification» hvordan det støtter opp under næringsplanen."},
    {"anchor.external-justification",
     "«{measure}» gjennomføres av «{responsible}», ikke av {unit}, og sier ikke hvordan tiltaket "
     "støtter opp under næringsplanen"},
    {"help.external-justification",
     "legg til en «justification» som sier hvordan tiltaket støtter opp under ambisjonene i "
     "næringsplanen"},
    {"related.business-unit", "rådets næringsenhet er definert her"},
    {"rule.anchor/project-justification.title",
     "Tilsagn til næringsutviklingstiltak med andre ansvarlige sier hvordan de støtter næringsplanen"},
    {"rule.anchor/project-justification.explain",
     "Lillehammer-regionens strategiske handlingsplan vurderer for eksempel "
     "næringsutviklingsprosjekter, ikke bare tiltak: «næringsutviklingsprosjekter der andre enn "
     "LRV har gjennomføringsansvar, vil også bli vurdert med bakgrunn i om de støtter opp under "
     "ambisjonene i næringsplanen». Et tilsagn (et prosjekt i en prosjektliste) til et tiltak "
     "under et satsingsområde for næringsutvikling, som gjennomføres av andre enn rådets "
     "næringsenhet, må derfor si i «justification» hvordan det støtter opp under næringsplanen. "
     "Den som gjennomfører tilsagnet, er tilsagnets «responsible», eller søkeren når tilsagnet "
     "ikke angir noen; næringsenheten kjennes igjen på id eller navn. Trukne tilsagn og tilsagn "
     "fra reserven vurderes ikke her (reserven har reserve/justification)."},
    {"anchor.project-justification",
     "tilsagnet «{project}» til næringsutviklingstiltaket «{measure}» gjennomføres av "
     "«{responsible}», ikke av {unit}, og sier ikke hvordan det støtter opp under næringsplanen"},
    {"help.project-justification",
     "legg til en «justification» i tilsagnet som sier hvordan det støtter opp under ambisjonene i "
     "næringsplanen"},
    {"related.business-measure", "«{measure}» er et næringsutviklingstiltak"},

    {"rule.period/date-outside.title", "Tilsagn er vedtatt innenfor sitt år"},
    {"rule.period/date-outside.explain",
     "Hver prosjektliste inneholder tilsagnene for ett budsjettår, gitt innenfor årets budsjett- "
     "og tiltaksplan og betalt av årets midler. Et tilsagn som er vedtatt i et annet år, hører "
     "hjemme i prosjektlisten for det året; blir det stående, blir regnskapet for begge årene og "
     "midlene som overføres mellom dem, feil."},
    {"period.date-outside",
     "tilsagnet «{project}» ble vedtatt {date}, utenfor {year}, som er prosjektlistens år"},
    {"help.date-outside", "flytt tilsagnet til prosjektlisten for {date_year}, eller rett datoen"},
    {"related.list-year", "prosjektlistens år står her"},

    {"rule.funding/income-mismatch.title", "Årets partnerskapsmidler stemmer med handlingsplanen"},
    {"rule.funding/income-mismatch.explain",
     "Etter partnerskapsavtalen får et råd faste årlige bidrag fra partnerne "
     "(Lillehammer-regionens råd for eksempel 3 500 000 kr i nye partnerskapsmidler årlig: 2,5 "
     "mill. fra Innlandet fylkeskommune og 1 mill. fra de tre kommunene). Handlingsplanen lister "
     "hver partner med årlig bidrag (og første og siste år der bidraget er tidsavgrenset). Hver "
     "budsjett- og tiltaksplan må budsjettere nøyaktig disse bidragene, uten at noen partner "
     "mangler eller kommer i tillegg, slik at planen hviler på penger som faktisk kommer inn."},
    {"funding.partner-missing",
     "inntektene for {year} mangler midler fra «{partner}»; handlingsplanen forutsetter {expected}"},
    {"funding.partner-extra",
     "handlingsplanen forutsetter ikke noe bidrag fra «{partner}» i {year}, men planen regner med "
     "{amount}"},
    {"funding.partner-amount",
     "inntektene for {year} regner med {amount} fra «{partner}»; handlingsplanen forutsetter {expected}"},
    {"help.partner-missing", "legg til «{partner}» med {expected} under «income.partners»"},
    {"help.partner-extra",
     "fjern «{partner}» fra inntektene i planen, eller utvid årene for bidraget i handlingsplanen"},
    {"help.partner-amount",
     "budsjetter med {expected}, eller endre bidraget i handlingsplanen hvis avtalen er endret"},
    {"related.partner", "partnerens årlige bidrag står her"},
    {"related.partner-years", "årene for partnerens bidrag står her"},
    {"rule.funding/administration-over.title", "Administrasjonen holder seg innenfor rammen"},
    {"rule.funding/administration-over.explain",
     "Administrasjonen betales av de samme midlene som tiltakene: i Lillehammer-regionen må for "
     "eksempel fylkeskommunens bidrag til administrasjon fra og med 2021 dekkes av rammen på 2,5 "
     "mill., en reell nedgang i disponible midler til utviklingsarbeid på «anslagsvis 500 000 kr "
     "pr. år». Handlingsplanen setter hvor mye et år høyst kan bruke på administrasjon; hver "
     "krone over dette tas fra tiltakene."},
    {"funding.administration-over",
     "administrasjonen koster {amount} i {year}, {over} mer enn handlingsplanens ramme på {max}"},
    {"related.administration-max", "rammen for administrasjon står her"},

    {"rule.budget/unallocated.title", "Årets inntekter er disponert"},
    {"rule.budget/unallocated.explain",
     "Rådet har alltid hatt noe udisponerte midler tilgjengelig for uforutsette muligheter, men "
     "som en reserve fastsatt i hver plan (se reserve/missing), ikke som penger som blir til "
     "overs. Inntekter som verken går til administrasjon, tiltak eller reserven, gjør ikke noe "
     "utviklingsarbeid det året; de blir bare overført. En udisponert rest over terskelen (som "
     "standard 5 % av årets inntekter, overførte midler medregnet) rapporteres, slik at rådet "
     "bestemmer hva pengene skal brukes til."},
    {"budget.unallocated",
     "planen for {year} lar {unallocated} av inntektene på {income} stå udisponert ({share}); "
     "terskelen er {threshold}"},
    {"help.unallocated", "disponer minst {need} mer til tiltak eller reserven"},
    {"rule.budget/overflow.title", "Beløpene er små nok til å summeres nøyaktig"},
    {"rule.budget/overflow.explain",
     "plancheck regner med penger nøyaktig, i hele kroner, med 64-biters heltall: opptil "
     "9 223 372 036 854 775 807 kr. Når summene for et år eller for perioden ikke får plass, kan "
     "de ikke kontrolleres: året rapporteres her, og de andre pengereglene hopper over det. Så "
     "store beløp er alltid en skrivefeil. Dette er alltid en feil."},
    {"budget.overflow-year",
     "summene i planen for {year} og tilsagnene er for store til å regnes ut; pengereglene for "
     "året hoppes over"},
    {"budget.overflow-period",
     "summene over perioden {from}–{to} er for store til å regnes ut; periodens andeler "
     "kontrolleres ikke"},
    {"help.overflow", "se etter et beløp med for mange sifre"},

    {"rule.share/period.title", "Hvert satsingsområdes andel over perioden er innenfor rammen"},
    {"rule.share/period.explain",
     "En handlingsplans fordeling gjelder hele perioden: i Lillehammer-regionens plan gjelder "
     "for eksempel fordelingen med omtrent 80 % til næringsutvikling, 10 % til idrettsrelaterte "
     "tiltak og 10 % til øvrige tiltak hele fireårsperioden («anslagsvis samme fordeling av "
     "midler mellom satsingsområdene også legges til grunn i den kommende fireårsperioden»). Et "
     "enkelt år kan avvike (share/year), men perioden som helhet må ende innenfor rammen for "
     "hvert satsingsområde: som standard en feil. Mens år i perioden ennå ikke er planlagt, "
     "framskrives de med handlingsplanens forventede tiltaksmidler. Så lenge disse årene "
     "fortsatt kan bringe perioden innenfor rammen, sier plancheck hva de må disponere, med "
     "alvorlighetsgraden i parameteren projection-severity (som standard en merknad); når ingen "
     "fordeling av dem lenger kan det, er det en feil. Andelene regnes av periodens "
     "tiltaksmidler på samme måte som i share/year: av tiltakene alene når reserven i "
     "handlingsplanen ikke har «counts-toward», av tiltakene og reserven når den har det. Funnet "
     "hører til den siste budsjett- og tiltaksplanen: rådets vedtak om avvik registreres i "
     "handlingsplanen eller i den planen."},
    {"share.period",
     "over perioden {from}–{to} får «{priority}» {share} av tiltaksmidlene ({amount} av "
     "{funds}); rammen er {low}–{high}"},
    {"share.period-need",
     "«{priority}» har {share} av tiltaksmidlene som er planlagt så langt ({amount} av {funds}), "
     "utenfor rammen på {low}–{high}; {span} {years} må legge minst {need} i «{priority}» for at "
     "perioden skal ende innenfor"},
    {"share.period-cap",
     "«{priority}» har {share} av tiltaksmidlene som er planlagt så langt ({amount} av {funds}), "
     "utenfor rammen på {low}–{high}; {span} {years} kan legge høyst {most} i «{priority}» for at "
     "perioden skal ende innenfor"},
    {"share.period-unreachable",
     "«{priority}» har {share} av tiltaksmidlene som er planlagt så langt ({amount} av {funds}); "
     "ingen fordeling av de {remaining} som er forventet i {years}, kan bringe perioden innenfor rammen "
     "på {low}–{high}"},
    {"help.share-period.low",
     "legg minst {need} mer til «{priority}» over perioden, eller registrer rådets vedtak om avvik"},
    {"help.share-period.high",
     "flytt minst {excess} ut av «{priority}» over perioden, eller registrer rådets vedtak om "
     "avvik"},
    {"help.share-period.range",
     "å legge mellom {need} og {most} i «{priority}» i {years} holder perioden innenfor rammen"},
    {"related.latest-plan", "den siste budsjett- og tiltaksplanen ({year})"},

    {"rule.reserve/missing.title", "Hver budsjett- og tiltaksplan setter av en reserve"},
    {"rule.reserve/missing.explain",
     "Handlingsplanen legger til grunn at det hvert år i perioden skal «avsettes en mindre årlig "
     "ramme for å kunne gripe uforutsette muligheter og støtte opp under særlig gode initiativ "
     "som underbygger det overordnede målet», for eksempel regionale ungdomstiltak. Når "
     "handlingsplanen har en slik reserve, må hver budsjett- og tiltaksplan sette av en."},
    {"reserve.missing",
     "planen for {year} setter ikke av noen reserve; handlingsplanen krever en på mellom {min} og "
     "{max}"},
    {"reserve.missing-any",
     "planen for {year} setter ikke av noen reserve, som handlingsplanen krever"},
    {"help.reserve-missing",
     "legg til «reserve» med et beløp innenfor handlingsplanens grenser"},
    {"related.reserve-frame", "handlingsplanens reserve er definert her"},
    {"rule.reserve/out-of-bounds.title", "Reserven ligger innenfor handlingsplanens grenser"},
    {"rule.reserve/out-of-bounds.explain",
     "Reserven skal være «en mindre årlig ramme»: stor nok til å gripe uforutsette muligheter, "
     "liten nok til at satsingsområdene beholder midlene sine. Handlingsplanen setter laveste og "
     "høyeste beløp, og hvert års reserve må ligge mellom dem."},
    {"reserve.below",
     "reserven for {year} på {amount} er under handlingsplanens minimum på {bound}"},
    {"reserve.above",
     "reserven for {year} på {amount} er over handlingsplanens maksimum på {bound}"},
    {"related.reserve-min", "handlingsplanens minimum står her"},
    {"related.reserve-max", "handlingsplanens maksimum står her"},
    {"rule.reserve/overdrawn.title", "Tilsagn fra reserven holder seg innenfor den"},
    {"rule.reserve/overdrawn.explain",
     "Reserven er en ramme som settes i budsjett- og tiltaksplanen. Tilsagnene som trekker på "
     "den (unntatt tilbaketrukne), kan ikke overstige den: overskytende beløp ville være penger "
     "gitt utenfor planen, tatt fra tiltakene eller fra neste års overførte midler."},
    {"reserve.overdrawn",
     "tilsagnene fra reserven for {year} er til sammen {drawn}, {over} mer enn reserven på "
     "{reserve}; tilsagnet «{project}» førte dem over"},
    {"help.reserve-overdrawn",
     "øk reserven i planen for {year}, eller flytt eller trekk tilbake et tilsagn"},
    {"related.reserve", "reserven i planen står her"},
    {"rule.reserve/justification.title",
     "Tilsagn fra reserven sier hvordan de tjener det overordnede målet"},
    {"rule.reserve/justification.explain",
     "Reserven er til «særlig gode initiativ som underbygger det overordnede målet for rådets "
     "arbeid», men som ikke faller inn under de prioriterte satsingene. Fordi et slikt tilsagn "
     "ikke er forankret i et tiltak, må det si i «goal-contribution» hvordan det tjener det "
     "overordnede målet: å videreutvikle regionen som et attraktivt sted å bo, besøke, arbeide og "
     "drive næringsvirksomhet. Tilbaketrukne tilsagn kontrolleres ikke."},
    {"reserve.justification",
     "tilsagnet «{project}» trekker på reserven, men sier ikke hvordan det tjener det "
     "overordnede målet"},
    {"help.reserve-justification",
     "legg til «goal-contribution» som sier hvordan prosjektet tjener handlingsplanens "
     "overordnede mål"},
    {"related.goal", "handlingsplanens overordnede mål står her"},

    {"rule.commitment/missing.title", "Tidsavgrensede forpliktelser er finansiert hvert år de gjelder"},
    {"rule.commitment/missing.explain",
     "Noen midler er bundet av tidligere vedtak: i Lillehammer-regionen er for eksempel "
     "regionmarkedsfører «fullfinansiert 50/50 med midler fra Lillehammer kommune og "
     "Lillehammer-regionen interkommunale politiske råd, i første omgang ut 2022». "
     "Handlingsplanen lister slike forpliktelser med årene de gjelder og, der det er kjent, "
     "rådets årlige andel. Hver budsjett- og tiltaksplan i disse årene må finansiere "
     "forpliktelsen med et tiltak som viser til den («commitment:»), med minst dette beløpet."},
    {"commitment.missing",
     "planen for {year} har ikke noe tiltak for forpliktelsen «{commitment}», som "
     "handlingsplanen fastsetter for {from}–{to}"},
    {"commitment.short",
     "planen for {year} legger {funded} i forpliktelsen «{commitment}», {short} mindre enn de "
     "{amount} handlingsplanen fastsetter"},
    {"help.commitment", "legg til et tiltak med «commitment: {commitment}»"},
    {"help.commitment-amount",
     "legg til et tiltak med «commitment: {commitment}» og et beløp på minst {amount}"},
    {"related.commitment", "forpliktelsen er definert her"},
    {"related.commitment-amount", "forpliktelsens årlige beløp står her"},
    {"rule.commitment/expired.title",
     "Forpliktelser finansieres ikke etter siste år uten vedtak"},
    {"rule.commitment/expired.explain",
     "En tidsavgrenset forpliktelse slutter med sitt siste år: regionmarkedsfører ble finansiert "
     "«i første omgang ut 2022». En senere plan som fortsatt finansierer den, viderefører en "
     "forpliktelse handlingsplanen ikke dekker. Det krever et nytt vedtak i rådet, registrert på "
     "tiltaket som «decision»."},
    {"commitment.expired",
     "«{measure}» finansierer fortsatt forpliktelsen «{commitment}» i {year}, etter siste år "
     "{to}, uten et registrert vedtak"},
    {"help.commitment-expired",
     "registrer rådets vedtak om å videreføre den i tiltakets «decision» (saksnummer og dato), "
     "eller avslutt finansieringen"},
    {"related.commitment-to", "forpliktelsens siste år står her"},

    {"rule.project/overdrawn.title", "Tilsagn på et tiltak holder seg innenfor beløpet"},
    {"rule.project/overdrawn.explain",
     "Budsjett- og tiltaksplanen gir hvert tiltak et beløp; tilsagnene rådet gir under tiltaket "
     "(unntatt tilbaketrukne), kan ikke overstige det. Overskytende beløp ville være penger gitt "
     "utenfor planen, tatt fra andre tiltak eller fra neste års overførte midler. Tilsagnene "
     "telles i rekkefølgen av vedtaksdatoene, hvert mot tiltakets beløp slik det gjaldt på "
     "vedtaksdatoen (den vedtatte planen med budsjettendringene vedtatt til og med den dagen), "
     "og tilsagnet som førte summen over, rapporteres. Et tilsagn som var over tiltakets beløp "
     "da det ble vedtatt, er fortsatt et funn selv om en senere budsjettendring økte beløpet."},
    {"project.overdrawn",
     "tilsagnene på «{measure}» er til sammen {granted} i {year}, {over} mer enn tiltakets beløp "
     "på {amount}; tilsagnet «{project}» førte dem over"},
    {"help.project-overdrawn",
     "øk tiltakets beløp i planen for {year}, eller reduser eller trekk tilbake et tilsagn"},
    {"related.measure-amount", "tiltakets beløp står her"},
    {"rule.carryover/mismatch.title", "Overførte midler er lik det året før etterlot"},
    {"rule.carryover/mismatch.explain",
     "Ubrukte og tilbaketrukne midler overføres til neste år. Når et års prosjektlister er "
     "avsluttet (regnskapet er endelig), er det kjent hva året etterlot: inntektene minus "
     "administrasjon minus tilsagnene som ikke er trukket tilbake. Et tilsagn som trekkes tilbake "
     "etter at året er avsluttet (datoen i «withdrawn» ligger i et senere år), var likevel brukt "
     "i sitt eget år; midlene kommer tilbake i året det ble trukket tilbake, og overføres fra "
     "det året. Neste års plan må overføre nøyaktig det året etterlot; ellers dukker det opp "
     "eller forsvinner penger mellom årene. Det gjelder også mellom to handlingsplaner: det første "
     "året i en handlingsplan overfører det siste året i rådets forrige handlingsplan etterlot "
     "(handlingsplanen med samme rådsnavn som slutter året før), og det kontrolleres når "
     "planfilene har begge handlingsplanene."},
    {"carryover.mismatch",
     "planen for {year} overfører {carried}, men {previous} etterlot {left} (inntekter {income} − "
     "administrasjon {administration} − tilsagn {granted})"},
    {"help.carryover", "sett «carried-over» til {left}"},
    {"related.list-closed", "prosjektlisten for {previous} er satt som avsluttet her"},

    {"rule.operations/funded.title", "Tiltak finansierer utvikling, ikke drift"},
    {"rule.operations/funded.explain",
     "«Regionrådets rolle har hele tiden vært å bidra til utvikling og ikke til drift.» Når et "
     "prosjekt er blitt ordinær drift, slik Idrett i skole ble, integreres det i kommunenes "
     "ordinære drift. Et tiltak merket «type: operations» rapporteres, slik at rådet ser det og "
     "kan avslutte det eller overføre det."},
    {"operations.funded",
     "«{measure}» er merket som drift; rådet finansierer utvikling, ikke drift"},
    {"help.operations",
     "avslutt finansieringen eller overfør driften til eieren, eller registrer rådets vedtak om "
     "avvik"},
    {"rule.strategic-issues/missing.title",
     "Hver budsjett- og tiltaksplan nevner årets store strategiske saker"},
    {"rule.strategic-issues/missing.explain",
     "Store strategiske saker der beslutningene fattes på et høyere nivå, som samferdsel og annen "
     "infrastruktur og lokalisering av offentlige arbeidsplasser, legger begrensninger på hvor "
     "godt regionen kan lykkes. Rådet prioriterer hvilke saker det skal arbeide med, «på årlig "
     "basis som en del av arbeidet med rådets Budsjett- og tiltaksplan». En plan som ikke nevner "
     "noen, rapporteres som en merknad: kanskje ble ingen prioritert, kanskje ble listen glemt."},
    {"strategic-issues.missing",
     "planen for {year} nevner ingen av de store strategiske sakene rådet skal arbeide med i {year}"},
    {"help.strategic-issues",
     "list opp sakene rådet prioriterer, under «strategic-issues», hver med en «title»"},
    // revision/*
    {"rule.revision/change.title", "Hver endring i en budsjettendring sier én ting"},
    {"rule.revision/change.explain",
     "En endring i en budsjettendring er én av disse: et nytt beløp for et tiltak («measure» med "
     "«amount»), et nytt tiltak («new-measure»), et beløp flyttet mellom tiltak eller reserven "
     "(«move» med «from» og «to»), eller et nytt beløp for reserven eller administrasjonen "
     "(«reserve», «administration»). En endring som blander to av dem eller mangler en del, kan "
     "leses på flere måter; den rapporteres og holdes utenfor planen som gjelder."},
    {"revision.change-empty",
     "endringen sier ingenting: den trenger et tiltak med nytt beløp, et nytt tiltak, et flyttet "
     "beløp eller et nytt beløp for reserven eller administrasjonen"},
    {"revision.change-mixed", "endringen gjør mer enn én ting; hver endring i en budsjettendring gjør én"},
    {"help.revision-change-mixed", "før opp hver endring som et eget punkt under «changes»"},
    {"revision.change-missing", "endringen mangler «{key}»"},
    {"rule.revision/measure-unknown.title", "Budsjettendringer endrer tiltak som finnes i planen"},
    {"rule.revision/measure-unknown.explain",
     "En budsjettendring endrer tiltakene i sin budsjett- og tiltaksplan: planens egne tiltak og "
     "dem budsjettendringene legger til. En endring som nevner et annet tiltak, ofte en feilstavet "
     "id, ville ikke endret noe; den rapporteres med den nærmeste id-en."},
    {"revision.measure-unknown",
     "budsjettendringen nevner tiltaket «{id}», som planen for {year} ikke har"},
    {"rule.revision/decision-missing.title", "Hver budsjettendring viser til rådets vedtak"},
    {"rule.revision/decision-missing.explain",
     "Rådet vedtar budsjett- og tiltaksplanen og kan bare endre den ved et senere vedtak. En "
     "budsjettendring fører opp vedtaket (saksnummer og dato), slik at revisjonen og "
     "fylkeskommunen kan spore hver endring i planen, og slik at plancheck vet fra hvilken dato de "
     "endrede beløpene gjelder."},
    {"revision.decision-missing", "en budsjettendring i planen for {year} viser ikke til noe vedtak i rådet"},
    {"help.revision-decision-missing",
     "før opp vedtaket, for eksempel decision: {case: \"PS 12/23\", date: 2023-04-14}"},
    {"rule.revision/date-outside.title", "Budsjettendringer vedtas i planens år, etter at planen er vedtatt"},
    {"rule.revision/date-outside.explain",
     "En budsjettendring endrer planen som gjelder i budsjettåret. Et vedtak datert i et annet år, "
     "eller før selve planen ble vedtatt, er mest sannsynlig en feilskrevet dato; blir den "
     "stående, gjelder endringen fra feil dato (et tilsagn vurderes mot tiltakets beløp slik det "
     "var på datoen tilsagnet ble vedtatt)."},
    {"revision.date-outside-year",
     "budsjettendringen {case} er datert {date}, utenfor {year}, som er planens år"},
    {"help.revision-date-outside-year",
     "rett datoen, eller før opp budsjettendringen i planen for det året den endrer"},
    {"revision.date-before-adoption",
     "budsjettendringen {case} er datert {date}, før planen ble vedtatt {adopted}"},
    {"help.revision-date-before-adoption", "rett datoen for budsjettendringen eller for vedtaket av planen"},
    {"related.plan-year", "planens år står her"},
    {"related.plan-adopted", "vedtaket av planen står her"},

    // grant/*
    {"rule.grant/overpaid.title", "Utbetalingene holder seg innenfor tilsagnet"},
    {"rule.grant/overpaid.explain",
     "Et tilsagn er det meste rådet betaler til et prosjekt: beløpet, og for et flerårig tilsagn "
     "også årsbeløpene. Utbetalinger ut over dette er penger betalt uten vedtak. Utbetalingene "
     "telles i datorekkefølge, og utbetalingen som førte summen over tilsagnet, rapporteres."},
    {"grant.overpaid",
     "tilsagnet «{project}» er utbetalt med til sammen {paid}, {over} mer enn tilsagnet på {total}"},
    {"help.grant-overpaid", "rett utbetalingene, eller før opp rådets vedtak om å øke tilsagnet"},
    {"related.grant-amount", "tilsagnets beløp står her"},
    {"rule.grant/status.title", "Tilsagnets status stemmer med utbetalingene"},
    {"rule.grant/status.explain",
     "Statusen viser hvor langt et tilsagn er kommet: «granted» (vedtatt, ikke fullt utbetalt), "
     "«paid» (fullt utbetalt), «completed» (utbetalt og sluttført) eller «withdrawn» (trukket "
     "tilbake). Der prosjektlisten fører opp utbetalingene, må statusen stemme med dem: et fullt "
     "utbetalt tilsagn er ikke lenger bare gitt, og et tilsagn merket «paid» eller «completed» er "
     "utbetalt med hele beløpet (med årsbeløpene i et flerårig tilsagn). En dato for "
     "tilbaketrekking hører til et tilbaketrukket tilsagn. Rapporten til fylkeskommunen og de "
     "overførte midlene bygger på disse statusene."},
    {"grant.status-paid-in-full",
     "tilsagnet «{project}» er fullt utbetalt ({total}), men statusen er «granted»"},
    {"help.grant-status-paid-in-full",
     "sett «status: paid», eller «status: completed» når prosjektet er sluttført"},
    {"grant.status-not-paid",
     "tilsagnet «{project}» har status «{status}», men {paid} av {total} er utbetalt"},
    {"help.grant-status-not-paid",
     "før opp utbetalingene av de resterende {rest}, eller sett «status: granted» til de er gjort"},
    {"related.payments", "utbetalingene står her"},
    {"grant.status-withdrawn-date",
     "tilsagnet «{project}» er ført som trukket tilbake {date}, men statusen er «{status}»"},
    {"help.grant-status-withdrawn-date", "sett «status: withdrawn», eller fjern datoen"},
    {"rule.grant/withdrawn-paid.title", "Tilbaketrukne tilsagn har ingen utbetalinger"},
    {"rule.grant/withdrawn-paid.explain",
     "Et tilbaketrukket tilsagn er penger rådet tar tilbake: det teller ikke lenger blant "
     "tilsagnene, og midlene overføres. Utbetalinger ført på det strider mot dette: enten ble "
     "tilsagnet ikke trukket tilbake, eller så må det utbetalte kreves tilbake og utbetalingene "
     "fjernes når pengene er tilbakebetalt."},
    {"grant.withdrawn-paid", "tilsagnet «{project}» er trukket tilbake, men har utbetalinger på {paid}"},
    {"help.grant-withdrawn-paid", "fjern utbetalingene når pengene er tilbakebetalt, eller rett statusen"},
    {"related.grant-status", "tilsagnets status står her"},
    {"rule.grant/unsettled.title", "En avsluttet prosjektliste har bare oppgjorte tilsagn"},
    {"rule.grant/unsettled.explain",
     "En prosjektliste avsluttes når årets regnskap er endelig. Hvert tilsagn i den er da "
     "utbetalt, sluttført eller trukket tilbake; et tilsagn som fortsatt bare er gitt, betyr at "
     "statusen ikke er oppdatert eller at listen ble avsluttet for tidlig, og da blir midlene som "
     "overføres til neste år, feil. Et flerårig tilsagn med årsbeløp i senere år løper fortsatt "
     "og rapporteres ikke."},
    {"grant.unsettled",
     "prosjektlisten for {year} er avsluttet, men tilsagnet «{project}» er fortsatt bare gitt: "
     "verken utbetalt, sluttført eller trukket tilbake"},
    {"help.grant-unsettled",
     "oppdater statusen for tilsagnet, eller la listen stå åpen til regnskapet er endelig"},
    {"rule.grant/date-before-decision.title", "Tilsagn utbetales og trekkes tilbake etter at de er vedtatt"},
    {"rule.grant/date-before-decision.explain",
     "Rådets vedtak kommer først. En utbetaling eller tilbaketrekking datert før vedtaket er "
     "enten en feilskrevet dato eller penger utbetalt uten vedtak."},
    {"grant.paid-before-decision",
     "tilsagnet «{project}» har en utbetaling datert {date}, før det ble vedtatt {decided}"},
    {"grant.withdrawn-before-decision",
     "tilsagnet «{project}» er trukket tilbake {date}, før det ble vedtatt {decided}"},
    {"help.grant-date-before-decision", "rett datoen"},
    {"related.grant-decision", "vedtaksdatoen for tilsagnet står her"},
    {"rule.grant/installment-unbudgeted.title", "Årsbeløpene i flerårige tilsagn er budsjettert i sine år"},
    {"rule.grant/installment-unbudgeted.explain",
     "Et flerårig tilsagn binder midler i senere år: årsbeløpene. På samme måte som de "
     "tidsavgrensede forpliktelsene i handlingsplanen må planen for hvert senere år budsjettere "
     "dem. Et årsbeløp belastes et tiltak i planen for sitt år (som standard tiltaket med samme id "
     "som tilsagnets eget tiltak; «measure» i årsbeløpet kan nevne et annet, eller «reserve») og "
     "telles blant tiltakets tilsagn. En senere plan uten dette tiltaket har ikke budsjettert "
     "penger rådet allerede har lovet bort. År som ennå ikke har en plan, rapporteres ikke."},
    {"grant.installment-unbudgeted",
     "tilsagnet «{project}» binder midler i {year}, men planen for {year} har ikke tiltaket "
     "«{measure}» å betale dem fra"},
    {"help.grant-installment-unbudgeted",
     "legg tiltaket «{measure}» inn i planen for {year}, eller nevn tiltaket som betaler "
     "årsbeløpet, i årsbeløpets «measure»"},
    {"related.measures-of-year", "tiltakene i planen for {year} står her"},
    {"rule.grant/installment-next-frame.title", "Årsbeløp etter perioden overlates til neste handlingsplan"},
    {"rule.grant/installment-next-frame.explain",
     "Et flerårig tilsagn kan binde midler etter siste år i handlingsplanens periode. Rådet kan "
     "vedta det, men da er midlene bundet før neste strategiske handlingsplan er laget: den arver "
     "dem og må budsjettere dem. Hvert slikt årsbeløp rapporteres, slik at det ikke glemmes når "
     "neste handlingsplan og de første budsjett- og tiltaksplanene under den utarbeides."},
    {"grant.installment-next-frame",
     "tilsagnet «{project}» binder {amount} i {year}, etter siste år i perioden ({to}); neste "
     "strategiske handlingsplan arver beløpet"},
    {"grant.installment-next-frame-unknown",
     "tilsagnet «{project}» binder midler i {year}, etter siste år i perioden ({to}); neste "
     "strategiske handlingsplan arver dem"},
    {"schema.range-installment",
     "et årsbeløp i {year} ligger ikke etter tilsagnets eget år {grant_year}; tilsagnets "
     "«amount» er delen for {grant_year}"},
    // pengene gjennom året: planen som gjelder, share/actual, tilbakeførte midler
    {"project.overdrawn-when-decided",
     "tilsagnene på «{measure}» var til sammen {granted} da «{project}» ble vedtatt {date}, "
     "{over} mer enn tiltakets beløp på {amount} som gjaldt da; budsjettendringen {case} økte "
     "det senere til {raised}, men det dekker ikke et tilsagn vedtatt før endringen"},
    {"help.project-overdrawn-when-decided",
     "et tilsagn må holde seg innenfor tiltakets beløp på vedtaksdatoen: vedta tilsagnet på nytt "
     "etter budsjettendringen, eller før opp rådets vedtak om å avvike"},
    {"related.measure-revised", "budsjettendringen setter tiltakets gjeldende beløp her"},
    {"budget.overrun-revision",
     "planen for {year} disponerer {allocated}, {over} mer enn inntektene på {income}; som vedtatt "
     "disponerte den {adopted}, og budsjettendringen {case} førte den over inntektene"},
    {"help.budget-overrun-revision",
     "la budsjettendringen flytte midler mellom tiltak i stedet for å legge til, eller reduser et "
     "annet beløp i samme endring"},
    {"rule.share/actual.title", "Hvert satsingsområdes andel av det som faktisk er innvilget, er innenfor rammen"},
    {"rule.share/actual.explain",
     "En handlingsplans fordeling (i Lillehammer-regionen for eksempel om lag 80 % "
     "næringsutvikling, 10 % idrett og 10 % øvrige tiltak) handler om hvordan "
     "partnerskapsmidlene brukes, og det er dette en revisor sammenligner: tilsagnene rådet "
     "faktisk har gitt (unntatt tilbaketrukne), ikke bare planen. Hvert satsingsområdes andel av "
     "det som ble innvilget i et år, og over de planlagte årene i perioden, kontrolleres mot "
     "rammen. Tilsagn fra reserven regnes med bare der rammens reserve teller mot et "
     "satsingsområde. Mens årets prosjektliste er åpen, er tilsagnene ikke endelige, og funnet "
     "er en merknad (parameteren projection-severity); når listen er avsluttet, er det en "
     "advarsel. Over perioden er det en merknad til alle årene i perioden er planlagt og "
     "avsluttet."},
    {"share.actual",
     "«{priority}» fikk {share} av det som ble innvilget i {year} ({amount} av {total}); rammen "
     "er {low}–{high}"},
    {"share.actual-open",
     "så langt har «{priority}» fått {share} av det som er innvilget i {year} ({amount} av "
     "{total}), og prosjektlisten er fortsatt åpen; rammen er {low}–{high}"},
    {"share.actual-period",
     "«{priority}» fikk {share} av det som ble innvilget i {from}–{to} ({amount} av {total}); "
     "rammen er {low}–{high}"},
    {"share.actual-period-so-far",
     "så langt har «{priority}» fått {share} av det som er innvilget i {from}–{to} ({amount} av "
     "{total}); rammen er {low}–{high}"},
    {"help.share-actual",
     "styr de kommende tilsagnene slik at hvert satsingsområde havner innenfor rammen, eller før "
     "opp rådets vedtak om å avvike"},
    {"related.list-status", "prosjektlistens status står her"},
    {"related.grant-counts", "tilsagnet «{project}» utgjør {amount}"},
    {"related.actual-year", "«{priority}» fikk {amount} i tilsagn i {year}"},
    {"related.grants-more", "{n} andre tilsagn til satsingsområdet utgjør til sammen {amount}"},
    {"related.grant-unread", "beløpet til tilsagnet «{project}» kunne ikke leses"},
    {"related.installment-counts", "tilsagnet «{project}» fra et tidligere år utgjør {amount} dette året"},
    {"carryover.mismatch-returned",
     "planen for {year} overfører {carried}, men {previous} etterlot {left} (inntekter {income} − "
     "administrasjon {administration} − tilsagn {granted} − trukket tilbake etter året {later} + "
     "tilbakeført fra tidligere år {returned})"},
};

}  // namespace

std::span<const Entry> rules() { return kEntries; }

}  // namespace plancheck::i18n::nb
