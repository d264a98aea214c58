#pragma once
// The three kinds of plan file as plancheck reads them. Every field keeps
// its location; the fields named `*_ref` are filled by link:: and point
// to what an id names.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/values.h"
#include "source/source_file.h"

namespace plancheck::model {

template <class T>
struct StructSpec;
/// The field table of each element type (defined in specs.cpp).
template <class T>
const StructSpec<T>& spec_of();

/// A council decision: case number and date.
struct Decision : Element {
  Located<Date> date;  // first, beside Element::at: no padding (one per grant)
  Located<std::string> case_ref;
};

struct YearRange : Element {
  Located<Year> from;
  Located<Year> to;
};

struct Role : Element {
  Located<std::string> role;
  Located<std::string> organisation;
  Located<Count> count;
  Located<bool> temporary;
  Located<std::string> note;
};

struct BusinessUnit : Element {
  Located<Id> id;
  Located<std::string> name;
  Located<std::vector<Role>> staff;
};

struct Council : Element {
  Located<std::string> name;
  Located<std::string> short_name;
  Located<Month> established;
  Located<std::string> predecessor;
  Located<std::vector<Role>> members;
  Located<std::vector<Role>> attending;
  Located<BusinessUnit> business_unit;
};

struct Period : Element {
  Located<Year> from;
  Located<Year> to;
  Located<std::string> label;
};

struct FocusArea : Element {
  Located<Id> id;
  Located<std::string> title;
};

struct AnchorDocument : Element {
  Located<Id> id;
  Located<std::string> title;
  Located<bool> main;
  Located<YearRange> period;
  Located<std::string> description;
  Located<std::vector<FocusArea>> focus_areas;
};

struct ShareBand : Element {
  Located<Percent> target;
  Located<Percent> tolerance;
  Located<Percent> min;
  Located<Percent> max;
};

struct Priority : Element {
  Located<Id> id;
  Located<std::string> title;
  Located<std::string> description;
  Located<bool> business_development;
  Located<Id> anchored_in;
  Located<ShareBand> share;

  const AnchorDocument* anchored_in_ref = nullptr;
};

struct ReserveFrame : Element {
  Located<std::string> title;
  Located<std::string> description;
  Located<Money> min;
  Located<Money> max;
  Located<Id> counts_toward;

  const Priority* counts_toward_ref = nullptr;
};

struct Partner : Element {
  Located<Id> id;
  Located<std::string> name;
  Located<Money> amount;
  Located<Year> from;
  Located<Year> to;
};

struct AdministrationFrame : Element {
  Located<Money> max;
  Located<std::string> description;
};

struct Funding : Element {
  Located<std::vector<Partner>> partners;
  Located<AdministrationFrame> administration;
  Located<Money> expected_measure_funds;
};

struct Commitment : Element {
  Located<Id> id;
  Located<std::string> title;
  Located<Year> from;
  Located<Year> to;
  Located<Money> amount;
  Located<std::string> co_funder;
  Located<Decision> decision;
  Located<std::string> description;
};

/// One entry of the frame's `rules:` map: the key is the rule id.
struct RuleSetting : Element {
  Located<Id> rule;  // the map key
  Located<RuleLevel> severity;
  Located<Percent> threshold;
  Located<RuleLevel> projection_severity;
};

/// Element types written as a map keyed by one of their fields.
template <class S>
struct KeyField;
template <>
struct KeyField<RuleSetting> {
  static constexpr auto kMember = &RuleSetting::rule;
};

struct DeviationScope : Element {
  Located<Year> year;
  Located<Id> priority;
  Located<Id> measure;
  Located<Id> project;
};

struct Deviation : Element {
  Located<Id> rule;
  Located<DeviationScope> scope;
  Located<Decision> decision;
  Located<std::string> reason;
};

/// Common to the three kinds: the marker keys and the file.
struct PlanFile : Element {
  Located<Count> plancheck;
  Located<FileKind> kind;
  const source::SourceFile* file = nullptr;
};

struct Frame : PlanFile {
  Located<Id> id;
  Located<std::string> title;
  Located<Decision> adopted;
  Located<Council> council;
  Located<Period> period;
  Located<std::string> goal;
  Located<std::vector<AnchorDocument>> anchoring;
  Located<std::vector<Priority>> priorities;
  Located<ReserveFrame> reserve;
  Located<Funding> funding;
  Located<std::vector<Commitment>> commitments;
  Located<std::vector<RuleSetting>> rules;
  Located<std::vector<Deviation>> deviations;
};

struct PartnerIncome : Element {
  Located<Id> partner;
  Located<Money> amount;

  const Partner* partner_ref = nullptr;
};

struct Income : Element {
  Located<std::vector<PartnerIncome>> partners;
  Located<Money> carried_over;
};

struct Administration : Element {
  Located<Money> amount;
  Located<std::string> description;
};

struct Measure : Element {
  Located<Id> id;
  Located<std::string> title;
  Located<Id> priority;
  Located<std::vector<Located<Id>>> focus_areas;
  Located<std::string> responsible;
  Located<std::string> justification;
  Located<Money> amount;
  Located<MeasureType> type;
  Located<Id> commitment;
  Located<Decision> decision;
  Located<std::string> description;

  const Priority* priority_ref = nullptr;
  std::vector<const FocusArea*> focus_area_refs;  // those that resolved
  const Commitment* commitment_ref = nullptr;
};

struct Reserve : Element {
  Located<Money> amount;
  Located<std::string> description;
};

struct StrategicIssue : Element {
  Located<Id> id;
  Located<std::string> title;
  Located<std::string> description;
};

/// One thing a revision changes. Exactly one of: a measure's new amount
/// (`measure` with `amount`), a new measure, an amount moved between
/// measures or the reserve (`move` with `from` and `to`), the reserve's or
/// the administration's new amount; link:: reports any other shape
/// (revision/change).
struct Change : Element {
  Located<Id> measure;
  Located<Money> amount;
  Located<Measure> new_measure;
  Located<Money> move;
  Located<Id> from;
  Located<Id> to;
  Located<Money> reserve;
  Located<Money> administration;

  /// What `measure`, `from` and `to` name; null for the reserve or when they do not resolve.
  const Measure* measure_ref = nullptr;
  const Measure* from_ref = nullptr;
  const Measure* to_ref = nullptr;
};

/// What a change does, by the keys it writes; `invalid` when it writes the
/// keys of more than one kind, of none, or lacks a key its kind needs.
enum class ChangeKind : uint8_t { invalid, amount, added, moved, reserve, administration };
ChangeKind change_kind(const Change& change);

/// A council decision that changes the yearly plan during its year.
struct Revision : Element {
  Located<Decision> decision;
  Located<std::string> reason;
  Located<std::vector<Change>> changes;
};

struct YearlyPlan : PlanFile {
  Located<Id> frame;
  Located<Year> year;
  Located<std::string> title;
  Located<Decision> adopted;
  Located<Income> income;
  Located<Administration> administration;
  Located<std::vector<Measure>> measures;
  Located<Reserve> reserve;
  Located<std::vector<StrategicIssue>> strategic_issues;
  Located<std::vector<Revision>> revisions;
  Located<std::vector<Deviation>> deviations;

  const Frame* frame_ref = nullptr;
};

/// The plan's measures, then those its revisions add, in file order.
std::vector<const Measure*> all_measures(const YearlyPlan& plan);
std::vector<Measure*> all_measures(YearlyPlan& plan);

/// The id a project writes in `measure:` to draw on the year's reserve
/// (and a revision's move in `from:` or `to:`).
inline constexpr std::string_view kReserveId = "reserve";

struct Project;

/// One payment of a grant.
struct Payment : Element {
  Located<Money> amount;
  Located<Date> date;
};

/// The part of a multi-year grant that a later year's plan pays.
struct Installment : Element {
  Located<Year> year;
  Located<Money> amount;
  /// The measure of that year's plan it draws on (absent: the grant's own measure id).
  Located<Id> measure;

  const Measure* measure_ref = nullptr;  // in that year's plan; null for the reserve or unresolved
  /// The id it draws on: `measure`, or the grant's own.
  const Id& measure_id(const Project& grant) const;
};

struct Project : Element {
  // The 4-byte-aligned fields first, beside Element::at: no padding between
  // them (a grant is kept for the whole run, 150 000 of them in a county set).
  Located<GrantStatus> status;
  /// When a withdrawn grant was withdrawn.
  Located<Date> withdrawn;
  Located<Id> id;
  Located<std::string> title;
  Located<std::string> applicant;
  /// Who carries it out, when not the applicant.
  Located<Note> responsible;
  Located<Id> measure;
  Located<Money> amount;
  Located<Decision> decision;
  Located<Note> goal_contribution;
  /// How a business-development grant led by others supports the business plan.
  Located<Note> justification;
  Located<Note> description;
  /// What was paid: written as one payment (a map) or a list of them.
  Located<std::vector<Payment>> paid;
  /// What later years' plans pay of a multi-year grant.
  Located<std::vector<Installment>> installments;

  const Measure* measure_ref = nullptr;  // null when it draws on the reserve
  bool draws_on_reserve() const { return measure->name == kReserveId; }
  bool counts() const { return *status != GrantStatus::withdrawn; }
};

struct ProjectList : PlanFile {
  Located<Id> frame;
  Located<Year> year;
  Located<ListStatus> status;
  Located<std::vector<Project>> projects;

  const Frame* frame_ref = nullptr;
  const YearlyPlan* plan_ref = nullptr;
};

}  // namespace plancheck::model
