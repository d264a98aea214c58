// Norwegian Bokmål texts of --help: the program's and every command's
// description, every option's, the footers, and the words of the help layout.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    // The layout's own words (CLI::Formatter's labels).
    {"cli.label.usage", "Bruk"},
    {"cli.label.options", "Valg"},
    {"cli.label.positionals", "Argumenter"},
    {"cli.label.subcommands", "Underkommandoer"},
    {"cli.label.OPTIONS", "VALG"},
    {"cli.label.SUBCOMMAND", "UNDERKOMMANDO"},
    {"cli.label.REQUIRED", "PÅKREVD"},
    {"cli.label.TEXT", "TEKST"},
    {"cli.label.INT", "HELTALL"},
    {"cli.label.UINT", "HELTALL"},
    {"cli.label.Excludes", "Utelukker"},
    {"cli.label.Needs", "Krever"},
    // The names of positional arguments as help shows them.
    {"cli.arg.paths", "stier"},
    {"cli.arg.rule", "regel"},
    {"cli.arg.kind", "type"},
    {"cli.arg.year", "år"},
    {"cli.arg.path", "sti"},
    {"cli.arg.dir", "mappe"},
    {"cli.arg.shell", "skall"},
    // The program.
    {"cli.app", "plancheck: kontroller planene til et interkommunalt politisk råd mot rammen"},
    {"cli.help", "Vis denne hjelpeteksten og avslutt"},
    {"cli.version", "Vis versjonen av programmet og avslutt"},
    {"cli.lang", "Språket i utdataene"},
    {"cli.footer",
     "Avslutningskoder:\n"
     "  0  ingen feil (advarsler og merknader gir ikke feil, unntatt med --strict)\n"
     "  1  minst ett funn som er en feil (en planfil som ikke kan tolkes, er ett)\n"
     "  2  feil bruk, eller en sti som ikke kan leses\n"
     "\n"
     "Språk: --lang nb|en; som standard norsk når LC_ALL, LC_MESSAGES eller LANG\n"
     "begynner med nb, nn eller no, ellers engelsk."},
    {"cli.jobs",
     "Antall tråder som leser planfilene (standard: PLANCHECK_JOBS, ellers inntil én per "
     "prosessor, så mange som datamengden holder i arbeid)"},
    {"cli.verbose",
     "List opp alle YAML-filer som ble latt være (uten planfilmerke, skjult, ...) og hvorfor, "
     "på standard feil"},
    // The commands' one-line summaries (shell completion) and descriptions (--help).
    {"cli.brief.check", "Kontroller planfiler mot rammen"},
    {"cli.brief.rules", "List opp alle regler"},
    {"cli.brief.explain", "Forklar en regel, med et eksempel"},
    {"cli.brief.schema", "Skriv ut JSON-skjemaet for en type planfil"},
    {"cli.brief.summary", "Lag et sammendrag av planene til et rådsmøte"},
    {"cli.brief.diff", "Vis hva en endring gjør med tallene i planene"},
    {"cli.brief.init", "Opprett et nytt planrepositorium fra maler"},
    {"cli.brief.new-year",
     "Lag utkast til budsjett- og tiltaksplan for et år ut fra handlingsplanen og året før"},
    {"cli.brief.completions", "Skriv ut fullføringsskriptet for bash eller zsh"},
    // check
    {"cli.check", "Kontroller planfiler mot rammen"},
    {"cli.check.paths",
     "Filer eller mapper som skal kontrolleres, «-» for standard inn (standard: planroten, funnet "
     "oppover fra gjeldende mappe)"},
    {"cli.check.format",
     "Utdataformat, eller FORMAT=STI for å skrive det til en fil; kan gjentas; «--format list» "
     "lister opp formatene"},
    {"cli.check.color", "Farger i tekstutdataene: auto, always (alltid) eller never (aldri)"},
    {"cli.check.strict", "Advarsler gir også feil (avslutningskode 1)"},
    {"cli.check.quiet", "Tekstutdata: bare sluttlinjen, og ingenting når det ikke er funn"},
    {"cli.check.stdin-filename",
     "Stien som skal vises for planfilen som leses fra standard inn («-»); planroten til stien gir "
     "handlingsplanen"},
    {"cli.metavar.path", "STI"},
    // rules, explain, schema
    {"cli.rules", "List opp alle regler: id, standard alvorlighetsgrad, tittel"},
    {"cli.rules.format", "text, markdown (docs/rules.md) eller json"},
    {"cli.explain", "Forklar en regel, med et eksempel på en plan som bryter den og den samme planen rettet"},
    {"cli.explain.rule", "Id-en til regelen, for eksempel share/year"},
    {"cli.schema", "Skriv ut JSON-skjemaet for en type planfil"},
    {"cli.schema.kind", "frame, yearly-plan eller project-list"},
    // summary
    {"cli.summary", "Lag et sammendrag av planene til et rådsmøte"},
    {"cli.summary.paths",
     "Filer eller mapper som skal leses (standard: planroten, funnet oppover fra gjeldende mappe)"},
    {"cli.summary.year",
     "Budsjettåret sammendraget gjelder, eller «all» for hele perioden år for år (standard: den "
     "nyeste budsjett- og tiltaksplanen)"},
    {"cli.summary.format",
     "text (standard), markdown, html, json, csv (tilsagnene) eller xlsx (en Excel-arbeidsbok; "
     "med --output)"},
    {"cli.summary.output", "Skriv sammendraget til denne filen (atomisk) i stedet for standard utdata"},
    {"cli.summary.frame",
     "Lag sammendrag bare av handlingsplanen med denne id-en (standard: alle handlingsplaner)"},
    {"cli.summary.footer",
     "Avslutningskoder:\n"
     "  0  sammendraget ble skrevet, uansett funn (det viser dem; check er kontrollen)\n"
     "  1  ingen strategisk handlingsplan kunne leses, så det er ingenting å oppsummere\n"
     "  2  feil bruk, en sti som ikke kan leses, eller en --output-fil som ikke kan skrives\n"
     "\n"
     "Språk: --lang nb|en; som standard norsk når LC_ALL, LC_MESSAGES eller LANG\n"
     "begynner med nb, nn eller no, ellers engelsk. Se docs/summary.md."},
    // diff
    {"cli.diff", "Vis hva en endring gjør med tallene i planene"},
    {"cli.diff.paths",
     "GAMMEL NY: plansettene før og etter endringen; med --git stien i arbeidstreet som skal "
     "sammenlignes (standard: .)"},
    {"cli.diff.git",
     "Sammenlign arbeidstreet med denne git-revisjonen (lest gjennom git; ingenting skrives i "
     "repositoriet)"},
    {"cli.metavar.rev", "REV"},
    {"cli.diff.format", "text (standard), markdown eller json"},
    {"cli.diff.output", "Skriv sammenligningen til denne filen (atomisk) i stedet for standard utdata"},
    {"cli.diff.strict", "En advarsel som endringen fører til, gir også feil (avslutningskode 1)"},
    {"cli.diff.footer",
     "Avslutningskoder:\n"
     "  0  endringen fører ikke til noen nye feil (advarsler gir ikke feil, unntatt med --strict)\n"
     "  1  endringen fører til minst én ny feil\n"
     "  2  feil bruk, en sti som ikke kan leses, eller en git-revisjon som ikke kan leses\n"
     "\n"
     "Språk: --lang nb|en; som standard norsk når LC_ALL, LC_MESSAGES eller LANG\n"
     "begynner med nb, nn eller no, ellers engelsk. Se docs/diff.md."},
    // init
    {"cli.init", "Opprett et nytt planrepositorium fra maler"},
    {"cli.init.dir", "Mappen det skal opprettes i (standard: .; opprettes hvis den mangler)"},
    {"cli.init.year", "Første budsjettår i fireårsperioden (standard: i år)"},
    {"cli.init.ci",
     "CI-oppsett som skal skrives: github (en arbeidsflyt som bruker plancheck-handlingen) eller "
     "gitlab (en .gitlab-ci.yml som tar inn plancheck-malen); standard: github"},
    {"cli.init.footer",
     "Skriver en strategisk handlingsplan med kommentarer, budsjett- og tiltaksplanen og\n"
     "prosjektlisten for det første året, en README, CI-oppsettet\n"
     "(.github/workflows/plancheck.yml, eller .gitlab-ci.yml med --ci gitlab) og\n"
     "JSON-skjemaene. I en mappe som har noen av dem fra før (for eksempel en README),\n"
     "legges de som mangler til, og de som ble latt være, listes opp: en fil blir aldri\n"
     "overskrevet.\n"
     "\n"
     "Avslutningskoder:\n"
     "  0  filene som manglet, ble opprettet (eller ingen manglet)\n"
     "  2  feil bruk, eller en fil som ikke kan skrives (da skrives ingenting)"},
    // new-year
    {"cli.new-year",
     "Lag utkast til budsjett- og tiltaksplan for et år ut fra handlingsplanen og året før"},
    {"cli.new-year.year", "Budsjettåret utkastet gjelder, for eksempel 2025"},
    {"cli.new-year.path",
     "Filen som skal skrives, en mappe den skal skrives i, eller - for standard utdata (standard: "
     "ved siden av handlingsplanen)"},
    {"cli.new-year.plans",
     "Planfiler eller mapper som skal leses; kan gjentas (standard: planroten, funnet oppover fra "
     "gjeldende mappe)"},
    {"cli.new-year.frame",
     "Handlingsplanen (den strategiske planen) utkastet gjelder, når planfilene har flere"},
    {"cli.new-year.footer",
     "STI er filen som skal skrives, en mappe den skal skrives i, eller - for standard utdata.\n"
     "Som standard legges utkastet ved siden av planen for året før, med året byttet ut, eller\n"
     "i ÅR/budsjett-og-tiltaksplan-ÅR.yaml ved siden av handlingsplanen. Prosjektlisten for\n"
     "året, åpen og tom, legges ved siden av (med samme navn som året før, eller\n"
     "prosjektliste-ÅR.yaml) hvis året ikke har en fra før. En fil blir aldri overskrevet.\n"
     "\n"
     "Avslutningskoder:\n"
     "  0  utkastet ble skrevet, og kontrollen av det sammen med planfilene fant ingen feil\n"
     "  1  utkastet ble skrevet, men kontrollen fant feil (det er et utkast: rett det)\n"
     "  2  feil bruk: et år utenfor perioden i handlingsplanen eller som alt er planlagt, en\n"
     "     handlingsplan med feil, en fil som finnes fra før eller ikke kan skrives"},
    // completions
    {"cli.completions", "Skriv ut fullføringsskriptet for bash eller zsh"},
    {"cli.completions.shell", "bash eller zsh"},
};

}  // namespace

std::span<const Entry> help() { return kEntries; }

}  // namespace plancheck::i18n::nb
