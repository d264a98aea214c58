#include "model/decoder.h"

#include <algorithm>
#include <string>

#include "base/did_you_mean.h"

namespace plancheck::model {

using diag::Arg;
using diag::Message;
using diag::Term;
using yaml::Node;
using yaml::NodeKind;

namespace {

/// How many nodes aliases may expand to in one document, in all.
constexpr size_t kAliasBudget = 100'000;

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

const Node& Decoder::follow(const Node& node) {
  if (node.kind != NodeKind::alias) return node;
  const Node& target = doc_.resolve(node);
  expanded_ += target.end - doc_.id_of(target);
  if (expanded_ <= kAliasBudget) return target;
  if (!budget_reported_) {
    report("syntax/yaml", node.at,
           Message{"syntax.alias-budget", {{"limit", static_cast<int64_t>(kAliasBudget)}}});
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
    if (it == left_out_.end()) it = left_out_.insert(it, LeftOut{&file(), rule, 0, at});
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

void Decoder::expected(const Node& node, std::string_view expected) {
  report("schema/type", node.at,
         Message{"schema.expected", {{"expected", Term{expected}}, {"found", found_term(node)}}});
}

std::vector<int> Decoder::match_keys(const Node& map, std::string_view what,
                                     const std::vector<std::string_view>& keys,
                                     const std::vector<bool>& required) {
  const auto kids = doc_.children(map);
  std::vector<int> matched(kids.size() / 2, -1);
  std::vector<Offset> seen(keys.size(), kNoOffset);
  for (size_t entry = 0; entry < matched.size(); ++entry) {
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
      diag::Finding& f = report("schema/unknown-key", key.at,
                                Message{"schema.unknown-key", {{"key", std::string(key.value)},
                                                               {"where", Term{what}}}});
      if (const auto guess = did_you_mean(key.value, keys)) {
        f.help = Message{"help.did-you-mean", {{"name", *guess}}};
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
    if (follow(doc_.node(kids[2 * entry + 1])).kind == NodeKind::null) {
      if (required[i]) {
        report("schema/missing", key.at,
               Message{"schema.missing-value", {{"key", std::string(key.value)}}});
      }
      continue;
    }
    matched[entry] = index;
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
  return matched;
}

namespace {

/// The scalar behind `v`, or nullptr after reporting schema/type.
const Node* scalar_of(Decoder& d, const Node& v, std::string_view expected) {
  const Node& node = d.follow(v);
  if (node.kind == NodeKind::scalar) return &node;
  d.expected(node, expected);
  return nullptr;
}

void bad_value(Decoder& d, const Node& node, std::string_view message_key) {
  d.report("schema/type", node.at, Message{message_key, {{"value", std::string(node.value)}}});
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
  if (const Node* n = scalar_of(d, v, "term.text")) out = {std::string(n->value), key.at, n->at};
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
  if (blank || spaces) return bad_value(d, *n, "schema.id");
  out = {Id{std::string(n->value)}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Money>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.money");
  if (!n) return;
  if (!n->plain) {
    diag::Finding& f = d.report("schema/money", n->at,
                                Message{"schema.money.quoted", {{"value", std::string(n->value)}}});
    f.help = Message{"help.money-format", {}};
    return;
  }
  const MoneyParse parsed = parse_money(n->value);
  if (parsed.error != MoneyError::none) {
    diag::Finding& f = d.report("schema/money", n->at, money_message(parsed.error, n->value));
    f.help = Message{"help.money-format", {}};
    return;
  }
  out = {parsed.value, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Percent>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.percent");
  if (!n) return;
  const auto ratio = n->plain ? parse_percent(n->value) : std::nullopt;
  if (!ratio || *ratio > Ratio{1, 1}) return bad_value(d, *n, "schema.percent");
  out = {Percent{*ratio}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Year>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.year");
  if (!n) return;
  const auto year = n->plain ? parse_year(n->value) : std::nullopt;
  if (!year) return bad_value(d, *n, "schema.year");
  out = {Year{*year}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Count>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.count");
  if (!n) return;
  const MoneyParse parsed = n->plain ? parse_money(n->value) : MoneyParse{{}, MoneyError::empty};
  if (parsed.error != MoneyError::none || n->value.find_first_not_of("0123456789") != std::string_view::npos) {
    return bad_value(d, *n, "schema.count");
  }
  out = {Count{parsed.value.kroner}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Month>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.month");
  if (!n) return;
  const auto month = parse_month(n->value);
  if (!month) return bad_value(d, *n, "schema.month");
  out = {Month{*month}, key.at, n->at};
}

void decode_value(Decoder& d, const Node& key, const Node& v, Located<Date>& out) {
  out.key = key.at;
  const Node* n = scalar_of(d, v, "term.date");
  if (!n) return;
  const auto date = parse_date(n->value);
  if (!date) return bad_value(d, *n, "schema.date");
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
  bad_value(d, *n, "schema.bool");
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
  diag::Finding& f = d.report(
      "schema/type", n->at,
      Message{"schema.choice", {{"value", std::string(n->value)}, {"choices", choices}}});
  if (const auto guess = did_you_mean(n->value, names)) {
    f.help = Message{"help.did-you-mean", {{"name", *guess}}};
  }
  return std::nullopt;
}

}  // namespace plancheck::model
