// The fast event parser (libyaml) against yaml-cpp: on every YAML file of
// the repository, and on the YAML test suite when it is there, a file the
// fast parser accepts gives exactly yaml-cpp's events, offsets included.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "source/source_file.h"
#include "yaml/event_source.h"

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

/// Writes each event as one line, offsets and anchors included.
class Recorder : public yaml::EventSink {
 public:
  std::vector<std::string> events;

  void null(yaml::Offset at, yaml::AnchorId anchor) override { add("null", at, anchor); }
  void scalar(yaml::Offset at, std::string_view value, bool plain, yaml::AnchorId anchor) override {
    add((plain ? "plain " : "scalar ") + std::string(value), at, anchor);
  }
  void alias(yaml::Offset at, yaml::AnchorId target) override { add("alias", at, target); }
  void sequence_start(yaml::Offset at, yaml::AnchorId anchor, bool flow) override {
    add(flow ? "[" : "seq", at, anchor);
  }
  void sequence_end() override { events.emplace_back("end seq"); }
  void map_start(yaml::Offset at, yaml::AnchorId anchor, bool flow) override {
    add(flow ? "{" : "map", at, anchor);
  }
  void map_end() override { events.emplace_back("end map"); }

 private:
  void add(const std::string& what, yaml::Offset at, yaml::AnchorId anchor) {
    events.push_back(what + " @" + std::to_string(at) + " &" + std::to_string(anchor));
  }
};

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The YAML files under `dir` (regular files only; links are the hostile tests' business).
std::vector<fs::path> yaml_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end; it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    const bool yaml = p.extension() == ".yaml" || p.extension() == ".yml" || p.filename() == "in.yaml";
    if (yaml && it->is_regular_file(ec) && !it->is_symlink(ec)) out.push_back(p);
  }
  return out;
}

struct Outcome {
  int files = 0;
  int fast = 0;
};

/// Compares the two parsers on one file (`suite`: an input of the YAML test
/// suite); counts the files the fast one reads.
void compare(const fs::path& p, Outcome& outcome, bool suite) {
  const source::SourceFile file(p.string(), read(p));
  Recorder slow, fast;
  const bool slow_ok = !yaml::parse_events(file, slow).has_value();
  ++outcome.files;
  if (!yaml::parse_events_fast(file, fast)) return;
  ++outcome.fast;
  INFO("file: ", p.string());
  if (!slow_ok) {
    // Only valid YAML that yaml-cpp wrongly rejects may be read by libyaml alone:
    // a test suite input without an `error` file beside it, never a file of ours.
    CHECK(suite);
    CHECK_FALSE(fs::exists(p.parent_path() / "error"));
    return;
  }
  const size_t n = std::min(slow.events.size(), fast.events.size());
  size_t i = 0;
  while (i < n && slow.events[i] == fast.events[i]) ++i;
  if (i < n) {
    INFO("event ", i, ": yaml-cpp '", slow.events[i], "', libyaml '", fast.events[i], "'");
    CHECK(false);
  }
  CHECK(slow.events.size() == fast.events.size());
}

}  // namespace

TEST_CASE("the fast parser reads every file it accepts as yaml-cpp does") {
  if (!yaml::has_fast_parser()) return;
  const fs::path root = PLANCHECK_SOURCE_DIR;
  Outcome repo;
  for (const char* dir : {"examples", "tests", "schemas", "bench"}) {
    for (const fs::path& p : yaml_files(root / dir)) compare(p, repo, false);
  }
  CHECK(repo.files > 300);
  // Nearly every plan file of the repository takes the fast path (the rest are broken on purpose).
  CHECK(repo.fast * 10 > repo.files * 7);
  Outcome suite;
  const char* suite_dir = std::getenv("PLANCHECK_YAML_SUITE");
  const fs::path suite_path =
      suite_dir ? fs::path(suite_dir) : root / ".." / "shared" / "conformance" / "yaml-test-suite";
  for (const fs::path& p : yaml_files(suite_path)) {
    compare(p, suite, true);
  }
  MESSAGE("fast parser: ", repo.fast, " of ", repo.files, " repository files, ", suite.fast, " of ",
          suite.files, " YAML test suite inputs");
}

TEST_CASE("every plan file of the examples takes the fast path") {
  if (!yaml::has_fast_parser()) return;
  for (const fs::path& p : yaml_files(fs::path(PLANCHECK_SOURCE_DIR) / "examples")) {
    if (p.parent_path().filename() == "ci") continue;  // CI templates, not plans
    const source::SourceFile file(p.string(), read(p));
    Recorder sink;
    INFO("file: ", p.string());
    CHECK(yaml::parse_events_fast(file, sink));
  }
}

TEST_CASE("the fast parser gives back what it might read differently") {
  if (!yaml::has_fast_parser()) return;
  for (const char* text : {"a: !!str 1\n", "%YAML 1.2\n---\na: 1\n", "a: 1\n---\nb: 2\n",
                           "a: *nowhere\n", "a: [1, 2\n", "a: 'open\n",
                           "a:\n\t- b\n", "a:\nb: 1\n", "a: 'two\n  lines'\n",
                           "a: &x:y 1\n"}) {
    const source::SourceFile file("t.yaml", text);
    Recorder sink;
    INFO("text: ", std::string(text));
    CHECK_FALSE(yaml::parse_events_fast(file, sink));
  }
  std::string deep(100, '[');
  deep += std::string(100, ']');
  const source::SourceFile file("deep.yaml", deep);
  Recorder sink;
  CHECK_FALSE(yaml::parse_events_fast(file, sink));
}
