// --help and CLI11's usage errors in the session's language: a formatter
// that takes its words and the positionals' names from the catalogue, and
// CLI11's parse errors rendered from catalogue keys by their class.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/did_you_mean.h"
#include "base/text.h"
#include "cli/cli.h"

namespace plancheck::cli {

namespace {

/// CLI11's help layout with the words of a language: the section names,
/// the usage line's placeholders, the type names and the positionals' names.
class HelpFormatter final : public CLI::Formatter {
 public:
  explicit HelpFormatter(const i18n::Language& lang) : lang_(lang) {
    label("Usage", word("cli.label.usage"));
    label("Positionals", word("cli.label.positionals"));
    for (const char* name : {"OPTIONS", "SUBCOMMAND", "REQUIRED", "Excludes", "Needs"}) {
      label(name, word(std::string("cli.label.") + name));
    }
  }

  std::string make_group(std::string group, bool is_positional,
                         std::vector<const CLI::Option*> opts) const override {
    if (group == "Options") group = word("cli.label.options");
    return CLI::Formatter::make_group(std::move(group), is_positional, std::move(opts));
  }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return help_line(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    return help_line(sub->get_display_name(true), sub->get_description());
  }

  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
    if (!is_positional) return CLI::Formatter::make_option_name(opt, is_positional);
    return positional_name(lang_, opt->get_name(true, false));
  }

  /// CLI::Formatter's, with the type name ("TEXT:{a,b}") in the language.
  std::string make_option_opts(const CLI::Option* opt) const override {
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    std::string out;
    if (opt->get_type_size() != 0) {
      if (!opt->get_type_name().empty()) out += " " + type_name(opt->get_type_name());
      if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
      if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) {
        out += " ...";
      } else if (opt->get_expected_min() > 1) {
        out += " x " + std::to_string(opt->get_expected());
      }
      if (opt->get_required()) out += " " + get_label("REQUIRED");
    }
    if (!opt->get_needs().empty()) {
      out += " " + get_label("Needs") + ":";
      for (const CLI::Option* other : opt->get_needs()) out += " " + other->get_name();
    }
    if (!opt->get_excludes().empty()) {
      out += " " + get_label("Excludes") + ":";
      for (const CLI::Option* other : opt->get_excludes()) out += " " + other->get_name();
    }
    return out;
  }

 private:
  std::string word(const std::string& key) const { return std::string(i18n::text(lang_, key)); }

  /// CLI::detail::format_help with the columns counted in characters, not
  /// bytes ("PÅKREVD", "år"): the name in the first column, the
  /// description in the second, on a line of its own when the name is wider.
  std::string help_line(const std::string& name, const std::string& description) const {
    std::string out = "  " + name;
    const size_t width = count_code_points(out);
    const std::string indent(column_width_, ' ');
    if (!description.empty()) {
      out += width >= column_width_ ? "\n" + indent : std::string(column_width_ - width, ' ');
      for (const char c : description) {
        out += c;
        if (c == '\n') out += indent;
      }
    }
    return out + "\n";
  }

  /// "TEXT:{en,nb}" -> "TEKST:{en,nb}": the word before the colon translated.
  std::string type_name(const std::string& type) const {
    const size_t colon = type.find(':');
    const std::string key = "cli.label." + type.substr(0, colon);
    if (!i18n::has_text(lang_, key)) return type;
    return word(key) + (colon == std::string::npos ? "" : type.substr(colon));
  }

  const i18n::Language& lang_;
};

/// The option named `name` ("--format", "rule") in `app` or its subcommands.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_name() == name || opt->get_name(true, false) == name) return opt;
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (const CLI::Option* opt = find_option(*sub, name)) return opt;
  }
  return nullptr;
}

/// The name an error shows for `name`: a positional's in the language.
std::string shown_name(const i18n::Language& lang, const CLI::App& app, const std::string& name) {
  const CLI::Option* opt = find_option(app, name);
  if (opt && opt->get_positional() && !opt->nonpositional()) return positional_name(lang, name);
  return name;
}

/// The part of `text` before `separator` and the part after it.
std::pair<std::string, std::string> split_at(const std::string& text, std::string_view separator) {
  const size_t at = text.find(separator);
  if (at == std::string::npos) return {text, ""};
  return {text.substr(0, at), text.substr(at + separator.size())};
}

/// The words joined as a language lists them: "a, b or c".
std::string choice_list(const i18n::Language& lang, const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? std::string(i18n::text(lang, "usage.cli.choices-or")) : ", ";
    out += words[i];
  }
  return out;
}

/// A value an option refused (a ValidationError): the choices of an
/// IsMember check with "did you mean", the range of -j, else the value.
diag::Message refused_value(const i18n::Language& lang, const CLI::App& app, const std::string& what,
                            std::optional<std::string>& suggestion) {
  const std::string name = split_at(what, ": ").first;
  const CLI::Option* opt = find_option(app, name);
  const std::string value = opt && !opt->results().empty() ? opt->results().back() : std::string();
  const std::vector<std::string> choices = opt ? validator_choices(*opt) : std::vector<std::string>{};
  if (!choices.empty()) {
    suggestion = did_you_mean(value, choices);
    return {"usage.cli.invalid-choice",
            {{"name", name}, {"value", value}, {"choices", choice_list(lang, choices)}}};
  }
  if (name == "--jobs") {
    return {"usage.cli.out-of-range",
            {{"name", name}, {"value", value}, {"min", int64_t{1}}, {"max", int64_t{kMaxJobs}}}};
  }
  return {"usage.cli.invalid-value", {{"name", name}, {"value", value}}};
}

/// A value CLI11 could not convert to the option's type (a ConversionError).
diag::Message unconverted_value(const CLI::App& app, const std::string& what) {
  if (what.ends_with(": too many inputs for a flag") || what.ends_with(": Should be true/false or a number")) {
    return {"usage.cli.flag-value", {{"name", split_at(what, ":").first}}};
  }
  const auto [name, value] = split_at(split_at(what, ": ").second, " = ");
  const CLI::Option* opt = find_option(app, name);
  const std::string type = opt ? opt->get_type_name() : std::string();
  if (type.starts_with("INT") || type.starts_with("UINT")) {
    return {"usage.cli.not-a-number", {{"name", name}, {"value", value}}};
  }
  return {"usage.cli.invalid-value", {{"name", name}, {"value", value}}};
}

/// A wrong number of values (an ArgumentMismatch): none where one is needed, or another count.
diag::Message value_count(const std::string& what) {
  if (what.starts_with("Expected ")) {
    return {"usage.cli.value-count", {{"name", split_at(split_at(what, " arguments to ").second, ",").first}}};
  }
  const auto [name, rest] = split_at(what, ": ");
  if (rest.ends_with(" missing")) return {"usage.cli.missing-value", {{"name", name}}};
  return {"usage.cli.value-count", {{"name", name}}};
}

/// CLI11's error as a catalogue message, chosen by the error's class; the
/// arguments are taken from CLI11's text, whose form each class fixes.
/// std::nullopt for an error without a message of its own.
std::optional<diag::Message> parse_error_message(const i18n::Language& lang, const CLI::App& app,
                                                 const CLI::ParseError& e,
                                                 std::optional<std::string>& suggestion) {
  const std::string what = e.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    const bool several = what.find("arguments were not expected") != std::string::npos;
    return diag::Message{several ? "usage.cli.extras.other" : "usage.cli.extras.one",
                         {{"args", split_at(what, ": ").second}}};
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return value_count(what);
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return refused_value(lang, app, what, suggestion);
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return unconverted_value(app, what);
  if (dynamic_cast<const CLI::RequiredError*>(&e) && what.ends_with(" is required")) {
    return diag::Message{"usage.cli.required",
                         {{"name", shown_name(lang, app, split_at(what, " is required").first)}}};
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&e)) {
    const auto [first, second] = split_at(what, " excludes ");
    return diag::Message{"usage.cli.excludes", {{"first", first}, {"second", second}}};
  }
  if (dynamic_cast<const CLI::RequiresError*>(&e)) {
    const auto [first, second] = split_at(what, " requires ");
    return diag::Message{"usage.cli.requires", {{"first", first}, {"second", second}}};
  }
  return std::nullopt;
}

/// "plancheck check": the command the user ran, for "see --help".
std::string command_line_name(const CLI::App& app) {
  std::string name = "plancheck";
  for (const CLI::App* sub : app.get_subcommands()) name += " " + sub->get_name();
  return name;
}

}  // namespace

std::string positional_name(const i18n::Language& lang, const std::string& name) {
  const std::string key = "cli.arg." + name;
  return i18n::has_text(lang, key) ? std::string(i18n::text(lang, key)) : name;
}

std::string Session::text(std::string_view key) const { return std::string(i18n::text(language(), key)); }

std::string language_argument(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "--lang" && i + 1 < argc) return argv[i + 1];
    if (arg.starts_with("--lang=")) return std::string(arg.substr(7));
  }
  return {};
}

void localise_help(CLI::App& app, const Session& session) {
  app.formatter(std::make_shared<HelpFormatter>(session.language()));
  app.set_help_flag("-h,--help", session.text("cli.help"));
}

void localise_subcommands(CLI::App& app, const Session& session) {
  for (CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group() == "Subcommands") sub->group(session.text("cli.label.subcommands"));
  }
}

int report_parse_error(Session& session, CLI::App& app, const CLI::ParseError& e) {
  const i18n::Language& lang = session.language();
  std::optional<std::string> suggestion;
  const std::string command = command_line_name(app);
  if (const auto message = parse_error_message(lang, app, e, suggestion)) {
    session.usage_error(*message, command, suggestion);
    return 2;
  }
  // Anything else keeps CLI11's own words.
  std::cerr << fmt::format("plancheck: {}: {}\n", i18n::text(lang, "usage.error"), terminal_safe(e.what()));
  std::cerr << i18n::render(lang, diag::Message{"usage.see-help", {{"command", command}}}) << '\n';
  session.exit_code = 2;
  return 2;
}

}  // namespace plancheck::cli
