// Norwegian Bokmål texts of the CI output formats (the GitHub job summary).

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"report.summary.title", "Plankontroll"},
    {"report.summary.passed", "Kontrollen er bestått."},
    {"report.summary.failed", "Kontrollen er ikke bestått."},
    {"report.summary.more.one", "1 funn til er ikke tatt med her; jobbloggen viser alle."},
    {"report.summary.more.other", "{n} funn til er ikke tatt med her; jobbloggen viser alle."},
    {"report.heading.severity", "Alvorlighetsgrad"},
    {"report.heading.rule", "Regel"},
    {"report.heading.location", "Sted"},
    {"report.heading.message", "Melding"},
};

}  // namespace

std::span<const Entry> report() {
  return kEntries;
}

}  // namespace plancheck::i18n::nb
