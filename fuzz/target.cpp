// The fuzz target: one input is a plan set. The input is split at lines
// "#--- file ---" into files, which go through everything `plancheck check`
// and `plancheck summary` do: load (parse, decode), link, figures, every
// rule, configuration and deviations, every check format in both languages
// and every summary format for several year selections. Besides crashes,
// sanitizer reports and hangs, it aborts when an output breaks a promise
// that holds for any input (see check_output). Built with libFuzzer by
// fuzz/CMakeLists.txt, and replayed without it by fuzz/replay.cpp.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "i18n/i18n.h"
#include "model/plan_set.h"
#include "report/report.h"
#include "rules/engine.h"
#include "summary/render.h"
#include "summary/summary.h"

namespace {

using namespace plancheck;

/// Separates the files of one input.
constexpr std::string_view kSeparator = "#--- file ---\n";

/// The input's files: the text between separators.
std::vector<std::string_view> split_files(std::string_view input) {
  std::vector<std::string_view> files;
  for (;;) {
    const size_t at = input.find(kSeparator);
    files.push_back(input.substr(0, at));
    if (at == std::string_view::npos) return files;
    input.remove_prefix(at + kSeparator.size());
  }
}

[[noreturn]] void broken_promise(std::string_view format, std::string_view what) {
  std::fprintf(stderr, "plancheck fuzz: the %.*s output %.*s\n", static_cast<int>(format.size()),
               format.data(), static_cast<int>(what.size()), what.data());
  std::abort();
}

/// Whether `text` holds a C0 control character other than tab and line feed,
/// DEL, or a C1 control character (U+0080 to U+009F).
bool has_raw_control(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = decode_utf8(text, i);
    if (is_control(cp) && cp != '\t' && cp != '\n') return true;
  }
  return false;
}

/// What every output promises for any input: valid UTF-8, and no control
/// character from a plan file (outputs without colour hold none at all).
void check_output(std::string_view format, std::string_view text) {
  if (!is_valid_utf8(text)) broken_promise(format, "is not valid UTF-8");
  if (has_raw_control(text)) broken_promise(format, "holds a raw control character");
}

/// `text` with each CRLF line end made a line feed.
std::string without_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

/// Every check format, in both languages, as `plancheck check` writes them.
void render_check_formats(const rules::Analysis& analysis, bool strict) {
  for (const i18n::Language& lang : i18n::languages()) {
    const report::RenderContext ctx{analysis, lang, false, strict};
    for (const report::Format& format : report::formats()) {
      check_output(format.name, format.render(ctx));
      if (format.job_summary) check_output(format.name, format.job_summary(ctx));
    }
    // Colour adds escape sequences of its own; it must still not crash.
    const report::RenderContext coloured{analysis, lang, true, strict};
    if (const report::Format* text = report::find_format("text")) {
      if (!is_valid_utf8(text->render(coloured))) broken_promise("text", "is not valid UTF-8");
    }
  }
}

/// Every summary format for the default, every-year and one-year selections.
void render_summaries(const rules::Analysis& analysis, int some_year) {
  std::vector<summary::Selection> selections(3);
  selections[1].all_years = true;
  selections[2].year = some_year;
  for (const summary::Selection& selection : selections) {
    auto built = summary::build(analysis, selection);
    const auto* result = std::get_if<summary::Summary>(&built);
    if (!result) continue;  // a usage error: the year has no plan
    for (const i18n::Language& lang : i18n::languages()) {
      for (const summary::Format& format : summary::formats()) {
        // A binary format (the xlsx workbook) is a zip file, written through a
        // temporary file: too slow to run per input, and no text to check.
        if (format.binary) continue;
        std::string text = format.render(*result, lang).bytes;
        // The CSV's rows end in CRLF (RFC 4180); no other carriage return may stand in it.
        if (format.name == "csv") text = without_crlf(text);
        check_output(format.name, text);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto set = std::make_unique<model::PlanSet>();
  const std::vector<std::string_view> files = split_files(input);
  for (size_t i = 0; i < files.size(); ++i) {
    // Odd files count as named on the command line: a named file that is no
    // plan file is reported instead of skipped.
    model::load_text(*set, "plans/file-" + std::to_string(i) + ".yaml", std::string(files[i]),
                     i % 2 == 1);
  }
  const rules::Analysis analysis = rules::analyze(std::move(set));
  render_check_formats(analysis, size % 2 == 1);
  render_summaries(analysis, 2021 + static_cast<int>(size % 5));
  return 0;
}
