#include "rules/config.h"

#include <string>
#include <vector>

#include "base/did_you_mean.h"
#include "rules/registry.h"

namespace plancheck::rules {

using diag::Message;

namespace {

std::optional<diag::Severity> to_severity(model::RuleLevel level) {
  switch (level) {
    case model::RuleLevel::off: return std::nullopt;
    case model::RuleLevel::note: return diag::Severity::note;
    case model::RuleLevel::warning: return diag::Severity::warning;
    case model::RuleLevel::error: return diag::Severity::error;
  }
  return std::nullopt;
}

const Param* find_param(const Rule& rule, std::string_view name) {
  for (const Param& p : rule.params) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

diag::Finding& add(std::vector<diag::Finding>& out, std::string_view rule, const model::Frame& frame,
                   source::Offset at, Message message) {
  diag::Finding& f = out.emplace_back();
  f.rule = rule;
  f.where = diag::locate(*frame.file, at);
  f.message = std::move(message);
  f.scope.frame = frame.id->name;
  return f;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const Rule* r : all_rules()) ids.emplace_back(r->id);
  return ids;
}

/// Reports settings the rule cannot take.
void check_setting(const model::Frame& frame, const Rule& rule, const model::RuleSetting& s,
                   std::vector<diag::Finding>& out) {
  if (rule.fixed && s.severity.present()) {
    add(out, "config/invalid", frame, s.severity.at,
        Message{"config.fixed", {{"rule", std::string(rule.id)}}});
  }
  const std::pair<std::string_view, source::Offset> params[] = {
      {"threshold", s.threshold.present() ? s.threshold.key : source::kNoOffset},
      {"projection-severity",
       s.projection_severity.present() ? s.projection_severity.key : source::kNoOffset},
  };
  for (const auto& [name, at] : params) {
    if (at == source::kNoOffset || find_param(rule, name)) continue;
    add(out, "config/invalid", frame, at,
        Message{"config.param", {{"param", std::string(name)}, {"rule", std::string(rule.id)}}});
  }
}

}  // namespace

Config Config::from_frame(const model::Frame& frame, std::vector<diag::Finding>& out) {
  Config config;
  for (const model::RuleSetting& s : *frame.rules) {
    const Rule* rule = find_rule(s.rule->name);
    if (!rule) {
      diag::Finding& f =
          add(out, "ref/rule", frame, s.rule.at, Message{"ref.rule", {{"id", s.rule->name}}});
      if (const auto guess = did_you_mean(s.rule->name, rule_ids())) {
        f.help = Message{"help.did-you-mean", {{"name", *guess}}};
      }
      continue;
    }
    check_setting(frame, *rule, s, out);
    config.settings_[s.rule->name] = &s;
  }
  return config;
}

std::optional<diag::Severity> Config::severity(const Rule& rule) const {
  const auto it = settings_.find(rule.id);
  if (rule.fixed || it == settings_.end() || !it->second->severity.present()) return rule.severity;
  return to_severity(*it->second->severity);
}

std::optional<diag::Severity> Config::severity_param(const Rule& rule, std::string_view param) const {
  const auto it = settings_.find(rule.id);
  if (it != settings_.end() && param == "projection-severity" &&
      it->second->projection_severity.present()) {
    return to_severity(*it->second->projection_severity);
  }
  const Param* p = find_param(rule, param);
  if (!p) return rule.severity;
  if (p->default_value == "off") return std::nullopt;
  return diag::parse_severity(p->default_value);
}

Ratio Config::percent_param(const Rule& rule, std::string_view param) const {
  const auto it = settings_.find(rule.id);
  if (it != settings_.end() && param == "threshold" && it->second->threshold.present()) {
    return it->second->threshold->ratio;
  }
  const Param* p = find_param(rule, param);
  return p ? parse_percent(p->default_value).value_or(Ratio{0, 1}) : Ratio{0, 1};
}

}  // namespace plancheck::rules
