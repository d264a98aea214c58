#include "source/read.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include "base/platform.h"
#include "base/platform_paths.h"

namespace plancheck::source {

namespace {

using platform::ErrorKind;
using platform::FileType;

ReadError error_from(const platform::Error& error) {
  if (error.kind == ErrorKind::not_found || error.kind == ErrorKind::not_directory) {
    return {ReadError::Kind::not_found, error};
  }
  if (error.kind == ErrorKind::is_directory) return {ReadError::Kind::is_directory, error};
  return {ReadError::Kind::unreadable, error};
}

}  // namespace

ReadResult read_file(const std::string& path) {
  const auto st = platform::file_info(path);
  if (!st) return {{}, error_from(st.error())};
  if (st->type == FileType::directory) return {{}, ReadError{ReadError::Kind::is_directory, {}}};
  if (st->type != FileType::regular) return {{}, ReadError{ReadError::Kind::not_regular, {}}};
  if (st->size > kMaxFileSize) {
    return {{}, ReadError{ReadError::Kind::too_large, {}}};
  }
  auto file = platform::File::open_read(path);
  if (!file) return {{}, error_from(file.error())};
  ReadResult result;
  // One byte more than the file's size, so that the end shows as a read of
  // nothing without growing the string (growing doubles its capacity, and
  // every file's text is kept for the whole run).
  result.text.resize(static_cast<size_t>(st->size) + 1);
  size_t filled = 0;
  for (;;) {
    if (filled == result.text.size()) result.text.resize(filled + 4096);
    const auto n = file->read(result.text.data() + filled, result.text.size() - filled);
    if (!n) {
      result.error = error_from(n.error());
      break;
    }
    if (*n == 0) break;
    filled += *n;
    if (filled > kMaxFileSize) {
      result.error = ReadError{ReadError::Kind::too_large, {}};
      break;
    }
  }
  result.text.resize(filled);
  if (result.text.capacity() - filled > 4096) result.text.shrink_to_fit();  // the file grew
  if (result.error) result.text.clear();
  return result;
}

ReadResult read_stdin() {
  ReadResult result;
  char buffer[1 << 16];
  for (;;) {
    const size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
    result.text.append(buffer, n);
    if (result.text.size() > kMaxFileSize) {
      return {{}, ReadError{ReadError::Kind::too_large, {}}};
    }
    if (n < sizeof buffer) break;
  }
  if (std::ferror(stdin)) return {{}, ReadError{ReadError::Kind::unreadable, {ErrorKind::other, errno, std::strerror(errno)}}};
  return result;
}

std::string read_head(const std::string& path, size_t bytes) {
  std::string head(bytes, '\0');
  auto file = platform::File::open_read(path);
  if (!file) return {};
  const auto n = file->read(head.data(), bytes);
  head.resize(n ? *n : 0);
  return head;
}

std::string display_path(const std::string& path) {
  std::string out = path;
  while (out.starts_with("./") && out.size() > 2) out.erase(0, 2);
  return out;
}

namespace {

bool ends_with_yaml(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

/// `text` in ASCII lower case.
std::string folded(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string near_miss_name(std::string_view name) {
  if (ends_with_yaml(name)) return {};
  const std::string lower = folded(name);
  for (const std::string_view ext : {".yaml", ".yml"}) {
    const size_t at = lower.rfind(ext);
    if (at == std::string::npos || at == 0) continue;
    const size_t end = at + ext.size();
    if (end == lower.size() || lower[end] == '.') return std::string(name.substr(0, at)) + std::string(ext);
  }
  return {};
}

namespace {

bool is_hidden(std::string_view name) { return name.size() > 1 && name[0] == '.' && name != ".."; }

/// `dir` and `name` joined with one separator: '/', or on Windows a backslash when
/// `dir` is written with backslashes.
std::string joined(const std::string& dir, const std::string& name) {
  if (!dir.empty() && platform::is_separator(dir.back())) return dir + name;
  const bool backslashes = platform::is_separator('\\') && dir.find('\\') != std::string::npos;
  return dir + (backslashes ? '\\' : '/') + name;
}

class Walker {
 public:
  explicit Walker(WalkResult& out) : out_(out) {}

  void directory(const std::string& dir) {
    const auto canonical = platform::canonical(dir);
    if (!canonical) return problem(WalkProblem::Kind::unreadable, dir, canonical.error());
    if (!visited_.insert(*canonical).second) return problem(WalkProblem::Kind::loop, dir, {});
    auto names = platform::list_directory(dir);
    if (!names) return problem(WalkProblem::Kind::unreadable, dir, names.error());
    std::sort(names->begin(), names->end());
    for (const std::string& name : *names) entry(dir, name);
  }

 private:
  void entry(const std::string& dir, const std::string& name) {
    const std::string path = joined(dir, name);
    if (is_hidden(name)) return hidden(path, name);
    const auto st = platform::file_info(path);
    if (!st) {
      // A dangling link or one that loops: only YAML-named entries matter.
      if (ends_with_yaml(name)) problem(WalkProblem::Kind::unreadable, path, st.error());
      return;
    }
    if (st->type == FileType::directory) return directory(path);
    const bool yaml = ends_with_yaml(name);
    if (st->type != FileType::regular) {
      if (yaml) out_.skipped.push_back({Skipped::Kind::not_regular, display_path(path), false});
      return;
    }
    if (yaml) {
      out_.files.push_back({display_path(path), false});
    } else if (!near_miss_name(name).empty()) {
      out_.files.push_back({display_path(path), false, true});
    }
  }

  /// Notes a hidden directory (not walked) or hidden YAML file.
  void hidden(const std::string& path, const std::string& name) {
    const auto st = platform::file_info(path);
    if (!st) return;
    const bool directory = st->type == FileType::directory;
    if (directory || ends_with_yaml(name)) {
      out_.skipped.push_back({Skipped::Kind::hidden, display_path(path), directory});
    }
  }

  void problem(WalkProblem::Kind kind, const std::string& path, platform::Error os) {
    out_.problems.push_back({kind, display_path(path), std::move(os)});
  }

  WalkResult& out_;
  std::set<std::string> visited_;
};

}  // namespace

WalkResult walk(const std::vector<std::string>& paths) {
  WalkResult out;
  Walker walker(out);
  for (const std::string& path : paths) {
    const auto st = platform::file_info(path);
    if (st && st->type == FileType::directory) {
      walker.directory(path);
    } else {
      out.files.push_back({display_path(path), true});
    }
  }
  return out;
}

}  // namespace plancheck::source
