// plancheck rules, plancheck explain RULE: the rule table for people.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>

#include "base/did_you_mean.h"
#include "base/json_writer.h"
#include "base/text.h"
#include "cli/cli.h"
#include "rules/registry.h"

namespace plancheck::cli {

namespace {

/// `text` padded with spaces to `width` code points.
std::string padded(std::string_view text, size_t width) {
  const size_t n = count_code_points(text);
  return std::string(text) + std::string(n < width ? width - n : 0, ' ');
}

std::string rules_table(const i18n::Language& lang) {
  const std::string_view heading = i18n::text(lang, "rules.heading-severity");
  size_t width = 0;
  size_t severity_width = count_code_points(heading);
  for (const rules::Rule* r : rules::all_rules()) {
    width = std::max(width, r->id.size());
    const std::string_view severity =
        i18n::text(lang, "severity." + std::string(diag::severity_name(r->severity)));
    severity_width = std::max(severity_width, count_code_points(severity));
  }
  std::string out = fmt::format("{:<{}}  {}  {}\n", i18n::text(lang, "rules.heading-id"), width,
                                padded(heading, severity_width),
                                i18n::text(lang, "rules.heading-title"));
  for (const rules::Rule* r : rules::all_rules()) {
    const std::string_view severity = i18n::text(lang, "severity." + std::string(diag::severity_name(r->severity)));
    out += fmt::format("{:<{}}  {}  {}\n", r->id, width, padded(severity, severity_width),
                       i18n::text(lang, rules::title_key(r->id)));
  }
  return out;
}

/// A GitHub heading anchor: "share/year" -> "shareyear".
std::string anchor(std::string_view id) {
  std::string out;
  for (char c : id) {
    if (c != '/') out += c;
  }
  return out;
}

std::string rules_json(const i18n::Language& lang) {
  JsonWriter w;
  w.begin_object().key("rules").begin_array();
  for (const rules::Rule* r : rules::all_rules()) {
    w.begin_object()
        .field("id", r->id)
        .field("severity", diag::severity_name(r->severity))
        .field("fixed", r->fixed)
        .field("title", i18n::text(lang, rules::title_key(r->id)));
    w.key("parameters").begin_object();
    for (const rules::Param& p : r->params) w.field(p.name, p.default_value);
    w.end_object().end_object();
  }
  w.end_array().end_object();
  return w.take();
}

/// docs/rules.md: every rule with its explanation and examples.
std::string rules_markdown(const i18n::Language& lang) {
  std::string out = fmt::format("# {}\n\n", i18n::text(lang, "rules.markdown-title"));
  out += fmt::format("{}\n\n", i18n::text(lang, "rules.markdown-intro"));
  out += fmt::format("| {} | {} | {} |\n|---|---|---|\n", i18n::text(lang, "rules.heading-id"),
                     i18n::text(lang, "rules.heading-severity"), i18n::text(lang, "rules.heading-title"));
  for (const rules::Rule* r : rules::all_rules()) {
    out += fmt::format("| [`{}`](#{}) | {} | {} |\n", r->id, anchor(r->id),
                       i18n::text(lang, "severity." + std::string(diag::severity_name(r->severity))),
                       i18n::text(lang, rules::title_key(r->id)));
  }
  for (const rules::Rule* r : rules::all_rules()) {
    out += fmt::format("\n## {}\n\n", r->id);
    out += fmt::format("**{}** ({}: {}{})\n\n", i18n::text(lang, rules::title_key(r->id)),
                       i18n::text(lang, "explain.severity"),
                       i18n::text(lang, "severity." + std::string(diag::severity_name(r->severity))),
                       r->fixed ? fmt::format(", {}", i18n::text(lang, "explain.fixed")) : "");
    out += fmt::format("{}\n", i18n::text(lang, rules::explain_key(r->id)));
    if (!r->check) out += fmt::format("\n{}\n", i18n::text(lang, "explain.reported-by"));
    for (const rules::Param& p : r->params) {
      out += fmt::format("\n- `{}` ({}: `{}`)\n", p.name, i18n::text(lang, "explain.default"), p.default_value);
    }
    if (!i18n::has_text(lang, rules::failing_example_key(r->id))) continue;
    out += fmt::format("\n{}:\n\n```yaml\n{}```\n", i18n::text(lang, "explain.failing"),
                       i18n::text(lang, rules::failing_example_key(r->id)));
    out += fmt::format("\n{}:\n\n```yaml\n{}```\n", i18n::text(lang, "explain.fixed-example"),
                       i18n::text(lang, rules::fixed_example_key(r->id)));
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
  if (i18n::has_text(lang, rules::failing_example_key(r.id))) {
    out += fmt::format("\n{}:\n{}", i18n::text(lang, "explain.failing"),
                       indented(i18n::text(lang, rules::failing_example_key(r.id))));
    out += fmt::format("\n{}:\n{}", i18n::text(lang, "explain.fixed-example"),
                       indented(i18n::text(lang, rules::fixed_example_key(r.id))));
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
  auto format = std::make_shared<std::string>("text");
  CLI::App* cmd = app.add_subcommand("rules", session.text("cli.rules"));
  cmd->add_option("--format,-f", *format, session.text("cli.rules.format"))
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  cmd->callback([&session, format] {
    const i18n::Language& lang = session.language();
    if (*format == "json") {
      std::cout << rules_json(lang);
    } else if (*format == "markdown") {
      std::cout << rules_markdown(lang);
    } else {
      std::cout << rules_table(lang);
    }
  });
}

void add_explain(CLI::App& app, Session& session) {
  auto id = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("explain", session.text("cli.explain"));
  cmd->add_option("rule", *id, session.text("cli.explain.rule"))->required();
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
