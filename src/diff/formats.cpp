// The formats of `plancheck diff`, one file each.

#include "diff/diff.h"

namespace plancheck::diff {

namespace {

constexpr Format kFormats[] = {
    {"json", &render_json},
    {"markdown", &render_markdown},
    {"text", &render_text},
};

}  // namespace

std::span<const Format> formats() { return kFormats; }

const Format* find_format(std::string_view name) {
  for (const Format& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace plancheck::diff
