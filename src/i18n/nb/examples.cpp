// Norwegian Bokmål: the examples `plancheck explain` shows for each rule: a
// small plan that triggers it and the same plan fixed, YAML comments included.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"rule.anchor/external-justification.failing-example",
     "# handlingsplanen: business-unit {id: LRV}; naering {business-development: true}\n"
     "measures:\n"
     "  - id: kompetanseloft\n"
     "    priority: naering\n"
     "    responsible: Høgskolen i Innlandet\n"
     "    amount: 200 000\n"},
    {"rule.anchor/external-justification.fixed-example",
     "# handlingsplanen: business-unit {id: LRV}; naering {business-development: true}\n"
     "measures:\n"
     "  - id: kompetanseloft\n"
     "    priority: naering\n"
     "    responsible: Høgskolen i Innlandet\n"
     "    justification: Kobler høgskolen og næringslivet, jf. næringsplanens innsatsområde for\n"
     "      kompetanse og samarbeid.\n"
     "    amount: 200 000\n"},
    {"rule.anchor/focus-area-missing.failing-example",
     "# handlingsplanen: naering {business-development: true, anchored-in: naeringsplan};\n"
     "#                  idrett {anchored-in: innlandsstrategien}\n"
     "measures:\n"
     "  - id: snowball\n"
     "    priority: naering\n"
     "    focus-areas: [innovasjon]   # bare et innsatsområde i Innlandsstrategien\n"
     "  - id: arrangement\n"
     "    priority: idrett            # ikke et innsatsområde i Innlandsstrategien\n"},
    {"rule.anchor/focus-area-missing.fixed-example",
     "# handlingsplanen: naering {business-development: true, anchored-in: naeringsplan};\n"
     "#                  idrett {anchored-in: innlandsstrategien}\n"
     "measures:\n"
     "  - id: snowball\n"
     "    priority: naering\n"
     "    focus-areas: [fremtidens-naeringsliv, innovasjon]\n"
     "  - id: arrangement\n"
     "    priority: idrett\n"
     "    focus-areas: [inkludering]\n"},
    {"rule.anchor/project-justification.failing-example",
     "# handlingsplanen: business-unit {id: LRV}; naering {business-development: true}\n"
     "# budsjett- og tiltaksplanen: tiltaket 'reiseliv' under naering\n"
     "projects:\n"
     "  - id: 2022-03\n"
     "    title: Felles booking for sommersesongen\n"
     "    applicant: Reiselivsklyngen\n"
     "    measure: reiseliv\n"
     "    amount: 150 000\n"},
    {"rule.anchor/project-justification.fixed-example",
     "# handlingsplanen: business-unit {id: LRV}; naering {business-development: true}\n"
     "# budsjett- og tiltaksplanen: tiltaket 'reiseliv' under naering\n"
     "projects:\n"
     "  - id: 2022-03\n"
     "    title: Felles booking for sommersesongen\n"
     "    applicant: Reiselivsklyngen\n"
     "    measure: reiseliv\n"
     "    amount: 150 000\n"
     "    justification: Gjør regionen lettere å besøke hele året, jf. næringsplanens\n"
     "      innsatsområde for helårsturisme.\n"},
    {"rule.anchor/responsible-missing.failing-example",
     "# handlingsplanen: naering {business-development: true}\n"
     "measures:\n"
     "  - id: snowball\n"
     "    priority: naering\n"
     "    amount: 400 000\n"},
    {"rule.anchor/responsible-missing.fixed-example",
     "# handlingsplanen: naering {business-development: true}\n"
     "measures:\n"
     "  - id: snowball\n"
     "    priority: naering\n"
     "    responsible: LRV\n"
     "    amount: 400 000\n"},
    {"rule.budget/overflow.failing-example",
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 9 000 000 000 000 000 000}\n"
     "  - {id: arrangement, priority: idrett, amount: 900 000 000 000 000 000}\n"},
    {"rule.budget/overflow.fixed-example",
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 900 000}\n"
     "  - {id: arrangement, priority: idrett, amount: 90 000}\n"},
    {"rule.budget/overrun.failing-example",
     "income:\n"
     "  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
     "administration: {amount: 500 000}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 3 000 000}\n"
     "reserve: {amount: 200 000}   # 3 700 000 planlagt, 3 500 000 i inntekter\n"},
    {"rule.budget/overrun.fixed-example",
     "income:\n"
     "  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
     "administration: {amount: 500 000}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 2 800 000}\n"
     "reserve: {amount: 200 000}   # 3 500 000 planlagt\n"},
    {"rule.budget/unallocated.failing-example",
     "income:\n"
     "  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
     "administration: {amount: 500 000}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 2 400 000}\n"
     "reserve: {amount: 200 000}   # 400 000 (11,4 %) ikke fordelt\n"},
    {"rule.budget/unallocated.fixed-example",
     "income:\n"
     "  partners: [{partner: innlandet, amount: 2 500 000}, {partner: kommunene, amount: 1 000 000}]\n"
     "administration: {amount: 500 000}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 2 700 000}\n"
     "reserve: {amount: 200 000}   # 100 000 (2,9 %) ikke fordelt\n"},
    {"rule.carryover/mismatch.failing-example",
     "# 2021: inntekter 3 500 000, administrasjon 480 000, tilsagn 2 685 000; listen er lukket\n"
     "year: 2022\n"
     "income:\n"
     "  carried-over: 300 000\n"},
    {"rule.carryover/mismatch.fixed-example",
     "# 2021: inntekter 3 500 000, administrasjon 480 000, tilsagn 2 685 000; listen er lukket\n"
     "year: 2022\n"
     "income:\n"
     "  carried-over: 335 000\n"},
    {"rule.commitment/expired.failing-example",
     "# handlingsplanen: regionmarkedsforer {from: 2021, to: 2022}\n"
     "year: 2023\n"
     "measures:\n"
     "  - id: regionmarkedsforing\n"
     "    commitment: regionmarkedsforer\n"},
    {"rule.commitment/expired.fixed-example",
     "# handlingsplanen: regionmarkedsforer {from: 2021, to: 2022}\n"
     "year: 2023\n"
     "measures:\n"
     "  - id: regionmarkedsforing\n"
     "    commitment: regionmarkedsforer\n"
     "    decision: {case: \"PS 47/22\", date: 2022-12-09}   # videreført ut 2023\n"},
    {"rule.commitment/missing.failing-example",
     "# handlingsplanen: regionmarkedsforer {from: 2021, to: 2022, amount: 350 000}\n"
     "year: 2022\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 400 000}\n"},
    {"rule.commitment/missing.fixed-example",
     "# handlingsplanen: regionmarkedsforer {from: 2021, to: 2022, amount: 350 000}\n"
     "year: 2022\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 400 000}\n"
     "  - {id: regionmarkedsforing, priority: naering, amount: 350 000,\n"
     "     commitment: regionmarkedsforer}\n"},
    {"rule.config/invalid.failing-example",
     "rules:\n"
     "  share/year: {threshold: 5}\n"},
    {"rule.config/invalid.fixed-example",
     "rules:\n"
     "  budget/unallocated: {threshold: 5}\n"},
    {"rule.decision/case-dates.failing-example",
     "  - id: 2021-01\n"
     "    decision: {case: \"PS 3/21\", date: 2021-02-12}\n"
     "  - id: 2021-02\n"
     "    decision: {case: \"PS 3/21\", date: 2021-03-19}   # samme sak, en annen dato\n"},
    {"rule.decision/case-dates.fixed-example",
     "  - id: 2021-01\n"
     "    decision: {case: \"PS 3/21\", date: 2021-02-12}\n"
     "  - id: 2021-02\n"
     "    decision: {case: \"PS 8/21\", date: 2021-03-19}\n"},
    {"rule.decision/case-year.failing-example",
     "adopted: {case: \"PS 45/21\", date: 2020-12-11}   # sak 45 fra 2021, datert 2020\n"},
    {"rule.decision/case-year.fixed-example",
     "adopted: {case: \"PS 45/20\", date: 2020-12-11}\n"},
    {"rule.decision/grant-before-plan.failing-example",
     "# budsjett- og tiltaksplanen for 2021: adopted: {case: \"PS 12/21\", date: 2021-03-05}\n"
     "projects:\n"
     "  - id: 2021-01\n"
     "    decision: {case: \"PS 3/21\", date: 2021-02-12}\n"},
    {"rule.decision/grant-before-plan.fixed-example",
     "# budsjett- og tiltaksplanen for 2021: adopted: {case: \"PS 45/20\", date: 2020-12-11}\n"
     "projects:\n"
     "  - id: 2021-01\n"
     "    decision: {case: \"PS 3/21\", date: 2021-02-12}\n"},
    {"rule.deviation/unused.failing-example",
     "deviations:\n"
     "  - rule: share/year\n"
     "    scope: {priority: idrett}   # idrett er innenfor rammen\n"},
    {"rule.deviation/unused.fixed-example",
     "deviations: []\n"},
    {"rule.file/broken-marker.failing-example",
     "Plancheck: 1\n"
     "kind: yearly-plan\n"},
    {"rule.file/broken-marker.fixed-example",
     "plancheck: 1\n"
     "kind: yearly-plan\n"},
    {"rule.file/checks-skipped.failing-example",
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 0,4 mill.}   # share/year kan ikke avgjøres\n"},
    {"rule.file/checks-skipped.fixed-example",
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 400 000}\n"},
    {"rule.file/near-miss-name.failing-example",
     "# 2024/budsjett-og-tiltaksplan-2024.yaml.txt\n"
     "plancheck: 1\n"
     "kind: yearly-plan\n"},
    {"rule.file/near-miss-name.fixed-example",
     "# 2024/budsjett-og-tiltaksplan-2024.yaml\n"
     "plancheck: 1\n"
     "kind: yearly-plan\n"},
    {"rule.file/not-plan.failing-example",
     "# plancheck check notater.yaml\n"
     "title: Notater\n"},
    {"rule.file/not-plan.fixed-example",
     "plancheck: 1\n"
     "kind: project-list\n"},
    {"rule.frame/bands-infeasible.failing-example",
     "priorities:\n"
     "  - {id: naering, share: {target: 80, min: 80, max: 90}}\n"
     "  - {id: idrett, share: {target: 10, min: 10, max: 15}}\n"
     "  - {id: ovrig, share: {target: 10, min: 12, max: 20}}   # minimumsandelene: 102 %\n"},
    {"rule.frame/bands-infeasible.fixed-example",
     "priorities:\n"
     "  - {id: naering, share: {target: 80, min: 75, max: 90}}\n"
     "  - {id: idrett, share: {target: 10, min: 10, max: 15}}\n"
     "  - {id: ovrig, share: {target: 10, min: 5, max: 20}}\n"},
    {"rule.frame/commitment-past-period.failing-example",
     "period: {from: 2021, to: 2024}\n"
     "commitments:\n"
     "  - {id: regionmarkedsforer, from: 2023, to: 2026, amount: 350 000}\n"},
    {"rule.frame/commitment-past-period.fixed-example",
     "period: {from: 2021, to: 2024}\n"
     "commitments:\n"
     "  - {id: regionmarkedsforer, from: 2023, to: 2024, amount: 350 000}\n"
     "# videreført fra 2025 i neste strategiske handlingsplan, etter eget vedtak\n"},
    {"rule.frame/income-short.failing-example",
     "reserve: {min: 100 000, max: 500 000, counts-toward: ovrig}\n"
     "funding:\n"
     "  partners:\n"
     "    - {id: innlandet, amount: 2 500 000}\n"
     "    - {id: kommunene, amount: 1 000 000}\n"
     "  administration: {max: 500 000}\n"
     "  expected-measure-funds: 3 500 000   # 3 500 000 - 500 000 gir 3 000 000\n"},
    {"rule.frame/income-short.fixed-example",
     "reserve: {min: 100 000, max: 500 000, counts-toward: ovrig}\n"
     "funding:\n"
     "  partners:\n"
     "    - {id: innlandet, amount: 2 500 000}\n"
     "    - {id: kommunene, amount: 1 000 000}\n"
     "  administration: {max: 500 000}\n"
     "  expected-measure-funds: 3 000 000\n"},
    {"rule.frame/partner-gap.failing-example",
     "period: {from: 2021, to: 2024}\n"
     "funding:\n"
     "  partners:\n"
     "    - {id: innlandet, amount: 2 500 000, to: 2022}\n"
     "    - {id: kommunene, amount: 1 000 000, from: 2024}   # ingenting i 2023\n"},
    {"rule.frame/partner-gap.fixed-example",
     "period: {from: 2021, to: 2024}\n"
     "funding:\n"
     "  partners:\n"
     "    - {id: innlandet, amount: 2 500 000, to: 2023}   # avtalen ble forlenget\n"
     "    - {id: kommunene, amount: 1 000 000, from: 2024}\n"},
    {"rule.frame/targets-sum.failing-example",
     "priorities:\n"
     "  - {id: naering, share: {target: 80, tolerance: 5}}\n"
     "  - {id: idrett, share: {target: 15, tolerance: 5}}\n"
     "  - {id: ovrig, share: {target: 10, tolerance: 5}}   # 105 % til sammen\n"},
    {"rule.frame/targets-sum.fixed-example",
     "priorities:\n"
     "  - {id: naering, share: {target: 80, tolerance: 5}}\n"
     "  - {id: idrett, share: {target: 10, tolerance: 5}}\n"
     "  - {id: ovrig, share: {target: 10, tolerance: 5}}\n"},
    {"rule.funding/administration-over.failing-example",
     "# handlingsplanen: funding: {administration: {max: 500 000}}\n"
     "administration:\n"
     "  amount: 560 000\n"},
    {"rule.funding/administration-over.fixed-example",
     "# handlingsplanen: funding: {administration: {max: 500 000}}\n"
     "administration:\n"
     "  amount: 500 000\n"},
    {"rule.funding/income-mismatch.failing-example",
     "# handlingsplanen: innlandet 2 500 000, kommunene 1 000 000 per år\n"
     "income:\n"
     "  partners:\n"
     "    - {partner: innlandet, amount: 2 000 000}\n"},
    {"rule.funding/income-mismatch.fixed-example",
     "# handlingsplanen: innlandet 2 500 000, kommunene 1 000 000 per år\n"
     "income:\n"
     "  partners:\n"
     "    - {partner: innlandet, amount: 2 500 000}\n"
     "    - {partner: kommunene, amount: 1 000 000}\n"},
    {"rule.grant/date-before-decision.failing-example",
     "  - id: 2023-05\n"
     "    decision: {case: \"PS 15/23\", date: 2023-04-14}\n"
     "    paid: {amount: 200 000, date: 2023-03-14}\n"},
    {"rule.grant/date-before-decision.fixed-example",
     "  - id: 2023-05\n"
     "    decision: {case: \"PS 15/23\", date: 2023-04-14}\n"
     "    paid: {amount: 200 000, date: 2023-05-14}\n"},
    {"rule.grant/installment-next-frame.failing-example",
     "# handlingsplanens periode: 2021–2024\n"
     "  - id: 2024-09\n"
     "    amount: 150 000\n"
     "    installments: [{year: 2025, amount: 150 000}]\n"},
    {"rule.grant/installment-next-frame.fixed-example",
     "# handlingsplanens periode: 2021–2024\n"
     "  - id: 2024-09\n"
     "    amount: 300 000   # utbetalt innenfor perioden\n"},
    {"rule.grant/installment-unbudgeted.failing-example",
     "# prosjektlisten for 2023\n"
     "  - id: 2023-16\n"
     "    measure: naeringsplan-evaluering\n"
     "    amount: 100 000\n"
     "    installments: [{year: 2024, amount: 140 000}]\n"
     "# budsjett- og tiltaksplanen for 2024 har ikke tiltaket naeringsplan-evaluering\n"},
    {"rule.grant/installment-unbudgeted.fixed-example",
     "# prosjektlisten for 2023\n"
     "  - id: 2023-16\n"
     "    measure: naeringsplan-evaluering\n"
     "    amount: 100 000\n"
     "    installments: [{year: 2024, amount: 140 000}]\n"
     "# budsjett- og tiltaksplanen for 2024: - {id: naeringsplan-evaluering, amount: 140 000, ...}\n"},
    {"rule.grant/overpaid.failing-example",
     "  - id: 2023-04\n"
     "    amount: 125 000\n"
     "    status: paid\n"
     "    paid:\n"
     "      - {amount: 100 000, date: 2023-03-01}\n"
     "      - {amount: 100 000, date: 2023-11-15}\n"},
    {"rule.grant/overpaid.fixed-example",
     "  - id: 2023-04\n"
     "    amount: 125 000\n"
     "    status: paid\n"
     "    paid:\n"
     "      - {amount: 100 000, date: 2023-03-01}\n"
     "      - {amount: 25 000, date: 2023-11-15}\n"},
    {"rule.grant/status.failing-example",
     "  - id: 2023-08\n"
     "    amount: 250 000\n"
     "    status: completed\n"
     "    paid: {amount: 125 000, date: 2023-06-30}\n"},
    {"rule.grant/status.fixed-example",
     "  - id: 2023-08\n"
     "    amount: 250 000\n"
     "    status: granted   # halvparten er utbetalt; resten kommer etter sluttrapporten\n"
     "    paid: {amount: 125 000, date: 2023-06-30}\n"},
    {"rule.grant/unsettled.failing-example",
     "status: closed\n"
     "projects:\n"
     "  - id: 2022-07\n"
     "    status: granted\n"},
    {"rule.grant/unsettled.fixed-example",
     "status: closed\n"
     "projects:\n"
     "  - id: 2022-07\n"
     "    status: completed\n"},
    {"rule.grant/withdrawn-paid.failing-example",
     "  - id: 2021-09\n"
     "    amount: 100 000\n"
     "    status: withdrawn\n"
     "    paid: {amount: 50 000, date: 2021-06-30}\n"},
    {"rule.grant/withdrawn-paid.fixed-example",
     "  - id: 2021-09\n"
     "    amount: 100 000\n"
     "    status: withdrawn\n"
     "    withdrawn: 2021-08-20\n"},
    {"rule.id/duplicate.failing-example",
     "projects:\n"
     "  - id: 2021-01\n"
     "    title: Snowball vinter\n"
     "  - id: 2021-01\n"
     "    title: Ungdomsfestival\n"},
    {"rule.id/duplicate.fixed-example",
     "projects:\n"
     "  - id: 2021-01\n"
     "    title: Snowball vinter\n"
     "  - id: 2021-02\n"
     "    title: Ungdomsfestival\n"},
    {"rule.id/invisible.failing-example",
     "measures:\n"
     "  - id: \"ungdom\\u200B\"   # et mellomrom med null bredde på slutten\n"},
    {"rule.id/invisible.fixed-example",
     "measures:\n"
     "  - id: ungdom\n"},
    {"rule.id/reserved.failing-example",
     "measures:\n"
     "  - id: reserve\n"
     "    title: Ungdomstiltak\n"},
    {"rule.id/reserved.fixed-example",
     "measures:\n"
     "  - id: ungdom\n"
     "    title: Ungdomstiltak\n"},
    {"rule.operations/funded.failing-example",
     "measures:\n"
     "  - id: idrett-i-skole\n"
     "    title: Idrett i skole, videre drift\n"
     "    priority: idrett\n"
     "    amount: 200 000\n"
     "    type: operations\n"},
    {"rule.operations/funded.fixed-example",
     "measures:\n"
     "  - id: aktivitetsmodell\n"
     "    title: Ny modell for fysisk aktivitet i ungdomsskolen, utviklingsprosjekt\n"
     "    priority: idrett\n"
     "    amount: 200 000\n"
     "    type: development\n"},
    {"rule.period/date-outside.failing-example",
     "year: 2021\n"
     "projects:\n"
     "  - id: 2021-12\n"
     "    decision: {case: \"PS 2/22\", date: 2022-01-14}\n"},
    {"rule.period/date-outside.fixed-example",
     "year: 2022   # i prosjektlisten for 2022\n"
     "projects:\n"
     "  - id: 2022-01\n"
     "    decision: {case: \"PS 2/22\", date: 2022-01-14}\n"},
    {"rule.period/year-outside.failing-example",
     "# handlingsplanens periode: 2021–2024\n"
     "year: 2025\n"},
    {"rule.period/year-outside.fixed-example",
     "# handlingsplanens periode: 2021–2024\n"
     "year: 2024\n"},
    {"rule.placeholder/left.failing-example",
     "council:\n"
     "  name: \"FYLL INN: rådets fulle navn\"\n"},
    {"rule.placeholder/left.fixed-example",
     "council:\n"
     "  name: Eksempel-regionen interkommunale politiske råd\n"},
    {"rule.project/overdrawn.failing-example",
     "# budsjett- og tiltaksplanen: {id: arrangement-idrett, amount: 250 000}\n"
     "projects:\n"
     "  - {id: 2021-03, measure: arrangement-idrett, amount: 150 000, status: paid}\n"
     "  - {id: 2021-11, measure: arrangement-idrett, amount: 150 000, status: granted}\n"},
    {"rule.project/overdrawn.fixed-example",
     "# budsjett- og tiltaksplanen: {id: arrangement-idrett, amount: 250 000}\n"
     "projects:\n"
     "  - {id: 2021-03, measure: arrangement-idrett, amount: 150 000, status: paid}\n"
     "  - {id: 2021-11, measure: arrangement-idrett, amount: 100 000, status: granted}\n"},
    {"rule.ref/anchoring.failing-example",
     "priorities:\n"
     "  - id: naering\n"
     "    anchored-in: naringsplan\n"},
    {"rule.ref/anchoring.fixed-example",
     "priorities:\n"
     "  - id: naering\n"
     "    anchored-in: naeringsplan\n"},
    {"rule.ref/commitment.failing-example",
     "measures:\n"
     "  - id: regionmarkedsforing\n"
     "    commitment: markedsforer\n"},
    {"rule.ref/commitment.fixed-example",
     "measures:\n"
     "  - id: regionmarkedsforing\n"
     "    commitment: regionmarkedsforer\n"},
    {"rule.ref/focus-area.failing-example",
     "measures:\n"
     "  - id: snowball\n"
     "    focus-areas: [framtidens-naeringsliv]\n"},
    {"rule.ref/focus-area.fixed-example",
     "measures:\n"
     "  - id: snowball\n"
     "    focus-areas: [fremtidens-naeringsliv]\n"},
    {"rule.ref/frame.failing-example",
     "plancheck: 1\n"
     "kind: yearly-plan\n"
     "frame: lipr-2021-52\n"},
    {"rule.ref/frame.fixed-example",
     "plancheck: 1\n"
     "kind: yearly-plan\n"
     "frame: lipr-2021-25\n"},
    {"rule.ref/measure.failing-example",
     "projects:\n"
     "  - id: 2021-01\n"
     "    measure: snowbal\n"},
    {"rule.ref/measure.fixed-example",
     "projects:\n"
     "  - id: 2021-01\n"
     "    measure: snowball\n"},
    {"rule.ref/partner.failing-example",
     "income:\n"
     "  partners:\n"
     "    - {partner: fylket, amount: 2 500 000}\n"},
    {"rule.ref/partner.fixed-example",
     "income:\n"
     "  partners:\n"
     "    - {partner: innlandet, amount: 2 500 000}\n"},
    {"rule.ref/plan.failing-example",
     "plancheck: 1\n"
     "kind: project-list\n"
     "frame: lipr-2021-25\n"
     "year: 2022   # ingen budsjett- og tiltaksplan for 2022\n"},
    {"rule.ref/plan.fixed-example",
     "plancheck: 1\n"
     "kind: project-list\n"
     "frame: lipr-2021-25\n"
     "year: 2022   # med budsjett- og tiltaksplanen for 2022 ved siden av\n"},
    {"rule.ref/priority.failing-example",
     "measures:\n"
     "  - id: snowball\n"
     "    priority: næring\n"},
    {"rule.ref/priority.fixed-example",
     "measures:\n"
     "  - id: snowball\n"
     "    priority: naering\n"},
    {"rule.ref/rule.failing-example",
     "deviations:\n"
     "  - rule: share/yeer\n"},
    {"rule.ref/rule.fixed-example",
     "deviations:\n"
     "  - rule: share/year\n"},
    {"rule.reserve/justification.failing-example",
     "projects:\n"
     "  - id: 2021-14\n"
     "    title: Felles digital oversikt over aktivitetstilbud for ungdom\n"
     "    measure: reserve\n"
     "    amount: 60 000\n"},
    {"rule.reserve/justification.fixed-example",
     "projects:\n"
     "  - id: 2021-14\n"
     "    title: Felles digital oversikt over aktivitetstilbud for ungdom\n"
     "    measure: reserve\n"
     "    amount: 60 000\n"
     "    goal-contribution: Gjør fritidstilbudet synlig for ungdom og styrker dermed\n"
     "      bostedskvaliteten i regionen.\n"},
    {"rule.reserve/missing.failing-example",
     "# handlingsplanen: reserve {min: 100 000, max: 500 000}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 2 400 000}\n"},
    {"rule.reserve/missing.fixed-example",
     "# handlingsplanen: reserve {min: 100 000, max: 500 000}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 2 400 000}\n"
     "reserve:\n"
     "  amount: 200 000\n"},
    {"rule.reserve/out-of-bounds.failing-example",
     "# handlingsplanen: reserve {min: 100 000, max: 500 000}\n"
     "reserve:\n"
     "  amount: 50 000\n"},
    {"rule.reserve/out-of-bounds.fixed-example",
     "# handlingsplanen: reserve {min: 100 000, max: 500 000}\n"
     "reserve:\n"
     "  amount: 100 000\n"},
    {"rule.reserve/overdrawn.failing-example",
     "# budsjett- og tiltaksplanen: reserve: {amount: 100 000}\n"
     "projects:\n"
     "  - {id: 2021-07, measure: reserve, amount: 60 000, status: paid}\n"
     "  - {id: 2021-11, measure: reserve, amount: 70 000, status: granted}\n"},
    {"rule.reserve/overdrawn.fixed-example",
     "# budsjett- og tiltaksplanen: reserve: {amount: 100 000}\n"
     "projects:\n"
     "  - {id: 2021-07, measure: reserve, amount: 60 000, status: paid}\n"
     "  - {id: 2021-11, measure: reserve, amount: 40 000, status: granted}\n"},
    {"rule.revision/change.failing-example",
     "revisions:\n"
     "  - decision: {case: \"PS 6/23\", date: 2023-02-10}\n"
     "    changes:\n"
     "      - {measure: arrangement-idrett, move: 200 000}\n"},
    {"rule.revision/change.fixed-example",
     "revisions:\n"
     "  - decision: {case: \"PS 6/23\", date: 2023-02-10}\n"
     "    changes:\n"
     "      - {move: 200 000, from: reserve, to: arrangement-idrett}\n"},
    {"rule.revision/date-outside.failing-example",
     "year: 2023\n"
     "adopted: {case: \"PS 49/22\", date: 2022-12-09}\n"
     "revisions:\n"
     "  - decision: {case: \"PS 6/23\", date: 2022-02-10}\n"},
    {"rule.revision/date-outside.fixed-example",
     "year: 2023\n"
     "adopted: {case: \"PS 49/22\", date: 2022-12-09}\n"
     "revisions:\n"
     "  - decision: {case: \"PS 6/23\", date: 2023-02-10}\n"},
    {"rule.revision/decision-missing.failing-example",
     "revisions:\n"
     "  - reason: Forsterket arrangementsstøtte til idrett.\n"
     "    changes: [{measure: arrangement-idrett, amount: 450 000}]\n"},
    {"rule.revision/decision-missing.fixed-example",
     "revisions:\n"
     "  - decision: {case: \"PS 6/23\", date: 2023-02-10}\n"
     "    reason: Forsterket arrangementsstøtte til idrett.\n"
     "    changes: [{measure: arrangement-idrett, amount: 450 000}]\n"},
    {"rule.revision/measure-unknown.failing-example",
     "measures:\n"
     "  - id: arrangement-idrett\n"
     "revisions:\n"
     "  - changes: [{measure: arrangement-idret, amount: 450 000}]\n"},
    {"rule.revision/measure-unknown.fixed-example",
     "measures:\n"
     "  - id: arrangement-idrett\n"
     "revisions:\n"
     "  - changes: [{measure: arrangement-idrett, amount: 450 000}]\n"},
    {"rule.schema/duplicate-key.failing-example",
     "reserve:\n"
     "  amount: 200 000\n"
     "  amount: 250 000\n"},
    {"rule.schema/duplicate-key.fixed-example",
     "reserve:\n"
     "  amount: 250 000\n"},
    {"rule.schema/missing.failing-example",
     "measures:\n"
     "  - id: snowball\n"
     "    title: Reiselivsklyngen Snowball\n"
     "    priority: naering\n"},
    {"rule.schema/missing.fixed-example",
     "measures:\n"
     "  - id: snowball\n"
     "    title: Reiselivsklyngen Snowball\n"
     "    priority: naering\n"
     "    amount: 400 000\n"},
    {"rule.schema/money.failing-example",
     "administration:\n"
     "  amount: 0,5 mill.\n"},
    {"rule.schema/money.fixed-example",
     "administration:\n"
     "  amount: 500 000\n"},
    {"rule.schema/range.failing-example",
     "period:\n"
     "  from: 2024\n"
     "  to: 2021\n"},
    {"rule.schema/range.fixed-example",
     "period:\n"
     "  from: 2021\n"
     "  to: 2024\n"},
    {"rule.schema/type.failing-example",
     "year: twenty-twentyone\n"},
    {"rule.schema/type.fixed-example",
     "year: 2021\n"},
    {"rule.schema/unknown-key.failing-example",
     "measures:\n"
     "  - id: snowball\n"
     "    amuont: 400 000\n"},
    {"rule.schema/unknown-key.fixed-example",
     "measures:\n"
     "  - id: snowball\n"
     "    amount: 400 000\n"},
    {"rule.schema/version.failing-example",
     "plancheck: 2\n"
     "kind: yearly-plan\n"},
    {"rule.schema/version.fixed-example",
     "plancheck: 1\n"
     "kind: yearly-plan\n"},
    {"rule.share/actual.failing-example",
     "# handlingsplanen: idrett {target: 10, tolerance: 5}; prosjektlisten for 2023 er lukket\n"
     "projects:\n"
     "  - {id: 2023-01, measure: snowball, amount: 400 000, status: completed}\n"
     "  - {id: 2023-02, measure: arrangement-idrett, amount: 200 000, status: paid}   # 30,8 %\n"
     "  - {id: 2023-03, measure: ungdomstiltak, amount: 50 000, status: paid}\n"},
    {"rule.share/actual.fixed-example",
     "# handlingsplanen: idrett {target: 10, tolerance: 5}; prosjektlisten for 2023 er lukket\n"
     "projects:\n"
     "  - {id: 2023-01, measure: snowball, amount: 400 000, status: completed}\n"
     "  - {id: 2023-02, measure: arrangement-idrett, amount: 200 000, status: withdrawn}\n"
     "  - {id: 2023-03, measure: ungdomstiltak, amount: 50 000, status: paid}\n"
     "  - {id: 2023-04, measure: arrangement-idrett, amount: 50 000, status: paid}    # 10 %\n"},
    {"rule.share/period.failing-example",
     "# handlingsplanen: naering {target: 80, tolerance: 5}, periode 2021–2024, alle fire år planlagt\n"
     "# naering: 2 100 000 + 2 200 000 + 2 300 000 + 2 200 000 av 12 000 000 = 73,3 %\n"
     "measures:   # 2024\n"
     "  - {id: snowball, priority: naering, amount: 2 200 000}\n"
     "  - {id: arrangement, priority: idrett, amount: 500 000}\n"},
    {"rule.share/period.fixed-example",
     "# naering: 2 100 000 + 2 200 000 + 2 300 000 + 2 500 000 av 12 000 000 = 75,8 %\n"
     "measures:   # 2024\n"
     "  - {id: snowball, priority: naering, amount: 2 500 000}\n"
     "  - {id: arrangement, priority: idrett, amount: 200 000}\n"},
    {"rule.share/year.failing-example",
     "# handlingsplanen: idrett {target: 10, tolerance: 5}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 2 300 000}\n"
     "  - {id: arrangement, priority: idrett, amount: 600 000}   # 20 %\n"
     "  - {id: ungdom, priority: ovrig, amount: 100 000}\n"},
    {"rule.share/year.fixed-example",
     "# handlingsplanen: idrett {target: 10, tolerance: 5}\n"
     "measures:\n"
     "  - {id: snowball, priority: naering, amount: 2 450 000}\n"
     "  - {id: arrangement, priority: idrett, amount: 300 000}   # 10 %\n"
     "  - {id: ungdom, priority: ovrig, amount: 250 000}\n"},
    {"rule.strategic-issues/missing.failing-example",
     "strategic-issues: []\n"},
    {"rule.strategic-issues/missing.fixed-example",
     "strategic-issues:\n"
     "  - {id: dovrebanen, title: Dobbeltspor på Dovrebanen}\n"
     "  - {id: offentlige-arbeidsplasser, title: Lokalisering av offentlige arbeidsplasser}\n"},
    {"rule.syntax/yaml.failing-example",
     "measures:\n"
     "  - id: snowball\n"
     "\tamount: 400 000\n"},
    {"rule.syntax/yaml.fixed-example",
     "measures:\n"
     "  - id: snowball\n"
     "    amount: 400 000\n"},
};

}  // namespace

std::span<const Entry> examples() { return kEntries; }

}  // namespace plancheck::i18n::nb
