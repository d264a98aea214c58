// The platform layer on POSIX systems (Linux first): see platform.h.

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <spawn.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "base/platform.h"
#include "base/platform_clock.h"
#include "base/platform_process.h"
#include "base/platform_paths.h"

namespace plancheck::platform {

namespace {

ErrorKind kind_of(int code) {
  switch (code) {
    case ENOENT: return ErrorKind::not_found;
    case ENOTDIR: return ErrorKind::not_directory;
    case EEXIST: return ErrorKind::exists;
    case EACCES:
    case EPERM: return ErrorKind::permission_denied;
    case EISDIR: return ErrorKind::is_directory;
    case ENOSPC:
    case EDQUOT: return ErrorKind::no_space;
    case EFBIG: return ErrorKind::file_too_large;
    case EROFS: return ErrorKind::read_only;
    case EBUSY:
    case ETXTBSY: return ErrorKind::busy;
    case ENAMETOOLONG: return ErrorKind::name_too_long;
    case ELOOP: return ErrorKind::link_loop;
    case EPIPE: return ErrorKind::broken_pipe;
    case ENXIO: return ErrorKind::no_reader;
    case EOPNOTSUPP:
    case ENOSYS:
    case EXDEV: return ErrorKind::not_supported;
    case ENOMEM: return ErrorKind::out_of_memory;
    case EMLINK: return ErrorKind::too_many_links;
    case EIO: return ErrorKind::io;
    default: return ErrorKind::other;
  }
}

Error error_from(int code) { return Error{kind_of(code), code, std::strerror(code)}; }

/// The error errno holds now.
Error last_error() { return error_from(errno); }

FileType type_of(mode_t mode) {
  if (S_ISREG(mode)) return FileType::regular;
  if (S_ISDIR(mode)) return FileType::directory;
  if (S_ISLNK(mode)) return FileType::symlink;
  if (S_ISFIFO(mode)) return FileType::fifo;
  if (S_ISSOCK(mode)) return FileType::socket;
  if (S_ISCHR(mode) || S_ISBLK(mode)) return FileType::device;
  return FileType::other;
}

FileInfo info_of(const struct stat& st) {
  FileInfo info;
  info.type = type_of(st.st_mode);
  info.size = st.st_size > 0 ? static_cast<uint64_t>(st.st_size) : 0;
  info.id = FileId{static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino)};
  info.permissions = st.st_mode & 07777;
  info.owner = st.st_uid;
  return info;
}

int fd_of(intptr_t handle) { return static_cast<int>(handle); }

/// Writes all of `data` to `fd`: retries interrupted and short writes, and
/// waits for a descriptor someone left non-blocking.
Status write_fd(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n >= 0) {
      data.remove_prefix(static_cast<size_t>(n));
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      pollfd p{fd, POLLOUT, 0};
      if (::poll(&p, 1, -1) >= 0 || errno == EINTR) continue;
    }
    return last_error();
  }
  return std::nullopt;
}

/// The directory part of `path` ("." for a bare name, "/" for "/x").
std::string directory_of(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string file_name_of(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// Whether linkat() through /proc/self/fd works here, so that an unnamed
/// O_TMPFILE file can be given a name later.
bool can_name_unnamed_files() {
  static const bool yes = ::access("/proc/self/fd", X_OK) == 0;
  return yes;
}

/// Links the open, unnamed file `fd` at `path`; fails with EEXIST when taken.
int link_fd(int fd, const std::string& path) {
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  return ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW);
}

// --- interrupt cleanup: a fixed list of paths the signal handler unlinks --------------------

constexpr int kSlots = 64;
enum SlotState : int { kFree = 0, kWriting = 1, kLive = 2 };
struct Slot {
  std::atomic<int> state{kFree};
  char path[PATH_MAX];
};
Slot g_slots[kSlots];
std::atomic<int> g_deferred{0};         // live DeferInterrupts
std::atomic<int> g_pending_signal{0};  // a signal that came while deferred

/// Unlinks every registered path; async-signal-safe.
void remove_registered() {
  for (Slot& slot : g_slots) {
    if (slot.state.load(std::memory_order_acquire) == kLive) ::unlink(slot.path);
  }
}

/// Ends the process the way `sig` ends it, after the cleanup; async-signal-safe.
[[noreturn]] void die_of(int sig) {
  remove_registered();
  ::signal(sig, SIG_DFL);
  ::raise(sig);
  // Blocked inside a handler, the signal arrives when the handler returns;
  // outside one, raise() has already ended the process.
  ::sigset_t set;
  ::sigemptyset(&set);
  ::sigaddset(&set, sig);
  ::sigprocmask(SIG_UNBLOCK, &set, nullptr);
  ::_exit(128 + sig);
}

extern "C" void on_interrupt(int sig) {
  if (g_deferred.load() > 0) {
    g_pending_signal.store(sig);
    return;
  }
  remove_registered();
  ::signal(sig, SIG_DFL);
  ::raise(sig);  // delivered when this handler returns: the process ends as by `sig`
}

}  // namespace

// --- errors and paths -----------------------------------------------------------------------

Error error_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::not_found: return error_from(ENOENT);
    case ErrorKind::exists: return error_from(EEXIST);
    case ErrorKind::permission_denied: return error_from(EACCES);
    case ErrorKind::is_directory: return error_from(EISDIR);
    case ErrorKind::no_space: return error_from(ENOSPC);
    case ErrorKind::file_too_large: return error_from(EFBIG);
    case ErrorKind::read_only: return error_from(EROFS);
    case ErrorKind::busy: return error_from(EBUSY);
    case ErrorKind::name_too_long: return error_from(ENAMETOOLONG);
    case ErrorKind::link_loop: return error_from(ELOOP);
    case ErrorKind::broken_pipe: return error_from(EPIPE);
    case ErrorKind::no_reader: return error_from(ENXIO);
    case ErrorKind::not_supported: return error_from(EOPNOTSUPP);
    case ErrorKind::out_of_memory: return error_from(ENOMEM);
    case ErrorKind::not_directory: return error_from(ENOTDIR);
    case ErrorKind::too_many_links: return error_from(EMLINK);
    case ErrorKind::io: return error_from(EIO);
    case ErrorKind::not_regular: return Error{kind, 0, "not a regular file"};
    case ErrorKind::other: break;
  }
  return Error{ErrorKind::other, 0, "unknown error"};
}

bool is_separator(char c) { return c == '/'; }

PathRoot path_root(std::string_view path) { return PathRoot{"", path.starts_with('/')}; }

size_t max_name_length(const std::string& path) {
  const long n = ::pathconf(directory_of(path).c_str(), _PC_NAME_MAX);
  return n > 0 ? static_cast<size_t>(n) : 255;
}

Expected<std::string> current_directory() {
  std::string buffer(256, '\0');
  for (;;) {
    if (::getcwd(buffer.data(), buffer.size())) {
      buffer.resize(std::strlen(buffer.c_str()));
      return buffer;
    }
    if (errno != ERANGE) return last_error();
    buffer.resize(buffer.size() * 2);
  }
}

// --- files and directories ------------------------------------------------------------------

Expected<FileInfo> file_info(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return last_error();
  return info_of(st);
}

Expected<FileInfo> link_info(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return last_error();
  return info_of(st);
}

Status check_readable(const std::string& path) {
  if (::access(path.c_str(), R_OK) != 0) return last_error();
  return std::nullopt;
}

Expected<std::string> read_link(const std::string& path) {
  std::string buffer(256, '\0');
  for (;;) {
    const ssize_t n = ::readlink(path.c_str(), buffer.data(), buffer.size());
    if (n < 0) return last_error();
    if (static_cast<size_t>(n) < buffer.size()) {
      buffer.resize(static_cast<size_t>(n));
      return buffer;
    }
    buffer.resize(buffer.size() * 2);
  }
}

Expected<std::string> canonical(const std::string& path) {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (!resolved) return last_error();
  std::string out(resolved);
  std::free(resolved);  // NOLINT(cppcoreguidelines-no-malloc): realpath's buffer
  return out;
}

Expected<std::vector<std::string>> list_directory(const std::string& path) {
  DIR* dir = ::opendir(path.c_str());
  if (!dir) return last_error();
  std::vector<std::string> names;
  for (;;) {
    errno = 0;
    const dirent* entry = ::readdir(dir);
    if (!entry) break;
    const std::string_view name = entry->d_name;
    if (name != "." && name != "..") names.emplace_back(name);
  }
  const int code = errno;
  ::closedir(dir);
  if (code != 0) return error_from(code);
  return names;
}

Status make_directory(const std::string& path) {
  if (::mkdir(path.c_str(), 0777) != 0) return last_error();
  return std::nullopt;
}

Status remove_directory(const std::string& path) {
  if (::rmdir(path.c_str()) != 0) return last_error();
  return std::nullopt;
}

Status remove_file(const std::string& path) {
  if (::unlink(path.c_str()) != 0) return last_error();
  return std::nullopt;
}

Status rename_replacing(const std::string& from, const std::string& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) return last_error();
  return std::nullopt;
}

Status hard_link(const std::string& existing, const std::string& link) {
  if (::link(existing.c_str(), link.c_str()) != 0) return last_error();
  return std::nullopt;
}

Status check_replaceable(const std::string& target) {
  const std::string dir = directory_of(target);
  struct stat d {};
  if (::stat(dir.c_str(), &d) != 0) return last_error();
  if (::faccessat(AT_FDCWD, dir.c_str(), W_OK | X_OK, AT_EACCESS) != 0) return last_error();
  struct stat t {};
  if (::lstat(target.c_str(), &t) != 0) return std::nullopt;  // nothing to replace
  if (S_ISDIR(t.st_mode)) return error_from(EISDIR);
  // In a sticky directory (/tmp) only the owner of a file, of the directory
  // or root may rename over it.
  const uid_t me = ::geteuid();
  if ((d.st_mode & S_ISVTX) && me != 0 && t.st_uid != me && d.st_uid != me) {
    return error_from(EPERM);
  }
  return std::nullopt;
}

uint32_t new_file_permissions() {
  // Linux tells the umask in /proc without changing it (umask() can only
  // be read by setting it, which other threads would see).
  if (FILE* status = std::fopen("/proc/self/status", "re")) {
    char line[256];
    unsigned mask = 0;
    bool found = false;
    while (!found && std::fgets(line, sizeof line, status)) {
      found = std::sscanf(line, "Umask: %o", &mask) == 1;
    }
    std::fclose(status);
    if (found) return 0666 & ~mask;
  }
  const mode_t mask = ::umask(022);
  ::umask(mask);
  return 0666 & ~mask;
}

// --- File -----------------------------------------------------------------------------------

File& File::operator=(File&& other) noexcept {
  if (this != &other) {
    if (handle_ != kNone) ::close(fd_of(handle_));
    handle_ = std::exchange(other.handle_, kNone);
  }
  return *this;
}

File::~File() {
  if (handle_ != kNone) ::close(fd_of(handle_));
}

Expected<File> File::open_read(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return last_error();
  return File(fd);
}

Expected<File> File::open_append(const std::string& path, bool create) {
  const int flags =
      O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (create ? O_CREAT : 0);
  const int fd = ::open(path.c_str(), flags, 0666);  // less the umask
  if (fd < 0) return last_error();
  File file(fd);
  const int now = ::fcntl(fd, F_GETFL);
  if (now < 0 || ::fcntl(fd, F_SETFL, now & ~O_NONBLOCK) != 0) return last_error();
  return file;
}

Expected<FileInfo> File::info() const {
  struct stat st {};
  if (::fstat(fd_of(handle_), &st) != 0) return last_error();
  return info_of(st);
}

Expected<size_t> File::read(char* buffer, size_t size) {
  for (;;) {
    const ssize_t n = ::read(fd_of(handle_), buffer, size);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno != EINTR) return last_error();
  }
}

Status File::write_all(std::string_view data) { return write_fd(fd_of(handle_), data); }

Status File::truncate(uint64_t size) {
  if (::ftruncate(fd_of(handle_), static_cast<off_t>(size)) != 0) return last_error();
  return std::nullopt;
}

Status File::close() {
  const int fd = fd_of(std::exchange(handle_, kNone));
  // After EINTR the descriptor is closed all the same on Linux.
  if (::close(fd) != 0 && errno != EINTR) return last_error();
  return std::nullopt;
}

// --- TempFile -------------------------------------------------------------------------------

TempFile::TempFile(TempFile&& other) noexcept
    : file_(std::move(other.file_)),
      dir_(std::move(other.dir_)),
      target_(std::move(other.target_)),
      name_(std::exchange(other.name_, {})),
      slot_(std::exchange(other.slot_, -1)) {}

TempFile& TempFile::operator=(TempFile&& other) noexcept {
  if (this != &other) {
    if (!name_.empty()) ::unlink(name_.c_str());
    unregister_temporary(slot_);
    file_ = std::move(other.file_);
    dir_ = std::move(other.dir_);
    target_ = std::move(other.target_);
    name_ = std::exchange(other.name_, {});
    slot_ = std::exchange(other.slot_, -1);
  }
  return *this;
}

TempFile::~TempFile() {
  if (!name_.empty()) ::unlink(name_.c_str());
  unregister_temporary(slot_);
}

Expected<TempFile> TempFile::create_beside(const std::string& target) {
  TempFile temp;
  temp.dir_ = directory_of(target);
  temp.target_ = target;
#ifdef O_TMPFILE
  if (can_name_unnamed_files()) {
    const int fd = ::open(temp.dir_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) {
      temp.file_ = File(fd);
      return temp;
    }
    // The file system or the kernel has no O_TMPFILE: a named file then.
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT) {
      return last_error();
    }
  }
#endif
  // The name is registered before the file exists, so that an interruption
  // in between cannot leave it behind.
  const DeferInterrupts defer;
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = unique_name_beside(target, "tmp");
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0 && errno == EEXIST) continue;
    if (fd < 0) return last_error();
    temp.file_ = File(fd);
    temp.name_ = std::move(name);
    temp.slot_ = register_temporary(temp.name_);
    return temp;
  }
  return error_from(EEXIST);
}

Status TempFile::write_and_sync(std::string_view data, uint32_t permissions) {
  const int fd = fd_of(file_.handle_);
  if (auto error = file_.write_all(data)) return error;
  if (::fsync(fd) != 0) return last_error();
  if (::fchmod(fd, static_cast<mode_t>(permissions)) != 0) return last_error();
  return std::nullopt;
}

Expected<std::string> TempFile::name() {
  if (!name_.empty()) return name_;
  const DeferInterrupts defer;
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = unique_name_beside(target_, "tmp");
    if (link_fd(fd_of(file_.handle_), name) != 0) {
      if (errno == EEXIST) continue;
      return last_error();
    }
    name_ = std::move(name);
    slot_ = register_temporary(name_);
    return name_;
  }
  return error_from(EEXIST);
}

Status TempFile::link_as_new(const std::string& target) {
  if (name_.empty()) {
    if (link_fd(fd_of(file_.handle_), target) != 0) return last_error();
    return std::nullopt;
  }
  // Unlike rename(), these refuse an existing name: the check and the
  // creation are one step, so a file made meanwhile is not replaced either.
  // link() is the fallback for file systems without RENAME_NOREPLACE.
  int code = 0;
  if (::renameat2(AT_FDCWD, name_.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
    code = errno;
    if (code == EINVAL || code == ENOSYS || code == ENOTSUP) {
      code = ::link(name_.c_str(), target.c_str()) == 0 ? 0 : errno;
      if (code == 0) ::unlink(name_.c_str());
    }
  }
  if (code != 0) return error_from(code);
  release_name();
  return std::nullopt;
}

void TempFile::release_name() {
  name_.clear();
  unregister_temporary(std::exchange(slot_, -1));
}

std::string unique_name_beside(const std::string& target, std::string_view tag) {
  static constexpr char kLetters[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  unsigned char random[8] = {};
  if (::getrandom(random, sizeof random, GRND_NONBLOCK) != sizeof random) {
    static std::atomic<unsigned> counter{0};
    const auto mix = static_cast<unsigned>(::getpid()) * 2654435761U ^
                     static_cast<unsigned>(std::time(nullptr)) ^ counter.fetch_add(7919);
    for (size_t i = 0; i < sizeof random; ++i) random[i] = static_cast<unsigned char>(mix >> (i * 4));
  }
  std::string suffix = "." + std::string(tag) + ".";
  for (unsigned char byte : random) suffix += kLetters[byte % (sizeof kLetters - 1)];
  // "." + NAME + suffix within the limit: NAME is cut, never in the middle
  // of a UTF-8 sequence.
  std::string name = file_name_of(target);
  const size_t limit = max_name_length(target);
  const size_t room = limit > suffix.size() + 1 ? limit - suffix.size() - 1 : 0;
  if (name.size() > room) {
    size_t cut = room;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  const std::string dir = directory_of(target);
  const std::string base = "." + name + suffix;
  if (target.find('/') == std::string::npos) return base;
  return dir == "/" ? "/" + base : dir + "/" + base;
}

// --- standard streams -----------------------------------------------------------------------

namespace {
int fd_of(Stream stream) { return stream == Stream::out ? STDOUT_FILENO : STDERR_FILENO; }
}  // namespace

bool is_terminal(Stream stream) { return ::isatty(fd_of(stream)) != 0; }

bool enable_colour(Stream stream) { return is_terminal(stream); }

Expected<FileInfo> stream_info(Stream stream) {
  struct stat st {};
  if (::fstat(fd_of(stream), &st) != 0) return last_error();
  return info_of(st);
}

Status write_stream(Stream stream, std::string_view data) { return write_fd(fd_of(stream), data); }

Status close_stream(Stream stream) {
  const int fd = fd_of(stream);
  Status result;
  if (::close(fd) != 0 && errno != EINTR && errno != EBADF) result = last_error();
  // Keep the descriptor taken, so that no file opened later becomes "standard output".
  const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (null >= 0 && null != fd) {
    ::dup2(null, fd);
    ::close(null);
  }
  return result;
}

// --- the process ----------------------------------------------------------------------------

void prepare_process() {
  // A standard descriptor closed at start would be taken by the next file
  // opened, and standard output would land in an output file. Opened on
  // /dev/null the wrong way round, they stay taken and their use fails.
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF) continue;
    const int opened = ::open("/dev/null", (fd == 0 ? O_WRONLY : O_RDONLY) | O_NOCTTY);
    if (opened >= 0 && opened != fd) {
      ::dup2(opened, fd);
      ::close(opened);
    }
  }
  // A reader that goes away (| head) makes write() fail with EPIPE, which
  // the output code handles, instead of killing plancheck with SIGPIPE.
  ::signal(SIGPIPE, SIG_IGN);
  install_interrupt_cleanup();
}

std::vector<std::string> arguments(int argc, char** argv) {
  return std::vector<std::string>(argv, argv + argc);
}

std::optional<std::string> environment(std::string_view name) {
  const char* value = std::getenv(std::string(name).c_str());
  if (!value) return std::nullopt;
  return std::string(value);
}

int current_year() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return local.tm_year + 1900;
}

Date current_date() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

namespace {

/// A pipe whose two ends close themselves.
struct Pipe {
  int read = -1;
  int write = -1;
  Pipe() = default;
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  ~Pipe() {
    close_read();
    close_write();
  }
  bool open() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return false;
    read = fds[0];
    write = fds[1];
    return true;
  }
  void close_read() { read = close_fd(read); }
  void close_write() { write = close_fd(write); }
  static int close_fd(int fd) {
    if (fd >= 0) ::close(fd);
    return -1;
  }
};

/// The child's standard streams on the pipes, in `directory`, with SIGPIPE
/// back to its default (plancheck ignores it, and a child would inherit that).
struct SpawnSetup {
  posix_spawn_file_actions_t actions{};
  posix_spawnattr_t attributes{};
  SpawnSetup(const Pipe& in, const Pipe& out, const Pipe& err, const std::string& directory) {
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
    if (!directory.empty()) posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    ::sigemptyset(&defaults);
    ::sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
  }
  ~SpawnSetup() {
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
  }
  SpawnSetup(const SpawnSetup&) = delete;
  SpawnSetup& operator=(const SpawnSetup&) = delete;
};

/// Reads what is there on `fd` into `out`; false at the end or on an error.
bool drain(int fd, std::string& out) {
  char buffer[65536];
  const ssize_t n = ::read(fd, buffer, sizeof buffer);
  if (n < 0) return errno == EINTR || errno == EAGAIN;
  out.append(buffer, static_cast<size_t>(n));
  return n > 0;
}

/// SIGPIPE blocked in this thread while it lives, and one raised meanwhile
/// taken back before it is unblocked: a child that stops reading is an EPIPE
/// to handle, whether or not the program ignores SIGPIPE (plancheck does, a
/// test program need not).
class SigpipeBlocked {
 public:
  SigpipeBlocked() {
    ::sigemptyset(&pipe_);
    ::sigaddset(&pipe_, SIGPIPE);
    ::pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
  }
  ~SigpipeBlocked() {
    const timespec now{0, 0};
    while (::sigtimedwait(&pipe_, nullptr, &now) == SIGPIPE) {
    }
    ::pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  SigpipeBlocked(const SigpipeBlocked&) = delete;
  SigpipeBlocked& operator=(const SigpipeBlocked&) = delete;

 private:
  sigset_t pipe_{};
  sigset_t old_{};
};

/// Feeds `input` to the child and collects its output until both output
/// pipes reach their end, without deadlocking on full pipes.
Status exchange(Pipe& in, Pipe& out, Pipe& err, std::string_view input, ProcessResult& result) {
  const SigpipeBlocked blocked;
  ::fcntl(in.write, F_SETFL, ::fcntl(in.write, F_GETFL) | O_NONBLOCK);
  size_t written = 0;
  if (input.empty()) in.close_write();
  while (out.read >= 0 || err.read >= 0) {
    pollfd fds[3] = {{out.read, POLLIN, 0}, {err.read, POLLIN, 0}, {in.write, POLLOUT, 0}};
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      return last_error();
    }
    if (fds[0].revents && !drain(out.read, result.out)) out.close_read();
    if (fds[1].revents && !drain(err.read, result.err)) err.close_read();
    if (fds[2].revents) {
      const ssize_t n = ::write(in.write, input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<size_t>(n);
      // A child that stops reading (EPIPE) has said what it will say.
      if ((n < 0 && errno != EINTR && errno != EAGAIN) || written == input.size()) in.close_write();
    }
  }
  return std::nullopt;
}

/// Waits for the child and returns its exit code (128 + signal when a signal ended it).
int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return 255;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
}

}  // namespace

Expected<ProcessResult> run_process(const std::vector<std::string>& command,
                                    const std::string& directory, std::string_view input) {
  if (command.empty()) return error_from(EINVAL);
  Pipe in, out, err;
  if (!in.open() || !out.open() || !err.open()) return last_error();
  std::vector<char*> argv;
  for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  {
    const SpawnSetup setup(in, out, err, directory);
    if (const int code = ::posix_spawnp(&pid, argv[0], &setup.actions, &setup.attributes,
                                        argv.data(), environ)) {
      return error_from(code);
    }
  }
  in.close_read();
  out.close_write();
  err.close_write();
  ProcessResult result;
  const Status io = exchange(in, out, err, input, result);
  result.exit_code = wait_for(pid);
  if (io) return *io;
  return result;
}

void install_interrupt_cleanup() {
  for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    // A signal the caller ignores (nohup) stays ignored.
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    action.sa_flags = SA_RESTART;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(sig, &action, nullptr);
  }
}

DeferInterrupts::DeferInterrupts() { g_deferred.fetch_add(1); }

DeferInterrupts::~DeferInterrupts() {
  if (g_deferred.fetch_sub(1) != 1) return;
  if (const int sig = g_pending_signal.exchange(0)) die_of(sig);
}

int register_temporary(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!g_slots[i].state.compare_exchange_strong(expected, kWriting)) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].state.store(kLive, std::memory_order_release);
    return i;
  }
  return -1;
}

void remove_registered_temporaries() { remove_registered(); }

void unregister_temporary(int slot) {
  if (slot >= 0 && slot < kSlots) g_slots[slot].state.store(kFree, std::memory_order_release);
}

}  // namespace plancheck::platform
