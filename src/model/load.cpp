#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <set>

#include "base/did_you_mean.h"
#include "base/parallel.h"
#include "base/platform.h"
#include "base/text.h"
#include "model/decoder.h"
#include "model/load_revision.h"
#include "model/plan_set.h"
#include "model/syntax.h"
#include "source/encoding.h"
#include "source/marker.h"
#include "source/read.h"
#include "yaml/tree.h"

namespace plancheck::model {

using diag::Message;

namespace {

diag::Finding& add_finding(PlanSet& set, std::string_view rule, diag::Location where,
                           Message message) {
  diag::Finding& f = set.findings.emplace_back();
  f.rule = rule;
  f.where = where;
  f.message = std::move(message);
  return f;
}

diag::Location at(const source::SourceFile& file, source::Offset offset) {
  return diag::locate(file, offset);
}

/// Reports what stopped the parser and what the tree builder found before
/// `limit`: the parser's view of the file past a byte that is not allowed
/// there says more about the byte than about the YAML.
void report_parse(PlanSet& set, const source::SourceFile& file, const yaml::ParsedDocument& doc,
                  source::Offset limit) {
  using Kind = yaml::ParseError::Kind;
  if (doc.error && doc.error->at < limit) {
    const yaml::ParseError& e = *doc.error;
    if (e.kind == Kind::syntax) {
      set.findings.push_back(syntax_finding(file, e));
    } else {
      Message m{"syntax.tab", {}};
      if (e.kind == Kind::too_deep) m = Message{"syntax.too-deep", {}};
      if (e.kind == Kind::second_document) m = Message{"syntax.second-document", {}};
      diag::Finding& f = add_finding(set, "syntax/yaml", at(file, e.at), std::move(m));
      if (e.kind == Kind::tab_indent) f.help = Message{"help.tab", {}};
    }
  } else if (!doc.error && limit == source::kNoOffset) {
    auto mistake = yaml::find_runaway_quote(doc.document, known_keys());
    if (!mistake) mistake = yaml::find_missing_dash(doc.document);
    if (mistake) set.findings.push_back(mistake_finding(file, *mistake));
  }
  for (const yaml::TreeProblem& p : doc.problems) {
    if (p.at >= limit) continue;
    const bool cycle = p.kind == yaml::TreeProblem::Kind::alias_cycle;
    add_finding(set, "syntax/yaml", at(file, p.at),
                Message{cycle ? "syntax.alias-cycle" : "syntax.unknown-alias", {}});
  }
}

/// Whether a character may stand in a YAML file: YAML 1.2's c-printable,
/// which leaves out the C0 controls but tab, line feed and carriage
/// return, DEL, the C1 controls but NEL, and U+FFFE and U+FFFF.
bool yaml_printable(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp < 0x7F) return true;
  if (cp < 0xA0) return cp == 0x85;
  return cp != 0xFFFE && cp != 0xFFFF;
}

bool printable_ascii(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x80 && yaml_printable(byte);
}

/// The index of the first byte at or after `i` that is not printable
/// ASCII (line ends and tabs count as printable), looking at eight bytes at
/// a time: plan files are mostly ASCII.
size_t skip_ascii(std::string_view text, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighBits = kOnes * 0x80;
  while (i + 8 <= text.size()) {
    uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    const uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighBits;
    const uint64_t del = ((word ^ (kOnes * 0x7F)) - kOnes) & ~(word ^ (kOnes * 0x7F)) & kHighBits;
    if (!((word & kHighBits) | below_space | del)) {
      i += 8;
      continue;
    }
    // Something other than plain printable ASCII, often just a line end.
    for (const size_t end = i + 8; i < end; ++i) {
      if (!printable_ascii(text[i])) return i;
    }
  }
  while (i < text.size() && printable_ascii(text[i])) ++i;
  return i;
}

/// Reports the first byte that is not valid UTF-8, or else the first
/// character YAML does not allow, and returns its offset (kNoOffset when
/// there is none). A file that is not UTF-8 is not text at all, so that
/// comes first. `encoding` is the one the file was decoded from: in a
/// UTF-16 or UTF-32 file an invalid byte stands for an invalid code unit
/// (source::decode_text), and the message names that encoding.
source::Offset report_encoding(PlanSet& set, const source::SourceFile& file,
                               source::Encoding encoding) {
  const std::string_view text = file.text();
  std::optional<std::pair<source::Offset, char32_t>> unprintable;
  for (size_t i = skip_ascii(text, 0); i < text.size(); i = skip_ascii(text, i)) {
    const auto start = static_cast<source::Offset>(i);
    const char32_t cp = decode_utf8(text, i);
    if (cp == 0xFFFD && i == start + 1u) {
      const bool utf8 = encoding == source::Encoding::utf8;
      const Message message = utf8 ? Message{"syntax.encoding", {}}
                                   : Message{"syntax.encoding-unit",
                                             {{"encoding", std::string(source::encoding_name(encoding))}}};
      diag::Finding& f = add_finding(set, "syntax/yaml", at(file, start), message);
      f.where.span.end_column = f.where.span.column + 1;  // just the bad byte
      f.help = Message{utf8 ? "help.encoding" : "help.encoding-unit", {}};
      return start;
    }
    if (!unprintable && !yaml_printable(cp)) unprintable = {start, cp};
  }
  if (!unprintable) return source::kNoOffset;
  const auto [start, cp] = *unprintable;
  const std::string code = fmt::format("U+{:04X}", static_cast<uint32_t>(cp));
  diag::Finding& f =
      add_finding(set, "syntax/yaml", at(file, start), Message{"syntax.character", {{"code", code}}});
  f.where.span.end_column = f.where.span.column + 1;  // just the character
  f.help = Message{"help.character", {}};
  return start;
}

int stub_year(std::string_view text) {
  int year = 0;
  std::from_chars(text.data(), text.data() + text.size(), year);
  return year;
}

void keep_stub(PlanSet& set, const source::SourceFile& file, FileKind kind,
               const source::Marker& marker) {
  set.broken.push_back({&file, kind, std::string(marker.id.value), std::string(marker.frame.value),
                        stub_year(marker.year.value)});
}

/// The kind the marker names, or std::nullopt after reporting it (unless
/// `quiet`: a file with a syntax error, whose marker lines may be the error).
std::optional<FileKind> marker_kind(PlanSet& set, const source::SourceFile& file,
                                    const source::Marker& marker, bool quiet) {
  const auto& names = EnumNames<FileKind>::kNames;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == marker.kind.value) return static_cast<FileKind>(i);
  }
  if (quiet) return std::nullopt;
  if (!marker.kind.present()) {
    add_finding(set, "schema/missing", at(file, marker.version.at),
                Message{"schema.missing-kind", {}});
    return std::nullopt;
  }
  diag::Finding& f =
      add_finding(set, "schema/type", at(file, marker.kind.at),
                  Message{"schema.kind", {{"value", std::string(marker.kind.value)}}});
  if (const auto guess = did_you_mean(marker.kind.value, names)) {
    f.help = Message{"help.did-you-mean", {{"name", *guess}}};
  }
  return std::nullopt;
}

/// Whether the marker names format version 1, reporting it otherwise.
bool supported_version(PlanSet& set, const source::SourceFile& file, const source::Marker& marker) {
  if (marker.version.value == "1") return true;
  add_finding(set, "schema/version", at(file, marker.version.at),
              Message{"schema.version", {{"value", std::string(marker.version.value)}}});
  return false;
}

/// Decodes the document into a new element of `out`; false (and no
/// element) when its aliases expanded past the budget.
template <class T>
bool decode_into(std::deque<T>& out, const yaml::Document& doc, PlanSet& set) {
  Decoder decoder(doc, set.findings);
  T& plan = out.emplace_back();
  plan.file = &doc.file();
  decoder.decode_struct(doc.root(), plan);
  set.left_out.insert(set.left_out.end(), decoder.left_out().begin(), decoder.left_out().end());
  if (!decoder.over_budget()) return true;
  out.pop_back();
  return false;
}

bool decode_plan(PlanSet& set, const yaml::Document& doc, FileKind kind) {
  switch (kind) {
    case FileKind::frame: return decode_into(set.frames, doc, set);
    case FileKind::yearly_plan: return decode_into(set.plans, doc, set);
    case FileKind::project_list: return decode_into(set.lists, doc, set);
  }
  return false;
}

/// The file kind a kind value names, in any case.
std::optional<FileKind> kind_named(std::string_view value) {
  const auto& names = EnumNames<FileKind>::kNames;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].size() == value.size() &&
        std::equal(value.begin(), value.end(), names[i].begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        })) {
      return static_cast<FileKind>(i);
    }
  }
  return std::nullopt;
}

/// Reports a plan file whose marker is almost right (file/broken-marker)
/// and keeps what its lines say about it, without reading it further.
void report_broken_marker(PlanSet& set, const source::SourceFile& file, const source::Marker& marker,
                          const source::NearMarker& near) {
  ++set.plan_file_count;
  diag::Finding& f = add_finding(set, "file/broken-marker", at(file, near.at),
                                 Message{"file.broken-marker", {{"written", std::string(near.written)}}});
  f.where.span.end_column = f.where.span.column + static_cast<uint32_t>(count_code_points(near.written));
  const std::string line = "plancheck: " + std::string(near.version);
  if (near.flow && !near.kind.empty()) {
    f.help = Message{"help.broken-marker-flow", {{"marker", line}, {"kind", std::string(near.kind)}}};
  } else {
    f.help = Message{"help.broken-marker", {{"marker", line}}};
  }
  const std::string_view kind_value = marker.kind.present() ? marker.kind.value : near.kind;
  if (const auto kind = kind_named(kind_value)) keep_stub(set, file, *kind, marker);
}

}  // namespace

void load_text(PlanSet& set, std::string path, std::string bytes, bool named) {
  source::DecodedText decoded = source::decode_text(std::move(bytes));
  const source::Encoding encoding = decoded.encoding;
  auto file = std::make_unique<source::SourceFile>(std::move(path), std::move(decoded.text));
  const source::Marker marker = source::find_marker(file->text());
  if (!marker.is_plan_file()) {
    const source::NearMarker near = source::find_near_marker(file->text());
    if (near.present()) {
      return report_broken_marker(set, *set.files.emplace_back(std::move(file)), marker, near);
    }
    if (!named) {
      set.left_alone.push_back({file->path(), LeftAlone::Reason::no_marker});
      return;
    }
  }
  const source::SourceFile& f = *set.files.emplace_back(std::move(file));
  const yaml::ParsedDocument parsed = yaml::parse_document(f);
  const size_t before = set.findings.size();
  report_parse(set, f, parsed, report_encoding(set, f, encoding));
  if (!marker.is_plan_file()) {
    if (set.findings.size() == before) {
      add_finding(set, "file/not-plan", diag::whole_file(f), Message{"file.not-plan", {}});
    }
    return;
  }
  ++set.plan_file_count;
  const auto kind = marker_kind(set, f, marker, set.findings.size() != before);
  if (!kind) return;
  if (!supported_version(set, f, marker) || set.findings.size() != before) {
    return keep_stub(set, f, *kind, marker);
  }
  if (parsed.document.empty() || parsed.document.root().kind != yaml::NodeKind::map) {
    add_finding(set, "schema/type", diag::whole_file(f), Message{"schema.root", {}});
    return keep_stub(set, f, *kind, marker);
  }
  if (!decode_plan(set, parsed.document, *kind)) keep_stub(set, f, *kind, marker);
}

namespace {

Message read_error_message(const source::ReadError& e) {
  using Kind = source::ReadError::Kind;
  switch (e.kind) {
    case Kind::too_large:
      return Message{"file.too-large", {{"limit", static_cast<int64_t>(source::kMaxFileSize >> 20)}}};
    case Kind::not_regular: return Message{"file.not-regular", {}};
    case Kind::is_directory: return Message{"file.is-directory", {}};
    default: return Message{"file.unreadable", {diag::os_error_arg("detail", e.os)}};
  }
}

/// Whether a file found by walking that could not be read should be
/// reported: FIFOs and devices never; files over the size limit only when
/// their beginning shows the plan-file marker.
bool worth_reporting(const std::string& path, const source::ReadError& error) {
  using Kind = source::ReadError::Kind;
  if (error.kind == Kind::not_regular) return false;
  if (error.kind != Kind::too_large) return true;
  return source::find_marker(source::decode_text(source::read_head(path, 1 << 16)).text).is_plan_file();
}

std::optional<PathError> check_path(const std::string& path) {
  platform::Status error;
  if (const auto info = platform::file_info(path); !info) error = info.error();
  if (!error) error = platform::check_readable(path);
  if (!error) return std::nullopt;
  if (error->kind == platform::ErrorKind::not_found) {
    return PathError{path, Message{"usage.no-such-path", {{"path", path}}}};
  }
  return PathError{path, Message{"usage.path-error", {{"path", path}, diag::os_error_arg("reason", *error)}}};
}

/// The last part of a path.
std::string_view base_name(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// A file whose name is almost a YAML file's: reported when it holds a
/// plan (file/near-miss-name), otherwise noted as left alone.
void load_near_miss(PlanSet& part, const std::string& path, std::string bytes) {
  auto file = std::make_unique<source::SourceFile>(path, source::decode_text(std::move(bytes)).text);
  const std::string_view text = file->text();
  if (!source::find_marker(text).is_plan_file() && !source::find_near_marker(text).present()) {
    part.left_alone.push_back({path, LeftAlone::Reason::near_miss_name});
    return;
  }
  const std::string_view name = base_name(path);
  const source::SourceFile& f = *part.files.emplace_back(std::move(file));
  diag::Finding& finding = add_finding(part, "file/near-miss-name", diag::whole_file(f),
                                       Message{"file.near-miss-name", {{"name", std::string(name)}}});
  finding.help = Message{"help.near-miss-name", {{"name", source::near_miss_name(name)}}};
}

/// Reads and loads one file into a plan set of its own.
PlanSet load_candidate(const source::Candidate& c) {
  PlanSet part;
  source::ReadResult read = source::read_file(c.path);
  if (c.near_miss) {
    if (!read.error) load_near_miss(part, c.path, std::move(read.text));
    return part;
  }
  if (!read.error) {
    load_text(part, c.path, std::move(read.text), c.named);
    return part;
  }
  if (!c.named && !worth_reporting(c.path, *read.error)) return part;
  const source::SourceFile& f =
      *part.files.emplace_back(std::make_unique<source::SourceFile>(c.path, std::string()));
  add_finding(part, read.error->kind == source::ReadError::Kind::too_large ? "file/too-large"
                                                                           : "file/unreadable",
              diag::whole_file(f), read_error_message(*read.error));
  return part;
}

/// Counts a finding past the limit among those left out of its file.
void leave_out(std::vector<LeftOut>& left_out, const diag::Finding& f) {
  for (auto it = left_out.rbegin(); it != left_out.rend() && it->file == f.where.file; ++it) {
    if (it->rule != f.rule) continue;
    ++it->count;
    return;
  }
  left_out.push_back({f.where.file, f.rule, 1, f.where});
}

/// Moves one file's plan set into `set`, after those of the files before
/// it. Past diag::kMaxFindings findings in all, the file's findings are
/// only counted (set.left_out), whichever thread loaded it.
void merge(PlanSet& set, PlanSet&& part) {
  std::move(part.files.begin(), part.files.end(), std::back_inserter(set.files));
  std::move(part.frames.begin(), part.frames.end(), std::back_inserter(set.frames));
  std::move(part.plans.begin(), part.plans.end(), std::back_inserter(set.plans));
  std::move(part.lists.begin(), part.lists.end(), std::back_inserter(set.lists));
  std::move(part.broken.begin(), part.broken.end(), std::back_inserter(set.broken));
  for (diag::Finding& f : part.findings) {
    if (set.findings.size() < diag::kMaxFindings) {
      set.findings.push_back(std::move(f));
    } else {
      leave_out(set.left_out, f);
    }
  }
  set.left_out.insert(set.left_out.end(), part.left_out.begin(), part.left_out.end());
  set.plan_file_count += part.plan_file_count;
  std::move(part.left_alone.begin(), part.left_alone.end(), std::back_inserter(set.left_alone));
}

/// Below this much YAML per worker a second thread costs more than it saves:
/// plancheck loads about 27 KiB a millisecond (libyaml's parser, the tree and
/// the decoding), and a pool's start, hand-over and join cost a few
/// milliseconds on a busy machine (make bench: the example, 47 KB, took
/// 13.5 ms on two threads against 10.8 ms on one at 16 KiB per worker).
constexpr uintmax_t kBytesPerWorker = 256 << 10;

/// How many threads load `files`: at most `jobs`, one per file and, unless
/// `exact`, one per kBytesPerWorker of input (sizes looked up only until that many).
size_t worker_count(const std::vector<source::Candidate>& files, size_t jobs, bool exact) {
  const size_t most = std::min(jobs, files.size());
  if (exact) return std::max<size_t>(most, 1);
  uintmax_t bytes = 0;
  for (size_t i = 0; i < files.size() && bytes < most * kBytesPerWorker; ++i) {
    if (const auto info = platform::file_info(files[i].path)) bytes += info->size;
  }
  return std::clamp<size_t>(static_cast<size_t>(bytes / kBytesPerWorker), 1, std::max<size_t>(most, 1));
}

}  // namespace

std::unique_ptr<PlanSet> load_revision(std::vector<source::RevisionFile> files) {
  auto set = std::make_unique<PlanSet>();
  for (source::RevisionFile& file : files) {
    if (!file.too_large) {
      load_text(*set, std::move(file.path), std::move(file.text), file.named);
      continue;
    }
    const source::SourceFile& f =
        *set->files.emplace_back(std::make_unique<source::SourceFile>(file.path, std::string()));
    add_finding(*set, "file/too-large", diag::whole_file(f),
                read_error_message({source::ReadError::Kind::too_large, {}}));
  }
  return set;
}

bool PlanSet::is_context(const source::SourceFile* file) const {
  return std::find(context.begin(), context.end(), file) != context.end();
}

namespace {

/// Moves a context file's plan set into `set`: its files become context,
/// its findings are dropped (they are about files nobody asked about).
void merge_context(PlanSet& set, PlanSet&& part) {
  for (const auto& file : part.files) set.context.push_back(file.get());
  part.findings.clear();
  part.left_out.clear();
  part.left_alone.clear();
  part.plan_file_count = 0;
  merge(set, std::move(part));
}

/// The canonical paths of the files named or found, to leave out of the context.
std::set<std::string> canonical_paths(const std::vector<source::Candidate>& files,
                                      const std::string& stdin_name) {
  std::set<std::string> out;
  for (const source::Candidate& c : files) {
    if (const auto path = platform::canonical(c.path)) out.insert(*path);
  }
  if (!stdin_name.empty()) {
    if (const auto path = platform::canonical(stdin_name)) out.insert(*path);
  }
  return out;
}

/// Whether two plan files say they are the same file: the same kind, frame
/// id, frame and year.
bool same_marker(const source::Marker& a, const source::Marker& b) {
  return a.is_plan_file() && b.is_plan_file() && a.kind.value == b.kind.value &&
         a.id.value == b.id.value && a.frame.value == b.frame.value && a.year.value == b.year.value;
}

/// Whether a context file is the one standard input stands for: the file
/// with the same marker (when standard input has no --stdin-filename, or a
/// new one).
bool replaced_by_stdin(const source::Candidate& c, const std::string& stdin_text) {
  if (stdin_text.empty()) return false;
  const std::string head = source::decode_text(source::read_head(c.path, 1 << 16)).text;
  return same_marker(source::find_marker(head), source::find_marker(stdin_text));
}

/// The context directories' files, without those already loaded.
std::vector<source::Candidate> context_files(const LoadRequest& request,
                                             const std::vector<source::Candidate>& loaded) {
  if (request.context.empty()) return {};
  const std::set<std::string> taken = canonical_paths(loaded, request.stdin_name);
  std::vector<source::Candidate> out;
  source::WalkResult walked = source::walk(request.context);
  for (source::Candidate& c : walked.files) {
    const auto path = platform::canonical(c.path);
    if (!c.near_miss && path && !taken.contains(*path)) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

LoadResult load_plan_set(const LoadRequest& request, size_t jobs) {
  LoadResult result;
  std::vector<std::string> paths;
  bool from_stdin = false;
  for (const std::string& path : request.paths) {
    if (path == "-") {
      from_stdin = true;
      continue;
    }
    if (auto error = check_path(path)) result.path_errors.push_back(std::move(*error));
    paths.push_back(path);
  }
  if (!result.path_errors.empty()) return result;
  result.set = std::make_unique<PlanSet>();
  PlanSet& set = *result.set;
  if (from_stdin) load_text(set, request.stdin_name, request.stdin_bytes, true);
  const std::string stdin_text =
      from_stdin && !set.files.empty() ? std::string(set.files.front()->text()) : std::string();
  const source::WalkResult walked = source::walk(paths);
  for (const source::WalkProblem& p : walked.problems) {
    const bool loop = p.kind == source::WalkProblem::Kind::loop;
    const source::SourceFile& f = *set.files.emplace_back(
        std::make_unique<source::SourceFile>(p.path, std::string()));
    add_finding(set, loop ? "file/link-loop" : "file/unreadable", diag::whole_file(f),
                loop ? Message{"file.link-loop", {}} : Message{"file.unreadable", {diag::os_error_arg("detail", p.os)}});
  }
  for (const source::Skipped& s : walked.skipped) {
    set.left_alone.push_back({s.path, s.kind == source::Skipped::Kind::hidden
                                          ? LeftAlone::Reason::hidden
                                          : LeftAlone::Reason::not_regular});
  }
  // Files are read, parsed and decoded on up to `jobs` threads and merged
  // in the order of their paths, so the output is the same for any `jobs`.
  std::vector<source::Candidate> files = walked.files;
  const size_t own = files.size();
  std::vector<source::Candidate> context = context_files(request, files);
  std::move(context.begin(), context.end(), std::back_inserter(files));
  result.workers = worker_count(files, jobs, request.exact_jobs);
  ordered_parallel<PlanSet>(
      files.size(), result.workers, 4 * result.workers,
      [&](size_t i) {
        if (i >= own && replaced_by_stdin(files[i], stdin_text)) return PlanSet();
        return load_candidate(files[i]);
      },
      [&](size_t i, PlanSet&& part) {
        if (i < own) {
          merge(set, std::move(part));
        } else {
          merge_context(set, std::move(part));
        }
      });
  std::stable_sort(set.left_alone.begin(), set.left_alone.end(),
                   [](const LeftAlone& a, const LeftAlone& b) { return a.path < b.path; });
  return result;
}

LoadResult load_plan_set(const std::vector<std::string>& paths, size_t jobs) {
  return load_plan_set(LoadRequest{paths, {}, {}, {}}, jobs);
}

}  // namespace plancheck::model
