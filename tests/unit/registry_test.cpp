// The rule table and the catalogues: sorted unique ids, texts for every rule
// in every language, the same keys in every language, parameters that parse.

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "i18n/i18n.h"
#include "model/schema_writer.h"
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

TEST_CASE("every rule with a check has a failing and a fixed example in every language") {
  for (const i18n::Language& lang : i18n::languages()) {
    for (const rules::Rule* r : rules::all_rules()) {
      if (!r->check && !i18n::has_text(i18n::english(), rules::failing_example_key(r->id))) continue;
      CAPTURE(lang.code);
      CAPTURE(r->id);
      REQUIRE(i18n::has_text(lang, rules::failing_example_key(r->id)));
      REQUIRE(i18n::has_text(lang, rules::fixed_example_key(r->id)));
      const std::string_view failing = i18n::text(lang, rules::failing_example_key(r->id));
      const std::string_view fixed = i18n::text(lang, rules::fixed_example_key(r->id));
      CHECK(failing != fixed);
      CHECK(failing.back() == '\n');
      CHECK(fixed.back() == '\n');
    }
  }
}

TEST_CASE("a rule's examples differ between languages only in their comments") {
  // The plan itself is the same YAML in every language; only what follows
  // a '#' is translated.
  const auto without_comments = [](std::string_view text) {
    std::string out;
    size_t start = 0;
    while (start < text.size()) {
      const size_t end = std::min(text.find('\n', start), text.size());
      std::string_view line = text.substr(start, end - start);
      line = line.substr(0, line.find('#'));
      while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
      out += std::string(line) + '\n';
      start = end + 1;
    }
    return out;
  };
  for (const i18n::Language& lang : i18n::languages()) {
    for (const rules::Rule* r : rules::all_rules()) {
      if (!i18n::has_text(i18n::english(), rules::failing_example_key(r->id))) continue;
      for (const std::string& key : {rules::failing_example_key(r->id), rules::fixed_example_key(r->id)}) {
        CAPTURE(lang.code);
        CAPTURE(key);
        CHECK(without_comments(i18n::text(lang, key)) ==
              without_comments(i18n::text(i18n::english(), key)));
      }
    }
  }
}

TEST_CASE("every catalogue key of any language exists in every other language") {
  for (const i18n::Language& a : i18n::languages()) {
    const std::set<std::string> keys = keys_of(a);
    for (const i18n::Language& b : i18n::languages()) {
      for (const std::string& key : keys) {
        // The schemas' English is kept in the field tables (model/specs.cpp).
        if (key.starts_with("json-schema.") && b.code == i18n::english().code) continue;
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

TEST_CASE("every language but English describes every field of every schema, and nothing else") {
  // The keys the schema writer asks for, and the English it gives with them.
  std::map<std::string, std::string> asked;
  const model::Describe record = [&asked](std::string_view key, std::string_view english) {
    asked.emplace(std::string(key), std::string(english));
    return english;
  };
  for (size_t i = 0; i < model::EnumNames<model::FileKind>::kNames.size(); ++i) {
    (void)model::schema_json(static_cast<model::FileKind>(i), record);
  }
  REQUIRE(asked.size() > 100);
  for (const i18n::Language& lang : i18n::languages()) {
    if (lang.code == i18n::english().code) continue;
    for (const auto& [key, english] : asked) {
      CAPTURE(lang.code);
        CAPTURE(key);
      CHECK(i18n::has_text(lang, key));
      if (english.size() > 12) CHECK(i18n::text(lang, key) != english);  // translated, not copied
    }
    for (const std::string& key : keys_of(lang)) {
      if (!key.starts_with("json-schema.")) continue;
      CAPTURE(lang.code);
        CAPTURE(key);
      CHECK(asked.count(key) == 1);  // no description of a field that is gone
    }
  }
  for (const std::string& key : keys_of(i18n::english())) CHECK_FALSE(key.starts_with("json-schema."));
}
