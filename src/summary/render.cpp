#include "summary/render.h"

namespace plancheck::summary {

namespace {

/// A text format as a Format's render function.
template <std::string (*F)(const Summary&, const i18n::Language&)>
Rendered text_format(const Summary& summary, const i18n::Language& lang) {
  return {F(summary, lang), std::nullopt};
}

const Format kFormats[] = {
    {"csv", "the grants as one flat table (RFC 4180), for other programs",
     &text_format<&render_csv>},
    {"html", "one self-contained HTML page with a chart of the shares, for screens and A4 print",
     &text_format<&render_html>},
    {"json", "every figure of the summary, described by schemas/summary.schema.json",
     &text_format<&render_json>},
    {"markdown", "Markdown tables that render on GitHub and GitLab", &text_format<&render_markdown>},
    {"text", "aligned plain text, at most 100 columns, for e-mail and meeting papers (the default)",
     &text_format<&render_text>},
    {"xlsx", "an Excel workbook: a sheet per year, the grants, shares, reserve and commitments",
     &render_xlsx, true},
};

}  // namespace

std::span<const Format> formats() {
  return kFormats;
}

const Format* find_format(std::string_view name) {
  for (const Format& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace plancheck::summary
