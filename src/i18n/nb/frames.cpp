// Norwegian (Bokmål) texts of the frame/ and decision/ rules and the
// anchoring and placeholder rules added with them.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    // frame/*
    {"rule.frame/targets-sum.title", "Satsingsområdenes målandeler blir til sammen 100 %"},
    {"rule.frame/targets-sum.explain",
     "En strategisk handlingsplan fordeler tiltaksmidlene mellom satsingsområdene (i "
     "Lillehammer-regionens plan for eksempel omtrent 80 % til næringsutvikling, 10 % til idrett "
     "og 10 % til øvrige tiltak); hver handlingsplan angir sine egne målandeler. Målandelene er "
     "andeler av tiltaksmidlene og må derfor bli 100 % til sammen. Når reserven regnes med i et "
     "satsingsområde («counts-toward»), er reserven en del av tiltaksmidlene og av det "
     "satsingsområdets målandel; uten «counts-toward» står reserven utenfor fordelingen, og "
     "målandelene er andeler av tiltakene alene. I begge tilfeller skal målandelene bli nøyaktig "
     "100 %, regnet eksakt ut fra prosentene slik de er skrevet."},
    {"frame.targets-sum", "satsingsområdenes målandeler blir til sammen {sum}, ikke 100 %"},
    {"help.targets-sum",
     "reserven står utenfor fordelingen (ingen counts-toward), så målandelene er andeler av "
     "tiltakene alene; juster dem slik at de blir 100 til sammen"},
    {"help.targets-sum-reserve",
     "reserven regnes med i «{priority}», som har reserven med i sin målandel; juster målandelene "
     "slik at de blir 100 til sammen"},
    {"related.target", "målandelen for «{priority}» ({target}) står her"},
    {"unknown.priority-target", "målandelen for satsingsområdet «{id}» kunne ikke leses"},
    {"unknown.priority-band", "«{key}» i rammen for satsingsområdet «{id}» kunne ikke leses"},

    {"rule.frame/bands-infeasible.title", "Satsingsområdenes rammer kan holdes samtidig"},
    {"rule.frame/bands-infeasible.explain",
     "Hvert satsingsområdes andel skal ligge innenfor rammen sin: målandelen pluss/minus "
     "toleransen, eller min og max der handlingsplanen oppgir dem. Andelene blir til sammen "
     "100 %, så alle rammene kan bare holdes samme år hvis de laveste andelene til sammen er "
     "høyst 100 % og de høyeste minst 100 %. Ellers bryter hver budsjett- og tiltaksplan en av "
     "rammene, uansett hvordan rådet fordeler midlene."},
    {"frame.bands-lows",
     "de laveste andelene rammene tillater, blir til sammen {sum}, mer enn 100 %: ingen "
     "fordeling av tiltaksmidlene kan oppfylle alle"},
    {"frame.bands-lows-at-least",
     "de laveste andelene rammene tillater, blir til sammen minst {sum}, mer enn 100 %: ingen "
     "fordeling av tiltaksmidlene kan oppfylle alle"},
    {"frame.bands-highs",
     "de høyeste andelene rammene tillater, blir til sammen {sum}, mindre enn 100 %: ingen "
     "fordeling av tiltaksmidlene kan holde seg innenfor alle"},
    {"help.bands-lows",
     "senk et minimum (eller gjør en toleranse smalere) slik at minimumene blir høyst 100 til sammen"},
    {"help.bands-highs",
     "hev et maksimum (eller gjør en toleranse bredere) slik at maksimumene blir minst 100 til sammen"},
    {"related.band-low", "rammen for «{priority}» begynner på {share}"},
    {"related.band-high", "rammen for «{priority}» slutter på {share}"},

    {"rule.frame/income-short.title", "Partnernes bidrag kan finansiere de forventede tiltaksmidlene"},
    {"rule.frame/income-short.explain",
     "Lillehammer-regionens strategiske handlingsplan regner for eksempel med 3 500 000 kr i "
     "partnerskapsmidler per år; fylkeskommunens andel av administrasjonen (anslagsvis 500 000 "
     "kr) dekkes innenfor dem, og det gir «om lag 3 000 000 kr til nye tiltaksmidler årlig». "
     "Handlingsplanens forventede tiltaksmidler («expected-measure-funds») er midlene andelene "
     "regnes av: tiltakene, og reserven når den regnes med i et satsingsområde. Hvert år i "
     "perioden må bidragene fra partnerne som bidrar det året, fratrukket administrasjonsrammen, "
     "dekke dem; når reserven står utenfor fordelingen, settes også reservens minimum av, fordi "
     "reserven da ikke er en del av tiltaksmidlene. Uten «expected-measure-funds» må bidragene "
     "minst dekke administrasjonsrammen og reservens minimum."},
    {"frame.income-short",
     "i {years} bidrar partnerne med {income} per år; fratrukket administrasjonsrammen på "
     "{administration} gir det {available} til tiltaksmidler, {shortfall} mindre enn de "
     "forventede {expected}"},
    {"frame.income-short-outside",
     "i {years} bidrar partnerne med {income} per år; fratrukket administrasjonsrammen på "
     "{administration} og reservens minimum på {reserve} gir det {available} til tiltak, "
     "{shortfall} mindre enn de forventede tiltaksmidlene på {expected}"},
    {"frame.income-short-reserve",
     "i {years} bidrar partnerne med {income} per år, {shortfall} mindre enn "
     "administrasjonsrammen på {administration} og reservens minimum på {reserve} til sammen"},
    {"help.income-short",
     "senk expected-measure-funds, administrasjonsrammen eller reservens minimum, eller før opp "
     "partnerskapsmidlene handlingsplanen forutsetter"},
    {"related.partner-amount", "«{partner}» bidrar med {amount} per år"},

    {"rule.frame/partner-gap.title", "Hvert år i perioden har partnerskapsmidler"},
    {"rule.frame/partner-gap.explain",
     "Partnernes bidrag kan være tidsavgrenset («from» og «to»), for eksempel når en avtale "
     "løper ut eller en ny partner kommer til. Hvert år i perioden trenger en partner som "
     "bidrar; et år helt uten partnerskapsmidler kan ikke finansiere budsjett- og tiltaksplanen "
     "sin."},
    {"frame.partner-gap",
     "ingen partner bidrar i {years}: partnernes år etterlater det uten finansiering"},
    {"help.partner-gap",
     "utvid en partners from/to til å dekke disse årene, eller før opp partneren som finansierer dem"},
    {"related.partner-to", "bidraget fra «{partner}» slutter i {to}"},
    {"related.partner-from", "bidraget fra «{partner}» begynner i {from}"},
    {"unknown.partner-years", "årene for partneren «{id}» kunne ikke leses"},

    {"rule.frame/commitment-past-period.title",
     "Forpliktelser etter perioden overlates til neste handlingsplan"},
    {"rule.frame/commitment-past-period.explain",
     "En tidsavgrenset forpliktelse (regionmarkedsføreren, finansiert 50/50 «i første omgang ut "
     "2022») budsjetteres hvert år den gjelder. En forpliktelse som går forbi siste år i "
     "perioden, binder midler handlingsplanen ikke planlegger: neste strategiske handlingsplan "
     "overtar den og må budsjettere den. Hver slik forpliktelse rapporteres, slik at den ikke "
     "glemmes når neste handlingsplan lages."},
    {"frame.commitment-past-period",
     "forpliktelsen «{commitment}» gjelder til og med {to}, etter siste år i perioden ({last}); "
     "neste strategiske handlingsplan overtar den fra {next}"},
    {"help.commitment-past-period",
     "før den opp blant forpliktelsene i neste strategiske handlingsplan; er det rådets vilje at "
     "den skal løpe videre, registrer vedtaket som et avvik"},
    {"related.period-to", "periodens siste år står her"},
    // decision/*
    {"rule.decision/case-year.title", "Saksnummeret har samme år som vedtaket"},
    {"rule.decision/case-year.explain",
     "Rådets saksnumre har møteåret i seg: PS 12/23 er sak 12 i rådets møter i 2023 (også "
     "skrevet 12/2023). Et saksnummer med et annet år enn vedtaksdatoen viser til en annen sak, "
     "eller datoen er feil; uansett kan vedtaket ikke spores i møteprotokollen. Saksnumre på "
     "andre former (arkivnumre som begynner med året, fritekst) kontrolleres ikke."},
    {"decision.case-year", "saksnummeret «{case}» har året {year}, men vedtaket er datert {date}"},
    {"help.case-year", "rett saksnummeret eller datoen slik møteprotokollen oppgir dem"},
    {"related.decision-date", "vedtaksdatoen står her"},

    {"rule.decision/case-dates.title", "Ett saksnummer har én dato"},
    {"rule.decision/case-dates.explain",
     "Et saksnummer er én sak i ett møte, så alle tilsagn, budsjettendringer, avvik og vedtak "
     "av planer som viser til det, ble vedtatt samme dag. Samme saksnummer med to datoer betyr "
     "at en av dem viser til feil sak eller feil dato. Saksnumrene sammenlignes slik de er "
     "skrevet, og PS 12/23 og PS 12/2023 regnes som samme sak; en dato utenfor saksnummerets år "
     "rapporteres av decision/case-year i stedet."},
    {"decision.case-dates", "saken «{case}» er datert {date} her, men {other} et annet sted"},
    {"help.case-dates", "én sak behandles i ett møte: rett datoen eller saksnummeret"},
    {"related.case-first", "den samme saken er datert {date} her"},

    {"rule.decision/grant-before-plan.title",
     "Tilsagn vedtas etter at budsjett- og tiltaksplanen er vedtatt"},
    {"rule.decision/grant-before-plan.explain",
     "Et tilsagn belaster et tiltak eller reserven i årets budsjett- og tiltaksplan, som rådet "
     "vedtar (vanligvis i desember året før). Et tilsagn som er vedtatt før planen, belastet "
     "midler rådet ennå ikke hadde budsjettert. Kontrolleres når budsjett- og tiltaksplanen har "
     "«adopted»; en vedtaksdato i et annet år rapporteres av period/date-outside."},
    {"decision.grant-before-plan",
     "tilsagnet «{project}» ble vedtatt {date}, før budsjett- og tiltaksplanen for {year} som "
     "det belaster, ble vedtatt {adopted}"},
    {"help.grant-before-plan",
     "kontroller begge datoene mot møteprotokollene; et tilsagn kan bare belaste en vedtatt plan"},
    // placeholder/left
    {"rule.placeholder/left.title", "Ingen verdi inneholder fortsatt en plassholder"},
    {"rule.placeholder/left.explain",
     "`plancheck init` skriver et gjennomregnet eksempel der alle tekster rådet selv må fylle "
     "inn, har «FYLL INN», og `plancheck new-year` merker tiltakene det legger til på samme måte. "
     "En verdi som fortsatt har en slik tekst, er ikke fylt ut: planen er halvferdig og skal ikke "
     "godkjennes. Alle tekstverdier i alle planfiler kontrolleres; kommentarer gjør det ikke."},
    {"placeholder.left", "verdien inneholder fortsatt plassholderen «{placeholder}», som skal fylles inn"},
    {"help.placeholder-left", "bytt ut plassholderen med rådets egen tekst"},
    // anchor/responsible-missing
    {"rule.anchor/responsible-missing.title", "Næringsutviklingstiltak oppgir hvem som er ansvarlig"},
    {"rule.anchor/responsible-missing.explain",
     "Næringsutviklingstiltak kan gjennomføres av rådets næringsenhet eller av partnere utenfor "
     "den, og tiltak med andre ansvarlige vurderes etter hvordan de støtter næringsplanen. Det "
     "kan bare kontrolleres når tiltaket oppgir hvem som er ansvarlig, så et "
     "næringsutviklingstiltak uten «responsible» rapporteres."},
    {"anchor.responsible-missing",
     "næringsutviklingstiltaket «{measure}» under «{priority}» oppgir ikke hvem som er ansvarlig"},
    {"help.responsible-missing",
     "legg til «responsible:» (næringsenhetens id, eller partneren som gjennomfører det)"},
};

}  // namespace

std::span<const Entry> frames() { return kEntries; }

}  // namespace plancheck::i18n::nb
