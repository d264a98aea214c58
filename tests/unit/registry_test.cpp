// The rule table and the catalogues: sorted unique ids, texts for every rule
// in every language, the same keys in every language, parameters that parse.

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "i18n/i18n.h"
#include "rules/registry.h"

using namespace plancheck;

namespace {

/// area/name, both lower-case words of letters, digits and hyphens.
bool well_formed_id(std::string_view id) {
  const size_t slash = id.find('/');
  if (slash == std::string_view::npos || id.find('/', slash + 1) != std::string_view::npos) {
    return false;
  }
  const auto word = [](std::string_view w) {
    if (w.empty() || w.front() == '-' || w.back() == '-') return false;
    for (char c : w) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
  };
  return word(id.substr(0, slash)) && word(id.substr(slash + 1));
}

std::set<std::string> keys_of(const i18n::Language& lang) {
  std::set<std::string> keys;
  for (const std::span<const i18n::Entry> part : lang.catalogue()) {
    for (const i18n::Entry& e : part)
      keys.emplace(e.key);
  }
  return keys;
}

}  // namespace

TEST_CASE("the rule table is sorted by id, ids are unique and written area/name") {
  const auto rules = rules::all_rules();
  REQUIRE(!rules.empty());
  for (size_t i = 0; i < rules.size(); ++i) {
    CAPTURE(rules[i]->id);
    CHECK(well_formed_id(rules[i]->id));
    CHECK(rules::find_rule(rules[i]->id) == rules[i]);
    if (i > 0) CHECK(rules[i - 1]->id < rules[i]->id);
  }
  CHECK(rules::find_rule("share/yeer") == nullptr);
  CHECK(rules::find_rule("") == nullptr);
  CHECK(!well_formed_id("share"));
  CHECK(!well_formed_id("share/year/2"));
  CHECK(!well_formed_id("Share/year"));
}

TEST_CASE("every rule has a title and an explanation in every language") {
  for (const i18n::Language& lang : i18n::languages()) {
    for (const rules::Rule* r : rules::all_rules()) {
      CAPTURE(lang.code);
      CAPTURE(r->id);
      CHECK(i18n::has_text(lang, rules::title_key(r->id)));
      CHECK(i18n::has_text(lang, rules::explain_key(r->id)));
    }
  }
}

TEST_CASE("every rule with a check has a failing and a fixed example") {
  for (const rules::Rule* r : rules::all_rules()) {
    if (!r->check) continue;
    CAPTURE(r->id);
    CHECK(!r->failing_example.empty());
    CHECK(!r->fixed_example.empty());
    CHECK(r->failing_example != r->fixed_example);
    CHECK(r->failing_example.back() == '\n');
    CHECK(r->fixed_example.back() == '\n');
  }
}

TEST_CASE("every catalogue key of any language exists in every other language") {
  for (const i18n::Language& a : i18n::languages()) {
    const std::set<std::string> keys = keys_of(a);
    for (const i18n::Language& b : i18n::languages()) {
      for (const std::string& key : keys) {
        CAPTURE(a.code);
        CAPTURE(b.code);
        CAPTURE(key);
        CHECK(i18n::has_text(b, key));
      }
    }
  }
}

TEST_CASE("no catalogue holds a key twice") {
  for (const i18n::Language& lang : i18n::languages()) {
    std::set<std::string_view> seen;
    for (const std::span<const i18n::Entry> part : lang.catalogue()) {
      for (const i18n::Entry& e : part) {
        CAPTURE(lang.code);
        CAPTURE(e.key);
        CHECK(seen.insert(e.key).second);
      }
    }
  }
}

TEST_CASE("every parameter default parses as the configuration reads it") {
  int params = 0;
  for (const rules::Rule* r : rules::all_rules()) {
    for (const rules::Param& p : r->params) {
      ++params;
      CAPTURE(r->id);
      CAPTURE(p.name);
      if (p.name == "threshold") {
        CHECK(parse_percent(p.default_value).has_value());
      } else if (p.name == "projection-severity") {
        CHECK((p.default_value == "off" || diag::parse_severity(p.default_value).has_value()));
      } else {
        FAIL("the configuration does not read the parameter " << p.name);
      }
    }
  }
  CHECK(params >= 2);
}
