#pragma once
// Explaining YAML typing mistakes: where the parser stopped is often lines
// after the mistake (an unclosed quote) or says nothing a person can act
// on ("illegal map value"). These functions read the source text around
// the parser's position, and the parsed tree, to find the mistake itself
// and what to write instead.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "source/source_file.h"
#include "yaml/tree.h"

namespace plancheck::yaml {

/// A typing mistake, where it is, and the text to write instead.
struct Mistake {
  enum class Kind {
    colon_in_value,     // `title: Mål: vekst`: a ': ' inside a plain value
    unclosed_quote,     // a quote that never closes; `at` is the opening quote
    quote_in_quotes,    // `"Prosjektet "Snowball" starter"`: the inner quote ends the text
    text_after_quote,   // `"Snowball" i Lillehammer`: text goes on after the closing quote
    deeper_indent,      // a key indented deeper than the key before it
    uneven_indent,      // a key whose indentation matches no enclosing block
    missing_dash,       // a list item written without its "- "
    unclosed_flow,      // a `{` or `[` that never closes; `at` is the bracket
    wrong_flow_close,   // `{...]`; `related` is the opening bracket
    missing_space,      // `amount:5`: no space after the colon
    missing_colon,      // `title Næringsutvikling`
    continuation,       // a line of text, not indented under its key
  };
  Kind kind;
  source::Offset at = 0;       // the start of the span the mistake is about
  source::Offset end = 0;      // one past its end (on the same line)
  std::string key;             // the key or word involved, when there is one
  std::string suggestion;      // the line or value as it was probably meant
  uint32_t column = 0;         // the expected column (indentation mistakes)
  uint32_t line = 0;           // a line the help refers to (the sibling key, the opening quote)
  source::Offset related = source::kNoOffset;  // a second place (the opening bracket)
};

/// The mistake that most likely made the parser stop at `error_at`, found
/// in the text up to the line after it; `keys` are the key names plan files
/// use (they tell a key typed without its colon from a line of prose).
std::optional<Mistake> diagnose(const source::SourceFile& file, source::Offset error_at,
                                std::span<const std::string_view> keys);

/// A list item whose "- " was forgotten, which YAML reads without an error
/// as more keys of the item before it: in a map that is an item of a
/// sequence, a key that repeats one of the map's earlier keys starts the
/// item that lost its dash.
std::optional<Mistake> find_missing_dash(const Document& doc);

/// A quote that does not close on its line and runs on over the lines of
/// the keys after it, which YAML reads without an error when a later quote
/// closes it.
std::optional<Mistake> find_runaway_quote(const Document& doc,
                                          std::span<const std::string_view> keys);

/// `text` as a YAML scalar in double quotes, or single quotes when it holds
/// a double quote and no single quote.
std::string quoted_scalar(std::string_view text);

}  // namespace plancheck::yaml
