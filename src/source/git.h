#pragma once
// Reading the plan files of a git revision through git itself (ls-tree and
// cat-file), without writing anything into the repository: no checkout, no
// worktree, no index update.

#include <string>
#include <variant>
#include <vector>

namespace plancheck::source {

/// A file of the revision: its path as the working tree would show it
/// (the path asked for, joined with the file's path under it) and its bytes.
struct RevisionFile {
  std::string path;
  std::string text;
  bool named = false;      // the path asked for is this file
  bool too_large = false;  // over kMaxFileSize: not read, `text` is empty
};

/// Why the revision could not be read: a catalogue key (diff.usage.*) and
/// git's own words, when it said something.
struct GitError {
  std::string reason;
  std::string detail;
};

/// The YAML files under `path` (a directory or a file of the working tree,
/// relative to the current directory) as they are in revision `revision`,
/// chosen as walk() chooses them: *.yaml and *.yml, hidden entries skipped,
/// a file named by `path` taken whatever its name.
std::variant<std::vector<RevisionFile>, GitError> read_revision(const std::string& revision,
                                                                const std::string& path);

}  // namespace plancheck::source
