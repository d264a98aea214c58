#pragma once
// Languages, message catalogues and number formats. A language is one
// catalogue (the folder i18n/<code>/, one file per area of the program) and
// one row in languages(): nothing else names a language.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "base/ratio.h"
#include "diag/finding.h"

namespace plancheck::i18n {

/// One catalogue text: `{name}` stands for the message argument `name`.
struct Entry {
  std::string_view key;
  std::string_view text;
};

/// How a language writes a date in a message: 2022-02-11 or 11.02.2022.
enum class DateOrder : uint8_t { iso, day_month_year };

/// How a language writes numbers and dates.
struct NumberStyle {
  std::string_view group;          // thousands separator
  std::string_view decimal;        // decimal mark
  std::string_view minus;          // minus sign
  std::string_view money_prefix;   // before the amount
  std::string_view money_suffix;   // after the amount
  std::string_view percent_sign;   // after the number, space included where the language puts one
  DateOrder date_order = DateOrder::iso;
};

struct Language {
  std::string_view code;                 // "nb", "en"
  std::string_view name;                 // in the language itself
  std::span<const std::string_view> locale_prefixes;  // LANG values that select it
  NumberStyle numbers;
  /// The catalogue, as the parts listed in i18n/<code>/catalogue.cpp.
  std::vector<std::span<const Entry>> (*catalogue)();
};

/// Every language plancheck speaks; English first (the fallback).
std::span<const Language> languages();
const Language* find_language(std::string_view code);
/// The language LC_ALL, LC_MESSAGES or LANG (first one set) asks for; English otherwise.
const Language& language_from_environment();
const Language& english();
/// The language of the files plancheck writes into a plan repository for
/// its users (init's templates and JSON Schemas): Norwegian Bokmål.
const Language& repository_language();

/// The text of `key` in `lang`, falling back to English, then to the key
/// itself; the view stays valid for the whole run.
std::string_view text(const Language& lang, std::string_view key);
bool has_text(const Language& lang, std::string_view key);
/// For texts whose English is kept beside the code (the JSON Schemas'
/// descriptions, from the field tables): a lookup that gives `lang`'s text
/// of a key, or the English given with it where `lang` is English or has none.
std::function<std::string_view(std::string_view key, std::string_view english)> describer(
    const Language& lang);

/// A message with its arguments filled in.
std::string render(const Language& lang, const diag::Message& message);

std::string format_money(const Language& lang, Money amount);
/// A date as the language writes it in a message: "2022-02-11", "11.02.2022".
std::string format_date(const Language& lang, const Date& date);
/// A share as a percentage with one decimal: "80,0 %" / "80.0%".
std::string format_percent(const Language& lang, Ratio share);
/// A whole number with thousands separators.
std::string format_integer(const Language& lang, int64_t value);

}  // namespace plancheck::i18n
