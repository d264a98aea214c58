// English texts of the CI output formats (the GitHub job summary).

#include "i18n/i18n.h"

namespace plancheck::i18n::en {

namespace {

constexpr Entry kEntries[] = {
    {"report.summary.title", "Plan check"},
    {"report.summary.passed", "The check passed."},
    {"report.summary.failed", "The check failed."},
    {"report.summary.more.one", "1 more finding is not listed here; the job log has them all."},
    {"report.summary.more.other",
     "{n} more findings are not listed here; the job log has them all."},
    {"report.heading.severity", "Severity"},
    {"report.heading.rule", "Rule"},
    {"report.heading.location", "Location"},
    {"report.heading.message", "Message"},
};

}  // namespace

std::span<const Entry> report() {
  return kEntries;
}

}  // namespace plancheck::i18n::en
