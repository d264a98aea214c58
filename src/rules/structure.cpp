// The rules that loading and linking report: syntax, structure, files,
// references, ids and the period. Their checks live in source::, yaml::,
// model:: and link::; here is their metadata.

#include "rules/rule.h"

namespace plancheck::rules {

using diag::Severity;

extern const Rule kSyntaxYaml{
    "syntax/yaml", Severity::error, true, {}};

extern const Rule kSchemaUnknownKey{
    "schema/unknown-key", Severity::error, false, {}};

extern const Rule kSchemaType{
    "schema/type", Severity::error, false, {}};

extern const Rule kSchemaMissing{
    "schema/missing", Severity::error, false, {}};

extern const Rule kSchemaDuplicateKey{
    "schema/duplicate-key", Severity::error, false, {}};

extern const Rule kSchemaMoney{
    "schema/money", Severity::error, false, {}};

extern const Rule kSchemaVersion{
    "schema/version", Severity::error, false, {}};

extern const Rule kSchemaRange{
    "schema/range", Severity::error, false, {}};

extern const Rule kFileNotPlan{
    "file/not-plan", Severity::error, false, {}};

extern const Rule kFileBrokenMarker{
    "file/broken-marker", Severity::error, false, {}};

extern const Rule kFileNearMissName{
    "file/near-miss-name", Severity::error, false, {}};

extern const Rule kFileUnreadable{
    "file/unreadable", Severity::error, false, {}};

extern const Rule kFileTooLarge{
    "file/too-large", Severity::error, false, {}};

extern const Rule kFileLinkLoop{
    "file/link-loop", Severity::note, false, {}};

extern const Rule kFileChecksSkipped{
    "file/checks-skipped", Severity::note, false, {}};

extern const Rule kFileTooManyFindings{"file/too-many-findings", Severity::error, true, {}};

extern const Rule kRefFrame{
    "ref/frame", Severity::error, false, {}};

extern const Rule kRefPriority{
    "ref/priority", Severity::error, false, {}};

extern const Rule kRefFocusArea{
    "ref/focus-area", Severity::error, false, {}};

extern const Rule kRefAnchoring{
    "ref/anchoring", Severity::error, false, {}};

extern const Rule kRefPartner{
    "ref/partner", Severity::error, false, {}};

extern const Rule kRefCommitment{
    "ref/commitment", Severity::error, false, {}};

extern const Rule kRefMeasure{
    "ref/measure", Severity::error, false, {}};

extern const Rule kRefPlan{
    "ref/plan", Severity::error, false, {}};

extern const Rule kRefRule{
    "ref/rule", Severity::error, false, {}};

extern const Rule kIdDuplicate{
    "id/duplicate", Severity::error, false, {}};

extern const Rule kIdInvisible{
    "id/invisible", Severity::error, false, {}};

extern const Rule kIdReserved{
    "id/reserved", Severity::error, false, {}};

extern const Rule kPeriodYearOutside{
    "period/year-outside", Severity::error, false, {}};

extern const Rule kConfigInvalid{
    "config/invalid", Severity::error, false, {}};

extern const Rule kDeviationUnused{
    "deviation/unused", Severity::warning, false, {}};

extern const Rule kRevisionChange{
    "revision/change", Severity::error, false, {}};

extern const Rule kRevisionMeasureUnknown{
    "revision/measure-unknown", Severity::error, false, {}};

}  // namespace plancheck::rules
