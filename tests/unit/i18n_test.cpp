// Number formats and message rendering per language.

#include <doctest/doctest.h>

#include "i18n/i18n.h"

using namespace plancheck;

TEST_CASE("money and percentages are written the way each language writes them") {
  const i18n::Language& nb = *i18n::find_language("nb");
  const i18n::Language& en = *i18n::find_language("en");
  CHECK(i18n::format_money(nb, Money{2'310'000}) == "2\u00a0310\u00a0000\u00a0kr");
  CHECK(i18n::format_money(en, Money{2'310'000}) == "NOK 2,310,000");
  CHECK(i18n::format_money(nb, Money{-500}) == "\u2212500\u00a0kr");
  CHECK(i18n::format_money(en, Money{INT64_MIN}) == "NOK -9,223,372,036,854,775,808");
  CHECK(i18n::format_percent(nb, Ratio{4, 5}) == "80,0\u00a0%");
  CHECK(i18n::format_percent(en, Ratio{1, 8}) == "12.5%");
  CHECK(i18n::format_percent(en, Ratio{2, 3}) == "66.7%");
}

TEST_CASE("messages fill in their arguments and fall back to English") {
  const i18n::Language& nb = *i18n::find_language("nb");
  const diag::Message m{"schema.unknown-key", {{"key", std::string("amuont")},
                                              {"where", diag::Term{"element.measure"}}}};
  CHECK(i18n::render(nb, m) == "ukjent nøkkel «amuont» i et tiltak");
  CHECK(i18n::render(nb, diag::Message{"no.such.key", {}}) == "no.such.key");
}

TEST_CASE("the environment chooses Norwegian for nb, nn and no") {
  setenv("LC_ALL", "", 1);
  setenv("LC_MESSAGES", "", 1);
  setenv("LANG", "nn_NO.UTF-8", 1);
  CHECK(i18n::language_from_environment().code == "nb");
  setenv("LANG", "no", 1);
  CHECK(i18n::language_from_environment().code == "nb");
  setenv("LANG", "nl_NL.UTF-8", 1);
  CHECK(i18n::language_from_environment().code == "en");
  setenv("LC_ALL", "nb_NO.UTF-8", 1);
  CHECK(i18n::language_from_environment().code == "nb");
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  unsetenv("LANG");
  CHECK(i18n::language_from_environment().code == "en");
}

TEST_CASE("an operating system error is worded by its kind in the reader's language") {
  const i18n::Language& nb = *i18n::find_language("nb");
  const i18n::Language& en = *i18n::find_language("en");
  const auto reason = [](const i18n::Language& lang, platform::ErrorKind kind) {
    const platform::Error error{kind, 0, "system words"};
    return i18n::render(lang, diag::Message{"usage.write-failed",
                                            {{"path", std::string("x")}, diag::os_error_arg("reason", error)}});
  };
  CHECK(reason(nb, platform::ErrorKind::not_found) == "kan ikke skrive x: filen eller mappen finnes ikke");
  CHECK(reason(en, platform::ErrorKind::permission_denied) == "cannot write x: permission denied");
  CHECK(reason(nb, platform::ErrorKind::read_only) == "kan ikke skrive x: filsystemet er skrivebeskyttet");
  CHECK(reason(nb, platform::ErrorKind::not_directory) == "kan ikke skrive x: er ikke en mappe");
  // A kind both systems do not share keeps the system's own words.
  CHECK(reason(nb, platform::ErrorKind::other) == "kan ikke skrive x: system words");
  // Every shared kind has its words in every language (none falls back to the key).
  for (int k = 1; k <= static_cast<int>(platform::ErrorKind::io); ++k) {
    const auto kind = static_cast<platform::ErrorKind>(k);
    for (const i18n::Language& lang : i18n::languages()) {
      CAPTURE(k);
      CAPTURE(lang.code);
      const diag::Arg arg = diag::os_error_arg("reason", platform::Error{kind, 0, "system words"});
      REQUIRE(std::holds_alternative<diag::Term>(arg.value));
      CHECK(i18n::has_text(lang, std::get<diag::Term>(arg.value).key));
    }
  }
}
