#include "rules/rule.h"

#include "rules/config.h"

namespace plancheck::rules {

diag::Finding& Context::report(const source::SourceFile& file, source::Offset at,
                               diag::Message message, diag::Scope scope) {
  diag::Finding& f = out.emplace_back();
  f.rule = rule.id;
  f.where = diag::locate(file, at);
  f.message = std::move(message);
  f.scope = std::move(scope);
  if (f.scope.frame.empty()) f.scope.frame = frame().id->name;
  return f;
}

void Context::related(const source::SourceFile& file, source::Offset at, diag::Message message) {
  if (at == source::kNoOffset || out.empty()) return;
  out.back().related.push_back({diag::locate(file, at), std::move(message)});
}

Ratio Context::percent(std::string_view param) const { return config.percent_param(rule, param); }

std::string title_key(std::string_view rule_id) { return "rule." + std::string(rule_id) + ".title"; }
std::string explain_key(std::string_view rule_id) {
  return "rule." + std::string(rule_id) + ".explain";
}

}  // namespace plancheck::rules
