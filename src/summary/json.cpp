// The JSON summary: every figure of the summary model, described by
// schemas/summary.schema.json. Money is integer kroner; a share is an exact
// fraction (reduced) with its percentage rounded to one decimal as the other
// formats show it.

#include <fmt/format.h>

#include <numeric>

#include "base/json_writer.h"
#include "summary/render.h"
#include "summary/words.h"

namespace plancheck::summary {

namespace {

std::string_view placement_name(Placement p) {
  switch (p) {
    case Placement::below:
      return "below";
    case Placement::inside:
      return "inside";
    case Placement::above:
      return "above";
    case Placement::undecided:
      return "undecided";
  }
  return "inside";
}

std::string_view state_name(CommitmentState s) {
  switch (s) {
    case CommitmentState::covered:
      return "covered";
    case CommitmentState::short_funded:
      return "short";
    case CommitmentState::missing:
      return "missing";
    case CommitmentState::continued:
      return "continued";
    case CommitmentState::unapproved:
      return "unapproved";
    case CommitmentState::ended:
      return "ended";
    case CommitmentState::not_started:
      return "not-started";
  }
  return "missing";
}

std::string_view list_name(ListState s) {
  switch (s) {
    case ListState::none:
      return "none";
    case ListState::open:
      return "open";
    case ListState::closed:
      return "closed";
  }
  return "none";
}

class JsonSummary {
 public:
  explicit JsonSummary(const i18n::Language& lang) : lang_(lang) {}

  std::string render(const Summary& s) {
    w_.begin_object();
    w_.field("plancheck-summary", 1).field("language", lang_.code);
    w_.key("status").begin_object();
    counts(s.counts);
    w_.field("files", s.files);
    w_.field("text", report::summary_line(lang_, s.counts, s.files));
    w_.end_object();
    w_.key("frames").begin_array();
    for (const FrameSection& f : s.frames)
      frame(f);
    w_.end_array();
    w_.key("unassigned");
    compliance(s.unassigned);
    w_.end_object();
    return w_.take();
  }

 private:
  void money(std::string_view name, Money m) { w_.field(name, m.kroner); }

  void optional_money(std::string_view name, const std::optional<Money>& m) {
    w_.key(name);
    if (m) {
      w_.value(m->kroner);
    } else {
      w_.null();
    }
  }

  void optional_int(std::string_view name, const std::optional<int>& v) {
    w_.key(name);
    if (v) {
      w_.value(*v);
    } else {
      w_.null();
    }
  }

  void share(std::string_view name, const std::optional<Ratio>& r) {
    w_.key(name);
    if (!r) {
      w_.null();
      return;
    }
    const int64_t d = std::gcd(r->num, r->den);
    const int64_t tenths = r->permille_rounded();
    w_.begin_object()
        .field("num", d == 0 ? r->num : r->num / d)
        .field("den", d == 0 ? r->den : r->den / d);
    w_.key("percent").raw_number(fmt::format("{}{}.{}", tenths < 0 ? "-" : "",
                                             std::abs(tenths) / 10, std::abs(tenths) % 10));
    w_.end_object();
  }

  void band(const std::optional<figures::Band>& b) {
    w_.key("band");
    if (!b) {
      w_.null();
      return;
    }
    w_.begin_object();
    share("target", b->target);
    share("low", b->low);
    share("high", b->high);
    w_.end_object();
  }

  void share_range(const std::optional<figures::ShareRange>& r) {
    w_.key("share-range");
    if (!r) {
      w_.null();
      return;
    }
    w_.begin_object();
    share("low", r->low);
    share("high", r->high);
    w_.end_object();
  }

  void held_back(const std::vector<HeldBackLine>& lines) {
    w_.key("held-back").begin_array();
    for (const HeldBackLine& h : lines) {
      w_.begin_object().field("rule", h.rule).key("priority");
      if (h.priority.empty()) {
        w_.null();
      } else {
        w_.value(h.priority);
      }
      w_.key("causes").begin_array();
      for (const diag::Message& m : h.causes) w_.value(i18n::render(lang_, m));
      w_.end_array().end_object();
    }
    w_.end_array();
  }

  void placement(const std::optional<Placement>& p) {
    w_.key("placement");
    if (p) {
      w_.value(placement_name(*p));
    } else {
      w_.null();
    }
  }

  void decision(std::string_view name, const std::optional<DecisionRef>& d) {
    w_.key(name);
    if (!d) {
      w_.null();
      return;
    }
    w_.begin_object().field("case", d->case_ref).field("date", d->date.iso()).end_object();
  }

  void acceptance(const std::optional<diag::Acceptance>& a) {
    w_.key("accepted");
    if (!a) {
      w_.null();
      return;
    }
    w_.begin_object()
        .field("case", a->decision_case)
        .field("date", a->decision_date.iso())
        .field("reason", a->reason)
        .end_object();
  }

  void counts(const report::Counts& c) {
    w_.field("errors", c.errors).field("warnings", c.warnings).field("notes", c.notes);
    w_.field("accepted", c.accepted);
  }

  void finding(const diag::Finding& f) {
    w_.begin_object().field("rule", f.rule).field("severity", diag::severity_name(f.severity));
    w_.field("message", finding_message(lang_, f));
    w_.key("file");
    if (f.where.file) {
      w_.value(f.where.file->path());
    } else {
      w_.null();
    }
    optional_int("line",
                 f.where.has_position() ? std::optional<int>(f.where.span.line) : std::nullopt);
    optional_int("column",
                 f.where.has_position() ? std::optional<int>(f.where.span.column) : std::nullopt);
    acceptance(f.accepted);
    w_.end_object();
  }

  void compliance(const Compliance& c) {
    w_.begin_object();
    counts(c.counts);
    w_.key("findings").begin_array();
    for (const FindingLine& f : c.findings)
      finding(*f.finding);
    w_.end_array().end_object();
  }

  void years(std::string_view name, const std::vector<int>& list) {
    w_.key(name).begin_array();
    for (const int y : list)
      w_.value(y);
    w_.end_array();
  }

  void frame(const FrameSection& f) {
    w_.begin_object().field("id", f.id).field("title", f.title).field("file", f.file);
    w_.key("council").begin_object().field("name", f.council).field("short-name", f.council_short);
    w_.end_object();
    decision("adopted", f.adopted);
    w_.field("reserve-title", f.reserve_title);
    w_.key("reserve-counts-toward");
    if (f.reserve_counts_toward.empty()) {
      w_.null();
    } else {
      w_.value(f.reserve_counts_toward);
    }
    w_.field("reserve-in-split", f.reserve_in_split);
    optional_int("absent-year", f.absent_year);
    w_.key("years").begin_array();
    for (const YearSection& y : f.years)
      year(y);
    w_.end_array();
    period(f.period);
    w_.key("compliance");
    compliance(f.compliance);
    w_.key("other-years");
    compliance(f.other_years);
    years("other-year-list", f.other_year_list);
    w_.end_object();
  }

  void year(const YearSection& y) {
    w_.begin_object().field("year", y.year).field("readable", y.readable);
    w_.key("compliance");
    compliance(y.compliance);
    if (y.readable) {
      w_.field("title", y.title);
      decision("adopted", y.adopted);
      w_.field("overflow", y.overflow);
      w_.field("incomplete", y.incomplete);
      w_.field("grants-incomplete", y.grants_incomplete);
      income(y.income);
      allocation(y.allocation);
      w_.key("priorities").begin_array();
      for (const PriorityLine& p : y.priorities)
        priority(p);
      w_.end_array();
      optional_money("adopted-allocated", y.adopted_allocated);
      revisions(y.revisions);
      actual(y.actual, y.actual_total);
      reserve(y.reserve);
      grants(y.grants);
      w_.key("commitments").begin_array();
      for (const CommitmentLine& c : y.commitments)
        commitment(c);
      w_.end_array();
      held_back(y.held_back);
    }
    w_.end_object();
  }

  void income(const Income& in) {
    w_.key("income").begin_object().key("partners").begin_array();
    for (const PartnerLine& p : in.partners) {
      w_.begin_object().field("id", p.id).field("name", p.name);
      optional_money("amount", p.amount);
      w_.end_object();
    }
    w_.end_array();
    money("partners-total", in.partners_total);
    money("carried-over", in.carried_over);
    money("total", in.total);
    w_.end_object();
  }

  void allocation(const Allocation& a) {
    w_.key("allocation").begin_object();
    money("administration", a.administration);
    money("adopted-administration", a.adopted_administration);
    money("adopted-measures", a.adopted_measures);
    money("adopted-reserve", a.adopted_reserve);
    optional_money("administration-max", a.administration_max);
    money("measures", a.measures);
    money("reserve", a.reserve);
    money("allocated", a.allocated);
    money("unallocated", a.unallocated);
    money("measure-funds", a.measure_funds);
    money("budgeted", a.budgeted);
    money("unassigned", a.unassigned);
    w_.end_object();
  }

  void priority(const PriorityLine& p) {
    w_.begin_object().field("id", p.id).field("title", p.title);
    money("amount", p.amount);
    money("adopted", p.adopted);
    share("share", p.share);
    share_range(p.range);
    band(p.band);
    placement(p.placement);
    acceptance(p.accepted);
    w_.end_object();
  }

  void reserve(const std::optional<ReserveLine>& r) {
    w_.key("reserve");
    if (!r) {
      w_.null();
      return;
    }
    w_.begin_object();
    money("amount", r->amount);
    optional_money("min", r->min);
    optional_money("max", r->max);
    money("drawn", r->drawn);
    w_.field("grants", r->grants);
    money("left", r->left);
    w_.end_object();
  }

  void grants(const Grants& g) {
    w_.key("grants").begin_object().field("lists", list_name(g.lists));
    w_.key("measures").begin_array();
    for (const MeasureLine& m : g.measures) {
      w_.begin_object().field("id", m.id).field("title", m.title).field("priority", m.priority);
      optional_money("adopted", m.adopted);
      optional_money("amount", m.amount);
      w_.field("revised-by", m.revised_by).field("added", m.added);
      w_.field("grants", m.grants);
      money("granted", m.granted);
      optional_money("left", m.left);
      w_.end_object();
    }
    w_.end_array();
    money("granted", g.granted);
    w_.field("count", g.count);
    money("withdrawn", g.withdrawn);
    w_.field("withdrawn-count", g.withdrawn_count);
    money("withdrawn-later", g.withdrawn_later);
    w_.field("withdrawn-later-count", g.withdrawn_later_count);
    money("returned", g.returned);
    w_.field("returned-count", g.returned_count);
    money("left-over", g.left_over);
    money("paid", g.paid);
    w_.field("paid-grants", g.paid_grants);
    w_.key("by-status").begin_object();
    for (const auto status : {model::GrantStatus::granted, model::GrantStatus::paid,
                              model::GrantStatus::completed, model::GrantStatus::withdrawn}) {
      w_.field(model::enum_name(status), g.by_status[static_cast<size_t>(status)]);
    }
    w_.end_object();
    w_.key("unused").begin_array();
    for (const std::string& id : g.unused)
      w_.value(id);
    w_.end_array();
    w_.key("projects").begin_array();
    for (const GrantLine& line : g.list)
      grant(line);
    w_.end_array();
    w_.end_object();
  }

  void grant(const GrantLine& g) {
    w_.begin_object().field("id", g.id).field("title", g.title).field("applicant", g.applicant);
    w_.field("measure", g.measure);
    w_.key("priority");
    if (g.priority.empty()) {
      w_.null();
    } else {
      w_.value(g.priority);
    }
    optional_money("amount", g.amount);
    decision("decision", g.decision);
    w_.key("status");
    if (g.status) {
      w_.value(model::enum_name(*g.status));
    } else {
      w_.null();
    }
    optional_money("paid", g.paid);
    w_.key("installments").begin_array();
    for (const InstallmentLine& in : g.installments) {
      w_.begin_object().field("year", in.year);
      optional_money("amount", in.amount);
      w_.field("measure", in.measure).end_object();
    }
    w_.end_array();
    optional_money("total", g.total);
    w_.key("withdrawn");
    if (g.withdrawn) {
      w_.value(g.withdrawn->iso());
    } else {
      w_.null();
    }
    optional_int("returned-in", g.returned_in);
    w_.end_object();
  }

  void commitment(const CommitmentLine& c) {
    w_.begin_object().field("id", c.id).field("title", c.title);
    optional_int("from", c.from);
    optional_int("to", c.to);
    optional_money("required", c.required);
    money("funded", c.funded);
    w_.field("state", state_name(c.state));
    w_.key("measures").begin_array();
    for (const FundingMeasure& m : c.measures) {
      w_.begin_object().field("id", m.id).field("title", m.title);
      optional_money("amount", m.amount);
      decision("decision", m.decision);
      w_.end_object();
    }
    w_.end_array().end_object();
  }

  void period(const PeriodSection& p) {
    w_.key("period").begin_object();
    optional_int("from", p.from);
    optional_int("to", p.to);
    w_.field("label", p.label);
    years("planned-years", p.planned_years);
    years("unplanned-years", p.unplanned_years);
    money("planned-funds", p.planned_funds);
    money("remaining-funds", p.remaining_funds);
    money("expected-per-year", p.expected_per_year);
    w_.field("overflow", p.overflow);
    w_.field("incomplete", p.incomplete);
    w_.field("room-open", p.room_open);
    w_.key("priorities").begin_array();
    for (const PeriodPriority& pp : p.priorities) {
      w_.begin_object().field("id", pp.id).field("title", pp.title);
      money("planned", pp.planned);
      share("share", pp.share);
      share_range(pp.range);
      band(pp.band);
      placement(pp.placement);
      optional_money("need-at-least", pp.need_at_least);
      optional_money("may-at-most", pp.may_at_most);
      w_.field("reachable", pp.reachable);
      acceptance(pp.accepted);
      w_.end_object();
    }
    w_.end_array();
    actual(p.actual, p.actual_total);
    w_.field("actual-final", p.actual_final);
    held_back(p.held_back);
    w_.end_object();
  }

  void revisions(const std::vector<RevisionLine>& list) {
    w_.key("revisions").begin_array();
    for (const RevisionLine& r : list) {
      w_.begin_object();
      decision("decision", r.decision);
      w_.field("reason", r.reason);
      w_.key("changes").begin_array();
      for (const ChangeLine& c : r.changes) {
        w_.begin_object().field("kind", change_name(c.kind)).field("target", c.target);
        w_.field("to", c.to);
        optional_money("amount", c.amount);
        optional_money("before", c.before);
        optional_money("after", c.after);
        w_.field("skipped", c.skipped).end_object();
      }
      w_.end_array();
      optional_money("allocated", r.allocated);
      w_.end_object();
    }
    w_.end_array();
  }

  void actual(const std::vector<ActualLine>& list, Money total) {
    w_.key("actual").begin_object();
    money("granted", total);
    w_.key("priorities").begin_array();
    for (const ActualLine& a : list) {
      w_.begin_object().field("id", a.id).field("title", a.title);
      money("granted", a.granted);
      share("share", a.share);
      share_range(a.range);
      band(a.band);
      placement(a.placement);
      acceptance(a.accepted);
      w_.end_object();
    }
    w_.end_array().end_object();
  }

  static std::string_view change_name(model::ChangeKind kind) {
    switch (kind) {
      case model::ChangeKind::amount: return "amount";
      case model::ChangeKind::added: return "added";
      case model::ChangeKind::moved: return "moved";
      case model::ChangeKind::reserve: return "reserve";
      case model::ChangeKind::administration: return "administration";
      case model::ChangeKind::invalid: break;
    }
    return "invalid";
  }

  const i18n::Language& lang_;
  JsonWriter w_;
};

}  // namespace

std::string render_json(const Summary& summary, const i18n::Language& lang) {
  return JsonSummary(lang).render(summary);
}

}  // namespace plancheck::summary
