#pragma once
// Plain text as Markdown, shared by the summary's and the diff's Markdown.

#include <string>
#include <string_view>

namespace plancheck::summary {

/// Plain text as inline Markdown that shows it literally, on one line:
/// every character Markdown or GitHub would read as markup is escaped.
std::string markdown_text(std::string_view plain);

}  // namespace plancheck::summary
