// The JSON diff: every figure that changed, with its value on each side, and
// the findings introduced and resolved; described by schemas/diff.schema.json.
// Money is integer kroner; a share is an exact fraction (reduced) with its
// percentage rounded to one decimal, as in the JSON summary.

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "base/json_writer.h"
#include "diff/diff.h"
#include "summary/words.h"

namespace plancheck::diff {

namespace {

using figures::AmountChange;
using figures::PriorityDiff;

std::string_view kind_name(figures::MeasureChangeKind kind) {
  switch (kind) {
    case figures::MeasureChangeKind::added: return "added";
    case figures::MeasureChangeKind::removed: return "removed";
    case figures::MeasureChangeKind::changed: return "changed";
  }
  return "changed";
}

std::string_view verdict_name(figures::Verdict v) {
  switch (v) {
    case figures::Verdict::below: return "below";
    case figures::Verdict::inside: return "inside";
    case figures::Verdict::above: return "above";
    case figures::Verdict::undecided: return "undecided";
  }
  return "undecided";
}

/// "changed", or "added"/"removed" when one side lacks the thing.
std::string_view presence(const void* before, const void* after) {
  if (!before) return "added";
  return after ? "changed" : "removed";
}

class JsonDiff {
 public:
  explicit JsonDiff(const i18n::Language& lang) : lang_(lang) {}

  std::string render(const PlanDiff& d) {
    w_.begin_object().field("plancheck-diff", 1).field("language", lang_.code);
    side("before", d.before_label, d.before_files, d.before_counts);
    side("after", d.after_label, d.after_files, d.after_counts);
    w_.key("frames").begin_array();
    for (const figures::FrameDiff& f : d.frames) frame(f);
    w_.end_array();
    w_.key("findings").begin_object();
    findings("introduced", d.introduced, d.introduced_counts);
    findings("resolved", d.resolved, d.resolved_counts);
    w_.end_object();
    w_.field("fails", d.fails()).end_object();
    return w_.take() + "\n";
  }

 private:
  void optional_money(std::string_view name, const std::optional<Money>& m) {
    w_.key(name);
    if (m) {
      w_.value(m->kroner);
    } else {
      w_.null();
    }
  }

  void amount(std::string_view name, const AmountChange& a) {
    w_.key(name).begin_object();
    optional_money("before", a.before);
    optional_money("after", a.after);
    optional_money("difference", a.difference());
    w_.end_object();
  }

  void share(std::string_view name, const std::optional<Ratio>& r) {
    w_.key(name);
    if (!r) {
      w_.null();
      return;
    }
    const int64_t d = std::gcd(r->num, r->den);
    const int64_t tenths = r->permille_rounded();
    w_.begin_object().field("num", r->num / d).field("den", r->den / d);
    w_.key("percent").raw_number(fmt::format("{}.{}", tenths / 10, tenths % 10));
    w_.end_object();
  }

  void verdict(std::string_view name, const std::optional<figures::Verdict>& v) {
    w_.key(name);
    if (v) {
      w_.value(verdict_name(*v));
    } else {
      w_.null();
    }
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

  void counts(const report::Counts& c) {
    w_.key("counts").begin_object();
    w_.field("errors", c.errors).field("warnings", c.warnings).field("notes", c.notes);
    w_.field("accepted", c.accepted).end_object();
  }

  void side(std::string_view name, const std::string& label, size_t files, const report::Counts& c) {
    w_.key(name).begin_object().field("label", label).field("files", files);
    counts(c);
    w_.end_object();
  }

  void priority(const PriorityDiff& p, bool period) {
    w_.begin_object().field("id", p.priority->id->name).field("title", p.priority->title.value);
    amount("amount", p.amount);
    w_.key("share").begin_object();
    share("before", p.share.before);
    share("after", p.share.after);
    w_.end_object();
    w_.key("placement").begin_object();
    verdict("before", p.share.before_verdict);
    verdict("after", p.share.after_verdict);
    w_.end_object();
    band(p.band);
    if (period) {
      amount("need-at-least", p.need_at_least);
      amount("may-at-most", p.may_at_most);
    }
    w_.end_object();
  }

  void measure(const figures::MeasureDiff& m) {
    w_.begin_object()
        .field("id", m.measure().id->name)
        .field("title", m.measure().title.value)
        .field("change", kind_name(m.kind));
    w_.key("priority").begin_object();
    w_.key("before");
    m.before ? w_.value(m.priority_before) : w_.null();
    w_.key("after");
    m.after ? w_.value(m.priority_after) : w_.null();
    w_.end_object();
    amount("amount", m.amount);
    w_.end_object();
  }

  void year(const figures::YearDiff& y) {
    w_.begin_object().field("year", y.year).field("status", presence(y.before, y.after));
    w_.key("measures").begin_array();
    for (const figures::MeasureDiff& m : y.measures) measure(m);
    w_.end_array().key("priorities").begin_array();
    for (const PriorityDiff& p : y.priorities) priority(p, false);
    w_.end_array();
    amount("income", y.income);
    amount("measure-funds", y.measure_funds);
    amount("reserve", y.reserve);
    amount("unallocated", y.unallocated);
    w_.end_object();
  }

  void period(const figures::PeriodDiff& p) {
    w_.key("period").begin_object().field("changed", p.changed());
    amount("planned-funds", p.planned_funds);
    amount("remaining-funds", p.remaining_funds);
    w_.key("priorities").begin_array();
    for (const PriorityDiff& pp : p.priorities) priority(pp, true);
    w_.end_array().end_object();
  }

  void frame(const figures::FrameDiff& f) {
    w_.begin_object()
        .field("id", f.id)
        .field("title", f.frame().title.value)
        .field("status", presence(f.before, f.after));
    w_.key("years").begin_array();
    for (const figures::YearDiff& y : f.years) year(y);
    w_.end_array();
    period(f.period);
    w_.end_object();
  }

  void finding(const diag::Finding& f) {
    w_.begin_object().field("rule", f.rule).field("severity", diag::severity_name(f.severity));
    w_.field("accepted", f.accepted.has_value());
    w_.field("message", summary::finding_message(lang_, f));
    w_.key("file");
    f.where.file ? w_.value(f.where.file->path()) : w_.null();
    w_.key("line");
    f.where.has_position() ? w_.value(static_cast<int64_t>(f.where.span.line)) : w_.null();
    w_.key("column");
    f.where.has_position() ? w_.value(static_cast<int64_t>(f.where.span.column)) : w_.null();
    w_.end_object();
  }

  void findings(std::string_view name, const std::vector<const diag::Finding*>& list,
                const report::Counts& c) {
    w_.key(name).begin_object();
    counts(c);
    w_.key("list").begin_array();
    for (const diag::Finding* f : list) finding(*f);
    w_.end_array().end_object();
  }

  const i18n::Language& lang_;
  JsonWriter w_;
};

}  // namespace

std::string render_json(const PlanDiff& diff, const i18n::Language& lang) {
  return JsonDiff(lang).render(diff);
}

}  // namespace plancheck::diff
