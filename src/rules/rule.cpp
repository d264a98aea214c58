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
  const diag::Location where = diag::locate(file, at);
  std::vector<diag::Related>& related = out.back().related;
  if (related_places_of != out.size() - 1) {
    related_places.clear();
    for (const diag::Related& r : related) related_places.insert(diag::place_of(r.where));
    related_places_of = out.size() - 1;
  }
  if (!related_places.insert(diag::place_of(where)).second) return;  // one note per place
  related.push_back({where, std::move(message)});
}

void Context::hold_back(diag::Scope scope, std::vector<figures::Unknown> causes) {
  if (scope.frame.empty()) scope.frame = frame().id->name;
  held_back.push_back({rule.id, std::move(scope), std::move(causes)});
}

void Context::related_unknowns(const std::vector<figures::Unknown>& causes) {
  for (const figures::Unknown& u : causes) {
    if (u.file && u.at != source::kNoOffset) related(*u.file, u.at, u.what);
  }
}

Ratio Context::percent(std::string_view param) const { return config.percent_param(rule, param); }

std::string title_key(std::string_view rule_id) { return "rule." + std::string(rule_id) + ".title"; }
std::string explain_key(std::string_view rule_id) {
  return "rule." + std::string(rule_id) + ".explain";
}
std::string failing_example_key(std::string_view rule_id) {
  return "rule." + std::string(rule_id) + ".failing-example";
}
std::string fixed_example_key(std::string_view rule_id) {
  return "rule." + std::string(rule_id) + ".fixed-example";
}

}  // namespace plancheck::rules
