#include "figures/grants.h"

#include <algorithm>

namespace plancheck::figures {

namespace {

/// Adds `m` to `sum`, remembering an overflow.
void add_to(Money& sum, Money m, bool& overflow) {
  if (const auto r = checked_add(sum, m)) {
    sum = *r;
  } else {
    overflow = true;
  }
}

void compute_payments(const model::Project& p, GrantFigures& g) {
  g.paid_recorded = p.paid.key != source::kNoOffset;
  std::vector<const model::Payment*> by_date;
  for (const model::Payment& pay : *p.paid) {
    g.paid_incomplete = g.paid_incomplete || !pay.amount.present();
    by_date.push_back(&pay);
  }
  std::stable_sort(by_date.begin(), by_date.end(), [](const model::Payment* a, const model::Payment* b) {
    return a->date.present() && (!b->date.present() || *a->date < *b->date);
  });
  for (const model::Payment* pay : by_date) {
    if (!pay->amount.present()) continue;
    add_to(g.paid, *pay->amount, g.overflow);
    ++g.payments;
    if (!g.first_over && g.paid > g.total) g.first_over = pay;
  }
}

GrantFigures grant_of(const model::Project& p, const model::ProjectList& list, int year) {
  GrantFigures g;
  g.grant = &p;
  g.list = &list;
  g.year = year;
  g.total_incomplete = !p.amount.present();
  g.amount = p.amount.present() ? *p.amount : Money{};
  for (const model::Installment& in : *p.installments) {
    g.total_incomplete = g.total_incomplete || !in.amount.present();
    if (in.amount.present()) add_to(g.installments, *in.amount, g.overflow);
  }
  g.total = g.amount;
  add_to(g.total, g.installments, g.overflow);
  compute_payments(p, g);
  g.returned_in = returned_in(p, year);
  return g;
}

}  // namespace

std::optional<int> returned_in(const model::Project& p, int year) {
  if (!p.status.present() || *p.status != model::GrantStatus::withdrawn) return std::nullopt;
  if (p.withdrawn.present() && p.withdrawn->year > year) return p.withdrawn->year;
  return year;
}

std::vector<GrantFigures> compute_grants(const link::FrameGroup& group) {
  std::vector<GrantFigures> out;
  size_t count = 0;  // reserved exactly: there is one per grant of the whole frame
  for (const link::YearGroup& y : group.years) {
    for (const model::ProjectList* list : y.lists) count += list->projects->size();
  }
  out.reserve(count);
  for (const link::YearGroup& y : group.years) {
    for (const model::ProjectList* list : y.lists) {
      for (const model::Project& p : *list->projects) out.push_back(grant_of(p, *list, y.year));
    }
  }
  return out;
}

}  // namespace plancheck::figures
