// The platform layer on Windows (mingw-w64, the wide-character Win32 API):
// see platform.h. Paths and text are UTF-8 inside plancheck and UTF-16 at
// every call into the system.

#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0601  // Windows 7: FindExInfoBasic, GetFinalPathNameByHandleW
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <shellapi.h>
#include <winioctl.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <thread>

#include "base/platform.h"
#include "base/platform_clock.h"
#include "base/platform_paths.h"
#include "base/platform_process.h"

#ifndef ENABLE_VIRTUAL_TERMINAL_PROCESSING
#define ENABLE_VIRTUAL_TERMINAL_PROCESSING 0x0004
#endif

namespace plancheck::platform {

namespace {

// --- text and errors ------------------------------------------------------------------------

/// UTF-8 as UTF-16 (an invalid sequence becomes U+FFFD).
std::wstring wide(std::string_view utf8) {
  if (utf8.empty()) return {};
  const int size = static_cast<int>(utf8.size());
  const int n = ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, nullptr, 0);
  std::wstring out(static_cast<size_t>(n), L'\0');
  ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, out.data(), n);
  return out;
}

/// UTF-16 as UTF-8.
std::string narrow(std::wstring_view text) {
  if (text.empty()) return {};
  const int size = static_cast<int>(text.size());
  const int n = ::WideCharToMultiByte(CP_UTF8, 0, text.data(), size, nullptr, 0, nullptr, nullptr);
  std::string out(static_cast<size_t>(n), '\0');
  ::WideCharToMultiByte(CP_UTF8, 0, text.data(), size, out.data(), n, nullptr, nullptr);
  return out;
}

ErrorKind kind_of(DWORD code) {
  switch (code) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_NET_NAME:
    case ERROR_INVALID_NAME:
    case ERROR_DIRECTORY: return ErrorKind::not_found;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS: return ErrorKind::exists;
    case ERROR_ACCESS_DENIED:
    case ERROR_PRIVILEGE_NOT_HELD: return ErrorKind::permission_denied;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL: return ErrorKind::no_space;
    case ERROR_FILE_TOO_LARGE: return ErrorKind::file_too_large;
    case ERROR_WRITE_PROTECT: return ErrorKind::read_only;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION: return ErrorKind::busy;
    case ERROR_FILENAME_EXCED_RANGE: return ErrorKind::name_too_long;
    case ERROR_CANT_RESOLVE_FILENAME: return ErrorKind::link_loop;
    case ERROR_BROKEN_PIPE:
    case ERROR_NO_DATA: return ErrorKind::broken_pipe;
    case ERROR_PIPE_BUSY: return ErrorKind::no_reader;
    case ERROR_NOT_SUPPORTED:
    case ERROR_INVALID_FUNCTION:
    case ERROR_CALL_NOT_IMPLEMENTED:
    case ERROR_NOT_SAME_DEVICE:
    case ERROR_NOT_A_REPARSE_POINT: return ErrorKind::not_supported;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY: return ErrorKind::out_of_memory;
    default: return ErrorKind::other;
  }
}

/// The words for a kind, the same as on Linux (so messages and golden
/// outputs agree across systems); null where the system's own words fit better.
const char* words_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::not_found: return "No such file or directory";
    case ErrorKind::exists: return "File exists";
    case ErrorKind::permission_denied: return "Permission denied";
    case ErrorKind::is_directory: return "Is a directory";
    case ErrorKind::not_regular: return "not a regular file";
    case ErrorKind::no_space: return "No space left on device";
    case ErrorKind::file_too_large: return "File too large";
    case ErrorKind::read_only: return "Read-only file system";
    case ErrorKind::name_too_long: return "File name too long";
    case ErrorKind::link_loop: return "Too many levels of symbolic links";
    case ErrorKind::broken_pipe: return "Broken pipe";
    case ErrorKind::no_reader: return "No such device or address";
    case ErrorKind::not_supported: return "Operation not supported";
    case ErrorKind::out_of_memory: return "Cannot allocate memory";
    case ErrorKind::not_directory: return "Not a directory";
    case ErrorKind::too_many_links: return "Too many links";
    case ErrorKind::io: return "Input/output error";
    case ErrorKind::busy:
    case ErrorKind::other: break;
  }
  return nullptr;
}

/// The system's message for `code`, in UTF-8, without the trailing line break.
std::string system_message(DWORD code) {
  wchar_t* buffer = nullptr;
  const DWORD n = ::FormatMessageW(
      FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
      nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
  std::string text = n > 0 ? narrow(std::wstring_view(buffer, n)) : "";
  if (buffer) ::LocalFree(buffer);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                           text.back() == '.')) {
    text.pop_back();
  }
  return text.empty() ? "Windows error " + std::to_string(code) : text;
}

Error error_from(DWORD code) {
  const ErrorKind kind = kind_of(code);
  const char* words = words_of(kind);
  return Error{kind, static_cast<int>(code), words ? words : system_message(code)};
}

/// The error GetLastError() holds now.
Error last_error() { return error_from(::GetLastError()); }

HANDLE handle_of(intptr_t handle) { return reinterpret_cast<HANDLE>(handle); }  // NOLINT
intptr_t handle_value(HANDLE handle) { return reinterpret_cast<intptr_t>(handle); }  // NOLINT

/// Closes a handle when it goes out of scope.
class ScopedHandle {
 public:
  explicit ScopedHandle(HANDLE h) : h_(h) {}
  ~ScopedHandle() {
    if (ok()) ::CloseHandle(h_);
  }
  ScopedHandle(const ScopedHandle&) = delete;
  ScopedHandle& operator=(const ScopedHandle&) = delete;
  bool ok() const { return h_ != INVALID_HANDLE_VALUE && h_ != nullptr; }
  HANDLE get() const { return h_; }

 private:
  HANDLE h_;
};

constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

/// Opens `path` to ask about it (directories too); `no_follow` opens a
/// symbolic link itself.
HANDLE open_for_info(const std::string& path, bool no_follow) {
  const DWORD flags = FILE_FLAG_BACKUP_SEMANTICS | (no_follow ? FILE_FLAG_OPEN_REPARSE_POINT : 0);
  return ::CreateFileW(wide(path).c_str(), FILE_READ_ATTRIBUTES, kShareAll, nullptr, OPEN_EXISTING,
                       flags, nullptr);
}

bool is_symlink(HANDLE h, DWORD attributes) {
  if (!(attributes & FILE_ATTRIBUTE_REPARSE_POINT)) return false;
  FILE_ATTRIBUTE_TAG_INFO tag{};
  if (!::GetFileInformationByHandleEx(h, FileAttributeTagInfo, &tag, sizeof tag)) return false;
  return tag.ReparseTag == IO_REPARSE_TAG_SYMLINK || tag.ReparseTag == IO_REPARSE_TAG_MOUNT_POINT;
}

/// What the open handle `h` is.
Expected<FileInfo> info_of(HANDLE h) {
  FileInfo info;
  const DWORD type = ::GetFileType(h);
  if (type == FILE_TYPE_CHAR) {
    info.type = FileType::device;
    info.permissions = 0666;
    return info;
  }
  if (type == FILE_TYPE_PIPE) {
    info.type = FileType::fifo;
    info.permissions = 0666;
    return info;
  }
  BY_HANDLE_FILE_INFORMATION st{};
  if (!::GetFileInformationByHandle(h, &st)) return last_error();
  const DWORD a = st.dwFileAttributes;
  info.type = is_symlink(h, a)                       ? FileType::symlink
              : (a & FILE_ATTRIBUTE_DIRECTORY) != 0 ? FileType::directory
                                                     : FileType::regular;
  info.size = (static_cast<uint64_t>(st.nFileSizeHigh) << 32) | st.nFileSizeLow;
  info.id = FileId{st.dwVolumeSerialNumber,
                   (static_cast<uint64_t>(st.nFileIndexHigh) << 32) | st.nFileIndexLow};
  info.permissions = (a & FILE_ATTRIBUTE_READONLY) ? 0444 : 0666;
  return info;
}

Expected<FileInfo> path_info(const std::string& path, bool no_follow) {
  const ScopedHandle h(open_for_info(path, no_follow));
  if (!h.ok()) return last_error();
  return info_of(h.get());
}

bool separator(char c) { return c == '/' || c == '\\'; }

/// The directory part of `path` ("." for a bare name).
std::string directory_of(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  if (slash == std::string::npos) return path.size() == 2 && path[1] == ':' ? path : ".";
  if (slash == 0 || (slash == 2 && path[1] == ':')) return path.substr(0, slash + 1);
  return path.substr(0, slash);
}

std::string file_name_of(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// MoveFileExW, tried again for a moment while another program (a virus
/// scanner, an indexer) holds the file open.
bool move_file(const std::string& from, const std::string& to, DWORD flags) {
  const std::wstring f = wide(from);
  const std::wstring t = wide(to);
  for (int attempt = 0;; ++attempt) {
    if (::MoveFileExW(f.c_str(), t.c_str(), flags)) return true;
    const DWORD code = ::GetLastError();
    if (attempt >= 10 || (code != ERROR_SHARING_VIOLATION && code != ERROR_LOCK_VIOLATION &&
                          code != ERROR_ACCESS_DENIED)) {
      ::SetLastError(code);
      return false;
    }
    ::Sleep(20);
  }
}

// --- interrupt cleanup: a fixed list of paths the console handler deletes -------------------

constexpr int kSlots = 64;
constexpr size_t kSlotChars = 1024;
enum SlotState : int { kFree = 0, kWriting = 1, kLive = 2 };
struct Slot {
  std::atomic<int> state{kFree};
  wchar_t path[kSlotChars];
};
Slot g_slots[kSlots];
std::atomic<int> g_deferred{0};  // live DeferInterrupts
std::atomic<int> g_pending{0};   // an interruption that came while deferred

void remove_registered() {
  for (Slot& slot : g_slots) {
    if (slot.state.load(std::memory_order_acquire) == kLive) ::DeleteFileW(slot.path);
  }
}

/// The exit code of a process ended by Ctrl-C (STATUS_CONTROL_C_EXIT).
constexpr UINT kInterruptedExit = 0xC000013AU;

/// Runs on a thread of its own for Ctrl-C, Ctrl-Break, closing the console,
/// logging off and shutting down.
BOOL WINAPI on_console_event(DWORD /*event*/) {
  if (g_deferred.load() > 0) {
    g_pending.store(1);
    return TRUE;  // the last DeferInterrupts ends the process
  }
  remove_registered();
  return FALSE;  // the default handler ends the process
}

// --- standard streams -----------------------------------------------------------------------

DWORD std_handle_id(Stream stream) {
  return stream == Stream::out ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE;
}

HANDLE std_handle(Stream stream) { return ::GetStdHandle(std_handle_id(stream)); }

bool is_console(HANDLE h) {
  DWORD mode = 0;
  return h != nullptr && h != INVALID_HANDLE_VALUE && ::GetFileType(h) == FILE_TYPE_CHAR &&
         ::GetConsoleMode(h, &mode) != 0;
}

/// Writes all of `data` to `h` with WriteFile.
Status write_handle(HANDLE h, std::string_view data) {
  if (h == nullptr || h == INVALID_HANDLE_VALUE) return error_from(ERROR_INVALID_HANDLE);
  while (!data.empty()) {
    const DWORD chunk = static_cast<DWORD>(std::min<size_t>(data.size(), 1U << 30));
    DWORD written = 0;
    if (!::WriteFile(h, data.data(), chunk, &written, nullptr)) return last_error();
    data.remove_prefix(written);
  }
  return std::nullopt;
}

/// The bytes at the end of `data` that begin a UTF-8 sequence not yet complete.
size_t incomplete_tail(std::string_view data) {
  const size_t n = data.size();
  for (size_t back = 1; back <= 3 && back <= n; ++back) {
    const auto c = static_cast<unsigned char>(data[n - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/// Writes UTF-8 to a console as UTF-16 (WriteConsoleW shows every
/// character whatever the console's code page); a sequence cut at the end
/// of one write is completed by the next.
Status write_console(HANDLE h, Stream stream, std::string_view data) {
  static std::string pending[2];
  std::string& carry = pending[stream == Stream::out ? 0 : 1];
  std::string text = carry;
  text.append(data);
  const size_t keep = text.size() - incomplete_tail(text);
  carry.assign(text, keep);
  text.erase(keep);
  const std::wstring w = wide(text);
  std::wstring_view rest = w;
  while (!rest.empty()) {
    const DWORD chunk = static_cast<DWORD>(std::min<size_t>(rest.size(), 8192));
    DWORD written = 0;
    if (!::WriteConsoleW(h, rest.data(), chunk, &written, nullptr)) return last_error();
    if (written == 0) return error_from(ERROR_WRITE_FAULT);
    rest.remove_prefix(written);
  }
  return std::nullopt;
}

/// A mix of the clock, the process id and a counter (for unique names; a
/// name taken meanwhile is detected by CREATE_NEW and another one tried).
uint64_t random_bits() {
  static std::atomic<uint64_t> counter{0};
  LARGE_INTEGER now{};
  ::QueryPerformanceCounter(&now);
  uint64_t x = static_cast<uint64_t>(now.QuadPart) ^
               (static_cast<uint64_t>(::GetCurrentProcessId()) << 32) ^ ::GetTickCount64() ^
               (counter.fetch_add(1) * 0x9E3779B97F4A7C15ULL);
  // splitmix64's finaliser spreads every input bit over the result.
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

/// The reparse data of a symbolic link (ntifs.h's REPARSE_DATA_BUFFER, the
/// part for symbolic links and junctions).
struct ReparseData {
  ULONG tag;
  USHORT data_length;
  USHORT reserved;
  USHORT substitute_offset;
  USHORT substitute_length;
  USHORT print_offset;
  USHORT print_length;
};

}  // namespace

// --- errors and paths -----------------------------------------------------------------------

Error error_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::not_found: return error_from(ERROR_FILE_NOT_FOUND);
    case ErrorKind::exists: return error_from(ERROR_FILE_EXISTS);
    case ErrorKind::permission_denied: return error_from(ERROR_ACCESS_DENIED);
    case ErrorKind::no_space: return error_from(ERROR_DISK_FULL);
    case ErrorKind::file_too_large: return error_from(ERROR_FILE_TOO_LARGE);
    case ErrorKind::read_only: return error_from(ERROR_WRITE_PROTECT);
    case ErrorKind::busy: return error_from(ERROR_SHARING_VIOLATION);
    case ErrorKind::name_too_long: return error_from(ERROR_FILENAME_EXCED_RANGE);
    case ErrorKind::broken_pipe: return error_from(ERROR_BROKEN_PIPE);
    case ErrorKind::not_supported: return error_from(ERROR_NOT_SUPPORTED);
    case ErrorKind::out_of_memory: return error_from(ERROR_NOT_ENOUGH_MEMORY);
    case ErrorKind::is_directory:
    case ErrorKind::not_regular:
    case ErrorKind::link_loop:
    case ErrorKind::not_directory:
    case ErrorKind::too_many_links:
    case ErrorKind::io:
    case ErrorKind::no_reader: return Error{kind, 0, words_of(kind)};
    case ErrorKind::other: break;
  }
  return Error{ErrorKind::other, 0, "unknown error"};
}

bool is_separator(char c) { return separator(c); }

PathRoot path_root(std::string_view path) {
  // \\server\share and \\?\C: (device paths) name their root in full.
  if (path.size() >= 2 && separator(path[0]) && separator(path[1])) {
    size_t end = 2;
    for (int part = 0; part < 2 && end < path.size(); ++part) {
      while (end < path.size() && !separator(path[end])) ++end;
      if (part == 0 && end < path.size()) ++end;
    }
    return PathRoot{std::string(path.substr(0, end)), true};
  }
  if (path.size() >= 2 && path[1] == ':' && std::isalpha(static_cast<unsigned char>(path[0]))) {
    // C:\x is absolute; C:x is relative to drive C:'s current directory.
    return PathRoot{std::string(path.substr(0, 2)), path.size() > 2 && separator(path[2])};
  }
  return PathRoot{"", !path.empty() && separator(path[0])};
}

size_t max_name_length(const std::string& /*path*/) {
  // NTFS, FAT32 and exFAT allow 255 UTF-16 units; 255 bytes of UTF-8 never exceed that.
  return 255;
}

Expected<std::string> current_directory() {
  const DWORD n = ::GetCurrentDirectoryW(0, nullptr);
  if (n == 0) return last_error();
  std::wstring buffer(n, L'\0');
  const DWORD got = ::GetCurrentDirectoryW(n, buffer.data());
  if (got == 0 || got >= n) return last_error();
  buffer.resize(got);
  return narrow(buffer);
}

// --- files and directories ------------------------------------------------------------------

Expected<FileInfo> file_info(const std::string& path) { return path_info(path, false); }

Expected<FileInfo> link_info(const std::string& path) { return path_info(path, true); }

Status check_readable(const std::string& path) {
  const ScopedHandle h(::CreateFileW(wide(path).c_str(), GENERIC_READ, kShareAll, nullptr,
                                     OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
  if (!h.ok()) return last_error();
  return std::nullopt;
}

Expected<std::string> read_link(const std::string& path) {
  const ScopedHandle h(open_for_info(path, true));
  if (!h.ok()) return last_error();
  std::vector<char> buffer(MAXIMUM_REPARSE_DATA_BUFFER_SIZE);
  DWORD got = 0;
  if (!::DeviceIoControl(h.get(), FSCTL_GET_REPARSE_POINT, nullptr, 0, buffer.data(),
                         static_cast<DWORD>(buffer.size()), &got, nullptr)) {
    return last_error();
  }
  ReparseData head{};
  if (got < sizeof head) return error_from(ERROR_NOT_A_REPARSE_POINT);
  std::memcpy(&head, buffer.data(), sizeof head);
  // Symbolic links have a flags word before their names; junctions do not.
  size_t names = sizeof head;
  if (head.tag == IO_REPARSE_TAG_SYMLINK) {
    names += sizeof(ULONG);
  } else if (head.tag != IO_REPARSE_TAG_MOUNT_POINT) {
    return error_from(ERROR_NOT_A_REPARSE_POINT);
  }
  const size_t offset = names + head.print_offset;
  if (offset + head.print_length > got) return error_from(ERROR_INVALID_DATA);
  std::wstring text(head.print_length / sizeof(wchar_t), L'\0');
  std::memcpy(text.data(), buffer.data() + offset, text.size() * sizeof(wchar_t));
  return narrow(text);
}

Expected<std::string> canonical(const std::string& path) {
  const ScopedHandle h(open_for_info(path, false));
  if (!h.ok()) return last_error();
  std::wstring buffer(MAX_PATH, L'\0');
  for (;;) {
    const DWORD n = ::GetFinalPathNameByHandleW(h.get(), buffer.data(),
                                                static_cast<DWORD>(buffer.size()), 0);
    if (n == 0) return last_error();
    if (n < buffer.size()) {
      buffer.resize(n);
      break;
    }
    buffer.resize(n + 1);
  }
  // \\?\C:\x is C:\x; \\?\UNC\server\share is \\server\share.
  if (buffer.starts_with(L"\\\\?\\UNC\\")) {
    buffer.replace(0, 8, L"\\\\");
  } else if (buffer.starts_with(L"\\\\?\\")) {
    buffer.erase(0, 4);
  }
  return narrow(buffer);
}

Expected<std::vector<std::string>> list_directory(const std::string& path) {
  std::string pattern = path;
  if (!pattern.empty() && !separator(pattern.back())) pattern += '\\';
  pattern += '*';
  WIN32_FIND_DATAW entry{};
  HANDLE find = ::FindFirstFileExW(wide(pattern).c_str(), FindExInfoBasic, &entry,
                                   FindExSearchNameMatch, nullptr, FIND_FIRST_EX_LARGE_FETCH);
  std::vector<std::string> names;
  if (find == INVALID_HANDLE_VALUE) {
    // The root of an empty drive has no "." and "..": nothing matches.
    if (::GetLastError() == ERROR_FILE_NOT_FOUND) return names;
    return last_error();
  }
  DWORD code = ERROR_NO_MORE_FILES;
  for (;;) {
    const std::wstring_view name = entry.cFileName;
    if (name != L"." && name != L"..") names.push_back(narrow(name));
    if (!::FindNextFileW(find, &entry)) {
      code = ::GetLastError();
      break;
    }
  }
  ::FindClose(find);
  if (code != ERROR_NO_MORE_FILES) return error_from(code);
  return names;
}

Status make_directory(const std::string& path) {
  if (!::CreateDirectoryW(wide(path).c_str(), nullptr)) return last_error();
  return std::nullopt;
}

Status remove_directory(const std::string& path) {
  if (!::RemoveDirectoryW(wide(path).c_str())) return last_error();
  return std::nullopt;
}

Status remove_file(const std::string& path) {
  if (!::DeleteFileW(wide(path).c_str())) return last_error();
  return std::nullopt;
}

Status rename_replacing(const std::string& from, const std::string& to) {
  if (!move_file(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return last_error();
  return std::nullopt;
}

Status hard_link(const std::string& existing, const std::string& link) {
  if (!::CreateHardLinkW(wide(link).c_str(), wide(existing).c_str(), nullptr)) return last_error();
  return std::nullopt;
}

Status check_replaceable(const std::string& target) {
  const DWORD dir = ::GetFileAttributesW(wide(directory_of(target)).c_str());
  if (dir == INVALID_FILE_ATTRIBUTES) return last_error();
  if (!(dir & FILE_ATTRIBUTE_DIRECTORY)) return error_from(ERROR_DIRECTORY);
  const DWORD a = ::GetFileAttributesW(wide(target).c_str());
  if (a == INVALID_FILE_ATTRIBUTES) return std::nullopt;  // nothing to replace
  if (a & FILE_ATTRIBUTE_DIRECTORY) return error_of(ErrorKind::is_directory);
  // MoveFileEx refuses to replace a read-only file.
  if (a & FILE_ATTRIBUTE_READONLY) return error_from(ERROR_ACCESS_DENIED);
  return std::nullopt;
}

uint32_t new_file_permissions() { return 0666; }

// --- File -----------------------------------------------------------------------------------

File& File::operator=(File&& other) noexcept {
  if (this != &other) {
    if (handle_ != kNone) ::CloseHandle(handle_of(handle_));
    handle_ = std::exchange(other.handle_, kNone);
  }
  return *this;
}

File::~File() {
  if (handle_ != kNone) ::CloseHandle(handle_of(handle_));
}

Expected<File> File::open_read(const std::string& path) {
  const std::wstring name = wide(path);
  HANDLE h = ::CreateFileW(name.c_str(), GENERIC_READ, kShareAll, nullptr, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN, nullptr);
  if (h == INVALID_HANDLE_VALUE) {
    const DWORD code = ::GetLastError();
    const DWORD a = ::GetFileAttributesW(name.c_str());
    if (code == ERROR_ACCESS_DENIED && a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY)) {
      return error_of(ErrorKind::is_directory);
    }
    return error_from(code);
  }
  return File(handle_value(h));
}

Expected<File> File::open_append(const std::string& path, bool create) {
  HANDLE h = ::CreateFileW(wide(path).c_str(), GENERIC_WRITE, kShareAll, nullptr,
                           create ? OPEN_ALWAYS : OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (h == INVALID_HANDLE_VALUE) return last_error();
  File file(handle_value(h));
  // Appending: plancheck is the one writer, so one move to the end is enough.
  if (::GetFileType(h) == FILE_TYPE_DISK) {
    LARGE_INTEGER zero{};
    if (!::SetFilePointerEx(h, zero, nullptr, FILE_END)) return last_error();
  }
  return file;
}

Expected<FileInfo> File::info() const { return info_of(handle_of(handle_)); }

Expected<size_t> File::read(char* buffer, size_t size) {
  DWORD got = 0;
  const DWORD want = static_cast<DWORD>(std::min<size_t>(size, 1U << 30));
  if (!::ReadFile(handle_of(handle_), buffer, want, &got, nullptr)) {
    if (::GetLastError() == ERROR_BROKEN_PIPE) return size_t{0};  // the writer has closed the pipe
    return last_error();
  }
  return static_cast<size_t>(got);
}

Status File::write_all(std::string_view data) { return write_handle(handle_of(handle_), data); }

Status File::truncate(uint64_t size) {
  LARGE_INTEGER at{};
  at.QuadPart = static_cast<LONGLONG>(size);
  if (!::SetFilePointerEx(handle_of(handle_), at, nullptr, FILE_BEGIN)) return last_error();
  if (!::SetEndOfFile(handle_of(handle_))) return last_error();
  return std::nullopt;
}

Status File::close() {
  HANDLE h = handle_of(std::exchange(handle_, kNone));
  if (!::CloseHandle(h)) return last_error();
  return std::nullopt;
}

// --- TempFile -------------------------------------------------------------------------------
// Windows has no unnamed files: a temporary file always has its hidden
// name, registered for removal by the console handler.

TempFile::TempFile(TempFile&& other) noexcept
    : file_(std::move(other.file_)),
      dir_(std::move(other.dir_)),
      target_(std::move(other.target_)),
      name_(std::exchange(other.name_, {})),
      slot_(std::exchange(other.slot_, -1)) {}

TempFile& TempFile::operator=(TempFile&& other) noexcept {
  if (this != &other) {
    if (file_.is_open()) file_.close();
    if (!name_.empty()) ::DeleteFileW(wide(name_).c_str());
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
  if (file_.is_open()) file_.close();
  if (!name_.empty()) ::DeleteFileW(wide(name_).c_str());
  unregister_temporary(slot_);
}

Expected<TempFile> TempFile::create_beside(const std::string& target) {
  TempFile temp;
  temp.dir_ = directory_of(target);
  temp.target_ = target;
  // The name is registered before the file exists, so that an interruption
  // in between cannot leave it behind.
  const DeferInterrupts defer;
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = unique_name_beside(target, "tmp");
    // FILE_SHARE_DELETE: the file can be renamed into place while open; no
    // DELETE access, so that another program (libxlsxwriter) may open it too.
    HANDLE h = ::CreateFileW(wide(name).c_str(), GENERIC_READ | GENERIC_WRITE, kShareAll,
                             nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
      const DWORD code = ::GetLastError();
      if (code == ERROR_FILE_EXISTS || code == ERROR_ALREADY_EXISTS) continue;
      return error_from(code);
    }
    temp.file_ = File(handle_value(h));
    temp.name_ = std::move(name);
    temp.slot_ = register_temporary(temp.name_);
    return temp;
  }
  return error_from(ERROR_FILE_EXISTS);
}

Status TempFile::write_and_sync(std::string_view data, uint32_t permissions) {
  if (auto error = file_.write_all(data)) return error;
  if (!::FlushFileBuffers(handle_of(file_.handle_))) return last_error();
  // Windows keeps one permission bit: read-only. The file is closed now, so
  // that it can be renamed and read whatever other programs do meanwhile.
  if (auto error = file_.close()) return error;
  if (!(permissions & 0222)) {
    const std::wstring name = wide(name_);
    const DWORD a = ::GetFileAttributesW(name.c_str());
    if (a == INVALID_FILE_ATTRIBUTES || !::SetFileAttributesW(name.c_str(), a | FILE_ATTRIBUTE_READONLY)) {
      return last_error();
    }
  }
  return std::nullopt;
}

Expected<std::string> TempFile::name() { return name_; }

Status TempFile::link_as_new(const std::string& target) {
  if (file_.is_open()) {
    if (auto error = file_.close()) return error;
  }
  // Without MOVEFILE_REPLACE_EXISTING the move refuses an existing name: the
  // check and the creation are one step.
  if (!move_file(name_, target, MOVEFILE_WRITE_THROUGH)) return last_error();
  release_name();
  return std::nullopt;
}

void TempFile::release_name() {
  name_.clear();
  unregister_temporary(std::exchange(slot_, -1));
}

std::string unique_name_beside(const std::string& target, std::string_view tag) {
  static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";  // one case: NTFS ignores it
  uint64_t random = random_bits();
  std::string suffix = "." + std::string(tag) + ".";
  for (int i = 0; i < 8; ++i) {
    suffix += kLetters[random % (sizeof kLetters - 1)];
    random /= sizeof kLetters - 1;
  }
  std::string name = file_name_of(target);
  const size_t limit = max_name_length(target);
  const size_t room = limit > suffix.size() + 1 ? limit - suffix.size() - 1 : 0;
  if (name.size() > room) {
    size_t cut = room;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  const size_t slash = target.find_last_of("/\\");
  const std::string base = "." + name + suffix;
  return slash == std::string::npos ? base : target.substr(0, slash + 1) + base;
}

// --- standard streams -----------------------------------------------------------------------

bool is_terminal(Stream stream) { return is_console(std_handle(stream)); }

bool enable_colour(Stream stream) {
  HANDLE h = std_handle(stream);
  DWORD mode = 0;
  if (!is_console(h) || !::GetConsoleMode(h, &mode)) return false;
  if (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) return true;
  // Refused by consoles before Windows 10: no colour there.
  return ::SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
}

Expected<FileInfo> stream_info(Stream stream) {
  HANDLE h = std_handle(stream);
  if (h == nullptr || h == INVALID_HANDLE_VALUE) return error_from(ERROR_INVALID_HANDLE);
  return info_of(h);
}

Status write_stream(Stream stream, std::string_view data) {
  HANDLE h = std_handle(stream);
  if (is_console(h)) return write_console(h, stream, data);
  return write_handle(h, data);
}

Status close_stream(Stream stream) {
  HANDLE h = std_handle(stream);
  if (h == nullptr || h == INVALID_HANDLE_VALUE || is_console(h)) return std::nullopt;
  Status result;
  if (!::CloseHandle(h)) result = last_error();
  // The handle stays taken by the null device: later writes go nowhere.
  HANDLE null = ::CreateFileW(L"NUL", GENERIC_WRITE, kShareAll, nullptr, OPEN_EXISTING, 0, nullptr);
  ::SetStdHandle(std_handle_id(stream), null == INVALID_HANDLE_VALUE ? nullptr : null);
  return result;
}

// --- the process ----------------------------------------------------------------------------

void prepare_process() {
  // No "insert a disk" or "the drive is not ready" dialogs: errors instead.
  ::SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
  // The console shows UTF-8 (for what other programs write to it after us;
  // plancheck itself writes UTF-16 to a console).
  ::SetConsoleOutputCP(CP_UTF8);
  install_interrupt_cleanup();
}

std::vector<std::string> arguments(int argc, char** argv) {
  int count = 0;
  wchar_t** wargv = ::CommandLineToArgvW(::GetCommandLineW(), &count);
  if (!wargv) return std::vector<std::string>(argv, argv + argc);
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) out.push_back(narrow(wargv[i]));
  ::LocalFree(wargv);
  return out;
}

std::optional<std::string> environment(std::string_view name) {
  const std::wstring key = wide(name);
  ::SetLastError(ERROR_SUCCESS);
  const DWORD n = ::GetEnvironmentVariableW(key.c_str(), nullptr, 0);
  if (n == 0) {
    if (::GetLastError() == ERROR_ENVVAR_NOT_FOUND) return std::nullopt;
    return std::string();
  }
  std::wstring value(n, L'\0');
  const DWORD got = ::GetEnvironmentVariableW(key.c_str(), value.data(), n);
  value.resize(got < n ? got : 0);
  return narrow(value);
}

int current_year() {
  SYSTEMTIME now{};
  ::GetLocalTime(&now);
  return now.wYear;
}

Date current_date() {
  SYSTEMTIME now{};
  ::GetLocalTime(&now);
  return Date{now.wYear, now.wMonth, now.wDay};
}

void install_interrupt_cleanup() { ::SetConsoleCtrlHandler(on_console_event, TRUE); }

DeferInterrupts::DeferInterrupts() { g_deferred.fetch_add(1); }

DeferInterrupts::~DeferInterrupts() {
  if (g_deferred.fetch_sub(1) != 1) return;
  if (g_pending.exchange(0) != 0) {
    remove_registered();
    ::ExitProcess(kInterruptedExit);
  }
}

int register_temporary(const std::string& path) {
  const std::wstring name = wide(path);
  if (name.size() >= kSlotChars) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!g_slots[i].state.compare_exchange_strong(expected, kWriting)) continue;
    std::memcpy(g_slots[i].path, name.c_str(), (name.size() + 1) * sizeof(wchar_t));
    g_slots[i].state.store(kLive, std::memory_order_release);
    return i;
  }
  return -1;
}

void remove_registered_temporaries() { remove_registered(); }

void unregister_temporary(int slot) {
  if (slot >= 0 && slot < kSlots) g_slots[slot].state.store(kFree, std::memory_order_release);
}

// --- running another program (platform_process.h) ----------------------------------------

namespace {

/// One argument quoted so that CommandLineToArgvW (the C runtime's rule)
/// reads it back unchanged.
std::wstring quoted_argument(const std::wstring& arg) {
  if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) return arg;
  std::wstring out = L"\"";
  size_t backslashes = 0;
  for (const wchar_t c : arg) {
    if (c == L'\\') {
      ++backslashes;
      continue;
    }
    out.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
    backslashes = 0;
    out += c;
  }
  out.append(backslashes * 2, L'\\');
  out += L'"';
  return out;
}

/// Reads `pipe` to its end into `out`.
void drain(HANDLE pipe, std::string& out) {
  char buffer[65536];
  DWORD n = 0;
  while (::ReadFile(pipe, buffer, sizeof buffer, &n, nullptr) && n > 0) out.append(buffer, n);
}

/// A pipe whose end `keep` (0: read, 1: write) stays with plancheck and is not inherited.
bool make_pipe(HANDLE ends[2], int keep) {
  SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
  if (!::CreatePipe(&ends[0], &ends[1], &inherit, 0)) return false;
  ::SetHandleInformation(ends[keep], HANDLE_FLAG_INHERIT, 0);
  return true;
}

void close_all(std::initializer_list<HANDLE> handles) {
  for (HANDLE h : handles) {
    if (h) ::CloseHandle(h);
  }
}

}  // namespace

Expected<ProcessResult> run_process(const std::vector<std::string>& command,
                                    const std::string& directory, std::string_view input) {
  HANDLE in[2] = {}, out[2] = {}, err[2] = {};
  if (!make_pipe(in, 1) || !make_pipe(out, 0) || !make_pipe(err, 0)) {
    const Error e = last_error();
    close_all({in[0], in[1], out[0], out[1], err[0], err[1]});
    return e;
  }
  std::wstring line;
  for (const std::string& arg : command) line += (line.empty() ? L"" : L" ") + quoted_argument(wide(arg));
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  startup.dwFlags = STARTF_USESTDHANDLES;
  startup.hStdInput = in[0];
  startup.hStdOutput = out[1];
  startup.hStdError = err[1];
  PROCESS_INFORMATION process{};
  const std::wstring dir = wide(directory);
  // The program is found on PATH (".exe" added) when no application name is given.
  const BOOL started = ::CreateProcessW(nullptr, line.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW,
                                        nullptr, directory.empty() ? nullptr : dir.c_str(), &startup,
                                        &process);
  const DWORD start_error = ::GetLastError();
  close_all({in[0], out[1], err[1]});  // the child's ends
  if (!started) {
    close_all({in[1], out[0], err[0]});
    return error_from(start_error);
  }
  ProcessResult result;
  // Input, output and errors at once, so that no full pipe blocks the other side.
  std::thread writer([&] {
    static_cast<void>(write_handle(in[1], input));
    ::CloseHandle(in[1]);
  });
  std::thread reader([&] { drain(out[0], result.out); });
  drain(err[0], result.err);
  writer.join();
  reader.join();
  ::WaitForSingleObject(process.hProcess, INFINITE);
  DWORD code = 0;
  ::GetExitCodeProcess(process.hProcess, &code);
  close_all({process.hProcess, process.hThread, out[0], err[0]});
  result.exit_code = static_cast<int>(code);
  return result;
}

}  // namespace plancheck::platform
