#pragma once
// The summary's output formats: one file each, all rendering the same
// summary model.

#include <span>
#include <string>
#include <string_view>

#include "i18n/i18n.h"
#include "summary/summary.h"

namespace plancheck::summary {

struct Format {
  std::string_view name;
  std::string_view description;  // one line, English, for --help
  std::string (*render)(const Summary& summary, const i18n::Language& lang);
};

/// Every summary format, sorted by name.
std::span<const Format> formats();
const Format* find_format(std::string_view name);

std::string render_html(const Summary& summary, const i18n::Language& lang);
std::string render_json(const Summary& summary, const i18n::Language& lang);
std::string render_markdown(const Summary& summary, const i18n::Language& lang);
std::string render_text(const Summary& summary, const i18n::Language& lang);

}  // namespace plancheck::summary
