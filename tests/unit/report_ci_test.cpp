// The pieces the CI formats share: the FNV-1a hash and the fingerprints.

#include <doctest/doctest.h>

#include <set>

#include "base/hash.h"
#include "report/ci.h"
#include "source/source_file.h"

using namespace plancheck;

TEST_CASE("FNV-1a 64 gives the published test values") {
  CHECK(Fnv1a64().value() == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a64().add_bytes("a").value() == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a64().add_bytes("foobar").value() == 0x85944171f73967e8ULL);
  CHECK(hex64(0xaf63dc4c8601ec8cULL) == "af63dc4c8601ec8c");
  CHECK(hex64(1) == "0000000000000001");
}

TEST_CASE("fields are length-prefixed, so their boundaries count") {
  CHECK(Fnv1a64().add_field("ab").add_field("c").value() !=
        Fnv1a64().add_field("a").add_field("bc").value());
  CHECK(Fnv1a64().add_field(int64_t{12}).value() == Fnv1a64().add_field("12").value());
}

namespace {

diag::Finding finding(const source::SourceFile& file, uint32_t line, std::string_view rule,
                      std::vector<diag::Arg> args) {
  diag::Finding f;
  f.rule = rule;
  f.where = {&file, {line, 1, line, 5}};
  f.message = diag::Message{"share.year", std::move(args)};
  f.scope = {.frame = "rad", .year = 2022, .priority = "idrett"};
  return f;
}

}  // namespace

TEST_CASE("fingerprints leave out lines and amounts, and are unique") {
  const source::SourceFile a("./plans/a.yaml", "x: 1\n");
  const source::SourceFile moved("plans/a.yaml", "\nx: 1\n");
  const source::SourceFile other("plans/b.yaml", "x: 1\n");
  const auto base = report::fingerprints({finding(a, 3, "share/year", {{"amount", Money{5}}})});
  // Another line, another amount, the same path without "./": the same finding.
  CHECK(report::fingerprints({finding(moved, 9, "share/year", {{"amount", Money{7}}})}) == base);
  CHECK(report::fingerprints({finding(a, 3, "share/year", {{"id", std::string("x")}})}) != base);
  CHECK(report::fingerprints({finding(other, 3, "share/year", {{"amount", Money{5}}})}) != base);
  CHECK(report::fingerprints({finding(a, 3, "budget/overrun", {{"amount", Money{5}}})}) != base);
  const std::vector<diag::Finding> twins{finding(a, 3, "share/year", {}),
                                         finding(a, 4, "share/year", {}),
                                         finding(a, 5, "share/year", {})};
  const auto prints = report::fingerprints(twins);
  CHECK(std::set<std::string>(prints.begin(), prints.end()).size() == 3);
  CHECK(prints[0] == report::fingerprints({twins[0]})[0]);
  for (const std::string& p : prints)
    CHECK(p.size() == 16);
}

TEST_CASE("report paths drop a leading ./ and nothing else") {
  const source::SourceFile a("./plans/a.yaml", "");
  const source::SourceFile b("../plans/a.yaml", "");
  const source::SourceFile c("/abs/a.yaml", "");
  CHECK(report::report_path({&a, {}}) == "plans/a.yaml");
  CHECK(report::report_path({&b, {}}) == "../plans/a.yaml");
  CHECK(report::report_path({&c, {}}) == "/abs/a.yaml");
  CHECK(report::report_path({}) == "");
}

TEST_CASE("span_text cuts at code points, not bytes") {
  const source::SourceFile f("a.yaml", "title: Næringsliv og idrett\n");
  CHECK(report::span_text({&f, {1, 8, 1, 18}}) == "Næringsliv");
  CHECK(report::line_text({&f, {1, 8, 1, 18}}) == "title: Næringsliv og idrett");
  CHECK(report::span_text({&f, {}}).empty());
}
