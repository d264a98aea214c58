#include "model/decoder.h"

#include <algorithm>
#include <string>

#include "base/did_you_mean.h"
#include "base/placeholder.h"
#include "base/text.h"
#include "model/suggest.h"
#include "model/syntax.h"
#include "yaml/diagnose.h"

namespace plancheck::model {

using diag::Arg;
using diag::Message;
using diag::Term;
using yaml::Node;
using yaml::NodeKind;

namespace {

/// How many nodes aliases may expand to in one document, in all.
constexpr size_t kAliasBudget = 100'000;
/// How many bytes of scalar text aliases may expand to in one document, on
/// top of the file's own size: every decoded copy is budgeted, so memory
/// stays proportional to the input.
constexpr size_t kAliasBytesAllowance = 1 << 20;

Term found_term(const Node& node) {
  switch (node.kind) {
    case NodeKind::null: return {"term.nothing"};
    case NodeKind::scalar: return {"term.scalar"};
    case NodeKind::sequence: return {"term.list"};
    case NodeKind::map: return {"term.map"};
    case NodeKind::alias: return {"term.alias"};
  }
  return {"term.nothing"};
}

std::string join_keys(const std::vector<std::string_view>& keys) {
  std::string out;
  for (std::string_view key : keys) {
    if (!out.empty()) out += ", ";
    out += key;
  }
  return out;
}

}  // namespace

namespace {

/// A known key that YAML read together with its value, `status:completed`
/// or `title Næringsutvikling`, as the mistake it is; `word` is the key.
std::optional<yaml::Mistake> glued(std::string_view text, const Node& node,
                                   const std::vector<std::string_view>& keys, size_t* word_index) {
  if (node.kind != NodeKind::scalar || !node.plain) return std::nullopt;
  size_t word = 0;
  while (word < text.size() && text[word] != ':' && text[word] != ' ') ++word;
  if (word == 0 || word + 1 >= text.size()) return std::nullopt;
  const auto it = std::find(keys.begin(), keys.end(), text.substr(0, word));
  if (it == keys.end() || text.substr(word + 1).starts_with("//")) return std::nullopt;
  *word_index = static_cast<size_t>(it - keys.begin());
  const std::string key(text.substr(0, word));
  const std::string rest(trim(text.substr(word + 1)));
  if (text[word] == ':' && text[word + 1] != ' ') {
    yaml::Mistake m{yaml::Mistake::Kind::missing_space, node.at,
                    node.at + static_cast<Offset>(text.size())};
    m.key = key;
    m.suggestion = key + ": " + rest;
    return m;
  }
  if (text[word] != ' ' || rest.empty()) return std::nullopt;
  yaml::Mistake m{yaml::Mistake::Kind::missing_colon, node.at, node.at + static_cast<Offset>(word)};
  m.key = key;
  m.suggestion = key + ": " + rest;
  return m;
}

}  // namespace

const Node& Decoder::follow(const Node& node) {
  if (node.kind != NodeKind::alias) return node;
  const Node& target = doc_.resolve(node);
  const yaml::NodeId first = doc_.id_of(target);
  expanded_ += target.end - first;
  // The scalar text under the alias; counting stops with the node budget.
  for (yaml::NodeId id = first; id < target.end && expanded_ <= kAliasBudget; ++id) {
    expanded_bytes_ += doc_.node(id).value.size();
  }
  const size_t byte_limit = file().text().size() + kAliasBytesAllowance;
  if (expanded_ <= kAliasBudget && expanded_bytes_ <= byte_limit) return target;
  if (!budget_reported_) {
    report("syntax/yaml", node.at,
           expanded_ > kAliasBudget
               ? Message{"syntax.alias-budget", {{"limit", static_cast<int64_t>(kAliasBudget)}}}
               : Message{"syntax.alias-bytes", {{"limit", static_cast<int64_t>(byte_limit)}}});
    budget_reported_ = true;
  }
  static const Node kNull{};
  return kNull;
}

diag::Finding& Decoder::report(std::string_view rule, Offset at, Message message) {
  const bool over_limit =
      reported_ >= diag::kMaxFindingsPerFile || findings_.size() >= diag::kMaxFindings;
  if (over_limit && !budget_reported_) {
    auto it = std::find_if(left_out_.begin(), left_out_.end(),
                           [&](const LeftOut& l) { return l.rule == rule; });
    if (it == left_out_.end()) it = left_out_.insert(it, LeftOut{&file(), rule, 0, diag::locate(file(), at)});
    ++it->count;
  }
  if (over_limit || budget_reported_) {
    dropped_ = {};
    return dropped_;
  }
  ++reported_;
  diag::Finding& f = findings_.emplace_back();
  f.rule = rule;
  f.where = diag::locate(file(), at);
  f.message = std::move(message);
  return f;
}

diag::Finding& Decoder::report_value(std::string_view rule, const Node& value, Message message) {
  diag::Finding& f = report(rule, value.at, std::move(message));
  // A plain value in block style runs to its end, commas and spaces
  // included; diag::locate() stops where a flow collection would.
  const std::string_view text = file().text();
  if (f.where.file && value.kind == NodeKind::scalar && value.plain && !value.value.empty() &&
      value.at < text.size() && text.substr(value.at, value.value.size()) == value.value &&
      value.value.find('\n') == std::string_view::npos) {
    const source::Position end = file().position(value.at + static_cast<Offset>(value.value.size()));
    if (end.line == f.where.span.line) f.where.span.end_column = end.column;
  }
  return f;
}

void Decoder::expected(const Node& node, std::string_view expected) {
  size_t index = 0;
  if (expected == "term.map") {
    const std::vector<std::string_view> keys(known_keys().begin(), known_keys().end());
    if (const auto mistake = glued(node.value, node, keys, &index)) return report_mistake(*mistake);
  }
  report("schema/type", node.at,
         Message{"schema.expected", {{"expected", Term{expected}}, {"found", found_term(node)}}});
}

bool Decoder::bare_entry(std::span<const yaml::NodeId> kids, size_t e) const {
  const Node& key = doc_.node(kids[2 * e]);
  const Node& value = doc_.node(kids[2 * e + 1]);
  if (key.kind != NodeKind::scalar || !key.plain || value.kind != NodeKind::null) return false;
  const std::string_view text = file().text();
  if (key.at >= text.size() || text.substr(key.at, key.value.size()) != key.value) return false;
  size_t i = key.at + key.value.size();
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i < text.size() && (text[i] == ',' || text[i] == '}');
}


std::optional<size_t> Decoder::glued_key(const Node& key, const Node& value,
                                         const std::vector<std::string_view>& keys) {
  size_t index = 0;
  // With a value, YAML found a ": " later on the line (`scope:{priority: x}`):
  // the mistake is the line as written, up to a comment.
  std::string_view text = key.value;
  if (value.kind != NodeKind::null) {
    const std::string_view all = file().text();
    if (key.at >= all.size() || all.substr(key.at, key.value.size()) != key.value) return std::nullopt;
    text = all.substr(key.at, std::min(all.find('\n', key.at), all.size()) - key.at);
    if (const size_t hash = text.find(" #"); hash != std::string_view::npos) text = text.substr(0, hash);
    text = trim(text);
  }
  const auto mistake = glued(text, key, keys, &index);
  if (!mistake) return std::nullopt;
  report_mistake(*mistake);
  return index;
}

void Decoder::report_mistake(const yaml::Mistake& mistake) {
  const diag::Finding made = mistake_finding(file(), mistake);
  diag::Finding& f = report("syntax/yaml", mistake.at, made.message);
  if (f.where.file) {
    f.where = made.where;
    f.help = made.help;
  }
}

SplitEntries Decoder::split_entries(const Node& map, const std::vector<std::string_view>& keys,
                                    const std::vector<Suggest>& suggest) {
  const auto kids = doc_.children(map);
  const size_t n = kids.size() / 2;
  SplitEntries out{std::vector<uint8_t>(n, 0), std::vector<uint8_t>(n, 0), {}};
  const std::string_view text = file().text();
  for (size_t e = 0; e < n; ++e) {
    if (!bare_entry(kids, e)) continue;
    const Node& bare = doc_.node(kids[2 * e]);
    // A key written without its colon: `{target: 10, tolerance 5}`.
    const std::string_view word = bare.value.substr(0, bare.value.find(' '));
    const auto field = std::find(keys.begin(), keys.end(), word);
    if (word.size() < bare.value.size() && field != keys.end()) {
      yaml::Mistake m{yaml::Mistake::Kind::missing_colon, bare.at, bare.at + static_cast<Offset>(word.size())};
      m.key = std::string(word);
      m.suggestion = std::string(word) + ": " + std::string(trim(bare.value.substr(word.size())));
      report_mistake(m);
      out.skip[e] = 1;
      out.seen.push_back(*field);
      continue;
    }
    // Bare words after an entry with a value: pieces of that value.
    if (field != keys.end() || e == 0 || out.skip[e - 1] || bare_entry(kids, e - 1)) continue;
    const Node& key = doc_.node(kids[2 * (e - 1)]);
    const Node& value = doc_.node(kids[2 * (e - 1) + 1]);
    if (value.kind != NodeKind::scalar || key.kind != NodeKind::scalar) continue;
    size_t last = e;
    while (last + 1 < n && bare_entry(kids, last + 1)) ++last;
    const Node& end_key = doc_.node(kids[2 * last]);
    const size_t end = end_key.at + end_key.value.size();
    if (value.at >= end || text.substr(value.at, end - value.at).find('\n') != std::string_view::npos) {
      continue;
    }
    const std::string_view meant = text.substr(value.at, end - value.at);
    const auto index = static_cast<size_t>(std::find(keys.begin(), keys.end(), key.value) - keys.begin());
    const Suggest guess = index < suggest.size() ? suggest[index] : nullptr;
    const std::optional<std::string> fixed = guess ? guess(meant) : std::nullopt;
    diag::Finding& f = report("syntax/yaml", value.at,
                              Message{"syntax.comma-split", {{"key", std::string(key.value)},
                                                             {"rest", std::string(bare.value)}}});
    if (f.where.file) {
      const source::Position stop = file().position(static_cast<Offset>(end));
      if (stop.line == f.where.span.line) f.where.span.end_column = stop.column;
      f.help = fixed ? Message{"help.comma-split", {{"suggestion", std::string(key.value) + ": " + *fixed}}}
                     : Message{"help.comma-split-block", {}};
    }
    out.broken[e - 1] = 1;
    for (size_t k = e; k <= last; ++k) out.skip[k] = 1;
    e = last;
  }
  return out;
}

Decoder::Matched Decoder::match_keys(const Node& map, std::string_view what,
                                    const std::vector<std::string_view>& keys,
                                    const std::vector<bool>& required, const SplitEntries& split) {
  const auto kids = doc_.children(map);
  Matched out{std::vector<int>(kids.size() / 2, -1), {}};
  std::vector<int>& matched = out.field;
  std::vector<Offset> seen(keys.size(), kNoOffset);
  std::vector<std::pair<size_t, Offset>> misspelt;  // field, where its misspelling stands
  for (const std::string_view key : split.seen) {
    const auto i = static_cast<size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    if (i < seen.size()) {
      seen[i] = map.at;
      out.unreadable.emplace_back(i, map.at);
    }
  }
  for (size_t entry = 0; entry < matched.size(); ++entry) {
    if (!split.skip.empty() && split.skip[entry]) continue;
    const Node& key = follow(doc_.node(kids[2 * entry]));
    if (key.kind != NodeKind::scalar) {
      expected(key, "term.key");
      continue;
    }
    int index = -1;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == key.value) index = static_cast<int>(i);
    }
    if (index < 0) {
      if (const auto field = glued_key(key, follow(doc_.node(kids[2 * entry + 1])), keys)) {
        seen[*field] = key.at;
        out.unreadable.emplace_back(*field, key.at);
        continue;
      }
      diag::Finding& f = report("schema/unknown-key", key.at,
                                Message{"schema.unknown-key", {{"key", std::string(key.value)},
                                                               {"where", Term{what}}}});
      if (const auto guess = did_you_mean(key.value, keys)) {
        f.help = Message{"help.did-you-mean", {{"name", *guess}}};
        misspelt.emplace_back(std::find(keys.begin(), keys.end(), *guess) - keys.begin(), key.at);
      } else {
        f.help = Message{"help.valid-keys", {{"keys", join_keys(keys)}}};
      }
      continue;
    }
    const auto i = static_cast<size_t>(index);
    if (seen[i] != kNoOffset) {
      diag::Finding& f = report("schema/duplicate-key", key.at,
                                Message{"schema.duplicate-key", {{"key", std::string(key.value)}}});
      f.related.push_back({diag::locate(file(), seen[i]), Message{"related.first-key", {{"key", std::string(key.value)}}}});
      continue;
    }
    seen[i] = key.at;
    if (!split.broken.empty() && split.broken[entry]) {
      out.unreadable.emplace_back(i, key.at);
      continue;
    }
    if (follow(doc_.node(kids[2 * entry + 1])).kind == NodeKind::null) {
      if (required[i]) {
        report("schema/missing", key.at,
               Message{"schema.missing-value", {{"key", std::string(key.value)}}});
      }
      continue;
    }
    matched[entry] = index;
  }
  // A misspelt key stands for its field where the field is not there itself
  // (the first misspelling only): the field is then written, but unreadable.
  for (const auto& [field, at] : misspelt) {
    if (seen[field] != kNoOffset) continue;
    seen[field] = at;
    out.unreadable.emplace_back(field, at);
  }
  std::vector<std::string_view> missing;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (required[i] && seen[i] == kNoOffset) missing.push_back(keys[i]);
  }
  if (missing.size() == 1) {
    report("schema/missing", map.at,
           Message{"schema.missing", {{"key", std::string(missing[0])}, {"where", Term{what}}}});
  } else if (!missing.empty()) {
    report("schema/missing", map.at,
           Message{"schema.missing-many", {{"keys", join_keys(missing)}, {"where", Term{what}}}});
  }
  return out;
}

namespace {

/// The scalar behind `v`, or nullptr after reporting schema/type.
const Node* scalar_of(Decoder& d, const Node& v, std::string_view expected) {
  const Node& node = d.follow(v);
  if (node.kind == NodeKind::scalar) return &node;
  d.expected(node, expected);
  return nullptr;
}

diag::Finding& bad_value(Decoder& d, const Node& node, std::string_view message_key) {
  return d.report_value("schema/type", node, Message{message_key, {{"value", std::string(node.value)}}});
}

/// Adds "did you mean VALUE?" to a finding when there is a guess.
void suggest(diag::Finding& f, const std::optional<std::string>& guess) {
  if (guess) f.help = Message{"help.did-you-mean-value", {{"value", *guess}}};
}

Message money_message(MoneyError error, std::string_view text) {
  static constexpr std::pair<MoneyError, std::string_view> kKeys[] = {
      {MoneyError::empty, "schema.money.empty"},
      {MoneyError::negative, "schema.money.negative"},
      {MoneyError::decimal, "schema.money.decimal"},
      {MoneyError::exponent, "schema.money.exponent"},
      {MoneyError::radix, "schema.money.radix"},
      {MoneyError::leading_zero, "schema.money.leading-zero"},
      {MoneyError::grouping, "schema.money.grouping"},
      {MoneyError::words, "schema.money.words"},
      {MoneyError::overflow, "schema.money.overflow"},
  };
  for (const auto& [e, key] : kKeys) {
    if (e == error) return Message{key, {{"value", std::string(text)}}};
  }
  return Message{"schema.money.grouping", {{"value", std::string(text)}}};
}

}  // namespace

void decode_value(Decoder& d, const Node& key, const Node& v, Located<std::string>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.text");
  if (!n) return;
  out = {std::string(n->value), key.at, n->at};
  // A text `init` or `new-year` wrote for the council to replace is still read, and reported.
  if (const std::optional<std::string_view> left = placeholder_in(n->value)) {
    d.report_value("placeholder/left", *n,
                   Message{"placeholder.left", {{"placeholder", std::string(*left)}}})
        .help = Message{"help.placeholder-left", {}};
  }
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Note>& out) {
  Located<std::string> text;
  decode_value(d, key, v, text);
  out = {Note(std::move(text.value)), text.key, text.at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Id>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.id");
  if (!n) return;
  const bool blank = n->value.empty();
  bool spaces = false;
  for (const char c : n->value) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || static_cast<unsigned char>(c) < 0x20) {
      spaces = true;
    }
  }
  if (blank || spaces) {
    bad_value(d, *n, "schema.id");
    return;
  }
  // Look-alike ids are one id: compared (and kept) in normal form C without
  // invisible characters; an id that holds any is reported.
  std::string name = id_key(n->value);
  if (const std::string hidden = hidden_code_points(n->value); !hidden.empty()) {
    diag::Finding& f = d.report("id/invisible", n->at,
                                Message{"id.invisible", {{"id", std::string(n->value)},
                                                         {"chars", hidden},
                                                         {"key", name}}});
    f.help = Message{"help.id-invisible", {}};
    if (name.empty()) return;
  }
  out = {Id{std::move(name)}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Money>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.money");
  if (!n) return;
  if (!n->plain) {
    diag::Finding& f = d.report_value("schema/money", *n,
                                      Message{"schema.money.quoted", {{"value", std::string(n->value)}}});
    f.help = Message{"help.money-format", {}};
    suggest(f, suggest_money(n->value));
    return;
  }
  const MoneyParse parsed = parse_money(n->value);
  if (parsed.error != MoneyError::none) {
    // An amount as a letter writes it ("50.000", "kr 200 000") is not an error of decimals or words.
    const bool written = norwegian_amount(n->value) &&
                         (parsed.error == MoneyError::decimal || parsed.error == MoneyError::words ||
                          parsed.error == MoneyError::grouping);
    diag::Finding& f = d.report_value(
        "schema/money", *n,
        written ? Message{"schema.money.written", {{"value", std::string(n->value)}}}
                : money_message(parsed.error, n->value));
    f.help = Message{"help.money-format", {}};
    suggest(f, suggest_money(n->value));
    return;
  }
  out = {parsed.value, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Percent>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.percent");
  if (!n) return;
  const auto ratio = n->plain ? parse_percent(n->value) : std::nullopt;
  if (!ratio || *ratio > Ratio{1, 1}) return suggest(bad_value(d, *n, "schema.percent"), suggest_percent(n->value));
  out = {Percent{*ratio}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Year>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.year");
  if (!n) return;
  const auto year = n->plain ? parse_year(n->value) : std::nullopt;
  if (!year) {
    bad_value(d, *n, "schema.year");
    return;
  }
  out = {Year{*year}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Count>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.count");
  if (!n) return;
  const MoneyParse parsed = n->plain ? parse_money(n->value) : MoneyParse{{}, MoneyError::empty};
  if (parsed.error != MoneyError::none || n->value.find_first_not_of("0123456789") != std::string_view::npos) {
    bad_value(d, *n, "schema.count");
    return;
  }
  out = {Count{parsed.value.kroner}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Month>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.month");
  if (!n) return;
  const auto month = parse_month(n->value);
  if (!month) {
    bad_value(d, *n, "schema.month");
    return;
  }
  out = {Month{*month}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Date>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.date");
  if (!n) return;
  const auto date = parse_date(n->value);
  if (!date) return suggest(bad_value(d, *n, "schema.date"), suggest_date(n->value));
  out = {*date, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<bool>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.bool");
  if (!n) return;
  if (n->plain && (n->value == "true" || n->value == "false")) {
    out = {n->value == "true", key.at, n->at};
    return;
  }
  static constexpr std::string_view kBools[] = {"true", "false"};
  diag::Finding& f = bad_value(d, *n, "schema.bool");
  if (const auto word = norwegian_choice(n->value, kBools)) suggest(f, std::string(*word));
}

std::optional<size_t> decode_enum(Decoder& d, const Node& v, std::span<const std::string_view> names) {
  const Node* n = scalar_of(d, v, "term.choice");
  if (!n) return std::nullopt;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == n->value) return i;
  }
  std::string choices;
  for (std::string_view name : names) {
    if (!choices.empty()) choices += ", ";
    choices += name;
  }
  diag::Finding& f = d.report_value(
      "schema/type", *n,
      Message{"schema.choice", {{"value", std::string(n->value)}, {"choices", choices}}});
  if (const auto word = norwegian_choice(n->value, names)) {
    f.help = Message{"help.norwegian-choice", {{"name", std::string(*word)}, {"value", std::string(n->value)}}};
  } else if (const auto guess = did_you_mean(n->value, names)) {
    f.help = Message{"help.did-you-mean", {{"name", *guess}}};
  }
  return std::nullopt;
}

std::optional<std::string> suggest_money(std::string_view text) {
  if (parse_money(text).error == MoneyError::none) return std::string(text);
  if (const auto amount = norwegian_amount(text)) return amount_text(*amount);
  return std::nullopt;
}

std::optional<std::string> suggest_percent(std::string_view text) {
  if (const auto share = norwegian_percent(text)) return percent_text(*share);
  return std::nullopt;
}

std::optional<std::string> suggest_date(std::string_view text) {
  if (const auto date = parse_date(text)) return date->iso();
  if (const auto date = norwegian_date(text)) return date->iso();
  return std::nullopt;
}

std::optional<std::string> suggest_text(std::string_view text) { return yaml::quoted_scalar(text); }

}  // namespace plancheck::model
