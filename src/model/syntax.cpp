#include "model/syntax.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "model/decoder.h"

namespace plancheck::model {

using diag::Message;
using yaml::Mistake;

namespace {

/// The span from `at` to `end`, both on the line of `at`.
diag::Location span(const source::SourceFile& file, source::Offset at, source::Offset end) {
  diag::Location where = diag::locate(file, at);
  const source::Position stop = file.position(std::max(end, at + 1));
  if (stop.line == where.span.line) where.span.end_column = std::max(stop.column, where.span.column + 1);
  return where;
}

/// `key: value`, or the value alone when there is no key.
std::string with_key(const std::string& key, const std::string& value) {
  return key.empty() ? value : key + ": " + value;
}

std::string trimmed(const std::string& line) { return std::string(trim(line)); }

struct Texts {
  std::string_view message;
  std::string_view help;
};

Texts texts(Mistake::Kind kind, bool has_key) {
  switch (kind) {
    case Mistake::Kind::colon_in_value:
      return {has_key ? "syntax.colon-in-value" : "syntax.colon-in-text", "help.quote-text"};
    case Mistake::Kind::unclosed_quote: return {"syntax.unclosed-quote", "help.close-quote"};
    case Mistake::Kind::quote_in_quotes: return {"syntax.quote-in-quotes", "help.other-quotes"};
    case Mistake::Kind::text_after_quote: return {"syntax.text-after-quote", "help.quote-text"};
    case Mistake::Kind::deeper_indent: return {"syntax.deeper-indent", "help.indent-to"};
    case Mistake::Kind::uneven_indent: return {"syntax.uneven-indent", "help.indent-to"};
    case Mistake::Kind::missing_dash:
      return {has_key ? "syntax.missing-dash" : "syntax.missing-dash-value", "help.add-dash"};
    case Mistake::Kind::unclosed_flow: return {"syntax.unclosed-flow", "help.close-flow"};
    case Mistake::Kind::wrong_flow_close: return {"syntax.wrong-flow-close", "help.close-with"};
    case Mistake::Kind::missing_space: return {"syntax.missing-space", "help.write"};
    case Mistake::Kind::missing_colon: return {"syntax.missing-colon", "help.write"};
    case Mistake::Kind::continuation: return {"syntax.continuation", "help.continuation"};
  }
  return {"syntax.error", {}};
}

}  // namespace

diag::Finding mistake_finding(const source::SourceFile& file, const Mistake& m) {
  diag::Finding f;
  f.rule = "syntax/yaml";
  f.where = span(file, m.at, m.end);
  const Texts t = texts(m.kind, !m.key.empty());
  const auto line = static_cast<int64_t>(m.line);
  const auto column = static_cast<int64_t>(m.column);
  const auto found_column = static_cast<int64_t>(f.where.span.column);
  f.message = Message{t.message, {{"key", m.key}, {"line", line}, {"column", found_column}}};
  std::string suggestion = m.suggestion;
  switch (m.kind) {
    case Mistake::Kind::colon_in_value:
    case Mistake::Kind::text_after_quote:
    case Mistake::Kind::quote_in_quotes:
    case Mistake::Kind::unclosed_quote:
      suggestion = with_key(m.key, m.suggestion);
      break;
    case Mistake::Kind::missing_dash:
      suggestion = trimmed(m.suggestion);
      break;
    case Mistake::Kind::unclosed_flow:
    case Mistake::Kind::wrong_flow_close: {
      const char open = m.key == "]" ? '[' : '{';
      f.message.args.push_back({"open", std::string(1, open)});
      f.message.args.push_back({"close", m.key});
      if (m.kind == Mistake::Kind::wrong_flow_close) {
        const source::Position at = file.position(m.at);
        f.message.args.push_back({"found", std::string(file.line_text(at.line).substr(at.column - 1, 1))});
        f.related.push_back({diag::locate(file, m.related), Message{"related.opened-here", {{"open", std::string(1, open)}}}});
      }
      if (suggestion.empty()) f.help = Message{"help.close-with", {{"close", m.key}}};
      break;
    }
    default:
      break;
  }
  if (!f.help) {
    f.help = Message{t.help,
                     {{"suggestion", suggestion}, {"column", column}, {"line", line}, {"key", m.key},
                      {"close", m.key}}};
  }
  return f;
}

namespace {

/// yaml-cpp's messages (yaml-cpp/exceptions.h) and their catalogue keys.
constexpr std::pair<std::string_view, std::string_view> kParserMessages[] = {
    {"end of map not found", "syntax.parser.end-of-map"},
    {"end of map flow not found", "syntax.parser.end-of-flow-map"},
    {"end of sequence not found", "syntax.parser.end-of-sequence"},
    {"end of sequence flow not found", "syntax.parser.end-of-flow-sequence"},
    {"illegal map value", "syntax.parser.map-value"},
    {"illegal map key", "syntax.parser.map-key"},
    {"illegal block entry", "syntax.parser.block-entry"},
    {"illegal flow end", "syntax.parser.flow-end"},
    {"unknown token", "syntax.parser.unknown-token"},
    {"illegal EOF in scalar", "syntax.parser.eof-in-scalar"},
    {"illegal document indicator in scalar", "syntax.parser.document-in-scalar"},
    {"illegal character in scalar", "syntax.parser.character-in-scalar"},
    {"unknown escape character", "syntax.parser.escape"},
    {"invalid unicode", "syntax.parser.unicode"},
    {"bad character found while scanning hex number", "syntax.parser.hex"},
    {"cannot assign multiple anchors to the same node", "syntax.parser.anchors"},
    {"cannot assign multiple tags to the same node", "syntax.parser.tags"},
    {"cannot assign multiple aliases to the same node", "syntax.parser.aliases"},
    {"aliases can't have any content", "syntax.parser.alias-content"},
    {"alias not found after *", "syntax.parser.alias-name"},
    {"anchor not found after &", "syntax.parser.anchor-name"},
    {"illegal character found while scanning alias", "syntax.parser.alias-name"},
    {"illegal character found while scanning anchor", "syntax.parser.anchor-name"},
    {"the referenced anchor is not defined", "syntax.unknown-alias"},
    {"cannot set zero indentation for a block scalar", "syntax.parser.block-scalar"},
    {"unexpected character in block scalar", "syntax.parser.block-scalar"},
    {"illegal tab when looking for indentation", "syntax.tab"},
    {"YAML directives must have exactly one argument", "syntax.parser.directive"},
    {"bad YAML version", "syntax.parser.directive"},
    {"YAML major version too large", "syntax.parser.directive"},
    {"repeated YAML directive", "syntax.parser.directive"},
    {"TAG directives must have exactly two arguments", "syntax.parser.directive"},
    {"repeated TAG directive", "syntax.parser.directive"},
    {"illegal character found while scanning tag handle", "syntax.parser.tag"},
    {"tag handle with no suffix", "syntax.parser.tag"},
    {"end of verbatim tag not found", "syntax.parser.tag"},
};

}  // namespace

diag::Finding syntax_finding(const source::SourceFile& file, const yaml::ParseError& e) {
  if (const auto mistake = yaml::diagnose(file, e.at, known_keys())) {
    return mistake_finding(file, *mistake);
  }
  diag::Finding f;
  f.rule = "syntax/yaml";
  f.where = diag::locate(file, e.at);
  for (const auto& [words, key] : kParserMessages) {
    if (e.detail.starts_with(words)) {
      f.message = Message{key, {}};
      return f;
    }
  }
  f.message = Message{"syntax.error", {{"detail", e.detail}}};
  return f;
}

namespace {

template <class... S>
std::vector<std::string_view> keys_of() {
  std::vector<std::string_view> keys;
  (
      [&] {
        for (std::string_view k : spec_of<S>().keys) keys.push_back(k);
      }(),
      ...);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace

std::span<const std::string_view> known_keys() {
  static const std::vector<std::string_view> keys =
      keys_of<Decision, YearRange, Role, BusinessUnit, Council, Period, FocusArea, AnchorDocument,
              ShareBand, Priority, ReserveFrame, Partner, AdministrationFrame, Funding, Commitment,
              RuleSetting, DeviationScope, Deviation, Frame, PartnerIncome, Income, Administration,
              Measure, Reserve, StrategicIssue, YearlyPlan, Project, ProjectList>();
  return keys;
}

}  // namespace plancheck::model
