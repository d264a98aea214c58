// The field table of every element of the three plan file kinds. These
// tables are the single description of the file formats: the decoder reads
// by them and schemas/ is generated from them.

#include "model/decoder.h"
#include "model/schema_writer.h"

namespace plancheck::model {

namespace {

void format_version_schema(SchemaWriter& w, std::string_view description) {
  w.json.begin_object().field("description", description).field("const", 1).end_object();
}

template <FileKind K>
void kind_schema(SchemaWriter& w, std::string_view description) {
  w.json.begin_object().field("description", description).field("const", enum_name(K)).end_object();
}

/// The two marker fields every plan file starts with.
template <class T, FileKind K>
std::vector<FieldSpec<T>> with_marker(std::vector<FieldSpec<T>> fields) {
  auto version = field<&T::plancheck, T>(
      "plancheck", kRequired, "The plancheck file format version. Version 1 is the only one.");
  version.schema = &format_version_schema;
  auto kind = field<&T::kind, T>("kind", kRequired, "The kind of plan file.");
  kind.schema = &kind_schema<K>;
  fields.insert(fields.begin(), {version, kind});
  return fields;
}

}  // namespace

template <>
const StructSpec<Decision>& spec_of<Decision>() {
  static const StructSpec<Decision> spec{
      "decision", "element.decision", "A decision of the council: its case number and date.",
      {
          field<&Decision::case_ref>("case", kRequired, "The case number, e.g. \"PS 12/21\"."),
          field<&Decision::date>("date", kRequired, "The date of the decision, YYYY-MM-DD."),
      }};
  return spec;
}

template <>
const StructSpec<YearRange>& spec_of<YearRange>() {
  static const StructSpec<YearRange> spec{
      "year-range", "element.year-range", "A range of years, both included.",
      {
          field<&YearRange::from>("from", kRequired, "The first year."),
          field<&YearRange::to>("to", kRequired, "The last year."),
      }};
  return spec;
}

template <>
const StructSpec<Role>& spec_of<Role>() {
  static const StructSpec<Role> spec{
      "role", "element.role", "A role in the council or its staff.",
      {
          field<&Role::role>("role", kRequired, "The role, e.g. \"ordfører\"."),
          field<&Role::organisation>("organisation", kOptional, "The organisation the role represents."),
          field<&Role::count>("count", kOptional, "How many hold the role (default 1)."),
          field<&Role::temporary>("temporary", kOptional, "Whether the position is temporary."),
          field<&Role::note>("note", kOptional, "A note, e.g. on how the position is financed."),
      }};
  return spec;
}

template <>
const StructSpec<BusinessUnit>& spec_of<BusinessUnit>() {
  static const StructSpec<BusinessUnit> spec{
      "business-unit", "element.business-unit",
      "The council's own business-development unit. Business-development measures with "
      "another responsible need a justification.",
      {
          field<&BusinessUnit::id>("id", kRequired, "The name measures use in `responsible`, e.g. LRV."),
          field<&BusinessUnit::name>("name", kRequired, "The unit's full name."),
          field<&BusinessUnit::staff>("staff", kOptional, "The unit's positions."),
      }};
  return spec;
}

template <>
const StructSpec<Council>& spec_of<Council>() {
  static const StructSpec<Council> spec{
      "council", "element.council", "The inter-municipal council.",
      {
          field<&Council::name>("name", kRequired, "The council's full name."),
          field<&Council::short_name>("short-name", kOptional, "Its abbreviation, e.g. LIPR."),
          field<&Council::established>("established", kOptional, "When it was formed, YYYY-MM."),
          field<&Council::predecessor>("predecessor", kOptional, "The body it was formed from."),
          field<&Council::members>("members", kRequired, "The voting members."),
          field<&Council::attending>("attending", kOptional,
                                     "Those who attend with the right to speak."),
          field<&Council::business_unit>("business-unit", kRequired,
                                         "The council's own business-development unit."),
      }};
  return spec;
}

template <>
const StructSpec<Period>& spec_of<Period>() {
  static const StructSpec<Period> spec{
      "period", "element.period", "The budget years the frame covers, both included.",
      {
          field<&Period::from>("from", kRequired, "The first budget year."),
          field<&Period::to>("to", kRequired, "The last budget year."),
          field<&Period::label>("label", kOptional, "How the plan names its period, e.g. 2021–25."),
      }};
  return spec;
}

template <>
const StructSpec<FocusArea>& spec_of<FocusArea>() {
  static const StructSpec<FocusArea> spec{
      "focus-area", "element.focus-area", "A focus area of an anchoring document.",
      {
          field<&FocusArea::id>("id", kRequired, "The id measures use in `focus-areas`; unique in the frame."),
          field<&FocusArea::title>("title", kRequired, "The focus area's title."),
      }};
  return spec;
}

template <>
const StructSpec<AnchorDocument>& spec_of<AnchorDocument>() {
  static const StructSpec<AnchorDocument> spec{
      "anchor-document", "element.anchor-document", "A document the strategic plan rests on.",
      {
          field<&AnchorDocument::id>("id", kRequired, "The document's id."),
          field<&AnchorDocument::title>("title", kRequired, "The document's title."),
          field<&AnchorDocument::main>("main", kOptional, "Whether it is the main anchor."),
          field<&AnchorDocument::period>("period", kOptional, "The years the document covers."),
          field<&AnchorDocument::description>("description", kOptional, "What it says."),
          field<&AnchorDocument::focus_areas>("focus-areas", kOptional, "Its focus areas."),
      }};
  return spec;
}

template <>
const StructSpec<ShareBand>& spec_of<ShareBand>() {
  static const StructSpec<ShareBand> spec{
      "share-band", "element.share-band",
      "A priority's share of the measure funds, in percent: a target with a tolerance, or a "
      "target with min and max.",
      {
          field<&ShareBand::target>("target", kRequired, "The target share in percent, e.g. 80."),
          field<&ShareBand::tolerance>("tolerance", kOptional,
                                       "Percentage points allowed on either side of the target."),
          field<&ShareBand::min>("min", kOptional, "The lowest share allowed, in percent."),
          field<&ShareBand::max>("max", kOptional, "The highest share allowed, in percent."),
      }};
  return spec;
}

template <>
const StructSpec<Priority>& spec_of<Priority>() {
  static const StructSpec<Priority> spec{
      "priority", "element.priority", "A strategic priority (satsingsområde).",
      {
          field<&Priority::id>("id", kRequired, "The id measures use in `priority`."),
          field<&Priority::title>("title", kRequired, "The priority's title."),
          field<&Priority::description>("description", kOptional, "What it covers."),
          field<&Priority::business_development>(
              "business-development", kOptional,
              "Whether its measures are business development and must name a focus area."),
          field<&Priority::anchored_in>("anchored-in", kOptional,
                                        "The anchoring document whose focus areas its measures name."),
          field<&Priority::share>("share", kRequired, "Its share of the measure funds."),
      }};
  return spec;
}

template <>
const StructSpec<ReserveFrame>& spec_of<ReserveFrame>() {
  static const StructSpec<ReserveFrame> spec{
      "reserve-frame", "element.reserve-frame",
      "The yearly frame for unforeseen opportunities and particularly good initiatives.",
      {
          field<&ReserveFrame::title>("title", kRequired, "The reserve's title."),
          field<&ReserveFrame::description>("description", kOptional, "What it is for."),
          field<&ReserveFrame::min>("min", kRequired, "The smallest yearly reserve, in kroner."),
          field<&ReserveFrame::max>("max", kRequired, "The largest yearly reserve, in kroner."),
          field<&ReserveFrame::counts_toward>("counts-toward", kOptional,
                                              "The priority whose share includes the reserve. "
                                              "Without it the reserve stands outside the split "
                                              "and each share is of the measures alone."),
      }};
  return spec;
}

template <>
const StructSpec<Partner>& spec_of<Partner>() {
  static const StructSpec<Partner> spec{
      "partner", "element.partner", "A partner that pays partnership funds every year.",
      {
          field<&Partner::id>("id", kRequired, "The id yearly plans use in `income.partners`."),
          field<&Partner::name>("name", kRequired, "The partner's name."),
          field<&Partner::amount>("amount", kRequired, "The yearly contribution, in kroner."),
          field<&Partner::from>("from", kOptional, "The first year of the contribution."),
          field<&Partner::to>("to", kOptional, "The last year of the contribution."),
      }};
  return spec;
}

template <>
const StructSpec<AdministrationFrame>& spec_of<AdministrationFrame>() {
  static const StructSpec<AdministrationFrame> spec{
      "administration-frame", "element.administration-frame",
      "The frame for administration costs paid from the partnership funds.",
      {
          field<&AdministrationFrame::max>("max", kRequired, "The most a year may spend, in kroner."),
          field<&AdministrationFrame::description>("description", kOptional, "What it covers."),
      }};
  return spec;
}

template <>
const StructSpec<Funding>& spec_of<Funding>() {
  static const StructSpec<Funding> spec{
      "funding", "element.funding", "Where the council's money comes from and how it is framed.",
      {
          field<&Funding::partners>("partners", kRequired, "The partners and their contributions."),
          field<&Funding::administration>("administration", kOptional, "The administration frame."),
          field<&Funding::expected_measure_funds>(
              "expected-measure-funds", kOptional,
              "The measure funds expected per year (the measures, plus the reserve when it counts "
              "toward a priority), used to project years not yet planned."),
      }};
  return spec;
}

template <>
const StructSpec<Commitment>& spec_of<Commitment>() {
  static const StructSpec<Commitment> spec{
      "commitment", "element.commitment",
      "A time-bound commitment that yearly plans must budget in each year it covers.",
      {
          field<&Commitment::id>("id", kRequired, "The id measures use in `commitment`."),
          field<&Commitment::title>("title", kRequired, "What is committed."),
          field<&Commitment::from>("from", kRequired, "The first year it covers."),
          field<&Commitment::to>("to", kRequired, "The last year it covers."),
          field<&Commitment::amount>("amount", kOptional,
                                     "The least the council budgets for it each year, in kroner."),
          field<&Commitment::co_funder>("co-funder", kOptional, "Who pays the rest, if anyone."),
          field<&Commitment::decision>("decision", kOptional, "The decision that made it."),
          field<&Commitment::description>("description", kOptional, "Details."),
      }};
  return spec;
}

template <>
const StructSpec<RuleSetting>& spec_of<RuleSetting>() {
  static const StructSpec<RuleSetting> spec{
      "rule-setting", "element.rule-setting",
      "Severity and parameters of one rule, keyed by the rule id.",
      {
          field<&RuleSetting::severity>("severity", kOptional,
                                        "error, warning, note, or off to turn the rule off."),
          field<&RuleSetting::threshold>("threshold", kOptional,
                                         "budget/unallocated: the largest unallocated share of income, in percent."),
          field<&RuleSetting::projection_severity>(
              "projection-severity", kOptional,
              "share/period: the severity of a projection while years remain unplanned; "
              "share/actual: the severity while the project lists are open."),
      }};
  return spec;
}

template <>
const StructSpec<DeviationScope>& spec_of<DeviationScope>() {
  static const StructSpec<DeviationScope> spec{
      "deviation-scope", "element.deviation-scope",
      "What a deviation covers; every key given must match the finding.",
      {
          field<&DeviationScope::year>("year", kOptional, "The budget year."),
          field<&DeviationScope::priority>("priority", kOptional, "A priority id."),
          field<&DeviationScope::measure>("measure", kOptional, "A measure id."),
          field<&DeviationScope::project>("project", kOptional, "A project id."),
      }};
  return spec;
}

template <>
const StructSpec<Deviation>& spec_of<Deviation>() {
  static const StructSpec<Deviation> spec{
      "deviation", "element.deviation",
      "A decision of the council to deviate from the frame; matching findings are accepted.",
      {
          field<&Deviation::rule>("rule", kRequired, "The rule id the decision covers."),
          field<&Deviation::scope>("scope", kOptional, "What the decision covers."),
          field<&Deviation::decision>("decision", kRequired, "The council's decision."),
          field<&Deviation::reason>("reason", kRequired, "Why the council deviates."),
      }};
  return spec;
}

template <>
const StructSpec<Frame>& spec_of<Frame>() {
  static const StructSpec<Frame> spec{
      "frame", "element.frame",
      "The four-year strategic plan (strategisk handlingsplan): the frame yearly plans are "
      "checked against.",
      with_marker<Frame, FileKind::frame>({
          field<&Frame::id>("id", kRequired, "The id yearly plans and project lists name in `frame`."),
          field<&Frame::title>("title", kRequired, "The plan's title."),
          field<&Frame::adopted>("adopted", kOptional, "The council's decision adopting the plan."),
          field<&Frame::council>("council", kRequired, "The council."),
          field<&Frame::period>("period", kRequired, "The budget years of the plan."),
          field<&Frame::goal>("goal", kRequired, "The overall goal."),
          field<&Frame::anchoring>("anchoring", kRequired, "The documents the plan rests on."),
          field<&Frame::priorities>("priorities", kRequired, "The strategic priorities."),
          field<&Frame::reserve>("reserve", kOptional, "The yearly reserve."),
          field<&Frame::funding>("funding", kRequired, "Partnership funds and frames."),
          field<&Frame::commitments>("commitments", kOptional, "Time-bound commitments."),
          field<&Frame::rules>("rules", kOptional, "Severity and parameters per rule id."),
          field<&Frame::deviations>("deviations", kOptional, "Decisions to deviate."),
      })};
  return spec;
}

template <>
const StructSpec<PartnerIncome>& spec_of<PartnerIncome>() {
  static const StructSpec<PartnerIncome> spec{
      "partner-income", "element.partner-income", "One partner's funds in the year.",
      {
          field<&PartnerIncome::partner>("partner", kRequired, "A partner id of the frame."),
          field<&PartnerIncome::amount>("amount", kRequired, "The amount, in kroner."),
      }};
  return spec;
}

template <>
const StructSpec<Income>& spec_of<Income>() {
  static const StructSpec<Income> spec{
      "income", "element.income", "The year's income.",
      {
          field<&Income::partners>("partners", kRequired, "Partnership funds per partner."),
          field<&Income::carried_over>("carried-over", kOptional,
                                       "Unused and withdrawn funds carried over from the year before."),
      }};
  return spec;
}

template <>
const StructSpec<Administration>& spec_of<Administration>() {
  static const StructSpec<Administration> spec{
      "administration", "element.administration", "The year's administration cost.",
      {
          field<&Administration::amount>("amount", kRequired, "The cost, in kroner."),
          field<&Administration::description>("description", kOptional, "What it covers."),
      }};
  return spec;
}

template <>
const StructSpec<Measure>& spec_of<Measure>() {
  static const StructSpec<Measure> spec{
      "measure", "element.measure", "A measure (tiltak) of the yearly plan.",
      {
          field<&Measure::id>("id", kRequired, "The id projects use in `measure`; unique in the year."),
          field<&Measure::title>("title", kRequired, "The measure's title."),
          field<&Measure::priority>("priority", kRequired, "The priority of the frame it serves."),
          field<&Measure::focus_areas>("focus-areas", kOptional,
                                       "Focus areas of the anchoring documents it serves."),
          field<&Measure::responsible>("responsible", kOptional, "Who carries it out."),
          field<&Measure::justification>(
              "justification", kOptional,
              "How it supports the business plan, when another than the business unit carries it out."),
          field<&Measure::amount>("amount", kRequired, "The amount, in kroner."),
          field<&Measure::type>("type", kOptional, "development (default) or operations."),
          field<&Measure::commitment>("commitment", kOptional, "The frame commitment it funds."),
          field<&Measure::decision>("decision", kOptional,
                                    "The decision that continues a commitment past its last year."),
          field<&Measure::description>("description", kOptional, "Details."),
      }};
  return spec;
}

template <>
const StructSpec<Reserve>& spec_of<Reserve>() {
  static const StructSpec<Reserve> spec{
      "reserve", "element.reserve", "The year's reserve for unforeseen opportunities.",
      {
          field<&Reserve::amount>("amount", kRequired, "The amount, in kroner."),
          field<&Reserve::description>("description", kOptional, "Details."),
      }};
  return spec;
}

template <>
const StructSpec<StrategicIssue>& spec_of<StrategicIssue>() {
  static const StructSpec<StrategicIssue> spec{
      "strategic-issue", "element.strategic-issue",
      "A large strategic issue decided at a higher level that the council works on this year.",
      {
          field<&StrategicIssue::id>("id", kOptional, "An id for the issue."),
          field<&StrategicIssue::title>("title", kRequired, "The issue."),
          field<&StrategicIssue::description>("description", kOptional, "Details."),
      }};
  return spec;
}

template <>
const StructSpec<Change>& spec_of<Change>() {
  static const StructSpec<Change> spec{
      "change", "element.change",
      "One change of a revision: a measure's new amount (measure and amount), a new measure "
      "(new-measure), an amount moved (move, from and to), or the reserve's or the "
      "administration's new amount.",
      {
          field<&Change::measure>("measure", kOptional, "The measure whose amount changes."),
          field<&Change::amount>("amount", kOptional, "The measure's new amount, in kroner."),
          field<&Change::new_measure>("new-measure", kOptional, "A measure the revision adds."),
          field<&Change::move>("move", kOptional, "An amount moved from one measure to another, in kroner."),
          field<&Change::from>("from", kOptional,
                               "The measure the amount is moved from, or `reserve`."),
          field<&Change::to>("to", kOptional, "The measure the amount is moved to, or `reserve`."),
          field<&Change::reserve>("reserve", kOptional, "The reserve's new amount, in kroner."),
          field<&Change::administration>("administration", kOptional,
                                         "The administration's new amount, in kroner."),
      }};
  return spec;
}

template <>
const StructSpec<Revision>& spec_of<Revision>() {
  static const StructSpec<Revision> spec{
      "revision", "element.revision",
      "A decision of the council that changes the yearly plan during its year (revidert "
      "budsjett).",
      {
          field<&Revision::decision>("decision", kOptional,
                                     "The council's decision; a revision without one is reported."),
          field<&Revision::reason>("reason", kOptional, "Why the plan is changed."),
          field<&Revision::changes>("changes", kRequired, "What the decision changes."),
      }};
  return spec;
}

template <>
const StructSpec<YearlyPlan>& spec_of<YearlyPlan>() {
  static const StructSpec<YearlyPlan> spec{
      "yearly-plan", "element.yearly-plan",
      "A yearly budget-and-action plan (budsjett- og tiltaksplan).",
      with_marker<YearlyPlan, FileKind::yearly_plan>({
          field<&YearlyPlan::frame>("frame", kRequired, "The id of the frame it belongs to."),
          field<&YearlyPlan::year>("year", kRequired, "The budget year."),
          field<&YearlyPlan::title>("title", kRequired, "The plan's title."),
          field<&YearlyPlan::adopted>("adopted", kOptional, "The council's decision adopting it."),
          field<&YearlyPlan::income>("income", kRequired, "The year's income."),
          field<&YearlyPlan::administration>("administration", kRequired,
                                             "The year's administration cost."),
          field<&YearlyPlan::measures>("measures", kRequired, "The measures."),
          field<&YearlyPlan::reserve>("reserve", kOptional, "The year's reserve."),
          field<&YearlyPlan::strategic_issues>("strategic-issues", kOptional,
                                               "The large strategic issues prioritised this year."),
          field<&YearlyPlan::revisions>(
              "revisions", kOptional,
              "The council's decisions that changed the plan during the year, in any order."),
          field<&YearlyPlan::deviations>("deviations", kOptional, "Decisions to deviate."),
      })};
  return spec;
}

template <>
const StructSpec<Payment>& spec_of<Payment>() {
  static const StructSpec<Payment> spec{
      "payment", "element.payment", "A payment of a grant.",
      {
          field<&Payment::amount>("amount", kRequired, "The amount paid, in kroner."),
          field<&Payment::date>("date", kRequired, "The date of the payment, YYYY-MM-DD."),
      }};
  return spec;
}

template <>
const StructSpec<Installment>& spec_of<Installment>() {
  static const StructSpec<Installment> spec{
      "installment", "element.installment",
      "The part of a multi-year grant that a later year's plan pays.",
      {
          field<&Installment::year>("year", kRequired, "The later budget year."),
          field<&Installment::amount>("amount", kRequired, "The amount that year, in kroner."),
          field<&Installment::measure>(
              "measure", kOptional,
              "The measure of that year's plan it draws on, or `reserve` (default: the grant's "
              "measure)."),
      }};
  return spec;
}

namespace {

/// `paid:` is one payment (a map) or a list of them.
void decode_payments(Decoder& d, const yaml::Node& key, const yaml::Node& value, Project& out) {
  if (d.follow(value).kind != yaml::NodeKind::map) return decode_value(d, key, value, out.paid);
  Payment& payment = out.paid->emplace_back();
  d.decode_struct(d.follow(value), payment);
  out.paid.key = key.at;
  out.paid.at = payment.at;
}

void payments_schema(SchemaWriter& w, std::string_view description) {
  w.json.begin_object().field("description", description).key("oneOf").begin_array();
  w.ref<Payment>({});
  w.json.begin_object().field("type", "array").key("items");
  w.ref<Payment>({});
  w.json.end_object().end_array().end_object();
}

FieldSpec<Project> payments_field() {
  auto f = field<&Project::paid>(
      "paid", kOptional,
      "What was paid: one payment {amount, date} or a list of them. A grant paid in full has "
      "status paid or completed.");
  f.decode = &decode_payments;
  f.schema = &payments_schema;
  return f;
}

}  // namespace

template <>
const StructSpec<Project>& spec_of<Project>() {
  static const StructSpec<Project> spec{
      "project", "element.project", "A grant (tilsagn) made by the council.",
      {
          field<&Project::id>("id", kRequired, "The project id; unique across the frame's lists."),
          field<&Project::title>("title", kRequired, "The project's title."),
          field<&Project::applicant>("applicant", kRequired, "Who applied."),
          field<&Project::responsible>("responsible", kOptional, "Who carries it out."),
          field<&Project::measure>("measure", kRequired,
                                   "The measure of the year's plan it draws on, or `reserve`."),
          field<&Project::amount>("amount", kRequired, "The amount granted, in kroner."),
          field<&Project::decision>("decision", kRequired, "The council's decision."),
          field<&Project::status>(
              "status", kRequired,
              "granted, paid (in full), completed (settled) or withdrawn."),
          field<&Project::goal_contribution>(
              "goal-contribution", kOptional,
              "How a grant from the reserve serves the overall goal."),
          field<&Project::justification>(
              "justification", kOptional,
              "How a grant on a business-development measure, carried out by someone other than "
              "the council's business unit, supports the business plan."),
          field<&Project::description>("description", kOptional, "Details."),
          payments_field(),
          field<&Project::withdrawn>(
              "withdrawn", kOptional,
              "The date a withdrawn grant was withdrawn; after its year was closed, the money "
              "returns in the year of this date."),
          field<&Project::installments>(
              "installments", kOptional,
              "A multi-year grant: what later years' plans pay, per year; `amount` is this "
              "year's part."),
      }};
  return spec;
}

template <>
const StructSpec<ProjectList>& spec_of<ProjectList>() {
  static const StructSpec<ProjectList> spec{
      "project-list", "element.project-list", "The grants made in one budget year.",
      with_marker<ProjectList, FileKind::project_list>({
          field<&ProjectList::frame>("frame", kRequired, "The id of the frame it belongs to."),
          field<&ProjectList::year>("year", kRequired, "The budget year."),
          field<&ProjectList::status>("status", kRequired,
                                      "open, or closed once the year's accounts are final."),
          field<&ProjectList::projects>("projects", kRequired, "The grants."),
      })};
  return spec;
}

}  // namespace plancheck::model
