#!/usr/bin/python3
"""Generates a valid plan repository of any size for benchmarks and tests.

    generate.py --councils C --years Y --projects P --out DIR [--seed S] [--no-planted]

writes C councils, each with one frame (strategic plan) whose period is the
Y budget years ending in 2024, and per council and year one yearly plan and
one project list of P grants:

    DIR/<council>/strategisk-handlingsplan-<from>-<to>.yaml
    DIR/<council>/<year>/budsjett-og-tiltaksplan-<year>.yaml
    DIR/<council>/<year>/prosjektliste-<year>.yaml

and DIR/planted.json, the findings planted on purpose (see below). The
output depends only on the arguments: a fixed seed, no clock, and council
number i is the same in every set that has it, so a smaller set is a
prefix of a larger one with the same years and projects.

Every council follows the Lillehammer example (examples/lillehammer): the
partnership funds of 3 500 000 kr a year (2 500 000 from the county,
1 000 000 from the municipalities) are the whole partner income; the
administration stays within its frame of 500 000; measures and reserve
take up the income but for less than 2 % (budget/unallocated warns at 5 %);
the priorities get 80 / 10 / 10 % of the measure funds, inside their bands
of +/- 5 points, the reserve counting toward "ovrig"; the regional
marketer's commitment is funded with 350 000 in its two years and not
after; business-development measures name a focus area of the business
plan and, when someone other than the council's own unit carries them, a
justification; every grant stays within its measure (or the reserve, with
a goal contribution), is decided inside its year, and the next year's
carried-over funds are exactly what the year left: income minus
administration minus the grants not withdrawn. All years but the last have
closed project lists.

Planted findings (all in the first council, so that every size has them;
the second and third need two and three years, the rest one):

  year 1  schema/unknown-key  a grant with `descripton:` (did you mean `description`)
  year 1  budget/overrun      measures + reserve + administration exceed income by 40 000
  year 2  id/duplicate        a grant reuses the id of the first grant of year 1
  year 2  ref/measure         a grant names the measure `ungdomstiltk`, which does not exist
  year 2  period/date-outside a grant decided in December of the year before
  year 3  project/overdrawn   the grants on one measure exceed its amount by 25 000
  year 3  reserve/justification  a grant on the reserve without goal-contribution

planted.json lists them as {"rule", "files", "line", "column"}: `files`
are the paths (relative to DIR) where the finding may be reported, and
`line`/`column` are given where the location is certain (loader and link
findings, budget/overrun); for the other rules the choice of key is the
rule's own.

--no-planted writes a set of the same shape without them (everything valid).
"""

import argparse
import json
import os
import random
import sys

# --- Names ---------------------------------------------------------------

# Regions of Norway that have (or could have) an inter-municipal political
# council, with the short code used in ids.
REGIONS = [
    ("Gjøvikregionen", "GJR"), ("Hadeland", "HAD"), ("Valdres", "VAL"),
    ("Nord-Gudbrandsdal", "NGD"), ("Midt-Gudbrandsdal", "MGD"), ("Hamarregionen", "HAM"),
    ("Kongsvingerregionen", "KVR"), ("Sør-Østerdal", "SØD"), ("Nord-Østerdal", "NØD"),
    ("Glåmdalen", "GLÅ"), ("Hallingdal", "HAL"), ("Kongsbergregionen", "KBR"),
    ("Vest-Telemark", "VTE"), ("Midt-Telemark", "MTE"), ("Grenland", "GRE"),
    ("Setesdal", "SET"), ("Lister", "LIS"), ("Østre Agder", "ØAG"),
    ("Haugalandet", "HAU"), ("Sunnhordland", "SHO"), ("Hardanger", "HAR"),
    ("Voss og omland", "VOS"), ("Sogn", "SOG"), ("Nordfjord", "NFJ"),
    ("Sunnfjord", "SFJ"), ("Sunnmøre", "SMØ"), ("Romsdal", "ROM"),
    ("Nordmøre", "NMØ"), ("Namdal", "NAM"), ("Innherred", "INN"),
    ("Fosen", "FOS"), ("Trondheimsregionen", "TRR"), ("Orkdalsregionen", "ORK"),
    ("Værnesregionen", "VÆR"), ("Helgeland", "HEL"), ("Salten", "SAL"),
    ("Lofoten", "LOF"), ("Vesterålen", "VES"), ("Ofoten", "OFO"),
    ("Midt-Troms", "MTR"), ("Nord-Troms", "NTR"), ("Vest-Finnmark", "VFI"),
    ("Øst-Finnmark", "ØFI"), ("Indre Østfold", "IØS"), ("Follo", "FOL"),
    ("Romerike", "ROR"), ("Ringeriksregionen", "RIN"), ("Vestfold", "VEF"),
    ("Jæren", "JÆR"), ("Dalane", "DAL"), ("Ryfylke", "RYF"),
    ("Nordhordland", "NHO"), ("Vest", "VST"), ("Hålogaland", "HÅL"),
    ("Tromsøregionen", "TRO"), ("Nord-Gudbrandsdal og Dovre", "NGO"), ("Solør", "SOL"),
    ("Fjellregionen", "FJE"), ("Numedal", "NUM"), ("Kvinesdal og Sirdal", "KSI"),
    ("Ytre Helgeland", "YHE"), ("Indre Helgeland", "IHE"), ("Rana", "RAN"),
    ("Midt-Finnmark", "MFI"), ("Øst-Telemark", "ØTE"), ("Alta og omland", "ALT"),
]

# Place names for applicants and titles (municipalities and villages).
PLACES = [
    "Vang", "Vestre Slidre", "Øystre Slidre", "Nord-Aurdal", "Sør-Aurdal", "Etnedal", "Gran",
    "Lunner", "Jevnaker", "Gjøvik", "Østre Toten", "Vestre Toten", "Søndre Land", "Nordre Land",
    "Lom", "Skjåk", "Vågå", "Sel", "Dovre", "Lesja", "Ringebu", "Sør-Fron", "Nord-Fron", "Stange",
    "Løten", "Hamar", "Ringsaker", "Eidskog", "Grue", "Åsnes", "Våler", "Elverum", "Trysil",
    "Åmot", "Stor-Elvdal", "Rendalen", "Tynset", "Alvdal", "Folldal", "Os", "Tolga", "Gol",
    "Hemsedal", "Ål", "Hol", "Nesbyen", "Flå", "Flesberg", "Rollag", "Nore og Uvdal", "Tinn",
    "Vinje", "Seljord", "Kviteseid", "Fyresdal", "Tokke", "Bø", "Sauherad", "Notodden",
    "Bykle", "Valle", "Bygland", "Evje", "Flekkefjord", "Farsund", "Lyngdal", "Sauda", "Etne",
    "Stord", "Bømlo", "Odda", "Ulvik", "Eidfjord", "Voss", "Aurland", "Lærdal", "Årdal",
    "Stryn", "Gloppen", "Førde", "Sunndal", "Surnadal", "Rauma", "Molde", "Aure", "Grong",
    "Namsos", "Levanger", "Verdal", "Ørland", "Oppdal", "Rennebu", "Meråker", "Stjørdal",
    "Mosjøen", "Sandnessjøen", "Bodø", "Fauske", "Vågan", "Vestvågøy", "Sortland", "Narvik",
    "Bardu", "Målselv", "Skjervøy", "Alta", "Vadsø", "Mysen", "Ski", "Nittedal", "Hønefoss",
]

APPLICANT_KINDS = [
    "IL", "Skiklubb", "Turlag", "Næringsforum", "Ungdomsråd", "Reiseliv AS", "Bondelag",
    "Historielag", "Musikkorps", "Næringshage AS", "Kulturhus", "frivilligsentral",
    "Idrettsråd", "Sykkelklubb", "Gründerhus", "Bygdeutvikling AS", "Mat og Drikke SA",
]

# --- The frame --------------------------------------------------------------

FOCUS_BUSINESS = [
    ("baerekraft", "Bærekraftig næringsliv som konkurransefortrinn"),
    ("fremtidens-naeringsliv", "Fremtidens næringsliv"),
    ("tilrettelegger", "Regionens rolle som tilrettelegger og utviklingsaktør"),
    ("kompetanse-og-samarbeid", "Kompetanse og samarbeid"),
    ("fritidsboliger", "Regionen som sentrum for fritidsboliger"),
    ("regional-utvikling", "Regional utvikling"),
]
FOCUS_COUNTY = [
    ("innbyggere", "Innbyggere"), ("innovasjon", "Innovasjon"),
    ("inkludering", "Inkludering"), ("infrastruktur", "Infrastruktur"),
]

# Measures of every yearly plan: id, title, priority, focus areas, external
# responsible (None: the council's own unit), weight within the priority,
# and the stems of the titles of its grants.
MEASURES = [
    ("reiseliv", "Reiselivsutvikling og felles markedsføring", "naering",
     ["fremtidens-naeringsliv"], None, 5,
     ["Vinterpakker", "Sommerkampanje", "Nettbooking", "Vertskapskurs", "Visningsreise"]),
    ("arrangement-kultur", "Arrangementsstøtte, reiselivs- og kulturarrangement", "naering",
     ["fremtidens-naeringsliv"], None, 4,
     ["Festival", "Konsertserie", "Marknad", "Kulturdager", "Bygdedager"]),
    ("strategiske-saker", "Arbeid med store strategiske saker", "naering",
     ["tilrettelegger", "regional-utvikling"], None, 2,
     ["Utredning veg", "Jernbaneanalyse", "Arbeidsplasser", "Bredbåndsplan"]),
    ("markedsforer", "Regionmarkedsfører, rådets halvpart", "naering",
     ["tilrettelegger", "regional-utvikling"], None, 0, ["Regionmarkedsfører"]),
    ("baerekraftig-reisemal", "Bærekraftig reisemål og grønn omstilling", "naering",
     ["baerekraft"], None, 4, ["Klimaregnskap", "Grønn omstilling", "Sirkulær drift"]),
    ("innovasjon", "Innovasjon, nyetablering og gründerstøtte", "naering",
     ["fremtidens-naeringsliv"], None, 6,
     ["Etablererstøtte", "Produktutvikling", "Forstudie", "Markedsanalyse", "Prototype"]),
    ("kompetanse", "Kompetanseløft og rekruttering", "naering", ["kompetanse-og-samarbeid"],
     "Høgskolen i Innlandet", 3, ["Traineeordning", "Kompetansemegling", "Lærlingløft"]),
    ("fritidsboliger", "Fritidsboliger og deltidsinnbyggere", "naering", ["fritidsboliger"],
     None, 2, ["Hytteeierdialog", "Deltidsinnbyggere", "Lokale tjenester"]),
    ("sentrum", "Attraktive sentra og bostedsutvikling", "naering", ["regional-utvikling"],
     "Kommunene i regionen", 3, ["Stedsutvikling", "Sentrumsplan", "Bolyst"]),
    ("landbruk", "Lokalmat og landbruksbasert næring", "naering",
     ["fremtidens-naeringsliv", "baerekraft"], "Bondelagene i regionen", 3,
     ["Lokalmatprosjekt", "Gårdsutsalg", "Matfestival"]),
    ("arrangement-idrett", "Arrangementsstøtte, idrettsarrangement", "idrett", ["innbyggere"],
     None, 5, ["Regionsmesterskap", "Cup", "Turrenn", "Stevne"]),
    ("idrett-kompetanse", "Kompetanse til klubber og skoler", "idrett",
     ["innbyggere", "inkludering"], "Idrettsrådene i regionen", 2, ["Trenerkurs", "Dommerkurs"]),
    ("ungdomstiltak", "Regionale ungdomstiltak", "ovrig", ["inkludering", "innbyggere"],
     "Ungdomsrådene i regionen", 1, ["Ungdomsfestival", "Sommerjobb", "Ungdomskafé"]),
]

# The measures under the business-development priority.
BUSINESS_MEASURES = {m[0] for m in MEASURES if m[2] == "naering"}
COMMITMENT_MEASURE = "markedsforer"
COMMITMENT_AMOUNT = 350_000
SHARES = {"naering": (80, 100), "idrett": (10, 100)}  # ovrig takes the rest
PARTNERS = [("fylket", 2_500_000), ("kommunene", 1_000_000)]
INCOME = sum(amount for _, amount in PARTNERS)
RESERVE_STEMS = ["Mulighetsstudie", "Pilot", "Ungdomsprosjekt", "Samarbeidsprosjekt"]
# Council meetings of a year that decide grants: (month, day).
MEETINGS = [(2, 10), (3, 17), (4, 21), (6, 9), (9, 15), (10, 20), (12, 1)]


def money(kroner):
    """Whole kroner with spaces between groups, as the example writes them."""
    return "{:,}".format(kroner).replace(",", " ")


def council_of(index):
    """Name, short code and slug of council number `index` (0-based)."""
    name, code = REGIONS[index % len(REGIONS)]
    round_ = index // len(REGIONS)
    if round_:
        name, code = "%s %d" % (name, round_ + 1), "%s%d" % (code, round_ + 1)
    slug = name.lower().replace(" ", "-")
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a")):
        slug = slug.replace(a, b)
    return name, code, slug


class File:
    """Lines of one YAML file, remembering where planted findings stand."""

    def __init__(self, path):
        self.path = path
        self.lines = []

    def add(self, text):
        self.lines.append(text)
        return len(self.lines)  # the 1-based line just written

    def write(self, root):
        full = os.path.join(root, self.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines) + "\n")


def frame_file(c, years):
    first, last = years[0], years[-1]
    f = File(os.path.join(c.slug, "strategisk-handlingsplan-%d-%d.yaml" % (first, last)))
    add = f.add
    add("# yaml-language-server: $schema=../../schemas/frame.schema.json")
    add("# Generated by bench/generate.py (seed %d); modelled on examples/lillehammer." % c.seed)
    add("plancheck: 1")
    add("kind: frame")
    add("id: %s" % c.frame_id)
    add("title: Strategisk handlingsplan %d–%d" % (first, last))
    add("council:")
    add("  name: %s interkommunale politiske råd" % c.name)
    add("  short-name: %sIPR" % c.code)
    add("  established: 2019-12")
    add("  members:")
    for place in c.places:
        add("    - {role: ordfører, organisation: %s kommune, count: 1}" % place)
        add("    - {role: opposisjonsrepresentant, organisation: %s kommune, count: 1}" % place)
    add("    - {role: politiker, organisation: Fylkeskommunen, count: 2}")
    add("  attending:")
    add("    - {role: regionkoordinator, organisation: %s}" % c.unit_name)
    add("  business-unit:")
    add("    id: %s" % c.unit)
    add("    name: %s" % c.unit_name)
    add("    staff:")
    add("      - {role: næringsutvikler, count: %d}" % c.rng.randint(2, 5))
    add("      - {role: regionkoordinator, count: 1}")
    add("period:")
    add("  from: %d" % first)
    add("  to: %d" % last)
    add("goal: >-")
    add("  Rådet skal bidra til å videreutvikle %s som et attraktivt sted både" % c.name)
    add("  å bo, besøke, arbeide og drive næringsvirksomhet.")
    add("anchoring:")
    add("  - id: naeringsplan")
    add("    title: Strategisk næringsplan for %s" % c.name)
    add("    main: true")
    add("    focus-areas:")
    for fid, title in FOCUS_BUSINESS:
        add("      - {id: %s, title: %s}" % (fid, title))
    add("  - id: fylkesstrategien")
    add("    title: Regional planstrategi for fylket")
    add("    focus-areas:")
    for fid, title in FOCUS_COUNTY:
        add("      - {id: %s, title: %s}" % (fid, title))
    add("priorities:")
    add("  - id: naering")
    add("    title: Realisere strategisk næringsplan")
    add("    business-development: true")
    add("    anchored-in: naeringsplan")
    add("    share: {target: 80, tolerance: 5}")
    add("  - id: idrett")
    add("    title: Videreutvikle idrettsregionen")
    add("    share: {target: 10, tolerance: 5}")
    add("  - id: ovrig")
    add("    title: Øvrige tiltak")
    add("    share: {target: 10, tolerance: 5}")
    add("reserve:")
    add("  title: Ramme for uforutsette muligheter og særlig gode initiativ")
    add("  min: 100 000")
    add("  max: 500 000")
    add("  counts-toward: ovrig")
    add("funding:")
    add("  partners:")
    add("    - {id: fylket, name: Fylkeskommunen, amount: %s}" % money(PARTNERS[0][1]))
    add("    - {id: kommunene, name: Kommunene i %s, amount: %s}" % (c.name, money(PARTNERS[1][1])))
    add("  administration:")
    add("    max: 500 000")
    add("  expected-measure-funds: 3 000 000")
    add("commitments:")
    add("  - id: regionmarkedsforer")
    add("    title: Regionmarkedsfører, finansiert 50/50 med vertskommunen")
    add("    from: %d" % first)
    add("    to: %d" % min(first + 1, last))
    add("    amount: %s" % money(COMMITMENT_AMOUNT))
    add("rules:")
    add("  budget/unallocated: {threshold: 5}")
    return f


def split(total, weights, rng, step=1000):
    """`total` split by `weights` into multiples of `step` that add up to it."""
    wsum = sum(weights)
    parts = [total * w // wsum // step * step for w in weights]
    parts[rng.randrange(len(parts))] += total - sum(parts)
    return parts


def allocate(rng, income, commitment_year, planted_overrun):
    """Administration, reserve and per-measure amounts of one year."""
    admin = rng.randrange(440, 501, 10) * 1000
    spare = 0 if planted_overrun else rng.randrange(0, income // 50 // 1000) * 1000
    funds = income - admin - spare  # measures + reserve
    reserve = rng.randrange(12, 21) * 10_000
    totals = {p: funds * num // den // 1000 * 1000 for p, (num, den) in SHARES.items()}
    totals["ovrig"] = funds - sum(totals.values()) - reserve
    amounts = {}
    for prio, total in totals.items():
        measures = [m for m in MEASURES if m[2] == prio and m[0] != COMMITMENT_MEASURE]
        if prio == "naering" and commitment_year:
            total -= COMMITMENT_AMOUNT
            amounts[COMMITMENT_MEASURE] = COMMITMENT_AMOUNT
        for m, amount in zip(measures, split(total, [m[5] for m in measures], rng)):
            amounts[m[0]] = amount
    if planted_overrun:
        amounts["innovasjon"] += 40_000
    return admin, reserve, amounts


def plan_file(c, year, carried, marks, planted):
    rng = c.rng
    f = File(os.path.join(c.slug, str(year), "budsjett-og-tiltaksplan-%d.yaml" % year))
    add = f.add
    income = INCOME + carried
    commitment_year = year <= c.commitment_to
    overrun = "overrun" in marks
    admin, reserve, amounts = allocate(rng, income, commitment_year, overrun)
    add("# yaml-language-server: $schema=../../../schemas/yearly-plan.schema.json")
    add("plancheck: 1")
    add("kind: yearly-plan")
    add("frame: %s" % c.frame_id)
    add("year: %d" % year)
    add("title: Budsjett- og tiltaksplan %d" % year)
    # The adoption's case numbers (500 and up) are apart from the grants' (from 3 up, one a grant):
    # one case number is one decision, with one date (decision/case-dates).
    add('adopted: {case: "PS %d/%02d", date: %d-12-%02d}' % (500 + rng.randint(40, 60), (year - 1) % 100,
                                                             year - 1, rng.randint(5, 15)))
    add("income:")
    add("  partners:")
    for pid, amount in PARTNERS:
        add("    - {partner: %s, amount: %s}" % (pid, money(amount)))
    add("  carried-over: %s" % money(carried))
    add("administration:")
    add("  amount: %s" % money(admin))
    line = add("measures:")
    if overrun:
        planted.append({"rule": "budget/overrun", "files": [f.path], "line": line, "column": 1})
    for mid, title, prio, areas, external, _, _ in MEASURES:
        if mid not in amounts:
            continue
        add("  - id: %s" % mid)
        add("    title: %s" % title)
        add("    priority: %s" % prio)
        add("    focus-areas: [%s]" % ", ".join(areas))
        add("    responsible: %s" % (external or c.unit))
        if external and prio == "naering":
            add("    justification: >-")
            add("      Tiltaket støtter opp under ambisjonene i næringsplanen for %s." % c.name)
        add("    amount: %s" % money(amounts[mid]))
        if mid == COMMITMENT_MEASURE:
            add("    commitment: regionmarkedsforer")
    add("reserve:")
    add("  amount: %s" % money(reserve))
    add("strategic-issues:")
    add("  - {id: samferdsel, title: Veg og jernbane gjennom regionen}")
    add("  - {id: arbeidsplasser, title: Lokalisering av offentlige arbeidsplasser}")
    return f, income, admin, reserve, amounts


def grant_amounts(rng, budget, count, use):
    """`count` grant amounts (multiples of 1 000, at least 1 000) using about `use` % of `budget`."""
    count = max(1, min(count, budget // 1000))
    target = budget * use // 100 // 1000
    weights = [rng.randint(1, 6) for _ in range(count)]
    wsum = sum(weights)
    amounts = [max(1, target * w // wsum) * 1000 for w in weights]
    while sum(amounts) > budget:
        amounts[amounts.index(max(amounts))] -= 1000
    return amounts


def list_file(c, year, last_year, amounts, reserve, marks, planted):
    """The project list; returns it and the sum of the grants not withdrawn."""
    rng = c.rng
    f = File(os.path.join(c.slug, str(year), "prosjektliste-%d.yaml" % year))
    plan_path = os.path.join(c.slug, str(year), "budsjett-og-tiltaksplan-%d.yaml" % year)
    add = f.add
    closed = year != last_year
    add("# yaml-language-server: $schema=../../../schemas/project-list.schema.json")
    add("plancheck: 1")
    add("kind: project-list")
    add("frame: %s" % c.frame_id)
    add("year: %d" % year)
    add("status: %s" % ("closed" if closed else "open"))
    add("projects:")

    # Which budget each grant draws on: the commitment measure gets one
    # grant, the reserve about 3 %, the other measures by their amounts.
    total = c.projects
    draws = []
    if COMMITMENT_MEASURE in amounts:
        draws.append((COMMITMENT_MEASURE, [amounts[COMMITMENT_MEASURE]]))
    reserve_count = max(1, total * 3 // 100)
    others = [m for m in amounts if m != COMMITMENT_MEASURE]
    rest = total - reserve_count - len(draws)
    counts = split(rest, [amounts[m] for m in others], rng, step=1)
    for m, n in zip(others, counts):
        if n > 0:
            draws.append((m, grant_amounts(rng, amounts[m], n, rng.randint(90, 100))))
    draws.append(("reserve", grant_amounts(rng, reserve, reserve_count, rng.randint(80, 100))))
    overdrawn = None
    if "overdrawn" in marks:
        overdrawn, grants = next(d for d in draws if d[0] not in (COMMITMENT_MEASURE, "reserve"))
        grants[-1] += amounts[overdrawn] - sum(grants) + 25_000
    grants = [(m, a) for m, amounts_ in draws for a in amounts_]
    rng.shuffle(grants)
    # The grants that may carry a planted finding are never withdrawn (they must count).
    special = {2, 3, len(grants)}
    if "justification" in marks:
        special.add(1 + next(i for i, g in enumerate(grants) if g[0] == "reserve"))

    granted = 0
    yy = year % 100
    case = rng.randint(2, 6)
    for n, (measure, amount) in enumerate(grants, start=1):
        pid = "%s-%02d-%04d" % (c.code, yy, n)
        if n == 1:
            c.first_grant_ids[year] = pid
        meeting = MEETINGS[(n - 1) * len(MEETINGS) // len(grants)]
        date = "%d-%02d-%02d" % (year, meeting[0], meeting[1])
        case += 1
        place = rng.choice(c.places)
        stems = RESERVE_STEMS if measure == "reserve" else next(
            m[6] for m in MEASURES if m[0] == measure)
        title = "%s %s" % (rng.choice(stems), place)
        applicant = "%s %s" % (place, rng.choice(APPLICANT_KINDS))
        roll = rng.random()
        can_withdraw = n not in special and measure not in (COMMITMENT_MEASURE, overdrawn)
        if roll < 0.02 and can_withdraw:
            status = "withdrawn"
        elif closed:
            status = "completed" if roll < 0.95 else "paid"
        else:
            status = "paid" if roll < 0.4 else "granted"
        if status != "withdrawn":
            granted += amount

        if "duplicate" in marks and n == len(grants):
            line = add("  - id: %s" % c.first_grant_ids[year - 1])
            planted.append({"rule": "id/duplicate", "files": [f.path], "line": line, "column": 9})
        else:
            add("  - id: %s" % pid)
        add("    title: %s" % title)
        add("    applicant: %s" % applicant)
        if "ref" in marks and n == 2:
            line = add("    measure: ungdomstiltk")
            planted.append({"rule": "ref/measure", "files": [f.path], "line": line, "column": 14})
        else:
            add("    measure: %s" % measure)
        add("    amount: %s" % money(amount))
        if "date" in marks and n == 3:
            date = "%d-12-%02d" % (year - 1, rng.randint(5, 15))
            planted.append({"rule": "period/date-outside", "files": [f.path]})
        add('    decision: {case: "PS %d/%02d", date: %s}' % (case, yy, date))
        add("    status: %s" % status)
        if measure in BUSINESS_MEASURES:
            # Grants led by others say how they support the business plan
            # (anchor/project-justification); every third is the council's own unit's.
            if n % 3 == 0:
                add("    responsible: %s" % c.unit)
            else:
                add("    justification: Styrker næringslivet i %s, jf. næringsplanen." % place)
        if measure == "reserve":
            if "justification" in marks and n in special:
                marks.discard("justification")
                planted.append({"rule": "reserve/justification", "files": [f.path]})
            else:
                add("    goal-contribution: Styrker %s som et attraktivt sted å bo." % c.name)
        if "typo" in marks and n == 3:
            line = add("    descripton: Planlagt i samarbeid med nabokommunene.")
            planted.append({"rule": "schema/unknown-key", "files": [f.path], "line": line,
                            "column": 5})
    if overdrawn:
        planted.append({"rule": "project/overdrawn", "files": [f.path, plan_path]})
    return f, granted


class Council:
    """One council: its names and ids, and the random numbers all its files draw from."""

    def __init__(self, index, seed, projects, years):
        self.name, self.code, self.slug = council_of(index)
        self.seed = seed
        self.rng = random.Random("%d/%d" % (seed, index))
        self.places = self.rng.sample(PLACES, self.rng.randint(3, 5))
        self.unit = "%sV" % self.code
        self.unit_name = "%s Vekst" % self.name
        self.frame_id = "%s-%d-%d" % (self.slug, years[0], years[-1])
        self.commitment_to = min(years[0] + 1, years[-1])
        self.projects = projects
        self.first_grant_ids = {}


PLANTED = {0: ["typo", "overrun"], 1: ["duplicate", "ref", "date"], 2: ["overdrawn", "justification"]}


def generate(out, councils, years_count, projects, seed, planted_on):
    years = list(range(2025 - years_count, 2025))
    planted = []
    for index in range(councils):
        c = Council(index, seed, projects, years)
        frame_file(c, years).write(out)
        carried = 0
        for i, year in enumerate(years):
            marks = set(PLANTED.get(i, [])) if planted_on and index == 0 else set()
            plan, income, admin, reserve, amounts = plan_file(c, year, carried, marks, planted)
            plan.write(out)
            grants, granted = list_file(c, year, years[-1], amounts, reserve, marks, planted)
            grants.write(out)
            carried = income - admin - granted
            if carried < 0:
                sys.exit("generate.py: internal error: year %d of %s overspent" % (year, c.name))
    with open(os.path.join(out, "planted.json"), "w", encoding="utf-8") as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--councils", type=int, default=1)
    ap.add_argument("--years", type=int, default=4)
    ap.add_argument("--projects", type=int, default=250, help="grants per council and year")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--no-planted", action="store_true", help="write no planted findings")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.councils < 1 or not 1 <= a.years <= 100 or a.projects < 20:
        ap.error("need at least 1 council, 1 to 100 years and 20 projects per council-year")
    os.makedirs(a.out, exist_ok=True)
    generate(a.out, a.councils, a.years, a.projects, a.seed, not a.no_planted)


if __name__ == "__main__":
    main()
