// Norwegian Bokmål texts of `plancheck diff`.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

namespace {

constexpr Entry kEntries[] = {
    {"diff.title", "Budsjettvirkningen av endringen"},
    {"diff.sides", "Fra {before} til {after}."},
    {"diff.working-tree", "arbeidskopien"},
    {"diff.files", "Planfiler: {before} før, {after} etter."},
    {"diff.no-change", "Endringen rører ikke tallene."},
    {"diff.frame.added", "Endringen legger til denne rammen."},
    {"diff.frame.removed", "Endringen fjerner denne rammen."},
    {"diff.year", "Budsjettåret {year}"},
    {"diff.year.added", "Endringen legger til budsjett- og tiltaksplanen for {year}."},
    {"diff.year.removed", "Endringen fjerner budsjett- og tiltaksplanen for {year}."},
    {"diff.measures", "Tiltak"},
    {"diff.shares", "Andeler av tiltaksmidlene"},
    {"diff.totals", "Budsjett"},
    {"diff.period", "Perioden {years}"},
    {"diff.change.added", "lagt til"},
    {"diff.change.removed", "fjernet"},
    {"diff.change.changed", "endret"},
    {"diff.change.moved", "flyttet fra «{before}» til «{after}»"},
    {"diff.column.change", "Endring"},
    {"diff.column.measure", "Tiltak"},
    {"diff.column.priority", "Satsingsområde"},
    {"diff.column.item", "Post"},
    {"diff.column.before", "Før"},
    {"diff.column.after", "Etter"},
    {"diff.column.difference", "Differanse"},
    {"diff.column.band", "Ramme"},
    {"diff.column.status", "Status"},
    {"diff.column.at-least", "Trenger minst"},
    {"diff.column.at-most", "Kan få høyst"},
    {"diff.item.income", "Inntekter"},
    {"diff.item.measure-funds", "Tiltaksmidler"},
    {"diff.item.reserve", "Reserve"},
    {"diff.item.unallocated", "Udisponert"},
    {"diff.item.planned-funds", "Tiltaksmidler i de planlagte årene"},
    {"diff.item.remaining-funds", "Forventet i årene som ikke er planlagt"},
    {"diff.absent", "–"},
    {"diff.findings", "Funn"},
    {"diff.introduced", "Nye med endringen: {counts}."},
    {"diff.resolved", "Løst med endringen: {counts}."},
    {"diff.findings.none", "Endringen gir ingen nye funn og løser ingen."},
    {"diff.result.fails", "Endringen gir en ny feil: kontrollen feiler."},
    {"diff.result.fails-strict", "Endringen gir en ny advarsel, og --strict gjør den til en feil."},
    {"diff.result.passes", "Endringen gir ingen nye feil."},
    {"diff.usage.operands",
     "oppgi to plansett å sammenligne (GAMMEL NY), eller --git REV og høyst én STI"},
    {"diff.usage.not-git", "{path} er ikke i en git-arbeidskopi: {detail}"},
    {"diff.usage.unknown-revision", "ukjent git-revisjon «{revision}»"},
    {"diff.usage.git-failed", "git kunne ikke lese revisjonen «{revision}»: {detail}"},
};

}  // namespace

std::span<const Entry> diff() { return kEntries; }

}  // namespace plancheck::i18n::nb
