#pragma once
// The findings of YAML syntax errors: the typing mistake behind a parse
// error, said in the user's words with what to write instead, or else the
// parser's own words, translated.

#include <span>
#include <string_view>

#include "diag/finding.h"
#include "yaml/diagnose.h"
#include "yaml/event_source.h"

namespace plancheck::model {

/// The finding of a mistake yaml::diagnose() or yaml::find_missing_dash() found.
diag::Finding mistake_finding(const source::SourceFile& file, const yaml::Mistake& mistake);

/// The finding of a syntax error: the mistake behind it when one is
/// found, else the parser's message in the catalogue's words.
diag::Finding syntax_finding(const source::SourceFile& file, const yaml::ParseError& error);

/// Every key the plan file kinds know, for telling a key from prose.
std::span<const std::string_view> known_keys();

}  // namespace plancheck::model
