// The rule table: every rule, sorted by id. A new rule is one file in this
// folder, one line here, and its texts in each catalogue.

#include "rules/registry.h"

#include <algorithm>

namespace plancheck::rules {

extern const Rule kAnchorExternalJustification;
extern const Rule kAnchorFocusAreaMissing;
extern const Rule kAnchorProjectJustification;
extern const Rule kAnchorResponsibleMissing;
extern const Rule kBudgetOverflow;
extern const Rule kBudgetOverrun;
extern const Rule kBudgetUnallocated;
extern const Rule kCarryoverMismatch;
extern const Rule kCommitmentExpired;
extern const Rule kCommitmentMissing;
extern const Rule kConfigInvalid;
extern const Rule kDecisionCaseDates;
extern const Rule kDecisionCaseYear;
extern const Rule kDecisionGrantBeforePlan;
extern const Rule kDeviationUnused;
extern const Rule kFileBrokenMarker;
extern const Rule kFileChecksSkipped;
extern const Rule kFileLinkLoop;
extern const Rule kFileNearMissName;
extern const Rule kFileNotPlan;
extern const Rule kFileTooLarge;
extern const Rule kFileTooManyFindings;
extern const Rule kFileUnreadable;
extern const Rule kFrameBandsInfeasible;
extern const Rule kFrameCommitmentPastPeriod;
extern const Rule kFrameIncomeShort;
extern const Rule kFramePartnerGap;
extern const Rule kFrameTargetsSum;
extern const Rule kFundingAdministrationOver;
extern const Rule kFundingIncomeMismatch;
extern const Rule kGrantDateBeforeDecision;
extern const Rule kGrantInstallmentNextFrame;
extern const Rule kGrantInstallmentUnbudgeted;
extern const Rule kGrantOverpaid;
extern const Rule kGrantStatus;
extern const Rule kGrantUnsettled;
extern const Rule kGrantWithdrawnPaid;
extern const Rule kIdDuplicate;
extern const Rule kIdInvisible;
extern const Rule kIdReserved;
extern const Rule kOperationsFunded;
extern const Rule kPeriodDateOutside;
extern const Rule kPeriodYearOutside;
extern const Rule kPlaceholderLeft;
extern const Rule kProjectOverdrawn;
extern const Rule kRefAnchoring;
extern const Rule kRefCommitment;
extern const Rule kRefFocusArea;
extern const Rule kRefFrame;
extern const Rule kRefMeasure;
extern const Rule kRefPartner;
extern const Rule kRefPlan;
extern const Rule kRefPriority;
extern const Rule kRefRule;
extern const Rule kReserveJustification;
extern const Rule kReserveMissing;
extern const Rule kReserveOutOfBounds;
extern const Rule kReserveOverdrawn;
extern const Rule kRevisionChange;
extern const Rule kRevisionDateOutside;
extern const Rule kRevisionDecisionMissing;
extern const Rule kRevisionMeasureUnknown;
extern const Rule kSchemaDuplicateKey;
extern const Rule kSchemaMissing;
extern const Rule kSchemaMoney;
extern const Rule kSchemaRange;
extern const Rule kSchemaType;
extern const Rule kSchemaUnknownKey;
extern const Rule kSchemaVersion;
extern const Rule kShareActual;
extern const Rule kSharePeriod;
extern const Rule kShareYear;
extern const Rule kStrategicIssuesMissing;
extern const Rule kSyntaxYaml;

namespace {

const Rule* const kRules[] = {
    &kAnchorExternalJustification,
    &kAnchorFocusAreaMissing,
    &kAnchorProjectJustification,
    &kAnchorResponsibleMissing,
    &kBudgetOverflow,
    &kBudgetOverrun,
    &kBudgetUnallocated,
    &kCarryoverMismatch,
    &kCommitmentExpired,
    &kCommitmentMissing,
    &kConfigInvalid,
    &kDecisionCaseDates,
    &kDecisionCaseYear,
    &kDecisionGrantBeforePlan,
    &kDeviationUnused,
    &kFileBrokenMarker,
    &kFileChecksSkipped,
    &kFileLinkLoop,
    &kFileNearMissName,
    &kFileNotPlan,
    &kFileTooLarge,
    &kFileTooManyFindings,
    &kFileUnreadable,
    &kFrameBandsInfeasible,
    &kFrameCommitmentPastPeriod,
    &kFrameIncomeShort,
    &kFramePartnerGap,
    &kFrameTargetsSum,
    &kFundingAdministrationOver,
    &kFundingIncomeMismatch,
    &kGrantDateBeforeDecision,
    &kGrantInstallmentNextFrame,
    &kGrantInstallmentUnbudgeted,
    &kGrantOverpaid,
    &kGrantStatus,
    &kGrantUnsettled,
    &kGrantWithdrawnPaid,
    &kIdDuplicate,
    &kIdInvisible,
    &kIdReserved,
    &kOperationsFunded,
    &kPeriodDateOutside,
    &kPeriodYearOutside,
    &kPlaceholderLeft,
    &kProjectOverdrawn,
    &kRefAnchoring,
    &kRefCommitment,
    &kRefFocusArea,
    &kRefFrame,
    &kRefMeasure,
    &kRefPartner,
    &kRefPlan,
    &kRefPriority,
    &kRefRule,
    &kReserveJustification,
    &kReserveMissing,
    &kReserveOutOfBounds,
    &kReserveOverdrawn,
    &kRevisionChange,
    &kRevisionDateOutside,
    &kRevisionDecisionMissing,
    &kRevisionMeasureUnknown,
    &kSchemaDuplicateKey,
    &kSchemaMissing,
    &kSchemaMoney,
    &kSchemaRange,
    &kSchemaType,
    &kSchemaUnknownKey,
    &kSchemaVersion,
    &kShareActual,
    &kSharePeriod,
    &kShareYear,
    &kStrategicIssuesMissing,
    &kSyntaxYaml,
};

}  // namespace

std::span<const Rule* const> all_rules() { return kRules; }

const Rule* find_rule(std::string_view id) {
  const auto it = std::lower_bound(std::begin(kRules), std::end(kRules), id,
                                   [](const Rule* r, std::string_view v) { return r->id < v; });
  return it != std::end(kRules) && (*it)->id == id ? *it : nullptr;
}

}  // namespace plancheck::rules
