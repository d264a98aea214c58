#pragma once
// All plan files of one run: their sources, what was decoded, and the
// findings of loading.

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "diag/finding.h"
#include "model/plan.h"
#include "source/source_file.h"

namespace plancheck::model {

/// What the marker lines of a plan file say, kept also when the file could
/// not be decoded, so that references to it do not turn into false findings.
struct Stub {
  const source::SourceFile* file = nullptr;
  FileKind kind = FileKind::frame;
  std::string id;     // frame id
  std::string frame;  // the frame a yearly plan or project list names
  int year = 0;
};

/// Findings of one rule that the decoder left out past the limits
/// (diag::kMaxFindingsPerFile, diag::kMaxFindings), counted so that the
/// analysis can still say how many there were and how severe.
struct LeftOut {
  const source::SourceFile* file = nullptr;
  std::string_view rule;
  size_t count = 0;
  diag::Location first;  // where the first of them stood
};

/// A YAML file that plancheck found and left alone, for --verbose.
struct LeftAlone {
  enum class Reason {
    no_marker,        // no plan-file marker in its first lines
    near_miss_name,   // a plan-like name that does not end in .yaml or .yml, and no marker
    hidden,           // in a hidden directory, or hidden itself
    not_regular,      // a FIFO, device or socket
  };
  std::string path;
  Reason reason;
};

struct PlanSet {
  std::vector<std::unique_ptr<source::SourceFile>> files;
  std::deque<Frame> frames;
  std::deque<YearlyPlan> plans;
  std::deque<ProjectList> lists;
  std::vector<Stub> broken;  // plan files that did not decode (syntax errors)
  std::vector<diag::Finding> findings;
  std::vector<LeftOut> left_out;  // past the limits on findings
  size_t plan_file_count = 0;     // files recognised as plan files
  std::vector<LeftAlone> left_alone;  // YAML files not read as plan files, by path
  /// Files read only for what the others refer to (their frame, the years
  /// before): their findings are not reported, and they are not counted.
  std::vector<const source::SourceFile*> context;

  bool is_context(const source::SourceFile* file) const;
};

/// A path the user named that cannot be used at all (exit code 2).
struct PathError {
  std::string path;
  diag::Message message;  // what is wrong with it, the path among its arguments
};

struct LoadResult {
  std::unique_ptr<PlanSet> set;
  std::vector<PathError> path_errors;
  size_t workers = 1;  // the threads that read the files
};

/// What to load.
struct LoadRequest {
  /// Files and directories; "-" is standard input, read as one named plan file.
  std::vector<std::string> paths;
  std::string stdin_bytes;  // standard input, when `paths` holds "-"
  std::string stdin_name;   // the path standard input's file is shown with
  /// Directories whose plan files are loaded as context (PlanSet::context),
  /// leaving out those that `paths` or `stdin_name` name.
  std::vector<std::string> context;
  /// `jobs` was asked for (-j, PLANCHECK_JOBS): that many threads however
  /// small the input, not fewer where a thread would cost more than it saves.
  bool exact_jobs = false;
};

/// Finds, reads, parses and decodes the plan files the request names, on
/// up to `jobs` threads; the result is the same for any `jobs`.
LoadResult load_plan_set(const LoadRequest& request, size_t jobs = 1);
/// The same for the files and directories `paths`.
LoadResult load_plan_set(const std::vector<std::string>& paths, size_t jobs = 1);

/// Parses and decodes one file into `set` (also used by the fuzzer and
/// tests): `bytes` as read, in any encoding YAML allows (source/encoding.h);
/// `named` says whether the user named the file.
void load_text(PlanSet& set, std::string path, std::string bytes, bool named);

}  // namespace plancheck::model
