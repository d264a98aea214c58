#pragma once
// Loading the plan files of a git revision (source/git.h), read into memory
// instead of from the file system.

#include <memory>
#include <vector>

#include "model/plan_set.h"
#include "source/git.h"

namespace plancheck::model {

/// Parses and decodes files read from a git revision, in their order, into
/// a new plan set; a file over the size limit is a file/too-large finding.
std::unique_ptr<PlanSet> load_revision(std::vector<source::RevisionFile> files);

}  // namespace plancheck::model
