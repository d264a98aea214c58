// plancheck rules, plancheck explain RULE: the rule table for people.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>

#include "base/did_you_mean.h"
#include "cli/cli.h"
#include "rules/registry.h"

namespace plancheck::cli {

namespace {

std::string rules_table(const i18n::Language& lang) {
  size_t width = 0;
  for (const rules::Rule* r : rules::all_rules()) width = std::max(width, r->id.size());
  std::string out = fmt::format("{:<{}}  {:<11}  {}\n", i18n::text(lang, "rules.heading-id"), width,
                                i18n::text(lang, "rules.heading-severity"),
                                i18n::text(lang, "rules.heading-title"));
  for (const rules::Rule* r : rules::all_rules()) {
    const std::string_view severity = i18n::text(lang, "severity." + std::string(diag::severity_name(r->severity)));
    out += fmt::format("{:<{}}  {:<11}  {}\n", r->id, width, severity,
                       i18n::text(lang, rules::title_key(r->id)));
  }
  return out;
}

std::string indented(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    out += "    " + std::string(text.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  return out;
}

std::string explanation(const i18n::Language& lang, const rules::Rule& r) {
  std::string out = fmt::format("{} — {}\n\n", r.id, i18n::text(lang, rules::title_key(r.id)));
  out += fmt::format("{}: {}{}\n\n", i18n::text(lang, "explain.severity"),
                     i18n::text(lang, "severity." + std::string(diag::severity_name(r.severity))),
                     r.fixed ? fmt::format(" ({})", i18n::text(lang, "explain.fixed")) : "");
  out += fmt::format("{}\n", i18n::text(lang, rules::explain_key(r.id)));
  if (!r.check) out += fmt::format("\n{}\n", i18n::text(lang, "explain.reported-by"));
  if (!r.params.empty()) {
    out += fmt::format("\n{}:\n", i18n::text(lang, "explain.parameters"));
    for (const rules::Param& p : r.params) out += fmt::format("    {}: {}\n", p.name, p.default_value);
  }
  if (!r.failing_example.empty()) {
    out += fmt::format("\n{}:\n{}", i18n::text(lang, "explain.failing"), indented(r.failing_example));
    out += fmt::format("\n{}:\n{}", i18n::text(lang, "explain.fixed-example"), indented(r.fixed_example));
  }
  return out;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const rules::Rule* r : rules::all_rules()) ids.emplace_back(r->id);
  return ids;
}

}  // namespace

void add_rules(CLI::App& app, Session& session) {
  CLI::App* cmd = app.add_subcommand("rules", "List every rule: id, default severity, title");
  cmd->callback([&session] { std::cout << rules_table(session.language()); });
}

void add_explain(CLI::App& app, Session& session) {
  auto id = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("explain", "Explain a rule, with an example of a failing and a fixed plan");
  cmd->add_option("rule", *id, "The rule id, e.g. share/year")->required();
  cmd->callback([&session, id] {
    const rules::Rule* rule = rules::find_rule(*id);
    if (!rule) {
      session.usage_error(diag::Message{"usage.unknown-rule", {{"name", *id}}}, "plancheck explain",
                          did_you_mean(*id, rule_ids()));
      return;
    }
    std::cout << explanation(session.language(), *rule);
  });
}

}  // namespace plancheck::cli
