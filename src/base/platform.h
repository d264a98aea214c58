#pragma once
// The one layer between plancheck and the operating system. Everything that
// differs between POSIX and Windows is declared here and implemented once
// per system: platform_posix.cpp (Linux and other POSIX systems) and
// platform_windows.cpp (mingw-w64, the wide-character Win32 API), chosen by
// CMakeLists.txt. Paths are UTF-8 strings on every system (the Windows side
// converts them to UTF-16); failures are values (Error), never exceptions.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace plancheck::platform {

// --- errors ---------------------------------------------------------------------------------

/// What went wrong, in terms both systems share (messages and tests choose by it).
enum class ErrorKind : uint8_t {
  other,
  not_found,          // ENOENT; ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND
  not_directory,      // ENOTDIR: a file where the path needs a directory (Windows: not_found)
  exists,             // EEXIST; ERROR_FILE_EXISTS, ERROR_ALREADY_EXISTS
  permission_denied,  // EACCES, EPERM; ERROR_ACCESS_DENIED
  is_directory,       // EISDIR
  not_regular,        // a FIFO, device or socket where a regular file is needed
  no_space,           // ENOSPC, EDQUOT; ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
  file_too_large,     // EFBIG (also a file size limit); the 64 MiB input limit
  read_only,          // EROFS; ERROR_WRITE_PROTECT
  busy,               // EBUSY, ETXTBSY; ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
  name_too_long,      // ENAMETOOLONG; ERROR_FILENAME_EXCED_RANGE
  link_loop,          // ELOOP
  broken_pipe,        // EPIPE; ERROR_BROKEN_PIPE, ERROR_NO_DATA: the reader has gone
  no_reader,          // ENXIO on a FIFO opened without blocking: nobody reads it
  not_supported,      // EOPNOTSUPP, ENOSYS, EINVAL from an optional call
  out_of_memory,      // ENOMEM; ERROR_NOT_ENOUGH_MEMORY
  too_many_links,     // EMLINK
  io,                 // EIO: the device failed (the last kind; tests walk the kinds up to it)
};

/// An operating system error: its kind, the system's own code (errno or
/// GetLastError) and the system's words for it. Messages show the kind in
/// the user's language (diag::os_error_arg); the system's words only for
/// the kind `other`.
struct Error {
  ErrorKind kind = ErrorKind::other;
  int code = 0;
  std::string message;
};

/// The result of a call that gives nothing back: std::nullopt when it worked.
using Status = std::optional<Error>;

/// A value or the error that kept it from being made.
template <class T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Expected(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& operator*() { return std::get<0>(v_); }
  const T& operator*() const { return std::get<0>(v_); }
  T* operator->() { return &std::get<0>(v_); }
  const T* operator->() const { return &std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

/// An error of `kind` with the system's words for that kind.
Error error_of(ErrorKind kind);

// --- paths ----------------------------------------------------------------------------------

/// A std::filesystem path for a UTF-8 path (on Windows a narrow string would
/// be read in the ANSI code page).
inline std::filesystem::path fs_path(std::string_view utf8) {
  return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

/// A std::filesystem path as UTF-8.
inline std::string utf8_path(const std::filesystem::path& path) {
  const std::u8string text = path.u8string();
  return std::string(text.begin(), text.end());
}

/// The longest file name (one path component, in bytes) the directory of
/// `path` accepts (NAME_MAX; 255 where the system does not say).
size_t max_name_length(const std::string& path);

/// The current working directory, absolute.
Expected<std::string> current_directory();

// --- files and directories ------------------------------------------------------------------

enum class FileType : uint8_t { regular, directory, symlink, fifo, socket, device, other };

/// Which file a path names: equal ids are the same file by any name (hard
/// links, symbolic links, /dev/stdout). POSIX: device and inode; Windows:
/// volume serial number and file index.
struct FileId {
  uint64_t device = 0;
  uint64_t inode = 0;
  bool operator==(const FileId&) const = default;
};

/// What the system says about a file.
struct FileInfo {
  FileType type = FileType::other;
  uint64_t size = 0;
  FileId id;
  uint32_t permissions = 0;  // POSIX mode bits (07777); Windows: 0666, or 0444 when read-only
  uint32_t owner = 0;        // POSIX user id; 0 on Windows
};

/// What `path` names, following symbolic links.
Expected<FileInfo> file_info(const std::string& path);
/// What `path` is itself: a symbolic link is reported as one.
Expected<FileInfo> link_info(const std::string& path);
/// Whether this process may read `path` (access(R_OK)).
Status check_readable(const std::string& path);
/// The text of the symbolic link `path` (its target as written in it).
Expected<std::string> read_link(const std::string& path);
/// The absolute path of `path` with every symbolic link, "." and ".." resolved.
Expected<std::string> canonical(const std::string& path);
/// The names in directory `path` ("." and ".." left out), in no order.
Expected<std::vector<std::string>> list_directory(const std::string& path);
/// Creates the directory `path` (0777 less the umask); exists when it is there.
Status make_directory(const std::string& path);
/// Removes the empty directory `path`.
Status remove_directory(const std::string& path);
/// Removes the file (or the symbolic link itself) `path`.
Status remove_file(const std::string& path);
/// Renames `from` to `to`, replacing a file at `to` in one step.
Status rename_replacing(const std::string& from, const std::string& to);
/// Gives the file `existing` the second name `link` (a hard link); exists when
/// `link` is taken, not_supported where the file system has no hard links.
Status hard_link(const std::string& existing, const std::string& link);
/// Whether replacing the file at `target` by rename would be refused before
/// it is tried: a sticky directory holding someone else's file, a
/// read-only file (Windows), a directory at `target`.
Status check_replaceable(const std::string& target);
/// The permissions a new file gets: 0666 less the umask (Windows: 0666).
uint32_t new_file_permissions();

/// An open file. Closed by close() (which reports a delayed write error) or
/// by the destructor (which cannot).
class File {
 public:
  File() = default;
  File(File&& other) noexcept : handle_(std::exchange(other.handle_, kNone)) {}
  File& operator=(File&& other) noexcept;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File();

  /// Opens `path` for reading without waiting for a writer (a FIFO never
  /// blocks) and without becoming a controlling terminal.
  static Expected<File> open_read(const std::string& path);
  /// Opens `path` for appending, creating it when missing (0666 less the
  /// umask). Never blocks: a FIFO without a reader gives no_reader; the
  /// file is blocking again once open.
  static Expected<File> open_append(const std::string& path, bool create);

  /// What the open file is (fstat): the file read, not whatever the path names now.
  Expected<FileInfo> info() const;
  /// Reads up to `size` bytes; 0 at the end of the file.
  Expected<size_t> read(char* buffer, size_t size);
  /// Writes all of `data`, retrying interrupted and short writes.
  Status write_all(std::string_view data);
  /// Cuts a regular file back to `size` bytes.
  Status truncate(uint64_t size);
  /// Closes the file, reporting the error a delayed write gives.
  Status close();
  bool is_open() const { return handle_ != kNone; }

 private:
  static constexpr intptr_t kNone = -1;
  explicit File(intptr_t handle) : handle_(handle) {}
  friend class TempFile;
  intptr_t handle_ = kNone;  // a file descriptor (POSIX) or a HANDLE (Windows)
};

/// A new file being written beside its target, invisible until it is given
/// a name: where the system allows (Linux's O_TMPFILE) it has no name at
/// all, so not even SIGKILL can leave it behind; otherwise it has a hidden
/// name (".NAME.XXXXXX", shortened to stay within the name length limit)
/// that is removed on interruption (install_interrupt_cleanup) and by the
/// destructor.
class TempFile {
 public:
  TempFile() = default;
  TempFile(TempFile&& other) noexcept;
  TempFile& operator=(TempFile&& other) noexcept;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile();

  /// Creates the file in the directory of `target` (which must exist).
  static Expected<TempFile> create_beside(const std::string& target);
  /// Writes `data`, then flushes it to the disk and sets `permissions`.
  Status write_and_sync(std::string_view data, uint32_t permissions);
  /// Gives the file a hidden temporary name beside its target (where it has
  /// none yet) and returns it; the name stays registered for removal on
  /// interruption until release_name() or the destructor.
  Expected<std::string> name();
  /// Gives the file the name `target` only when nothing has that name; an
  /// existing file is never replaced (exists). The file is then no longer temporary.
  Status link_as_new(const std::string& target);
  /// Forgets the temporary name after the file was renamed away from it.
  void release_name();

 private:
  File file_;
  std::string dir_;     // the directory of the target ("." for a bare name)
  std::string target_;  // the target the file is for
  std::string name_;    // its hidden name, when it has one
  int slot_ = -1;       // its slot in the interrupt cleanup list
};

/// A fresh hidden name beside `target` for a file of plancheck's own
/// (".NAME.TAG.XXXXXX"), within the name length limit; nothing is created.
std::string unique_name_beside(const std::string& target, std::string_view tag);

// --- standard streams and the terminal ------------------------------------------------------

enum class Stream : uint8_t { out, err };

/// Whether `stream` is a terminal (a console) that a person reads.
bool is_terminal(Stream stream);
/// Makes a terminal show colour escapes (Windows: virtual terminal
/// processing); false when it cannot.
bool enable_colour(Stream stream);
/// What the standard output is, when the system can tell (fstat of 1).
Expected<FileInfo> stream_info(Stream stream);
/// Writes all of `data` to the stream, unbuffered.
Status write_stream(Stream stream, std::string_view data);
/// Closes standard output, reporting a write error the system delayed
/// (a full disk on NFS, for one).
Status close_stream(Stream stream);

// --- the process ----------------------------------------------------------------------------

/// Sets up the process before anything runs: a standard stream closed at
/// start stays taken (its use fails instead of reaching a file opened
/// later); a closed pipe on standard output is an error value, not a signal
/// (POSIX: SIGPIPE ignored); the console takes UTF-8 (Windows); interrupt
/// cleanup is installed.
void prepare_process();

/// The command line as UTF-8 (Windows: from GetCommandLineW, not the ANSI argv).
std::vector<std::string> arguments(int argc, char** argv);

/// The environment variable `name`, when set (even to an empty value).
std::optional<std::string> environment(std::string_view name);

/// The local calendar year now.
int current_year();

/// Makes an interruption (SIGINT, SIGTERM, SIGHUP; Windows: Ctrl-C, Ctrl-Break
/// and closing the console) remove every registered temporary file before
/// the process ends the way the signal ends it. prepare_process() calls it.
void install_interrupt_cleanup();

/// While one of these lives, an interruption waits: it takes effect when the
/// last one ends (putting several files in place and rolling back happen
/// as one step).
class DeferInterrupts {
 public:
  DeferInterrupts();
  ~DeferInterrupts();
  DeferInterrupts(const DeferInterrupts&) = delete;
  DeferInterrupts& operator=(const DeferInterrupts&) = delete;
};

/// Registers `path` for removal on interruption; the slot to unregister
/// with, or -1 when the list is full (the file is then only removed by
/// whoever made it).
int register_temporary(const std::string& path);
/// Unregisters a slot from register_temporary() (-1 is ignored).
void unregister_temporary(int slot);
/// Removes every registered temporary file now, for a process that ends
/// without unwinding (async-signal-safe).
void remove_registered_temporaries();

}  // namespace plancheck::platform
