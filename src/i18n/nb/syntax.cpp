// Norwegian Bokmål texts of the YAML typing mistakes (syntax/yaml) and the parser's own messages.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"syntax.colon-in-value",
     "verdien av «{key}» inneholder «: », som YAML leser som starten på en ny nøkkel"},
    {"syntax.colon-in-text", "teksten inneholder «: », som YAML leser som starten på en ny nøkkel"},
    {"help.quote-text", "sett teksten i anførselstegn: {suggestion}"},
    {"syntax.unclosed-quote",
     "anførselstegnet her lukkes ikke, så YAML leser linjene etter som en del av teksten"},
    {"help.close-quote", "avslutt teksten med det samme anførselstegnet: {suggestion}"},
    {"syntax.quote-in-quotes",
     "teksten inneholder det samme anførselstegnet som den står i, og det avslutter teksten for "
     "tidlig"},
    {"help.other-quotes", "sett teksten i den andre typen anførselstegn: {suggestion}"},
    {"syntax.text-after-quote", "teksten fortsetter etter det avsluttende anførselstegnet"},
    {"syntax.deeper-indent", "«{key}» er rykket lenger inn enn nøkkelen på linje {line}"},
    {"syntax.uneven-indent",
     "«{key}» begynner i kolonne {column}, og det stemmer ikke med noen nøkkel over"},
    {"help.indent-to", "rykk den inn til kolonne {column}, som nøkkelen på linje {line}"},
    {"syntax.missing-dash", "«{key}» begynner et nytt element i listen, men linjen mangler «- »"},
    {"syntax.missing-dash-value", "linjen begynner et nytt element i listen, men mangler «- »"},
    {"help.add-dash", "skriv «- » foran elementets første nøkkel: {suggestion}"},
    {"syntax.unclosed-flow", "denne «{open}» lukkes aldri"},
    {"help.close-flow", "lukk den med «{close}» på samme linje: {suggestion}"},
    {"help.close-with", "lukk den med «{close}»"},
    {"syntax.wrong-flow-close", "«{found}» lukker «{open}» fra linje {line}"},
    {"related.opened-here", "«{open}» åpnes her"},
    {"syntax.missing-space",
     "det står ikke mellomrom etter kolon, så YAML leser «{key}:» og det som følger som én tekst, "
     "ikke som en nøkkel med verdi"},
    {"help.write", "skriv: {suggestion}"},
    {"syntax.missing-colon", "kolon mangler etter «{key}»"},
    {"syntax.continuation",
     "linjen har ingen nøkkel; en tekst som fortsetter fra linjen over, må rykkes lenger inn enn "
     "nøkkelen sin"},
    {"help.continuation",
     "rykk linjen inn under «{key}» på linje {line} (kolonne {column}), eller skriv teksten på én "
     "linje i anførselstegn"},

    {"syntax.comma-split",
     "kommaet deler verdien av «{key}»: mellom krøllparenteser skiller et komma oppføringene, så "
     "YAML leser «{rest}» som en egen nøkkel"},
    {"help.comma-split", "skriv verdien slik den var ment: {suggestion}"},
    {"help.comma-split-block",
     "skriv verdien uten komma, eller skriv oppføringene under hverandre, én nøkkel på hver linje"},
    {"schema.money.written",
     "beløpet «{value}» er ikke skrevet slik planfilene skriver beløp: hele kroner med sifre, "
     "gruppert med mellomrom"},
    {"help.did-you-mean-value", "mente du {value}?"},
    {"help.norwegian-choice", "mente du «{name}»? planfilene skriver «{value}» som «{name}»"},
    {"syntax.parser.end-of-map",
     "YAML forventer en nøkkel her: se etter innrykk og kolon på linjene over"},
    {"syntax.parser.end-of-flow-map", "en «{» er ikke lukket med «}» før dette stedet"},
    {"syntax.parser.end-of-sequence",
     "YAML forventer et listeelement («- ») her: se etter innrykket på linjene over"},
    {"syntax.parser.end-of-flow-sequence", "en «[» er ikke lukket med «]» før dette stedet"},
    {"syntax.parser.map-value",
     "et kolon står der YAML ikke tillater en nøkkel; sett teksten i anførselstegn, eller se "
     "etter innrykket"},
    {"syntax.parser.map-key", "en nøkkel står der YAML ikke tillater det; se etter innrykket"},
    {"syntax.parser.block-entry",
     "et listeelement («- ») står der YAML ikke tillater det; se etter innrykket"},
    {"syntax.parser.flow-end", "en «]» eller «}» lukker ingenting"},
    {"syntax.parser.unknown-token",
     "YAML kan ikke lese teksten her; se etter anførselstegn, klammer og innrykk"},
    {"syntax.parser.eof-in-scalar",
     "filen slutter inne i en tekst i anførselstegn; et anførselstegn er ikke lukket"},
    {"syntax.parser.document-in-scalar", "en linje med «---» eller «...» står inne i en tekst"},
    {"syntax.parser.character-in-scalar", "dette tegnet er ikke tillatt i en tekst her"},
    {"syntax.parser.escape",
     "ukjent escape-sekvens etter «\\» i doble anførselstegn; skriv «\\\\» for en omvendt "
     "skråstrek, eller bruk enkle anførselstegn"},
    {"syntax.parser.unicode", "ugyldig Unicode-escape i doble anførselstegn"},
    {"syntax.parser.hex", "ugyldig heksadesimal escape i doble anførselstegn"},
    {"syntax.parser.anchors", "en verdi har to ankere («&»)"},
    {"syntax.parser.tags", "en verdi har to tagger («!»)"},
    {"syntax.parser.aliases", "en verdi har to alias («*»)"},
    {"syntax.parser.alias-content", "et alias («*») står for en verdi og kan ikke selv ha en"},
    {"syntax.parser.alias-name", "et alias («*») må ha et navn"},
    {"syntax.parser.anchor-name", "et anker («&») må ha et navn"},
    {"syntax.parser.block-scalar", "blokkteksten («|» eller «>») er skrevet feil her"},
    {"syntax.parser.directive", "et YAML-direktiv («%») er skrevet feil"},
    {"syntax.parser.tag", "en YAML-tagg («!») er skrevet feil"},
};

}  // namespace

std::span<const Entry> syntax() { return kEntries; }

}  // namespace plancheck::i18n::nb
