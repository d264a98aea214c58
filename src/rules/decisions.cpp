#include "rules/decisions.h"

#include "base/text.h"

namespace plancheck::rules {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The digits of `text` as a number; none when it is empty, too long or not all digits.
std::optional<int> digits(std::string_view text, size_t max_length) {
  if (text.empty() || text.size() > max_length) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

/// `text` with each run of white space made one space, and none at either end.
std::string collapsed(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : trim(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

std::optional<CaseNumber> parse_case_number(std::string_view text) {
  const std::string whole = collapsed(text);
  const std::string_view s = whole;
  const size_t slash = s.rfind('/');
  if (slash == std::string_view::npos) return std::nullopt;
  size_t item_start = slash;
  while (item_start > 0 && is_digit(s[item_start - 1])) --item_start;
  const std::optional<int> item = digits(s.substr(item_start, slash - item_start), 6);
  const std::string_view year_text = s.substr(slash + 1);
  const std::optional<int> year = digits(year_text, 4);
  if (!item || !year || (year_text.size() != 2 && year_text.size() != 4)) return std::nullopt;
  if (year_text.size() == 4 && (*year < 1900 || *year > 2099)) return std::nullopt;
  const std::string_view prefix = trim(s.substr(0, item_start));
  for (char c : prefix) {
    if (is_digit(c) || c == '/') return std::nullopt;
  }
  CaseNumber out{*year, year_text.size() == 2, {}};
  out.key = upper_ascii(prefix) + " " + std::to_string(*item) + "/" + std::to_string(*year % 100);
  return out;
}

std::string case_key(std::string_view text) {
  if (const auto n = parse_case_number(text)) return n->key;
  return collapsed(text);
}

}  // namespace plancheck::rules
