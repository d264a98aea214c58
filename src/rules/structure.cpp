// The rules that loading and linking report: syntax, structure, files,
// references, ids and the period. Their checks live in source::, yaml::,
// model:: and link::; here is their metadata.

#include "rules/rule.h"

namespace plancheck::rules {

using diag::Severity;

extern const Rule kSyntaxYaml{
    "syntax/yaml", Severity::error, true, {},
    "measures:\n  - id: snowball\n\tamount: 400 000\n",
    "measures:\n  - id: snowball\n    amount: 400 000\n"};

extern const Rule kSchemaUnknownKey{
    "schema/unknown-key", Severity::error, false, {},
    "measures:\n  - id: snowball\n    amuont: 400 000\n",
    "measures:\n  - id: snowball\n    amount: 400 000\n"};

extern const Rule kSchemaType{
    "schema/type", Severity::error, false, {},
    "year: twenty-twentyone\n",
    "year: 2021\n"};

extern const Rule kSchemaMissing{
    "schema/missing", Severity::error, false, {},
    "measures:\n  - id: snowball\n    title: Reiselivsklyngen Snowball\n    priority: naering\n",
    "measures:\n  - id: snowball\n    title: Reiselivsklyngen Snowball\n    priority: naering\n"
    "    amount: 400 000\n"};

extern const Rule kSchemaDuplicateKey{
    "schema/duplicate-key", Severity::error, false, {},
    "reserve:\n  amount: 200 000\n  amount: 250 000\n",
    "reserve:\n  amount: 250 000\n"};

extern const Rule kSchemaMoney{
    "schema/money", Severity::error, false, {},
    "administration:\n  amount: 0,5 mill.\n",
    "administration:\n  amount: 500 000\n"};

extern const Rule kSchemaVersion{
    "schema/version", Severity::error, false, {},
    "plancheck: 2\nkind: yearly-plan\n",
    "plancheck: 1\nkind: yearly-plan\n"};

extern const Rule kSchemaRange{
    "schema/range", Severity::error, false, {},
    "period:\n  from: 2024\n  to: 2021\n",
    "period:\n  from: 2021\n  to: 2024\n"};

extern const Rule kFileNotPlan{
    "file/not-plan", Severity::error, false, {},
    "# plancheck check notes.yaml\ntitle: Notater\n",
    "plancheck: 1\nkind: project-list\n"};

extern const Rule kFileBrokenMarker{
    "file/broken-marker", Severity::error, false, {},
    "Plancheck: 1\nkind: yearly-plan\n",
    "plancheck: 1\nkind: yearly-plan\n"};

extern const Rule kFileNearMissName{
    "file/near-miss-name", Severity::error, false, {},
    "# 2024/budsjett-og-tiltaksplan-2024.yaml.txt\nplancheck: 1\nkind: yearly-plan\n",
    "# 2024/budsjett-og-tiltaksplan-2024.yaml\nplancheck: 1\nkind: yearly-plan\n"};

extern const Rule kFileUnreadable{
    "file/unreadable", Severity::error, false, {}, "", ""};

extern const Rule kFileTooLarge{
    "file/too-large", Severity::error, false, {}, "", ""};

extern const Rule kFileLinkLoop{
    "file/link-loop", Severity::note, false, {}, "", ""};

extern const Rule kFileChecksSkipped{
    "file/checks-skipped", Severity::note, false, {},
    "measures:\n  - {id: snowball, priority: naering, amount: 0,4 mill.}   # share/year cannot be decided\n",
    "measures:\n  - {id: snowball, priority: naering, amount: 400 000}\n"};

extern const Rule kFileTooManyFindings{"file/too-many-findings", Severity::error, true, {}, "", ""};

extern const Rule kRefFrame{
    "ref/frame", Severity::error, false, {},
    "plancheck: 1\nkind: yearly-plan\nframe: lipr-2021-52\n",
    "plancheck: 1\nkind: yearly-plan\nframe: lipr-2021-25\n"};

extern const Rule kRefPriority{
    "ref/priority", Severity::error, false, {},
    "measures:\n  - id: snowball\n    priority: næring\n",
    "measures:\n  - id: snowball\n    priority: naering\n"};

extern const Rule kRefFocusArea{
    "ref/focus-area", Severity::error, false, {},
    "measures:\n  - id: snowball\n    focus-areas: [framtidens-naeringsliv]\n",
    "measures:\n  - id: snowball\n    focus-areas: [fremtidens-naeringsliv]\n"};

extern const Rule kRefAnchoring{
    "ref/anchoring", Severity::error, false, {},
    "priorities:\n  - id: naering\n    anchored-in: naringsplan\n",
    "priorities:\n  - id: naering\n    anchored-in: naeringsplan\n"};

extern const Rule kRefPartner{
    "ref/partner", Severity::error, false, {},
    "income:\n  partners:\n    - {partner: fylket, amount: 2 500 000}\n",
    "income:\n  partners:\n    - {partner: innlandet, amount: 2 500 000}\n"};

extern const Rule kRefCommitment{
    "ref/commitment", Severity::error, false, {},
    "measures:\n  - id: regionmarkedsforing\n    commitment: markedsforer\n",
    "measures:\n  - id: regionmarkedsforing\n    commitment: regionmarkedsforer\n"};

extern const Rule kRefMeasure{
    "ref/measure", Severity::error, false, {},
    "projects:\n  - id: 2021-01\n    measure: snowbal\n",
    "projects:\n  - id: 2021-01\n    measure: snowball\n"};

extern const Rule kRefPlan{
    "ref/plan", Severity::error, false, {},
    "plancheck: 1\nkind: project-list\nframe: lipr-2021-25\nyear: 2022   # no yearly plan for 2022\n",
    "plancheck: 1\nkind: project-list\nframe: lipr-2021-25\nyear: 2022   # with 2022's yearly plan beside it\n"};

extern const Rule kRefRule{
    "ref/rule", Severity::error, false, {},
    "deviations:\n  - rule: share/yeer\n",
    "deviations:\n  - rule: share/year\n"};

extern const Rule kIdDuplicate{
    "id/duplicate", Severity::error, false, {},
    "projects:\n  - id: 2021-01\n    title: Snowball vinter\n  - id: 2021-01\n    title: Ungdomsfestival\n",
    "projects:\n  - id: 2021-01\n    title: Snowball vinter\n  - id: 2021-02\n    title: Ungdomsfestival\n"};

extern const Rule kIdInvisible{
    "id/invisible", Severity::error, false, {},
    "measures:\n  - id: \"ungdom\\u200B\"   # a zero-width space at the end\n",
    "measures:\n  - id: ungdom\n"};

extern const Rule kIdReserved{
    "id/reserved", Severity::error, false, {},
    "measures:\n  - id: reserve\n    title: Ungdomstiltak\n",
    "measures:\n  - id: ungdom\n    title: Ungdomstiltak\n"};

extern const Rule kPeriodYearOutside{
    "period/year-outside", Severity::error, false, {},
    "# frame period: 2021-2024\nyear: 2025\n",
    "# frame period: 2021-2024\nyear: 2024\n"};

extern const Rule kConfigInvalid{
    "config/invalid", Severity::error, false, {},
    "rules:\n  share/year: {threshold: 5}\n",
    "rules:\n  budget/unallocated: {threshold: 5}\n"};

extern const Rule kDeviationUnused{
    "deviation/unused", Severity::warning, false, {},
    "deviations:\n  - rule: share/year\n    scope: {priority: idrett}   # idrett is inside its band\n",
    "deviations: []\n"};

extern const Rule kRevisionChange{
    "revision/change", Severity::error, false, {},
    "revisions:\n  - decision: {case: \"PS 6/23\", date: 2023-02-10}\n"
    "    changes:\n      - {measure: arrangement-idrett, move: 200 000}\n",
    "revisions:\n  - decision: {case: \"PS 6/23\", date: 2023-02-10}\n"
    "    changes:\n      - {move: 200 000, from: reserve, to: arrangement-idrett}\n"};

extern const Rule kRevisionMeasureUnknown{
    "revision/measure-unknown", Severity::error, false, {},
    "measures:\n  - id: arrangement-idrett\nrevisions:\n"
    "  - changes: [{measure: arrangement-idret, amount: 450 000}]\n",
    "measures:\n  - id: arrangement-idrett\nrevisions:\n"
    "  - changes: [{measure: arrangement-idrett, amount: 450 000}]\n"};

}  // namespace plancheck::rules
