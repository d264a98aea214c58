#pragma once
// `plancheck init`: the files of a new plan repository, made from the
// embedded templates (src/scaffold/templates/) for a first budget year.

#include <string>
#include <vector>

#include "base/new_files.h"

namespace plancheck::scaffold {

/// The years of the new repository's four-year period.
inline constexpr int kPeriodYears = 4;

/// The CI service the new repository's check runs on.
enum class Ci { github, gitlab };

/// The files of a new plan repository in `dir` whose period starts in
/// `first_year`: frame, yearly plan, project list, README, the CI set-up of
/// `ci` (a workflow using the plancheck action, or a .gitlab-ci.yml
/// including the GitLab template) and the JSON Schemas, with the years and
/// the addresses filled in. Paths are `dir`/relative.
std::vector<NewFile> repository_files(const std::string& dir, int first_year, Ci ci = Ci::github);

}  // namespace plancheck::scaffold
