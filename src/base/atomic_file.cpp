#include "base/atomic_file.h"

#include "base/platform_paths.h"

namespace plancheck {

using platform::ErrorKind;
using platform::FileType;

namespace {

/// The components of a path, last first (a stack to pop).
std::vector<std::string> components_reversed(std::string_view path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = start;
    while (end < path.size() && !platform::is_separator(path[end])) ++end;
    if (end > start) parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return {parts.rbegin(), parts.rend()};
}

/// `path` with '/' for every separator (on Windows backslashes too).
std::string generic(std::string_view path) {
  std::string out(path);
  for (char& c : out) {
    if (platform::is_separator(c)) c = '/';
  }
  return out;
}

/// Whether the absolute path `path` is `root` or lies below it (both '/'-separated).
bool is_within(std::string_view path, std::string_view root) {
  if (root.ends_with('/')) return path.starts_with(root) || path == root.substr(0, root.size() - 1);
  return path == root || (path.starts_with(root) && path.size() > root.size() &&
                          path[root.size()] == '/');
}

std::string parent_of(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == 0 || slash == std::string::npos ? "/" : path.substr(0, slash);
}

/// Writes straight into a special file, appending (standard output
/// redirected with >> stays appended to); a FIFO without a reader is an
/// error, not a wait.
platform::Status write_direct(const std::string& path, std::string_view content) {
  auto file = platform::File::open_append(path, false);
  if (!file) return file.error();
  if (auto error = file->write_all(content)) return error;
  return file->close();
}

}  // namespace

ResolvedOutput resolve_output(const std::string& path) {
  ResolvedOutput out;
  const auto info = platform::file_info(path);
  if (info) out.id = info->id;
  // Named by the user: /dev/stdout, /dev/fd/N, /proc/self/fd/N, /dev/null.
  if (path.starts_with("/dev/") || path.starts_with("/proc/")) {
    out.target = path;
    out.direct = true;
    return out;
  }
  const auto cwd = platform::current_directory();
  if (!cwd) {  // the current directory was removed: nothing to resolve against
    out.target = path;
    return out;
  }
  // A path is its root's prefix (Windows: a drive or share; none on POSIX)
  // and the '/'-separated components after it, "" standing for the root.
  const std::string cwd_path = generic(*cwd);
  const platform::PathRoot cwd_root = platform::path_root(*cwd);
  const platform::PathRoot root = platform::path_root(path);
  std::string prefix = root.prefix.empty() ? cwd_root.prefix : root.prefix;
  std::vector<std::string> todo = components_reversed(std::string_view(path).substr(root.prefix.size()));
  std::string done;
  if (!root.absolute) {
    done = cwd_path.substr(cwd_root.prefix.size());
    if (done == "/") done.clear();
  }
  bool link_in_tree = false;
  for (int links = 0; !todo.empty();) {
    const std::string part = std::move(todo.back());
    todo.pop_back();
    if (part == ".") continue;
    if (part == "..") {
      done = parent_of(done.empty() ? "/" : done);
      if (done == "/") done.clear();
      continue;
    }
    const std::string next = done + "/" + part;
    const auto link = platform::link_info(prefix + next);
    const auto text = link && link->type == FileType::symlink && links < 40
                          ? platform::read_link(prefix + next)
                          : platform::Expected<std::string>(platform::error_of(ErrorKind::other));
    if (!text) {
      done = next;
      continue;
    }
    ++links;
    if (is_within(prefix + (done.empty() ? "/" : done), cwd_path)) link_in_tree = true;
    if (text->starts_with("/dev/") || text->starts_with("/proc/")) {
      // An open file (/dev/stdout) or a device: written in place, never resolved further.
      out.target = path;
      out.direct = true;
      out.outside_link = link_in_tree;
      return out;
    }
    const platform::PathRoot text_root = platform::path_root(*text);
    for (std::string& p : components_reversed(std::string_view(*text).substr(text_root.prefix.size()))) {
      todo.push_back(std::move(p));
    }
    if (text_root.absolute) done.clear();
    if (!text_root.prefix.empty()) prefix = text_root.prefix;
  }
  out.target = prefix + (done.empty() ? "/" : done);
  out.outside_link = link_in_tree && !is_within(out.target, cwd_path);
  const auto at_target = platform::file_info(out.target);
  out.direct = at_target && at_target->type != FileType::regular;
  return out;
}

AtomicFiles::~AtomicFiles() { drop_backups(); }

std::optional<platform::Error> AtomicFiles::add(const std::string& path, std::string_view content) {
  const ResolvedOutput out = resolve_output(path);
  if (out.outside_link) {
    // write_outputs refuses these first, with a message of its own.
    return platform::Error{platform::ErrorKind::other, 0,
                           "a symbolic link leads outside the current directory's tree, to " + out.target};
  }
  if (out.direct) {
    staged_.push_back({path, out.target, {}, std::string(content)});
    return std::nullopt;
  }
  // A file that is replaced keeps its permissions; a new one gets the umask's.
  const auto existing = platform::file_info(out.target);
  const uint32_t permissions =
      existing ? existing->permissions : platform::new_file_permissions();
  auto temp = platform::TempFile::create_beside(out.target);
  if (!temp) return temp.error();
  if (auto error = temp->write_and_sync(content, permissions)) return error;
  staged_.push_back({path, out.target, std::move(*temp), ""});
  return std::nullopt;
}

std::optional<AtomicFiles::Failure> AtomicFiles::install(Staged& s) {
  const auto name = s.temp->name();
  if (!name) return Failure{s.path, name.error()};
  s.tmp_name = *name;
  // The old file keeps a second name until every new file is in place: a
  // hard link, or where the file system has none, the old file renamed.
  if (platform::link_info(s.target)) {
    s.backup = platform::unique_name_beside(s.target, "old");
    s.backup_slot = platform::register_temporary(s.backup);
    if (platform::hard_link(s.target, s.backup)) {
      if (auto error = platform::rename_replacing(s.target, s.backup)) {
        return Failure{s.path, *error};
      }
      s.backup_moved = true;
    }
  }
  if (auto error = platform::rename_replacing(s.tmp_name, s.target)) {
    return Failure{s.path, *error};
  }
  s.temp->release_name();
  s.installed = true;
  return std::nullopt;
}

void AtomicFiles::roll_back() {
  for (auto it = staged_.rbegin(); it != staged_.rend(); ++it) {
    Staged& s = *it;
    if (s.installed && s.backup.empty()) platform::remove_file(s.target);
    if ((s.installed || s.backup_moved) && !s.backup.empty() &&
        !platform::rename_replacing(s.backup, s.target)) {
      s.backup.clear();
    }
    s.installed = false;
  }
}

void AtomicFiles::drop_backups() {
  for (Staged& s : staged_) {
    if (!s.backup.empty()) platform::remove_file(s.backup);
    platform::unregister_temporary(s.backup_slot);
    s.backup.clear();
    s.backup_slot = -1;
  }
}

std::optional<AtomicFiles::Failure> AtomicFiles::commit() {
  // Every target is checked before the first one is touched.
  for (const Staged& s : staged_) {
    if (!s.temp) continue;
    if (auto error = platform::check_replaceable(s.target)) return Failure{s.path, *error};
  }
  // Special targets next: they are the ones likely to fail (a FIFO without
  // a reader), and a write to one may wait for its reader, which an
  // interruption must still be able to end.
  for (const Staged& s : staged_) {
    if (s.temp) continue;
    if (auto error = write_direct(s.target, s.content)) return Failure{s.path, *error};
  }
  // Renaming into place and rolling back are one step for an interruption.
  const platform::DeferInterrupts defer;
  for (Staged& s : staged_) {
    if (!s.temp) continue;
    if (auto failure = install(s)) {
      roll_back();
      drop_backups();
      return failure;
    }
  }
  drop_backups();
  staged_.clear();
  return std::nullopt;
}

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
  AtomicFiles files;
  if (auto error = files.add(path, content)) return error->message;
  if (auto failure = files.commit()) return failure->error.message;
  return std::nullopt;
}

}  // namespace plancheck
