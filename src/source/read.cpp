#include "source/read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

namespace plancheck::source {

namespace fs = std::filesystem;

namespace {

ReadError error_from_errno(int err) {
  if (err == ENOENT || err == ENOTDIR) return {ReadError::Kind::not_found, std::strerror(err)};
  if (err == EISDIR) return {ReadError::Kind::is_directory, std::strerror(err)};
  return {ReadError::Kind::unreadable, std::strerror(err)};
}

}  // namespace

ReadResult read_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {{}, error_from_errno(errno)};
  if (S_ISDIR(st.st_mode)) return {{}, ReadError{ReadError::Kind::is_directory, {}}};
  if (!S_ISREG(st.st_mode)) return {{}, ReadError{ReadError::Kind::not_regular, {}}};
  if (static_cast<uint64_t>(st.st_size) > kMaxFileSize) {
    return {{}, ReadError{ReadError::Kind::too_large, std::to_string(st.st_size)}};
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return {{}, error_from_errno(errno)};
  ReadResult result;
  // One byte more than the file's size, so that the end shows as a read of
  // nothing without growing the string (growing doubles its capacity, and
  // every file's text is kept for the whole run).
  result.text.resize(static_cast<size_t>(st.st_size) + 1);
  size_t filled = 0;
  for (;;) {
    if (filled == result.text.size()) result.text.resize(filled + 4096);
    const ssize_t n = ::read(fd, result.text.data() + filled, result.text.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.error = error_from_errno(errno);
      break;
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
    if (filled > kMaxFileSize) {
      result.error = ReadError{ReadError::Kind::too_large, std::to_string(filled)};
      break;
    }
  }
  ::close(fd);
  result.text.resize(filled);
  if (result.text.capacity() - filled > 4096) result.text.shrink_to_fit();  // the file grew
  if (result.error) result.text.clear();
  return result;
}

std::string read_head(const std::string& path, size_t bytes) {
  std::string head(bytes, '\0');
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return {};
  ssize_t n = 0;
  do {
    n = ::read(fd, head.data(), bytes);
  } while (n < 0 && errno == EINTR);
  ::close(fd);
  head.resize(n > 0 ? static_cast<size_t>(n) : 0);
  return head;
}

std::string display_path(const std::string& path) {
  std::string out = path;
  while (out.starts_with("./") && out.size() > 2) out.erase(0, 2);
  return out;
}

namespace {

bool is_yaml_name(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

class Walker {
 public:
  explicit Walker(WalkResult& out) : out_(out) {}

  void directory(const fs::path& dir) {
    std::error_code ec;
    const auto canonical = fs::canonical(dir, ec);
    if (ec) return problem(WalkProblem::Kind::unreadable, dir, ec.message());
    if (!visited_.insert(canonical.string()).second) {
      return problem(WalkProblem::Kind::loop, dir, {});
    }
    std::vector<fs::path> entries;
    fs::directory_iterator it(dir, ec);
    if (ec) return problem(WalkProblem::Kind::unreadable, dir, ec.message());
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) return problem(WalkProblem::Kind::unreadable, dir, ec.message());
      entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& entry : entries) this->entry(entry);
  }

 private:
  void entry(const fs::path& path) {
    if (is_hidden(path)) return;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec) {
      // A dangling link or one that loops: only YAML-named entries matter.
      if (is_yaml_name(path)) problem(WalkProblem::Kind::unreadable, path, ec.message());
      return;
    }
    if (fs::is_directory(st)) return directory(path);
    if (fs::is_regular_file(st) && is_yaml_name(path)) {
      out_.files.push_back({display_path(path.string()), false});
    }
  }

  void problem(WalkProblem::Kind kind, const fs::path& path, std::string detail) {
    out_.problems.push_back({kind, display_path(path.string()), std::move(detail)});
  }

  WalkResult& out_;
  std::set<std::string> visited_;
};

}  // namespace

WalkResult walk(const std::vector<std::string>& paths) {
  WalkResult out;
  Walker walker(out);
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      walker.directory(path);
    } else {
      out.files.push_back({display_path(path), true});
    }
  }
  return out;
}

}  // namespace plancheck::source
