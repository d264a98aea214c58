// English texts of the YAML typing mistakes (syntax/yaml) and the parser's own messages.

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    {"syntax.colon-in-value",
     "the value of '{key}' contains ': ', which YAML reads as the start of a new key"},
    {"syntax.colon-in-text", "the text contains ': ', which YAML reads as the start of a new key"},
    {"help.quote-text", "put the text in quotes: {suggestion}"},
    {"syntax.unclosed-quote",
     "this quote is not closed, so YAML reads the lines after it as part of the text"},
    {"help.close-quote", "end the text with the same quote: {suggestion}"},
    {"syntax.quote-in-quotes",
     "the text contains the quote it is enclosed in, which ends the text early"},
    {"help.other-quotes", "enclose the text in the other kind of quotes: {suggestion}"},
    {"syntax.text-after-quote", "the text goes on after its closing quote"},
    {"syntax.deeper-indent", "'{key}' is indented deeper than the key on line {line}"},
    {"syntax.uneven-indent",
     "'{key}' starts in column {column}, which lines up with no key above it"},
    {"help.indent-to", "indent it to column {column}, like the key on line {line}"},
    {"syntax.missing-dash", "'{key}' starts a new list item, but its line has no '- '"},
    {"syntax.missing-dash-value", "this line starts a new list item, but has no '- '"},
    {"help.add-dash", "write '- ' before the item's first key: {suggestion}"},
    {"syntax.unclosed-flow", "this '{open}' is never closed"},
    {"help.close-flow", "close it with '{close}' on the same line: {suggestion}"},
    {"help.close-with", "close it with '{close}'"},
    {"syntax.wrong-flow-close", "'{found}' closes the '{open}' of line {line}"},
    {"related.opened-here", "the '{open}' is opened here"},
    {"syntax.missing-space",
     "there is no space after the colon, so YAML reads '{key}:' and what follows as one text, "
     "not as a key and its value"},
    {"help.write", "write: {suggestion}"},
    {"syntax.missing-colon", "the ':' after '{key}' is missing"},
    {"syntax.continuation",
     "this line has no key; a text that goes on from the line before must be indented further "
     "than its key"},
    {"help.continuation",
     "indent the line under '{key}' of line {line} (column {column}), or write the text on one "
     "line in quotes"},

    {"syntax.comma-split",
     "the comma splits the value of '{key}': between braces a comma separates entries, so YAML "
     "reads '{rest}' as a key of its own"},
    {"help.comma-split", "write the value as it was meant: {suggestion}"},
    {"help.comma-split-block",
     "write the value without a comma, or write the map in block style, one key on each line"},
    {"schema.money.written",
     "the amount '{value}' is not written as plan files write amounts: whole kroner in digits, "
     "grouped by spaces"},
    {"help.did-you-mean-value", "did you mean {value}?"},
    {"help.norwegian-choice", "did you mean '{name}'? plan files write '{value}' as '{name}'"},
    // yaml-cpp's messages, when no typing mistake explains them.
    {"syntax.parser.end-of-map",
     "YAML expected a key here: check the indentation and the colons of the lines above"},
    {"syntax.parser.end-of-flow-map", "a '{' is not closed with '}' before this point"},
    {"syntax.parser.end-of-sequence",
     "YAML expected a list item ('- ') here: check the indentation of the lines above"},
    {"syntax.parser.end-of-flow-sequence", "a '[' is not closed with ']' before this point"},
    {"syntax.parser.map-value",
     "a ':' stands where YAML does not allow a key; put the text in quotes, or check the "
     "indentation"},
    {"syntax.parser.map-key", "a key stands where YAML does not allow one; check the indentation"},
    {"syntax.parser.block-entry",
     "a list item ('- ') stands where YAML does not allow one; check the indentation"},
    {"syntax.parser.flow-end", "a ']' or '}' closes nothing"},
    {"syntax.parser.unknown-token",
     "YAML cannot read the text here; check the quotes, brackets and indentation"},
    {"syntax.parser.eof-in-scalar", "the file ends inside a quoted text; a quote is not closed"},
    {"syntax.parser.document-in-scalar", "a '---' or '...' line stands inside a text"},
    {"syntax.parser.character-in-scalar", "this character is not allowed in a text here"},
    {"syntax.parser.escape",
     "an unknown escape after '\\' in double quotes; write '\\\\' for a backslash, or use single "
     "quotes"},
    {"syntax.parser.unicode", "an invalid Unicode escape in double quotes"},
    {"syntax.parser.hex", "an invalid hexadecimal escape in double quotes"},
    {"syntax.parser.anchors", "a value has two anchors ('&')"},
    {"syntax.parser.tags", "a value has two tags ('!')"},
    {"syntax.parser.aliases", "a value has two aliases ('*')"},
    {"syntax.parser.alias-content", "an alias ('*') stands in for a value and cannot have one"},
    {"syntax.parser.alias-name", "an alias ('*') needs a name"},
    {"syntax.parser.anchor-name", "an anchor ('&') needs a name"},
    {"syntax.parser.block-scalar", "the block text ('|' or '>') is written wrongly here"},
    {"syntax.parser.directive", "a YAML directive ('%') is written wrongly"},
    {"syntax.parser.tag", "a YAML tag ('!') is written wrongly"},
};

}  // namespace

std::span<const Entry> syntax() { return kEntries; }

}  // namespace plancheck::i18n::en
