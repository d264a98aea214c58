// operations/funded: the council funds development, not operations.

#include "rules/helpers.h"
#include "rules/rule.h"

namespace plancheck::rules {

namespace {

using diag::Message;

void check(Context& ctx) {
  for (const link::YearGroup& g : ctx.group.years) {
    if (!g.plan) continue;
    for (const model::Measure* measure : model::all_measures(*g.plan)) {
      const model::Measure& m = *measure;
      if (!m.id.present() || !m.type.present() || *m.type != model::MeasureType::operations)
        continue;
      ctx.report(*g.plan->file, m.type.at, Message{"operations.funded", {{"measure", m.id->name}}},
                 measure_scope(g.year, m))
          .help = Message{"help.operations", {}};
    }
  }
}

}  // namespace

extern const Rule kOperationsFunded{
    "operations/funded", diag::Severity::warning, false, {},
    &check};

}  // namespace plancheck::rules
