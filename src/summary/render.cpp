#include "summary/render.h"

namespace plancheck::summary {

namespace {

const Format kFormats[] = {
    {"html", "one self-contained HTML page with a chart of the shares, for screens and A4 print",
     &render_html},
    {"json", "every figure of the summary, described by schemas/summary.schema.json", &render_json},
    {"markdown", "Markdown tables that render on GitHub and GitLab", &render_markdown},
    {"text", "aligned plain text, at most 100 columns, for e-mail and meeting papers (the default)",
     &render_text},
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
