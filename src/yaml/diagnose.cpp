#include "yaml/diagnose.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>
#include <vector>

namespace plancheck::yaml {

using source::Offset;

namespace {

constexpr size_t npos = std::string_view::npos;

bool blank(char c) { return c == ' ' || c == '\t'; }

/// The index of a comment's `#` in `s` at or after `from` (a `#` at the
/// start or after a blank), or npos.
size_t comment_at(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size(); ++i) {
    if (s[i] == '#' && (i == 0 || blank(s[i - 1]))) return i;
  }
  return npos;
}

/// `s` without trailing blanks.
std::string_view trim_end(std::string_view s) {
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

/// The index of the quote that closes the quoted scalar opened at `s[open]`
/// (escapes in double quotes, doubled quotes in single ones), or npos when
/// it does not close in `s`.
size_t closing_quote(std::string_view s, size_t open) {
  const char quote = s[open];
  for (size_t i = open + 1; i < s.size(); ++i) {
    if (quote == '"' && s[i] == '\\') {
      ++i;
    } else if (s[i] == quote) {
      if (quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  return npos;
}

/// Whether `c` may start a plain key (not an indicator YAML gives a meaning).
bool plain_start(char c) {
  return std::string_view("[]{}#&*!|>'\"%@`,?:-").find(c) == npos;
}

/// A block line's content (after indentation and dashes) split into key and value.
struct Content {
  bool key = false;          // `key:` or `key: value`
  size_t key_end = 0;        // one past the key's text (its closing quote included)
  size_t value = npos;       // where the value starts; npos when the line ends after the colon
};

/// Splits `s` at its first `: ` (or a colon ending the line) when it starts with a key.
Content split_key(std::string_view s) {
  Content c;
  if (s.empty()) return c;
  size_t colon = npos;
  if (s[0] == '"' || s[0] == '\'') {
    const size_t close = closing_quote(s, 0);
    if (close == npos) return c;
    size_t i = close + 1;
    while (i < s.size() && blank(s[i])) ++i;
    if (i < s.size() && s[i] == ':' && (i + 1 == s.size() || blank(s[i + 1]))) colon = i;
    c.key_end = close + 1;
  } else {
    if (!plain_start(s[0]) && !(s[0] == '-' && s.size() > 1 && !blank(s[1]))) return c;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '#' && i > 0 && blank(s[i - 1])) return c;
      if (s[i] == ':' && (i + 1 == s.size() || blank(s[i + 1]))) {
        colon = i;
        break;
      }
    }
    if (colon != npos) c.key_end = trim_end(s.substr(0, colon)).size();
  }
  if (colon == npos) return c;
  c.key = true;
  size_t v = colon + 1;
  while (v < s.size() && blank(s[v])) ++v;
  if (v < s.size() && s[v] != '#') c.value = v;
  return c;
}

/// Whether `word` is one of the plan files' keys.
bool known_key(std::string_view word, std::span<const std::string_view> keys) {
  return std::find(keys.begin(), keys.end(), word) != keys.end();
}

/// A block collection open at a line: a map's keys or a sequence's dashes stand at `indent`.
struct Level {
  uint32_t indent = 0;
  bool seq = false;
  uint32_t line = 0;                    // the line of its last key or dash
  std::string_view last_key;            // a map's last key
  std::vector<std::string_view> keys;   // a map's keys
  std::string_view first_key;           // a sequence's first item's first key
};

/// A construct that goes on past the end of a line.
struct Open {
  enum class Kind { none, quote, flow, block_scalar, plain } kind = Kind::none;
  uint32_t owner_indent = 0;  // the indentation of the line that owns it
  uint32_t line = 0;          // the line it opened on
  Offset at = 0;              // the quote or the first bracket
  std::string key;            // the key whose value it is
  std::vector<std::pair<char, Offset>> brackets;  // open flow brackets, innermost last
};

class Scanner {
 public:
  Scanner(const source::SourceFile& file, std::span<const std::string_view> keys)
      : file_(file), keys_(keys) {}

  /// Reports only unclosed quotes (for a document that parsed).
  void only_quotes() { only_quotes_ = true; }

  std::optional<Mistake> run(uint32_t last_line) {
    const uint32_t end = std::min(last_line, file_.line_count());
    for (line_ = 1; line_ <= end && !found_; ++line_) scan_line();
    // Text that only ends at the end of the file never closed.
    if (!found_ && end == file_.line_count()) at_end_of_file();
    return found_;
  }

 private:
  Offset offset(size_t column_byte) const {
    return file_.line_start(line_) + static_cast<Offset>(column_byte);
  }

  void report(Mistake m) {
    if (only_quotes_ && m.kind != Mistake::Kind::unclosed_quote) return;
    if (!found_) found_ = std::move(m);
  }

  void at_end_of_file() {
    if (open_.kind == Open::Kind::quote) unclosed_quote();
    if (open_.kind == Open::Kind::flow) unclosed_flow();
  }

  void scan_line() {
    text_ = file_.line_text(line_);
    size_t indent = 0;
    while (indent < text_.size() && text_[indent] == ' ') ++indent;
    const bool empty = indent == text_.size() || text_[indent] == '#';
    switch (open_.kind) {
      case Open::Kind::block_scalar:
        if (empty || indent > open_.owner_indent) return;
        open_ = {};
        break;
      case Open::Kind::quote:
        return quote_line(indent, empty);
      case Open::Kind::flow:
        return flow_line(indent, empty);
      case Open::Kind::plain:
        if (empty) return;
        if (indent > open_.owner_indent && !structure_line(indent)) {
          return colon_in_continuation(indent);
        }
        open_ = {};
        break;
      case Open::Kind::none:
        break;
    }
    if (empty || text_[indent] == '\t') return;
    if (indent == 0 && (text_.starts_with("---") || text_.starts_with("...") || text_[0] == '%')) {
      levels_.clear();
      nested_ = false;
      return;
    }
    block_line(static_cast<uint32_t>(indent));
  }

  /// Whether the line at `indent` starts a key or a list item.
  bool structure_line(size_t indent) const {
    const std::string_view s = text_.substr(indent);
    return s.starts_with("- ") || s == "-" || split_key(s).key;
  }

  // --- block context -------------------------------------------------------

  void block_line(uint32_t indent) {
    if (!indentation(indent)) return;
    std::string_view s = text_.substr(indent);
    uint32_t column = indent;
    // Each "- " opens an item; the item's content starts after it.
    while (s.starts_with("- ") || s == "-" || s.starts_with("-\t")) {
      dash(column);
      size_t skip = 1;
      while (skip < s.size() && s[skip] == ' ') ++skip;
      column += static_cast<uint32_t>(skip);
      s.remove_prefix(skip);
      if (s.empty() || s[0] == '#') {
        nested_ = true;  // the item's content follows on deeper lines
        return;
      }
    }
    if (glued_key(column, s)) return;
    const Content c = split_key(s);
    if (c.key) return key_line(column, s, c);
    if (!levels_.empty() && levels_.back().seq && levels_.back().indent < column) {
      return value(column, s, levels_.back().indent, {});  // a list item's value
    }
    if (levels_.empty()) return value(column, s, column, {});  // the document is one value
    not_a_key(column, s);
  }

  /// Checks the indentation of a line against the open blocks, closing the
  /// blocks it leaves; false after reporting a mistake.
  bool indentation(uint32_t indent) {
    const std::string_view s = text_.substr(indent);
    const bool dash_line = s.starts_with("- ") || s == "-";
    if (levels_.empty()) return true;
    if (nested_) {
      nested_ = false;
      Level& top = levels_.back();
      if (indent > top.indent) return true;  // the first line of a nested block
      if (indent == top.indent && dash_line && !top.seq) {
        levels_.push_back({indent, true, line_, {}, {}});  // a list at its key's indentation
        return true;
      }
    }
    if (indent > levels_.back().indent) {
      const Level& top = levels_.back();
      if (!dash_line && !split_key(s).key) return true;  // prose: reported as not_a_key
      report(indent_mistake(Mistake::Kind::deeper_indent, indent, top));
      return false;
    }
    Level popped;
    bool any_popped = false;
    while (levels_.size() > 1 && levels_.back().indent > indent) {
      popped = std::move(levels_.back());
      any_popped = true;
      levels_.pop_back();
    }
    Level& top = levels_.back();
    if (top.indent != indent) {
      // Between two levels: the nearer one is what was meant.
      const bool deeper = any_popped && (popped.indent - indent <= indent - std::min(indent, top.indent) ||
                                         indent < top.indent);
      report(indent_mistake(Mistake::Kind::uneven_indent, indent, deeper ? popped : top));
      return false;
    }
    if (top.seq && !dash_line) {
      // A list at its key's indentation ends at the next key, unless that
      // key starts the items: then it is an item that lost its dash.
      if (levels_.size() > 1 && levels_[levels_.size() - 2].indent == indent) {
        const Content c = split_key(s);
        if (c.key && trim_key(s.substr(0, c.key_end)) == top.first_key) {
          report(missing_dash(indent, top.first_key));
          return false;
        }
        levels_.pop_back();
        return true;
      }
      return item_without_dash(indent, any_popped && !popped.seq ? &popped : nullptr);
    }
    return true;
  }

  /// A line at a list's dash column without a dash: a new item that lost
  /// its dash (it repeats a key of the item before, or the items' first
  /// key, or it is no key at all), else a key of the item indented too little.
  bool item_without_dash(uint32_t indent, const Level* item) {
    const Level& list = levels_.back();
    const std::string_view s = text_.substr(indent);
    const Content c = split_key(s);
    const std::string_view key = c.key ? trim_key(s.substr(0, c.key_end)) : std::string_view();
    if (!c.key || key == list.first_key || (item && known_in(item->keys, key))) {
      report(missing_dash(indent, key));
    } else if (item) {
      report(indent_mistake(Mistake::Kind::uneven_indent, indent, *item));
    } else if (levels_.size() > 1) {
      report(indent_mistake(Mistake::Kind::uneven_indent, indent, levels_[levels_.size() - 2]));
    } else {
      return true;
    }
    return false;
  }

  static bool known_in(const std::vector<std::string_view>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  }

  static std::string_view trim_key(std::string_view key) {
    key = trim_end(key);
    if (key.size() >= 2 && (key[0] == '"' || key[0] == '\'') && key.back() == key[0]) {
      key = key.substr(1, key.size() - 2);
    }
    return key;
  }

  Mistake indent_mistake(Mistake::Kind kind, uint32_t indent, const Level& meant) const {
    const std::string_view s = text_.substr(indent);
    const Content c = split_key(s);
    const size_t width = c.key ? c.key_end : std::min<size_t>(trim_end(s).size(), 1);
    Mistake m{kind, offset(indent), offset(indent + std::max<size_t>(width, 1))};
    m.key = std::string(c.key ? trim_key(s.substr(0, c.key_end)) : s.substr(0, width));
    m.column = meant.indent + 1;
    m.line = meant.line;
    m.suggestion = std::string(meant.indent, ' ') + std::string(trim_end(s));
    return m;
  }

  Mistake missing_dash(uint32_t indent, std::string_view key) const {
    const std::string_view s = trim_end(text_.substr(indent));
    const Content c = split_key(s);
    Mistake m{Mistake::Kind::missing_dash, offset(indent), offset(indent + (c.key ? c.key_end : s.size()))};
    m.key = std::string(key);
    m.suggestion = std::string(indent, ' ') + "- " + std::string(s);
    m.column = indent + 1;
    return m;
  }

  void dash(uint32_t column) {
    if (levels_.empty() || levels_.back().indent < column || !levels_.back().seq) {
      if (!levels_.empty() && levels_.back().indent == column && !levels_.back().seq) {
        levels_.push_back({column, true, line_, {}, {}});  // a list at its key's indentation
      } else if (levels_.empty() || levels_.back().indent < column) {
        levels_.push_back({column, true, line_, {}, {}});
      }
    }
    levels_.back().line = line_;
  }

  void key_line(uint32_t column, std::string_view s, const Content& c) {
    if (levels_.empty() || levels_.back().indent < column) {
      levels_.push_back({column, false, line_, {}, {}});
    } else if (levels_.back().seq && levels_.back().indent == column) {
      levels_.push_back({column, false, line_, {}, {}});
    }
    const std::string_view key = trim_key(s.substr(0, c.key_end));
    if (levels_.size() > 1 && levels_[levels_.size() - 2].seq && levels_.back().keys.empty() &&
        levels_[levels_.size() - 2].first_key.empty()) {
      levels_[levels_.size() - 2].first_key = key;
    }
    Level& level = levels_.back();
    level.line = line_;
    level.last_key = key;
    level.keys.push_back(key);
    if (c.value == npos) {
      nested_ = true;
      return;
    }
    value(column + static_cast<uint32_t>(c.value), s.substr(c.value), column, key);
  }

  /// A value in block context starting at byte `column` of the line.
  void value(uint32_t column, std::string_view s, uint32_t owner, std::string_view key) {
    // Anchors and tags stand before the value itself.
    while (!s.empty() && (s[0] == '&' || s[0] == '!')) {
      size_t i = 0;
      while (i < s.size() && !blank(s[i])) ++i;
      while (i < s.size() && blank(s[i])) ++i;
      column += static_cast<uint32_t>(i);
      s.remove_prefix(i);
    }
    if (s.empty() || s[0] == '#') {
      nested_ = true;
      return;
    }
    switch (s[0]) {
      case '"':
      case '\'':
        return quoted(column, s, owner, key);
      case '[':
      case '{':
        open_ = {Open::Kind::flow, owner, line_, offset(column), std::string(key), {}};
        return flow(column);
      case '|':
      case '>':
        open_ = {Open::Kind::block_scalar, owner, line_, offset(column), std::string(key), {}};
        return;
      case '*':
        return;
      default:
        return plain(column, s, owner, key);
    }
  }

  /// A plain value: a ": " in it starts a key YAML does not allow there.
  void plain(uint32_t column, std::string_view s, uint32_t owner, std::string_view key) {
    const size_t comment = comment_at(s, 0);
    const std::string_view text = trim_end(s.substr(0, comment));
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == ':' && (i + 1 == text.size() || blank(text[i + 1]))) {
        Mistake m{Mistake::Kind::colon_in_value, offset(column), offset(column + text.size())};
        m.key = std::string(key);
        m.suggestion = quoted_scalar(text);
        return report(std::move(m));
      }
    }
    open_ = {Open::Kind::plain, owner, line_, offset(column), std::string(key), {}};
  }

  /// A line that continues a plain value: a ": " there is a key YAML does not allow.
  void colon_in_continuation(size_t indent) {
    const std::string_view s = trim_end(text_.substr(0, comment_at(text_, indent)));
    for (size_t i = indent; i < s.size(); ++i) {
      if (s[i] == ':' && (i + 1 == s.size() || blank(s[i + 1]))) {
        // The text runs from the value's first line to here.
        Mistake m{Mistake::Kind::colon_in_value, open_.at, offset(s.size())};
        m.key = open_.key;
        m.line = open_.line;
        const std::string_view first = file_.line_text(open_.line);
        m.suggestion = quoted_scalar(trim_end(first.substr(open_.at - file_.line_start(open_.line))));
        m.end = open_.at + static_cast<Offset>(trim_end(first.substr(open_.at - file_.line_start(open_.line))).size());
        return report(std::move(m));
      }
    }
  }

  /// A known key written without a space after its colon (`amount:5`,
  /// `period:{from: 2021}`) or without its colon (`title Næring`,
  /// `period {from: 2021}`); false when the line is none of these.
  bool glued_key(uint32_t column, std::string_view s) {
    size_t word = 0;
    while (word < s.size() && (std::isalnum(static_cast<unsigned char>(s[word])) || s[word] == '-')) ++word;
    if (word == 0 || word == s.size() || !known_key(s.substr(0, word), keys_)) return false;
    const std::string_view key = s.substr(0, word);
    const std::string_view rest = trim_end(s.substr(0, comment_at(s, 0))).substr(word);
    if (rest.size() > 1 && rest[0] == ':' && !blank(rest[1])) {
      if (rest.substr(1).starts_with("//")) return false;
      Mistake m{Mistake::Kind::missing_space, offset(column), offset(column + word + rest.size())};
      m.key = std::string(key);
      m.suggestion = std::string(key) + ": " + std::string(rest.substr(1));
      report(std::move(m));
      return true;
    }
    size_t after = 0;
    while (after < rest.size() && blank(rest[after])) ++after;
    if (after == 0 || after == rest.size() || rest[after] == ':' || rest[after] == '#') return false;
    Mistake m{Mistake::Kind::missing_colon, offset(column), offset(column + word)};
    m.key = std::string(key);
    m.suggestion = std::string(key) + ": " + std::string(rest.substr(after));
    report(std::move(m));
    return true;
  }

  /// A line at a map's indentation that is no key: a key without its colon,
  /// a key without a space after the colon, or prose not indented under its key.
  void not_a_key(uint32_t column, std::string_view s) {
    s = trim_end(s.substr(0, comment_at(s, 0)));
    if (s.empty() || !plain_start(s[0])) return;
    size_t word = 0;
    while (word < s.size() && !blank(s[word]) && s[word] != ':') ++word;
    const std::string_view first = s.substr(0, word);
    if (word < s.size() && s[word] == ':' && word + 1 < s.size() && !blank(s[word + 1]) &&
        s.find("://") == npos) {
      Mistake m{Mistake::Kind::missing_space, offset(column), offset(column + s.size())};
      m.key = std::string(first);
      m.suggestion = std::string(first) + ": " + std::string(s.substr(word + 1));
      return report(std::move(m));
    }
    if (known_key(first, keys_)) {
      Mistake m{Mistake::Kind::missing_colon, offset(column), offset(column + word)};
      m.key = std::string(first);
      size_t rest = word;
      while (rest < s.size() && blank(s[rest])) ++rest;
      m.suggestion = std::string(first) + ":" + (rest < s.size() ? " " : "") + std::string(s.substr(rest));
      return report(std::move(m));
    }
    const Level* level = levels_.empty() ? nullptr : &levels_.back();
    Mistake m{Mistake::Kind::continuation, offset(column), offset(column + s.size())};
    if (level) {
      m.key = std::string(level->last_key);
      m.line = level->line;
      m.column = level->indent + 3;
    }
    report(std::move(m));
  }

  // --- quoted values -------------------------------------------------------

  void quoted(uint32_t column, std::string_view s, uint32_t owner, std::string_view key) {
    const size_t close = closing_quote(s, 0);
    if (close == npos) {
      open_ = {Open::Kind::quote, owner, line_, offset(column), std::string(key), {}};
      return;
    }
    after_quote(column, s, close, key);
  }

  /// What follows a closing quote must be blank or a comment.
  void after_quote(uint32_t column, std::string_view s, size_t close, std::string_view key) {
    size_t i = close + 1;
    while (i < s.size() && blank(s[i])) ++i;
    if (i == s.size() || s[i] == '#') return;
    const std::string_view whole = trim_end(s.substr(0, comment_at(s, i)));
    const char quote = s[0];
    const bool inner = whole.size() > 2 && whole.back() == quote;
    Mistake m{inner ? Mistake::Kind::quote_in_quotes : Mistake::Kind::text_after_quote,
              offset(column), offset(column + whole.size())};
    m.key = std::string(key);
    m.related = offset(column + close);
    m.suggestion = quoted_scalar(inner ? whole.substr(1, whole.size() - 2) : whole);
    report(std::move(m));
  }

  /// A line inside a quoted value that opened on an earlier line.
  void quote_line(size_t indent, bool empty) {
    if (empty && indent == text_.size()) return;
    if (indent <= open_.owner_indent && structure_line(indent)) return unclosed_quote();
    const std::string_view opened = file_.line_text(open_.line);
    const char quote = opened[open_.at - file_.line_start(open_.line)];
    // Find the closing quote on this line.
    std::string probe(1, quote);
    probe += text_;
    const size_t close = closing_quote(probe, 0);
    if (close == npos) return;
    size_t i = close;  // in text_: probe's index minus one, plus one past the quote
    while (i < text_.size() && blank(text_[i])) ++i;
    if (i < text_.size() && text_[i] != '#' && text_[i] != ':') return unclosed_quote();
    open_ = {};
  }

  void unclosed_quote() {
    const std::string_view first = file_.line_text(open_.line);
    const size_t at = open_.at - file_.line_start(open_.line);
    const std::string_view rest = trim_end(first.substr(at));
    Mistake m{Mistake::Kind::unclosed_quote, open_.at, open_.at + 1};
    m.key = open_.key;
    m.line = open_.line;
    m.suggestion = std::string(rest) + rest[0];
    open_ = {};
    report(std::move(m));
  }

  // --- flow collections ----------------------------------------------------

  /// Reads flow content from byte `from` of the line, keeping the open brackets.
  void flow(size_t from) {
    bool token_start = true;  // a quote here opens a quoted scalar
    size_t entry = from;      // where the current entry of the innermost collection starts
    size_t value = npos;      // where the entry's value starts, after its ': '
    for (size_t i = from; i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '#' && (i == 0 || blank(text_[i - 1]))) return;
      if (c == ':' && (i + 1 == text_.size() || blank(text_[i + 1])) && !open_.brackets.empty() &&
          open_.brackets.back().first == '{') {
        if (value != npos) return flow_colon(entry, value);
        value = i + 1;
        while (value < text_.size() && blank(text_[value])) ++value;
      }
      if (c == ',' || c == '{' || c == '[' || c == '}' || c == ']') {
        entry = i + 1;
        value = npos;
      }
      if ((c == '"' || c == '\'') && token_start) {
        const size_t close = closing_quote(text_, i);
        if (close == npos) {
          // A quote that does not close in a flow collection on one line:
          // reported as the quote, which is what the person can fix.
          open_.kind = Open::Kind::quote;
          open_.at = offset(i);
          open_.line = line_;
          open_.brackets.clear();
          return;
        }
        i = close;
        token_start = false;
        continue;
      }
      if (c == '[' || c == '{') {
        open_.brackets.emplace_back(c, offset(i));
      } else if (c == ']' || c == '}') {
        if (open_.brackets.empty()) return;  // text after the collection: the parser says so
        const auto [bracket, at] = open_.brackets.back();
        if ((bracket == '[') != (c == ']')) {
          Mistake m{Mistake::Kind::wrong_flow_close, offset(i), offset(i + 1)};
          m.related = at;
          m.key = std::string(1, bracket == '[' ? ']' : '}');
          m.line = file_.position(at).line;
          return report(std::move(m));
        }
        open_.brackets.pop_back();
        if (open_.brackets.empty()) {
          open_ = {};
          return;
        }
      }
      token_start = c == '[' || c == '{' || c == ',' || blank(c) || c == ':';
    }
  }

  /// A second ': ' in an entry of a flow map: the value holds a colon.
  void flow_colon(size_t entry, size_t value) {
    size_t end = value;
    while (end < text_.size() && text_[end] != ',' && text_[end] != '}' && text_[end] != ']') ++end;
    const std::string_view text = trim_end(text_.substr(value, end - value));
    Mistake m{Mistake::Kind::colon_in_value, offset(value), offset(value + text.size())};
    std::string_view key = text_.substr(entry, value - entry);
    while (!key.empty() && blank(key.front())) key.remove_prefix(1);
    key = trim_end(key);
    if (key.ends_with(':')) key.remove_suffix(1);
    m.key = std::string(trim_key(key));
    m.suggestion = quoted_scalar(text);
    report(std::move(m));
  }

  void flow_line(size_t indent, bool empty) {
    if (empty) return;
    const bool closes = text_[indent] == ']' || text_[indent] == '}';
    if (indent <= open_.owner_indent && !closes) return unclosed_flow();
    flow(indent);
  }

  void unclosed_flow() {
    const auto [bracket, at] = open_.brackets.back();
    Mistake m{Mistake::Kind::unclosed_flow, at, at + 1};
    m.key = std::string(1, bracket == '[' ? ']' : '}');
    m.line = file_.position(at).line;
    // When the collection opened on one line, that line closed is the suggestion.
    if (open_.line == m.line) {
      const std::string_view first = file_.line_text(open_.line);
      std::string line(trim_end(first.substr(0, comment_at(first, 0))));
      for (auto it = open_.brackets.rbegin(); it != open_.brackets.rend(); ++it) {
        line += it->first == '[' ? ']' : '}';
      }
      size_t start = 0;
      while (start < line.size() && line[start] == ' ') ++start;
      m.suggestion = line.substr(start);
    }
    open_ = {};
    report(std::move(m));
  }

  const source::SourceFile& file_;
  std::span<const std::string_view> keys_;
  uint32_t line_ = 0;
  std::string_view text_;
  std::vector<Level> levels_;
  bool nested_ = false;  // the line before ended with `key:` or `-`: a deeper line is its value
  Open open_;
  std::optional<Mistake> found_;
  bool only_quotes_ = false;
};

}  // namespace

std::string quoted_scalar(std::string_view text) {
  if (text.find('"') != npos && text.find('\'') == npos) {
    return "'" + std::string(text) + "'";
  }
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::optional<Mistake> diagnose(const source::SourceFile& file, Offset error_at,
                                std::span<const std::string_view> keys) {
  const uint32_t error_line = file.position(error_at).line;
  return Scanner(file, keys).run(error_line + 1);
}

namespace {

bool same_key(const Node& a, const Node& b) {
  return a.kind == NodeKind::scalar && b.kind == NodeKind::scalar && a.value == b.value;
}

/// The index in `kids` (keys and values) of the first key that repeats an
/// earlier key, or npos; linear in the number of keys.
size_t first_repeated_key(const Document& doc, std::span<const NodeId> kids) {
  std::unordered_set<std::string_view> seen;
  for (size_t k = 0; k < kids.size(); k += 2) {
    const Node& key = doc.node(kids[k]);
    if (key.kind == NodeKind::scalar && !seen.insert(key.value).second) return k;
  }
  return npos;
}

/// Whether the keys from `repeat` on look like a new item: they start with
/// the item's first key, or repeat at least two of the keys before.
bool starts_an_item(const Document& doc, std::span<const NodeId> kids, size_t repeat) {
  if (same_key(doc.node(kids[0]), doc.node(kids[repeat]))) return true;
  std::unordered_set<std::string_view> head;
  for (size_t j = 0; j < repeat; j += 2) head.insert(doc.node(kids[j]).value);
  int repeated = 0;
  for (size_t k = repeat; k < kids.size() && repeated < 2; k += 2) {
    const Node& key = doc.node(kids[k]);
    if (key.kind == NodeKind::scalar && head.count(key.value) > 0) ++repeated;
  }
  return repeated >= 2;
}

/// The mistake of a map item whose keys from `key` on belong to an item
/// that lost its dash; std::nullopt when `key` does not start its line.
std::optional<Mistake> lost_dash(const Document& doc, const Node& key) {
  const source::SourceFile& file = doc.file();
  const source::Position pos = file.position(key.at);
  const std::string_view line = file.line_text(pos.line);
  const size_t column = key.at - file.line_start(pos.line);
  if (line.substr(0, column).find_first_not_of(' ') != npos) return std::nullopt;
  const Content c = split_key(line.substr(column));
  Mistake m{Mistake::Kind::missing_dash, key.at, key.at + static_cast<Offset>(c.key ? c.key_end : 1)};
  m.key = std::string(key.value);
  const size_t dash_column = column >= 2 ? column - 2 : column;
  m.suggestion = std::string(dash_column, ' ') + "- " + std::string(trim_end(line.substr(column)));
  m.column = static_cast<uint32_t>(dash_column + 1);
  return m;
}

}  // namespace

std::optional<Mistake> find_runaway_quote(const Document& doc,
                                          std::span<const std::string_view> keys) {
  const source::SourceFile& file = doc.file();
  const std::string_view text = file.text();
  for (NodeId id = 0; id < doc.size(); ++id) {
    const Node& n = doc.node(id);
    if (n.kind != NodeKind::scalar || n.plain || n.at >= text.size()) continue;
    if (text[n.at] != '"' && text[n.at] != '\'') continue;
    const size_t line_end = std::min(text.find('\n', n.at), text.size());
    if (closing_quote(text.substr(n.at, line_end - n.at), 0) != npos) continue;
    // A quoted text over several lines: read the file as a person would.
    Scanner scanner(file, keys);
    scanner.only_quotes();
    return scanner.run(file.line_count());
  }
  return std::nullopt;
}

std::optional<Mistake> find_missing_dash(const Document& doc) {
  for (NodeId id = 0; id < doc.size(); ++id) {
    const Node& seq = doc.node(id);
    if (seq.kind != NodeKind::sequence) continue;
    for (const NodeId item_id : doc.children(seq)) {
      const Node& item = doc.node(item_id);
      if (item.kind != NodeKind::map || item.flow) continue;
      const auto kids = doc.children(item);
      const size_t repeat = first_repeated_key(doc, kids);
      if (repeat == npos || !starts_an_item(doc, kids, repeat)) continue;
      if (auto m = lost_dash(doc, doc.node(kids[repeat]))) return m;
    }
  }
  return std::nullopt;
}

}  // namespace plancheck::yaml
