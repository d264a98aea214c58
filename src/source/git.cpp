#include "source/git.h"

#include <charconv>
#include <optional>
#include <string_view>

#include "base/platform_process.h"
#include "source/read.h"

namespace plancheck::source {

namespace {

/// An entry of `git ls-tree -r -l`: a blob, its size and its path.
struct TreeEntry {
  std::string mode;
  std::string object;
  uint64_t size = 0;
  std::string path;  // relative to the directory git ran in
};

/// Where git runs and what it lists there: a directory and ".", or a file's
/// directory and its name.
struct Target {
  std::string directory;
  std::string spec;
  bool named = false;
};

Target target_of(const std::string& path) {
  const auto info = platform::file_info(path);
  if (!info || info->type == platform::FileType::directory) return {path, ".", false};
  const size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return {".", path, true};
  return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1), true};
}

/// The first line of what git wrote to standard error, without "fatal: ".
std::string first_line(std::string_view text) {
  text = text.substr(0, text.find('\n'));
  if (text.starts_with("fatal: ")) text.remove_prefix(7);
  return std::string(text);
}

/// Runs git in `directory`; a GitError when it cannot be started.
std::variant<platform::ProcessResult, GitError> git(const std::string& directory,
                                                    std::vector<std::string> args,
                                                    std::string_view input = {}) {
  args.insert(args.begin(), "git");
  auto run = platform::run_process(args, directory, input);
  if (!run) return GitError{"diff.usage.git-failed", run.error().message};
  return std::move(*run);
}

/// The commit `revision` names, after checking that `directory` is in a work tree.
std::variant<std::string, GitError> resolve(const std::string& directory, const std::string& revision) {
  auto inside = git(directory, {"rev-parse", "--is-inside-work-tree"});
  if (auto* e = std::get_if<GitError>(&inside)) return *e;
  auto& in = std::get<platform::ProcessResult>(inside);
  if (in.exit_code != 0 || !in.out.starts_with("true")) {
    return GitError{"diff.usage.not-git", first_line(in.err)};
  }
  auto commit = git(directory, {"rev-parse", "--verify", "--quiet", "--end-of-options",
                                revision + "^{commit}"});
  if (auto* e = std::get_if<GitError>(&commit)) return *e;
  auto& c = std::get<platform::ProcessResult>(commit);
  if (c.exit_code != 0 || c.out.size() < 40) return GitError{"diff.usage.unknown-revision", {}};
  return c.out.substr(0, c.out.find('\n'));
}

/// Parses one NUL-terminated record "MODE TYPE OBJECT SIZE\tPATH"; none for
/// anything but a blob (a submodule, a malformed line).
std::optional<TreeEntry> parse_entry(std::string_view record) {
  const size_t tab = record.find('\t');
  if (tab == std::string_view::npos) return std::nullopt;
  const std::string_view head = record.substr(0, tab);
  const size_t a = head.find(' ');
  const size_t b = head.find(' ', a + 1);
  const size_t c = head.find(' ', b + 1);
  if (a == std::string_view::npos || b == std::string_view::npos || c == std::string_view::npos ||
      head.substr(a + 1, b - a - 1) != "blob") {
    return std::nullopt;
  }
  std::string_view size = head.substr(c + 1);
  while (size.starts_with(' ')) size.remove_prefix(1);
  TreeEntry entry{std::string(head.substr(0, a)), std::string(head.substr(b + 1, c - b - 1)), 0,
                  std::string(record.substr(tab + 1))};
  std::from_chars(size.data(), size.data() + size.size(), entry.size);
  return entry;
}

bool hidden_component(std::string_view path) {
  size_t start = 0;
  while (start < path.size()) {
    const size_t end = std::min(path.find('/', start), path.size());
    const std::string_view name = path.substr(start, end - start);
    if (name.size() > 1 && name[0] == '.' && name != "..") return true;
    start = end + 1;
  }
  return false;
}

/// Whether walk() would take the entry: a regular file (symbolic links are
/// left out: git stores their target, not the file) named *.yaml or *.yml
/// outside hidden directories, or the file asked for.
bool wanted(const TreeEntry& entry, const Target& target) {
  if (entry.mode == "120000") return false;
  if (target.named) return true;
  const std::string_view path = entry.path;
  return (path.ends_with(".yaml") || path.ends_with(".yml")) && !hidden_component(path);
}

std::variant<std::vector<TreeEntry>, GitError> list_tree(const Target& target,
                                                         const std::string& commit) {
  auto listed = git(target.directory, {"ls-tree", "-r", "-z", "-l", commit, "--", target.spec});
  if (auto* e = std::get_if<GitError>(&listed)) return *e;
  auto& run = std::get<platform::ProcessResult>(listed);
  if (run.exit_code != 0) return GitError{"diff.usage.git-failed", first_line(run.err)};
  std::vector<TreeEntry> entries;
  std::string_view rest = run.out;
  while (!rest.empty()) {
    const size_t end = std::min(rest.find('\0'), rest.size());
    if (auto entry = parse_entry(rest.substr(0, end)); entry && wanted(*entry, target)) {
      entries.push_back(std::move(*entry));
    }
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return entries;
}

/// The path the working tree shows for an entry listed under `target`.
std::string shown_path(const Target& target, const TreeEntry& entry) {
  if (target.directory == ".") return display_path(entry.path);
  const std::string& dir = target.directory;
  return display_path(dir.ends_with('/') ? dir + entry.path : dir + "/" + entry.path);
}

/// Splits `git cat-file --batch` output ("OBJECT TYPE SIZE\n" + bytes + "\n"
/// per object) into the files' texts, in the order asked.
std::optional<GitError> split_batch(std::string_view out, std::vector<RevisionFile>& files) {
  for (RevisionFile& file : files) {
    if (file.too_large) continue;
    const size_t eol = out.find('\n');
    const size_t space = out.rfind(' ', eol);
    if (eol == std::string_view::npos || space == std::string_view::npos) {
      return GitError{"diff.usage.git-failed", "cat-file"};
    }
    size_t size = 0;
    std::from_chars(out.data() + space + 1, out.data() + eol, size);
    if (out.size() < eol + 1 + size + 1) return GitError{"diff.usage.git-failed", "cat-file"};
    file.text.assign(out.substr(eol + 1, size));
    out.remove_prefix(eol + 1 + size + 1);
  }
  return std::nullopt;
}

std::variant<std::vector<RevisionFile>, GitError> read_blobs(const Target& target,
                                                             const std::vector<TreeEntry>& entries) {
  std::vector<RevisionFile> files;
  std::string request;
  for (const TreeEntry& entry : entries) {
    const bool too_large = entry.size > kMaxFileSize;
    files.push_back({shown_path(target, entry), {}, target.named, too_large});
    if (!too_large) request += entry.object + "\n";
  }
  if (request.empty()) return files;
  auto batch = git(target.directory, {"cat-file", "--batch"}, request);
  if (auto* e = std::get_if<GitError>(&batch)) return *e;
  auto& run = std::get<platform::ProcessResult>(batch);
  if (run.exit_code != 0) return GitError{"diff.usage.git-failed", first_line(run.err)};
  if (auto error = split_batch(run.out, files)) return *error;
  return files;
}

}  // namespace

std::variant<std::vector<RevisionFile>, GitError> read_revision(const std::string& revision,
                                                                const std::string& path) {
  const Target target = target_of(path);
  auto commit = resolve(target.directory, revision);
  if (auto* e = std::get_if<GitError>(&commit)) return *e;
  auto entries = list_tree(target, std::get<std::string>(commit));
  if (auto* e = std::get_if<GitError>(&entries)) return *e;
  return read_blobs(target, std::get<std::vector<TreeEntry>>(entries));
}

}  // namespace plancheck::source
