#include "scaffold/init.h"

#include <filesystem>
#include <stdexcept>
#include <string_view>

#include "base/placeholder.h"
#include "base/platform.h"
#include "model/schema_writer.h"
#include "scaffold/embedded.h"

namespace plancheck::scaffold {

namespace {

/// Where each template goes in the new repository; `__YEAR__` in a path is the first year.
struct Placement {
  std::string_view template_name;
  std::string_view path;
};

constexpr Placement kPlacements[] = {
    {"frame.yaml", "strategisk-handlingsplan.yaml"},
    {"yearly-plan.yaml", "__YEAR__/budsjett-og-tiltaksplan-__YEAR__.yaml"},
    {"project-list.yaml", "__YEAR__/prosjektliste-__YEAR__.yaml"},
    {"README.md", "README.md"},
    {"github-actions.yml", ".github/workflows/plancheck.yml"},
};

std::string_view template_text(std::string_view name) {
  for (const EmbeddedFile& f : embedded_files()) {
    if (f.name == name) return f.content;
  }
  // The build embeds every template named above; a missing one is a build error.
  throw std::logic_error("template not embedded: " + std::string(name));
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

/// `text` with the year placeholders of the templates filled in, and `__FILL_IN__` made the
/// marker placeholder/left looks for.
std::string filled(std::string_view text, int first_year) {
  std::string out(text);
  replace_all(out, "__FILL_IN__", kFillIn);
  replace_all(out, "__FIRST_YEAR__", std::to_string(first_year));
  replace_all(out, "__LAST_YEAR__", std::to_string(first_year + kPeriodYears - 1));
  replace_all(out, "__SECOND_YEAR__", std::to_string(first_year + 1));
  replace_all(out, "__PREVIOUS_YEAR__", std::to_string(first_year - 1));
  replace_all(out, "__YEAR__", std::to_string(first_year));
  return out;
}

std::string joined(const std::string& dir, std::string_view path) {
  return platform::utf8_path((platform::fs_path(dir) / platform::fs_path(path)).lexically_normal());
}

}  // namespace

std::vector<NewFile> repository_files(const std::string& dir, int first_year) {
  std::vector<NewFile> files;
  for (const Placement& p : kPlacements) {
    files.push_back({joined(dir, filled(p.path, first_year)),
                     filled(template_text(p.template_name), first_year)});
  }
  const auto& kinds = model::EnumNames<model::FileKind>::kNames;
  for (size_t i = 0; i < kinds.size(); ++i) {
    files.push_back({joined(dir, "schemas/" + std::string(kinds[i]) + ".schema.json"),
                     model::schema_json(static_cast<model::FileKind>(i))});
  }
  return files;
}

}  // namespace plancheck::scaffold
