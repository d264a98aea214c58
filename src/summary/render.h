#pragma once
// The summary's output formats: one file each, all rendering the same
// summary model.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "i18n/i18n.h"
#include "summary/summary.h"

namespace plancheck::summary {

/// A rendered summary, or why it could not be made.
struct Rendered {
  std::string bytes;
  /// A binary format's library could not write its scratch file: the system's words.
  std::optional<std::string> error;
};

struct Format {
  std::string_view name;
  std::string_view description;  // one line, English, for --help
  Rendered (*render)(const Summary& summary, const i18n::Language& lang);
  bool binary = false;  // not text: never written to a terminal
};

/// Every summary format, sorted by name.
std::span<const Format> formats();
const Format* find_format(std::string_view name);

std::string render_html(const Summary& summary, const i18n::Language& lang);
std::string render_json(const Summary& summary, const i18n::Language& lang);
std::string render_markdown(const Summary& summary, const i18n::Language& lang);
std::string render_text(const Summary& summary, const i18n::Language& lang);
std::string render_csv(const Summary& summary, const i18n::Language& lang);
/// The Excel workbook (libxlsxwriter, which writes only to a file: a
/// temporary one, read back).
Rendered render_xlsx(const Summary& summary, const i18n::Language& lang);

}  // namespace plancheck::summary
