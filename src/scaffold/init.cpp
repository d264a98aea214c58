#include "scaffold/init.h"

#include <filesystem>
#include <stdexcept>
#include <string_view>

#include "base/placeholder.h"
#include "base/platform.h"
#include "i18n/i18n.h"
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
};

/// The CI set-up per service, and the service's name in the README.
struct CiPlacement {
  Ci ci;
  Placement placement;
  std::string_view service;
};

constexpr CiPlacement kCiPlacements[] = {
    {Ci::github, {"github-workflow.yml", ".github/workflows/plancheck.yml"}, "GitHub"},
    {Ci::gitlab, {"gitlab-ci.yml", ".gitlab-ci.yml"}, "GitLab"},
};

// Where plancheck is published (CMake's PLANCHECK_GITHUB_REPOSITORY, owner/name;
// the release workflow sets it to the repository it runs in) and the major
// version whose action, template and release the new repository follows.
#ifndef PLANCHECK_GITHUB_REPOSITORY
#error "PLANCHECK_GITHUB_REPOSITORY is set by CMakeLists.txt"
#endif
constexpr std::string_view kRepository = PLANCHECK_GITHUB_REPOSITORY;
constexpr std::string_view kMajorTag = PLANCHECK_MAJOR_TAG;

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

/// `text` with the placeholders of the templates filled in: years, the CI
/// service and file, plancheck's addresses, and `__FILL_IN__` made the marker
/// placeholder/left looks for.
std::string filled(std::string_view text, int first_year, const CiPlacement& ci) {
  std::string out(text);
  replace_all(out, "__FILL_IN__", kFillIn);
  const std::string repository(kRepository), tag(kMajorTag);
  replace_all(out, "__ACTION__", repository + "@" + tag);
  replace_all(out, "__GITLAB_TEMPLATE__",
              "https://raw.githubusercontent.com/" + repository + "/" + tag + "/ci/gitlab/plancheck.yml");
  replace_all(out, "__RELEASE_URL__", "https://github.com/" + repository + "/releases/download");
  replace_all(out, "__MAJOR_TAG__", tag);
  replace_all(out, "__CI_FILE__", ci.placement.path);
  replace_all(out, "__CI_SERVICE__", ci.service);
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

const CiPlacement& ci_placement(Ci ci) {
  for (const CiPlacement& c : kCiPlacements) {
    if (c.ci == ci) return c;
  }
  throw std::logic_error("no CI placement");
}

}  // namespace

std::vector<NewFile> repository_files(const std::string& dir, int first_year, Ci ci) {
  const CiPlacement& service = ci_placement(ci);
  std::vector<NewFile> files;
  for (const Placement& p : kPlacements) {
    files.push_back({joined(dir, filled(p.path, first_year, service)),
                     filled(template_text(p.template_name), first_year, service)});
    if (p.template_name == "README.md") {
      files.push_back({joined(dir, service.placement.path),
                       filled(template_text(service.placement.template_name), first_year, service)});
    }
  }
  const auto& kinds = model::EnumNames<model::FileKind>::kNames;
  for (size_t i = 0; i < kinds.size(); ++i) {
    files.push_back({joined(dir, "schemas/" + std::string(kinds[i]) + ".schema.json"),
                     model::schema_json(static_cast<model::FileKind>(i),
                                        i18n::describer(i18n::repository_language()))});
  }
  return files;
}

}  // namespace plancheck::scaffold
