// What a person probably meant: Norwegian amounts, shares, dates and words,
// and the YAML typing mistakes found in the text.

#include <doctest/doctest.h>

#include <string>

#include "model/suggest.h"
#include "model/syntax.h"
#include "source/source_file.h"
#include "yaml/diagnose.h"
#include "yaml/tree.h"

using namespace plancheck;
using namespace plancheck::model;

namespace {

int64_t amount(std::string_view text) {
  const auto m = norwegian_amount(text);
  return m ? m->kroner : -1;
}

std::string date(std::string_view text) {
  const auto d = norwegian_date(text);
  return d ? d->iso() : "none";
}

std::string percent(std::string_view text) {
  const auto r = norwegian_percent(text);
  return r ? percent_text(*r) : "none";
}

}  // namespace

TEST_CASE("amounts written the Norwegian way are read as meant") {
  CHECK(amount("50.000") == 50'000);
  CHECK(amount("1.500.000") == 1'500'000);
  CHECK(amount("kr 200 000") == 200'000);
  CHECK(amount("kr. 200 000") == 200'000);
  CHECK(amount("Kr 200 000,-") == 200'000);
  CHECK(amount("200 000,-") == 200'000);
  CHECK(amount("200.000,-") == 200'000);
  CHECK(amount("200 000,00") == 200'000);
  CHECK(amount("200 000 kr") == 200'000);
  CHECK(amount("200\u00a0000\u00a0kr") == 200'000);
  CHECK(amount("NOK 200 000") == 200'000);
  CHECK(amount("nok 200000") == 200'000);
  CHECK(amount("1,5 mill.") == 1'500'000);
  CHECK(amount("1,5 mill") == 1'500'000);
  CHECK(amount("1.5 mill") == 1'500'000);
  CHECK(amount("2 mill") == 2'000'000);
  CHECK(amount("0,5 millioner") == 500'000);
  CHECK(amount("3,5 mill. kr") == 3'500'000);
  CHECK(amount("1 million") == 1'000'000);
  CHECK(amount("2 mrd") == 2'000'000'000);
  CHECK(amount("200k") == 200'000);
  CHECK(amount("1,500,000") == 1'500'000);
}

TEST_CASE("amounts that say nothing certain get no suggestion") {
  CHECK(amount("3,5") == -1);         // three and a half what?
  CHECK(amount("200 000,50") == -1);  // øre: not whole kroner
  CHECK(amount("1,2345678 mill") == -1);
  CHECK(amount("50.00") == -1);       // not groups of three
  CHECK(amount("kr") == -1);
  CHECK(amount("mange penger") == -1);
  CHECK(amount("99999999999 mrd") == -1);  // does not fit
  CHECK(amount("") == -1);
}

TEST_CASE("shares with a decimal comma or a percent sign are read as meant") {
  CHECK(percent("12,5") == "12.5");
  CHECK(percent("12,5 %") == "12.5");
  CHECK(percent("12.5%") == "12.5");
  CHECK(percent("10 prosent") == "10");
  CHECK(percent("7,25") == "7.25");
  CHECK(percent("120") == "none");
  CHECK(percent("tolv") == "none");
}

TEST_CASE("dates written the Norwegian way are read as meant, real dates only") {
  CHECK(date("14.03.2024") == "2024-03-14");
  CHECK(date("14.3.24") == "2024-03-14");
  CHECK(date("14/3-24") == "2024-03-14");
  CHECK(date("14/03/2024") == "2024-03-14");
  CHECK(date("14-03-2024") == "2024-03-14");
  CHECK(date("14. mars 2024") == "2024-03-14");
  CHECK(date("14 mars 2024") == "2024-03-14");
  CHECK(date("14. mar. 2024") == "2024-03-14");
  CHECK(date("1. Desember 2022") == "2022-12-01");
  CHECK(date("2024.03.14") == "2024-03-14");
  CHECK(date("2024-3-14") == "2024-03-14");
  CHECK(date("30.02.2024") == "none");
  CHECK(date("14. smarch 2024") == "none");
  CHECK(date("14.03") == "none");
  CHECK(date("i går") == "none");
}

TEST_CASE("Norwegian words name the value of the set they stand in") {
  static constexpr std::string_view kGrant[] = {"granted", "paid", "completed", "withdrawn"};
  static constexpr std::string_view kList[] = {"open", "closed"};
  static constexpr std::string_view kType[] = {"development", "operations"};
  CHECK(norwegian_choice("innvilget", kGrant) == "granted");
  CHECK(norwegian_choice("Utbetalt", kGrant) == "paid");
  CHECK(norwegian_choice("fullført", kGrant) == "completed");
  CHECK(norwegian_choice("FULLFØRT", kGrant) == "completed");
  CHECK(norwegian_choice("trukket", kGrant) == "withdrawn");
  CHECK(norwegian_choice("avsluttet", kGrant) == "completed");
  CHECK(norwegian_choice("avsluttet", kList) == "closed");
  CHECK(norwegian_choice("åpen", kList) == "open");
  CHECK(norwegian_choice("drift", kType) == "operations");
  CHECK(norwegian_choice("utvikling", kType) == "development");
  CHECK(norwegian_choice("drift", kList) == std::nullopt);
  CHECK(norwegian_choice("kanskje", kGrant) == std::nullopt);
}

namespace {

/// The first mistake diagnose() finds in `text`, as kind and 1-based line:column.
std::string mistake_in(const std::string& text) {
  const source::SourceFile file("plan.yaml", text);
  const yaml::ParsedDocument parsed = yaml::parse_document(file);
  std::optional<yaml::Mistake> m;
  if (parsed.error) {
    m = yaml::diagnose(file, parsed.error->at, known_keys());
  } else {
    m = yaml::find_runaway_quote(parsed.document, known_keys());
    if (!m) m = yaml::find_missing_dash(parsed.document);
  }
  if (!m) return "none";
  const source::Position p = file.position(m->at);
  return std::to_string(static_cast<int>(m->kind)) + "@" + std::to_string(p.line) + ":" +
         std::to_string(p.column) + " " + m->suggestion;
}

std::string kind(yaml::Mistake::Kind k) { return std::to_string(static_cast<int>(k)); }

}  // namespace

TEST_CASE("YAML typing mistakes are found where they are, with the text as meant") {
  using K = yaml::Mistake::Kind;
  CHECK(mistake_in("title: Mål: vekst\nyear: 2021\n") ==
        kind(K::colon_in_value) + "@1:8 \"Mål: vekst\"");
  CHECK(mistake_in("a:\n  title: \"Næring\n  year: 2021\nb: 1\n") ==
        kind(K::unclosed_quote) + "@2:10 \"Næring\"");
  CHECK(mistake_in("title: 'Lillehammer's plan'\n") ==
        kind(K::quote_in_quotes) + "@1:8 \"Lillehammer's plan\"");
  CHECK(mistake_in("a:\n  b: 1\n   c: 2\n").starts_with(kind(K::deeper_indent) + "@3:4"));
  CHECK(mistake_in("list:\n  - id: a\n    x: 1\n  id: b\n    x: 2\n").starts_with(kind(K::missing_dash) + "@4:3"));
  CHECK(mistake_in("list:\n  - id: a\n    x: 1\n    id: b\n    x: 2\n") ==
        kind(K::missing_dash) + "@4:5   - id: b");
  CHECK(mistake_in("share: {target: 10, tolerance: 5\nyear: 2021\n") ==
        kind(K::unclosed_flow) + "@1:8 share: {target: 10, tolerance: 5}");
  CHECK(mistake_in("amount:5\nyear: 2021\n").starts_with(kind(K::missing_space) + "@1:1 amount: 5"));
  CHECK(mistake_in("year: 2021\ntitle Næring\nid: x\n").starts_with(kind(K::missing_colon) + "@2:1 title: Næring"));
  // Valid YAML is no mistake: multi-line quotes and flow, block text with colons.
  CHECK(mistake_in("title: \"a\n  b\"\nx: [1,\n  2]\nd: |\n  Mål: vekst\n") == "none");
}
