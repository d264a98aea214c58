#include "i18n/i18n.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "base/platform.h"

namespace plancheck::i18n {

namespace en {
std::vector<std::span<const Entry>> catalogue();
}
namespace nb {
std::vector<std::span<const Entry>> catalogue();
}

namespace {

constexpr std::string_view kEnglishLocales[] = {"en"};
constexpr std::string_view kNorwegianLocales[] = {"nb", "nn", "no"};

const Language kLanguages[] = {
    {"en", "English", kEnglishLocales, {",", ".", "-", "NOK ", "", "%", DateOrder::iso},
     &en::catalogue},
    {"nb", "norsk bokmål", kNorwegianLocales,
     {"\u00a0", ",", "\u2212", "", "\u00a0kr", "\u00a0%", DateOrder::day_month_year},
     &nb::catalogue},
};

using Index = std::map<std::string_view, std::string_view>;

/// The catalogue of `lang` as a lookup table, built once.
const Index& index_of(const Language& lang) {
  static std::map<std::string_view, Index> indexes;
  static std::mutex mutex;
  const std::lock_guard lock(mutex);
  auto [it, fresh] = indexes.try_emplace(lang.code);
  if (fresh) {
    for (const std::span<const Entry> part : lang.catalogue()) {
      for (const Entry& e : part) it->second.emplace(e.key, e.text);
    }
  }
  return it->second;
}

std::string argument_text(const Language& lang, const diag::Arg& arg) {
  struct Visitor {
    const Language& lang;
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(Money m) const { return format_money(lang, m); }
    std::string operator()(Ratio r) const { return format_percent(lang, r); }
    std::string operator()(int64_t n) const { return std::to_string(n); }
    std::string operator()(diag::Term t) const { return std::string(text(lang, t.key)); }
    std::string operator()(const Date& d) const { return format_date(lang, d); }
  };
  return std::visit(Visitor{lang}, arg.value);
}

}  // namespace

std::span<const Language> languages() { return kLanguages; }

const Language& english() { return kLanguages[0]; }

const Language& repository_language() { return kLanguages[1]; }

const Language* find_language(std::string_view code) {
  for (const Language& lang : kLanguages) {
    if (lang.code == code) return &lang;
  }
  return nullptr;
}

const Language& language_from_environment() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const std::optional<std::string> value = platform::environment(var);
    if (!value || value->empty()) continue;
    const std::string_view v(*value);
    for (const Language& lang : kLanguages) {
      for (std::string_view prefix : lang.locale_prefixes) {
        if (v.starts_with(prefix) && (v.size() == prefix.size() || v[prefix.size()] == '_' ||
                                      v[prefix.size()] == '.' || v[prefix.size()] == '-')) {
          return lang;
        }
      }
    }
    return english();
  }
  return english();
}

bool has_text(const Language& lang, std::string_view key) { return index_of(lang).count(key) > 0; }

std::string_view text(const Language& lang, std::string_view key) {
  const Index& index = index_of(lang);
  if (const auto it = index.find(key); it != index.end()) return it->second;
  const Index& fallback = index_of(english());
  if (const auto it = fallback.find(key); it != fallback.end()) return it->second;
  // A key without a text (a bug the registry test catches) is shown as
  // itself; keep a copy so the view outlives a temporary key.
  static std::set<std::string, std::less<>> missing;
  static std::mutex mutex;
  const std::lock_guard lock(mutex);
  return *missing.emplace(key).first;
}

std::function<std::string_view(std::string_view, std::string_view)> describer(const Language& lang) {
  return [&lang](std::string_view key, std::string_view fallback) {
    if (lang.code == english().code) return fallback;
    const Index& index = index_of(lang);
    const auto it = index.find(key);
    return it != index.end() ? it->second : fallback;
  };
}

std::string render(const Language& lang, const diag::Message& message) {
  const std::string_view pattern = text(lang, message.key);
  std::string out;
  out.reserve(pattern.size() + 32);
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    const size_t close = pattern.find('}', i);
    if (close == std::string_view::npos) {
      out += pattern.substr(i);
      break;
    }
    const std::string_view name = pattern.substr(i + 1, close - i - 1);
    const auto arg = std::find_if(message.args.begin(), message.args.end(),
                                  [&](const diag::Arg& a) { return a.name == name; });
    out += arg != message.args.end() ? argument_text(lang, *arg) : std::string(pattern.substr(i, close - i + 1));
    i = close;
  }
  return out;
}

std::string format_integer(const Language& lang, int64_t value) {
  const bool negative = value < 0;
  // Work on the magnitude as unsigned so INT64_MIN is safe.
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  const size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out += digits.substr(0, first);
  for (size_t i = first; i < digits.size(); i += 3) {
    out += lang.numbers.group;
    out += digits.substr(i, 3);
  }
  return negative ? std::string(lang.numbers.minus) + out : out;
}

std::string format_money(const Language& lang, Money amount) {
  return std::string(lang.numbers.money_prefix) + format_integer(lang, amount.kroner) +
         std::string(lang.numbers.money_suffix);
}

std::string format_date(const Language& lang, const Date& date) {
  if (lang.numbers.date_order == DateOrder::iso) return date.iso();
  return fmt::format("{:02}.{:02}.{:04}", date.day, date.month, date.year);
}

std::string format_percent(const Language& lang, Ratio share) {
  const int64_t tenths = share.permille_rounded();
  const bool negative = tenths < 0;
  const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(tenths) : static_cast<uint64_t>(tenths);
  std::string out = negative ? std::string(lang.numbers.minus) : std::string();
  out += std::to_string(magnitude / 10);
  out += lang.numbers.decimal;
  out += std::to_string(magnitude % 10);
  out += lang.numbers.percent_sign;
  return out;
}

}  // namespace plancheck::i18n
