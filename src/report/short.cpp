// One line per finding, for editors, grep and problem matchers:
// file:line:col: severity[rule]: message. Never coloured.

#include <fmt/format.h>

#include "base/text.h"
#include "report/report.h"

namespace plancheck::report {

std::string render_short(const RenderContext& ctx) {
  std::string out;
  for (const diag::Finding& f : ctx.analysis.findings()) {
    out += fmt::format("{}: {}[{}]: {}{}\n", location_text(f.where), diag::severity_name(f.severity),
                       f.rule, terminal_safe(i18n::render(ctx.lang, f.message)),
                       f.accepted ? fmt::format(" [{} {}]", i18n::text(ctx.lang, "text.accepted"),
                                                terminal_safe(f.accepted->decision_case))
                                  : "");
  }
  return without_ci_commands(out);
}

}  // namespace plancheck::report
