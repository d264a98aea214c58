// plancheck init's files, creating files without replacing any, and the
// drafts of plancheck new-year: exact money, carried-over funds, skipped
// measures, and texts that survive the trip through YAML.

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/atomic_file.h"
#include "base/new_files.h"
#include "draft/draft.h"
#include "model/plan_set.h"
#include "rules/engine.h"
#include "scaffold/init.h"

using namespace plancheck;
namespace fs = std::filesystem;

namespace {

std::string read(std::string_view relative) {
  std::ifstream in(std::string(PLANCHECK_SOURCE_DIR) + "/" + std::string(relative),
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

rules::Analysis analyze(const std::vector<std::pair<std::string, std::string>>& files) {
  auto set = std::make_unique<model::PlanSet>();
  for (const auto& [path, text] : files) model::load_text(*set, path, text, true);
  return rules::analyze(std::move(set));
}

/// A fresh temporary directory, removed at the end of the scope.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "plancheck-unit-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() { fs::remove_all(path); }
};

const std::string kFixture = "tests/cli/new-year-write/plans/";

/// The new-year fixture (frame 2021–2025, the 2024 plan, its closed list).
std::vector<std::pair<std::string, std::string>> fixture() {
  return {{"frame.yaml", read(kFixture + "strategisk-handlingsplan-2021-25.yaml")},
          {"2024/plan.yaml", read(kFixture + "2024/budsjett-og-tiltaksplan-2024.yaml")},
          {"2024/list.yaml", read(kFixture + "2024/prosjektliste-2024.yaml")}};
}

draft::Draft drafted(const rules::Analysis& a, int year) {
  REQUIRE(a.figures.size() == 1);
  REQUIRE_FALSE(draft::refusal(a, a.figures.front(), year));
  auto result = draft::draft_year(a.figures.front(), year);
  REQUIRE(std::holds_alternative<draft::Draft>(result));
  return std::get<draft::Draft>(std::move(result));
}

Money total(const draft::Draft& d) {
  Money sum = d.administration;
  sum = *checked_add(sum, d.reserve.value_or(Money{}));
  for (const auto& p : d.priorities) {
    for (const auto& m : p.measures) sum = *checked_add(sum, m.amount);
  }
  return sum;
}

}  // namespace

TEST_CASE("init: every template is embedded and every placeholder filled") {
  const std::vector<NewFile> files = scaffold::repository_files("repo", 2025);
  REQUIRE(files.size() == 8);
  CHECK(files[0].path == "repo/strategisk-handlingsplan.yaml");
  CHECK(files[1].path == "repo/2025/budsjett-og-tiltaksplan-2025.yaml");
  CHECK(files[4].path == "repo/.github/workflows/plancheck.yml");
  for (const NewFile& f : files) {
    CHECK_MESSAGE(f.content.find("__") == std::string::npos, f.path);
    CHECK_FALSE(f.content.empty());
  }
  CHECK(files[0].content.find("period:\n  from: 2025 ") != std::string::npos);
  CHECK(files[0].content.find("\n  to: 2028 ") != std::string::npos);
}

TEST_CASE("create_new_file never replaces a file") {
  TempDir tmp;
  const std::string path = (tmp.path / "a.yaml").string();
  CHECK_FALSE(create_new_file(path, "first\n"));
  const auto error = create_new_file(path, "second\n");
  REQUIRE(error);
  CHECK(error->exists);
  CHECK(read_file(path) == "first\n");
  CHECK(fs::directory_iterator(tmp.path) != fs::directory_iterator());
  CHECK(std::distance(fs::directory_iterator(tmp.path), fs::directory_iterator()) == 1);
}

/// The permission bits of `path`.
mode_t mode_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

TEST_CASE("written files get the umask's mode, and a replaced file keeps its own") {
  TempDir tmp;
  const mode_t old_mask = ::umask(027);
  const std::string created = (tmp.path / "new.yaml").string();
  CHECK_FALSE(create_new_file(created, "x\n"));
  CHECK(mode_of(created) == 0640);
  const std::string output = (tmp.path / "report.json").string();
  CHECK_FALSE(write_file_atomically(output, "{}\n"));
  CHECK(mode_of(output) == 0640);
  REQUIRE(::chmod(output.c_str(), 0600) == 0);
  CHECK_FALSE(write_file_atomically(output, "[]\n"));
  CHECK(mode_of(output) == 0600);
  CHECK(read_file(output) == "[]\n");
  ::umask(old_mask);
}

TEST_CASE("create_new_files: all or nothing") {
  TempDir tmp;
  std::ofstream(tmp.path / "blocker") << "a file, not a folder\n";
  SUBCASE("a file that cannot be made removes the ones made before it") {
    const auto error = create_new_files({{(tmp.path / "new/dir/a.yaml").string(), "a\n"},
                                         {(tmp.path / "blocker/b.yaml").string(), "b\n"}});
    REQUIRE(error);
    CHECK_FALSE(error->exists);
    CHECK(error->path == (tmp.path / "blocker/b.yaml").string());
    CHECK_FALSE(fs::exists(tmp.path / "new"));
  }
  SUBCASE("an existing file stops it before anything is written") {
    std::ofstream(tmp.path / "b.yaml") << "mine\n";
    const auto error = create_new_files(
        {{(tmp.path / "a.yaml").string(), "a\n"}, {(tmp.path / "b.yaml").string(), "b\n"}});
    REQUIRE(error);
    CHECK(error->exists);
    CHECK_FALSE(fs::exists(tmp.path / "a.yaml"));
    CHECK(read_file(tmp.path / "b.yaml") == "mine\n");
  }
}

TEST_CASE("new-year: the money adds up to the kroner") {
  const rules::Analysis a = analyze(fixture());
  const draft::Draft d = drafted(a, 2025);
  // The 2024 list is closed: 3 800 000 income - 500 000 - 2 360 000 granted.
  CHECK(d.carried_reason == draft::CarriedOver::left_over);
  CHECK(d.carried_over == Money{940'000});
  CHECK(d.income == Money{4'440'000});
  CHECK(d.measure_funds == Money{3'940'000});
  CHECK(total(d) == d.income);
  Money remainders;
  for (const auto& p : d.priorities) {
    Money sum = p.holds_reserve ? *d.reserve : Money{};
    for (const auto& m : p.measures) {
      sum = *checked_add(sum, m.amount);
      remainders = *checked_add(remainders, m.remainder);
    }
    CHECK(sum == p.amount);  // each priority's measures (and reserve) are its amount
  }
  // 80 % of 3 940 000 is 3 152 000 exactly; the measures' shares leave 6 kr.
  CHECK(d.priorities[0].amount == Money{3'152'000});
  CHECK(remainders == Money{6});
  // The commitment that starts in 2025 gets a measure of its amount.
  const auto& naering = d.priorities[0].measures;
  const auto it = std::find_if(naering.begin(), naering.end(),
                               [](const auto& m) { return m.id == "ungdomsradgiver"; });
  REQUIRE(it != naering.end());
  CHECK(it->origin == draft::Origin::commitment);
  CHECK(it->amount == Money{200'000});
}

TEST_CASE("new-year: nothing is carried over from a year whose lists are open") {
  auto files = fixture();
  files[2].second = replaced(files[2].second, "status: closed", "status: open");
  const rules::Analysis a = analyze(files);
  const draft::Draft d = drafted(a, 2025);
  CHECK(d.carried_reason == draft::CarriedOver::lists_open);
  CHECK(d.carried_over == Money{});
  CHECK(total(d) == d.income);
}

TEST_CASE("new-year: a measure whose commitment ended is not carried") {
  const rules::Analysis a =
      analyze({{"frame.yaml", read("examples/lillehammer/strategisk-handlingsplan-2021-25.yaml")},
               {"2022.yaml", read("examples/lillehammer/2022/budsjett-og-tiltaksplan-2022.yaml")}});
  const draft::Draft d = drafted(a, 2023);
  REQUIRE(d.skipped.size() == 1);
  CHECK(d.skipped[0].measure->id->name == "regionmarkedsforing");
  CHECK(d.skipped[0].reason == draft::Skipped::Reason::commitment_ended);
  CHECK(d.carried_reason == draft::CarriedOver::no_lists);
  CHECK(total(d) == d.income);
}

TEST_CASE("new-year: refuses years outside the period and years with a plan") {
  const rules::Analysis a = analyze(fixture());
  const auto after = draft::refusal(a, a.figures.front(), 2026);
  REQUIRE(after);
  CHECK(after->message.key == "new-year.after-period");
  const auto outside = draft::refusal(a, a.figures.front(), 2027);
  REQUIRE(outside);
  CHECK(outside->message.key == "new-year.outside-period");
  const auto before = draft::refusal(a, a.figures.front(), 2020);
  REQUIRE(before);
  CHECK(before->message.key == "new-year.outside-period");
  const auto planned = draft::refusal(a, a.figures.front(), 2024);
  REQUIRE(planned);
  CHECK(planned->message.key == "new-year.plan-exists");
}

TEST_CASE("new-year: texts survive the trip through YAML") {
  const std::vector<std::string> titles = {
      "yes", "- starts like a list", "a: b", "hash #inside", "2025-01 starts with digits",
      "tab\there", "quote \" and \\ backslash", "line\nbreak", "ends with colon:", "  spaces  ",
      "ESC \x1b[31m and NEL \xc2\x85 end", "'single'"};
  std::string plan = fixture()[1].second;
  const std::vector<std::string> ids = {"snowball", "arrangement-reiseliv", "store-strategiske-saker",
                                        "baerekraftig-reisemal", "innovasjon-og-nyetablering",
                                        "kompetanseloft", "deltidsinnbyggere", "sentrum-og-bosted",
                                        "naeringsvennlig-region", "naeringsplan-evaluering",
                                        "arrangement-idrett", "tverridrett"};
  for (size_t i = 0; i < ids.size(); ++i) {
    const size_t at = plan.find("- id: " + ids[i] + "\n");
    REQUIRE(at != std::string::npos);
    const size_t title = plan.find("    title: ", at);
    const size_t end = plan.find('\n', title);
    std::string escaped;
    for (char c : titles[i]) {
      if (c == '"' || c == '\\') escaped += '\\';
      if (c == '\t') {
        escaped += "\\t";
      } else if (c == '\n') {
        escaped += "\\n";
      } else if (c == '\x1b') {
        escaped += "\\e";
      } else {
        escaped += c;
      }
    }
    plan.replace(title, end - title, "    title: \"" + escaped + "\"");
  }
  auto files = fixture();
  files[1].second = plan;
  const rules::Analysis a = analyze(files);
  const draft::Draft d = drafted(a, 2025);
  const std::string yaml = draft::draft_yaml(d, *i18n::find_language("nb"), "");
  files.emplace_back("2025/plan.yaml", yaml);
  const rules::Analysis back = analyze(files);
  for (const diag::Finding& f : back.findings()) {
    CHECK_MESSAGE(f.where.file->path() != "2025/plan.yaml", f.rule, " ", f.where.span.line);
  }
  const model::YearlyPlan* draft_plan = nullptr;
  for (const model::YearlyPlan& p : back.set->plans) {
    if (p.year->value == 2025) draft_plan = &p;
  }
  REQUIRE(draft_plan);
  for (size_t i = 0; i < ids.size(); ++i) {
    bool found = false;
    for (const model::Measure& m : *draft_plan->measures) {
      if (m.id->name != ids[i]) continue;
      found = true;
      CHECK(*m.title == titles[i]);
    }
    CHECK_MESSAGE(found, ids[i]);
  }
}
