#include "model/suggest.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace plancheck::model {

namespace {

constexpr size_t npos = std::string_view::npos;

__extension__ typedef __int128 i128;

bool digit(char c) { return c >= '0' && c <= '9'; }

/// `text` in lower case (ASCII and Æ, Ø, Å), with every kind of space as
/// one ASCII space and no space at either end.
std::string normalised(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kReplace[] = {
      {"\xC2\xA0", " "},  {"\xE2\x80\xAF", " "}, {"\xE2\x80\x89", " "}, {"\t", " "},
      {"\xC3\x86", "\xC3\xA6"}, {"\xC3\x98", "\xC3\xB8"}, {"\xC3\x85", "\xC3\xA5"},
      {"\xE2\x80\x93", "-"}, {"\xE2\x80\x94", "-"},  // en and em dash
  };
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kReplace) {
      if (text.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = text[i++];
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const size_t first = out.find_first_not_of(' ');
  if (first == npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

bool strip_prefix(std::string& s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return false;
  s.erase(0, prefix.size());
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return true;
}

bool strip_suffix(std::string& s, std::string_view suffix) {
  if (!s.ends_with(suffix)) return false;
  s.resize(s.size() - suffix.size());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return true;
}

/// A decimal number as digits and the count of them after the mark:
/// "1,5" is {15, 1}.
struct Decimal {
  int64_t digits = 0;
  int decimals = 0;
};

/// Reads `s` as a number with thousands separated by `group` (space or
/// dot, in groups of three) and an optional decimal part after `mark`.
std::optional<Decimal> read_number(std::string_view s, char group, char mark) {
  Decimal d;
  size_t i = 0;
  size_t run = 0;     // digits in the current group
  int groups = 0;     // separators seen
  bool in_decimals = false;
  if (s.empty() || !digit(s[0])) return std::nullopt;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (digit(c)) {
      if (d.digits > (INT64_MAX - 9) / 10) return std::nullopt;
      d.digits = d.digits * 10 + (c - '0');
      ++run;
      if (in_decimals) ++d.decimals;
      continue;
    }
    if (c == group && !in_decimals && (groups == 0 ? run <= 3 : run == 3) && i + 1 < s.size() &&
        digit(s[i + 1])) {
      ++groups;
      run = 0;
      continue;
    }
    if (c == mark && !in_decimals && (groups == 0 || run == 3) && i + 1 < s.size() &&
        (digit(s[i + 1]) || s[i + 1] == '-')) {
      if (groups > 0 && run != 3) return std::nullopt;
      in_decimals = true;
      groups = -1;
      if (s[i + 1] == '-') return i + 2 == s.size() ? std::optional<Decimal>(d) : std::nullopt;
      continue;
    }
    return std::nullopt;
  }
  if (groups > 0 && run != 3) return std::nullopt;
  return d;
}

/// `d` times `factor` when that is a whole number that fits.
std::optional<int64_t> whole(Decimal d, int64_t factor) {
  int64_t scale = 1;
  for (int k = 0; k < d.decimals; ++k) scale *= 10;
  if (d.decimals > 12) return std::nullopt;
  i128 value = static_cast<i128>(d.digits) * factor;
  if (value % scale != 0) return std::nullopt;
  value /= scale;
  if (value > INT64_MAX) return std::nullopt;
  return static_cast<int64_t>(value);
}

/// The multiplier a word after the number stands for, removed from `s`.
int64_t strip_multiplier(std::string& s) {
  static constexpr std::pair<std::string_view, int64_t> kWords[] = {
      {"milliarder", 1'000'000'000}, {"milliard", 1'000'000'000}, {"mrd.", 1'000'000'000},
      {"mrd", 1'000'000'000},        {"millioner", 1'000'000},    {"million", 1'000'000},
      {"mill.", 1'000'000},          {"mill", 1'000'000},         {"mln.", 1'000'000},
      {"mln", 1'000'000},            {"tusen", 1'000},            {"k", 1'000},
  };
  for (const auto& [word, factor] : kWords) {
    if (s.ends_with(word) && s.size() > word.size()) {
      const char before = s[s.size() - word.size() - 1];
      if (before != ' ' && !digit(before)) continue;
      s.resize(s.size() - word.size());
      while (!s.empty() && s.back() == ' ') s.pop_back();
      return factor;
    }
  }
  return 1;
}

}  // namespace

std::optional<Money> norwegian_amount(std::string_view text) {
  std::string s = normalised(text);
  // Currency and "no øre" marks at either end, in any order.
  for (bool again = true; again;) {
    again = strip_prefix(s, "kr.") || strip_prefix(s, "kr ") || strip_prefix(s, "nok") ||
            strip_suffix(s, ",-") || strip_suffix(s, ".-") || strip_suffix(s, ",--") ||
            strip_suffix(s, " kr.") || strip_suffix(s, " kr") || strip_suffix(s, "kr") ||
            strip_suffix(s, " nok") || strip_suffix(s, "nok");
  }
  if (s.starts_with("kr") && s.size() > 2 && digit(s[2])) s.erase(0, 2);
  const int64_t factor = strip_multiplier(s);
  if (s.empty()) return std::nullopt;
  // Thousands with dots and a decimal comma (1.500.000,00), or with spaces
  // and a decimal comma (200 000,-), or a decimal dot before a multiplier (1.5 mill).
  std::optional<Decimal> d = read_number(s, '.', ',');
  if (!d) d = read_number(s, ' ', ',');
  if (!d && factor > 1) d = read_number(s, ' ', '.');
  // Thousands between commas, the English way, when there are two: 1,500,000.
  if (!d && std::count(s.begin(), s.end(), ',') >= 2) d = read_number(s, ',', '.');
  if (!d) return std::nullopt;
  const auto value = whole(*d, factor);
  if (!value) return std::nullopt;
  return Money{*value};
}

std::optional<Ratio> norwegian_percent(std::string_view text) {
  std::string s = normalised(text);
  strip_suffix(s, "%") || strip_suffix(s, "prosent") || strip_suffix(s, "pst.") ||
      strip_suffix(s, "pst");
  for (char& c : s) {
    if (c == ',') c = '.';
  }
  if (s.empty() || s.find_first_not_of("0123456789.") != npos) return std::nullopt;
  const auto ratio = parse_percent(s);
  if (!ratio || *ratio > Ratio{1, 1}) return std::nullopt;
  return ratio;
}

namespace {

/// The month a Norwegian month name or abbreviation names (1 to 12).
std::optional<int> month_of(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames{
      "januar", "februar", "mars",    "april",   "mai",      "juni",
      "juli",   "august",  "september", "oktober", "november", "desember"};
  if (word.ends_with('.')) word.remove_suffix(1);
  if (word.size() < 3) return std::nullopt;
  for (size_t m = 0; m < kNames.size(); ++m) {
    if (kNames[m].starts_with(word)) return static_cast<int>(m + 1);
  }
  return std::nullopt;
}

std::optional<int> number(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int value = 0;
  for (const char c : s) {
    if (!digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

/// A real date from its parts; a two-digit year is in this century.
std::optional<Date> make_date(int day, int month, std::string_view year_text) {
  auto year = number(year_text);
  if (!year || (year_text.size() != 2 && year_text.size() != 4)) return std::nullopt;
  if (year_text.size() == 2) *year += 2000;
  const Date d{*year, month, day};
  return parse_date(d.iso());
}

/// Splits `s` at any of `separators`.
std::vector<std::string_view> parts(std::string_view s, std::string_view separators) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || separators.find(s[i]) != npos) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

}  // namespace

std::optional<Date> norwegian_date(std::string_view text) {
  const std::string s = normalised(text);
  // 14. mars 2024, 14 mars 2024, 14. mar. 24
  const std::vector<std::string_view> words = parts(s, " ");
  if (words.size() == 3 || (words.size() == 4 && words[1].empty())) {
    std::string_view day = words[0];
    if (day.ends_with('.')) day.remove_suffix(1);
    const auto d = number(day);
    const auto m = month_of(words[words.size() - 2]);
    if (d && m) return make_date(*d, *m, words.back());
  }
  // 14.03.2024, 14/3-24, 14/03/2024, 14-03-2024, 2024.03.14
  const std::vector<std::string_view> p = parts(s, "./-");
  if (p.size() != 3) return std::nullopt;
  const auto a = number(p[0]);
  const auto b = number(p[1]);
  if (!a || !b) return std::nullopt;
  if (p[0].size() == 4) {
    const auto day = number(p[2]);
    if (!day) return std::nullopt;
    return make_date(*day, *b, p[0]);
  }
  if (p[0].size() > 2 || p[1].size() > 2) return std::nullopt;
  return make_date(*a, *b, p[2]);
}

std::optional<std::string_view> norwegian_choice(std::string_view word,
                                                 std::span<const std::string_view> choices) {
  // Norwegian words and the values they stand for; a word may fit several
  // value sets ("avsluttet": a closed list, a completed grant).
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"innvilget", "granted"},   {"innvilga", "granted"},    {"bevilget", "granted"},
      {"bevilga", "granted"},     {"tildelt", "granted"},     {"tilsagn", "granted"},
      {"gitt", "granted"},        {"utbetalt", "paid"},       {"betalt", "paid"},
      {"fullført", "completed"},  {"gjennomført", "completed"}, {"sluttført", "completed"},
      {"ferdig", "completed"},    {"avsluttet", "completed"}, {"avslutta", "completed"},
      {"trukket", "withdrawn"},   {"trukket tilbake", "withdrawn"},
      {"tilbaketrukket", "withdrawn"}, {"annullert", "withdrawn"}, {"bortfalt", "withdrawn"},
      {"åpen", "open"},           {"åpent", "open"},          {"apen", "open"},
      {"avsluttet", "closed"},    {"avslutta", "closed"},     {"lukket", "closed"},
      {"lukka", "closed"},        {"stengt", "closed"},       {"ferdig", "closed"},
      {"utvikling", "development"}, {"utviklingstiltak", "development"},
      {"drift", "operations"},    {"driftstiltak", "operations"},
      {"av", "off"},              {"merknad", "note"},        {"advarsel", "warning"},
      {"feil", "error"},          {"ja", "true"},             {"nei", "false"},
      {"sant", "true"},           {"usant", "false"},
      {"handlingsplan", "frame"}, {"strategisk handlingsplan", "frame"}, {"ramme", "frame"},
      {"årsplan", "yearly-plan"}, {"budsjett- og tiltaksplan", "yearly-plan"},
      {"tiltaksplan", "yearly-plan"}, {"prosjektliste", "project-list"},
  };
  const std::string w = normalised(word);
  for (const auto& [nb, value] : kWords) {
    if (nb != w) continue;
    for (std::string_view choice : choices) {
      if (choice == value) return choice;
    }
  }
  return std::nullopt;
}

std::string amount_text(Money amount) {
  const std::string digits = std::to_string(amount.kroner);
  std::string out;
  const size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out += digits.substr(0, first);
  for (size_t i = first; i < digits.size(); i += 3) out += " " + digits.substr(i, 3);
  return out;
}

std::string percent_text(Ratio share) {
  // share is a fraction of one; percent = share * 100, exact to four decimals.
  const i128 scaled = static_cast<i128>(share.num) * 100 * 10000 / share.den;
  const auto whole_part = static_cast<int64_t>(scaled / 10000);
  auto fraction = static_cast<int64_t>(scaled % 10000);
  std::string out = std::to_string(whole_part);
  if (fraction == 0) return out;
  std::string decimals = std::to_string(fraction);
  decimals = std::string(4 - decimals.size(), '0') + decimals;
  while (decimals.back() == '0') decimals.pop_back();
  return out + "." + decimals;
}

}  // namespace plancheck::model
