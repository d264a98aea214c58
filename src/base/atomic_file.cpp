#include "base/atomic_file.h"

#include "base/platform.h"

namespace plancheck {

namespace {

/// The file a write to `path` should replace: a symbolic link's final
/// target, so that the link stays a link; `path` itself otherwise.
std::string resolved(const std::string& path) {
  const auto link = platform::link_info(path);
  if (!link || link->type != platform::FileType::symlink) return path;
  const auto target = platform::canonical(path);
  return target ? *target : path;
}

/// Whether `path` or a symbolic link on the way from it lies in /dev or
/// /proc: /dev/stdout, /dev/fd/N and /proc/self/fd/N name an open file, which
/// a rename would replace (in /dev, for every program) instead of writing to.
bool names_open_file(std::string path) {
  for (int hops = 0; hops < 40; ++hops) {
    if (path.starts_with("/dev/") || path.starts_with("/proc/")) return true;
    const auto link = platform::link_info(path);
    if (!link || link->type != platform::FileType::symlink) return false;
    const auto target = platform::read_link(path);
    if (!target) return false;
    const size_t slash = path.find_last_of('/');
    path = target->starts_with('/') || slash == std::string::npos
               ? *target
               : path.substr(0, slash + 1) + *target;
  }
  return false;
}

/// Whether writes to `path` go straight to it instead of through a
/// temporary file: it exists and is no regular file (/dev/null, a terminal,
/// a FIFO), or it names an open file.
bool is_special(const std::string& path) {
  const auto info = platform::file_info(path);
  if (info && info->type != platform::FileType::regular) return true;
  return names_open_file(path);
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

AtomicFiles::~AtomicFiles() = default;

std::optional<std::string> AtomicFiles::add(const std::string& path, std::string_view content) {
  if (is_special(path)) {
    staged_.push_back({path, path, {}, std::string(content)});
    return std::nullopt;
  }
  const std::string target = resolved(path);
  // A file that is replaced keeps its permissions; a new one gets the umask's.
  const auto existing = platform::file_info(target);
  const uint32_t permissions =
      existing ? existing->permissions : platform::new_file_permissions();
  auto temp = platform::TempFile::create_beside(target);
  if (!temp) return temp.error().message;
  if (auto error = temp->write_and_sync(content, permissions)) return error->message;
  staged_.push_back({path, target, std::move(*temp), ""});
  return std::nullopt;
}

std::optional<AtomicFiles::Failure> AtomicFiles::commit() {
  // Direct writes first: they are the ones likely to fail (a FIFO without a
  // reader), and a failure then leaves every regular file untouched.
  for (const Staged& s : staged_) {
    if (s.temp) continue;
    if (auto error = write_direct(s.target, s.content)) return Failure{s.path, error->message};
  }
  for (Staged& s : staged_) {
    if (!s.temp) continue;
    const auto name = s.temp->name();
    if (!name) return Failure{s.path, name.error().message};
    if (auto error = platform::rename_replacing(*name, s.target)) {
      return Failure{s.path, error->message};
    }
    s.temp->release_name();
    s.temp.reset();
  }
  return std::nullopt;
}

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
  AtomicFiles files;
  if (auto error = files.add(path, content)) return error;
  if (auto failure = files.commit()) return failure->reason;
  return std::nullopt;
}

}  // namespace plancheck
