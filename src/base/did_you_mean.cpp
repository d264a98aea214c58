#include "base/did_you_mean.h"

#include <algorithm>
#include <cctype>

namespace plancheck {

size_t edit_distance(std::string_view a, std::string_view b, size_t cap) {
  const size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  const size_t over = cap + 1;
  if (diff > cap) return over;
  // Optimal string alignment: insertions, deletions, substitutions and
  // swaps of two neighbouring characters each cost one edit. Only the band
  // |i - j| <= cap is computed: a cell outside it costs more than `cap`,
  // and the cells next to the band are set to `over` where they are read.
  std::vector<size_t> before(b.size() + 1, over);  // row i - 2
  std::vector<size_t> above(b.size() + 1, over);   // row i - 1
  std::vector<size_t> row(b.size() + 1, over);
  for (size_t j = 0; j <= std::min(b.size(), cap); ++j) above[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    const size_t lo = i > cap ? i - cap : 0;
    const size_t hi = std::min(b.size(), i + cap);
    if (lo > 0) row[lo - 1] = over;
    if (hi < b.size()) row[hi + 1] = over;
    size_t row_min = over;
    for (size_t j = lo; j <= hi; ++j) {
      size_t cell = i;  // j == 0: delete the first i characters
      if (j > 0) {
        const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
        cell = std::min({row[j - 1] + 1, above[j] + 1, above[j - 1] + cost});
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          cell = std::min(cell, before[j - 2] + 1);
        }
      }
      row[j] = std::min(cell, over);
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > cap) return over;
    std::swap(before, above);
    std::swap(above, row);
  }
  return above[b.size()];
}

namespace {

std::string folded(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// How many edits make a likely typo of a name `longer` characters long.
size_t typo_cap(size_t longer) { return std::min<size_t>(3, std::max<size_t>(1, longer / 3)); }

}  // namespace

NameIndex::NameIndex(std::span<const std::string_view> names) {
  for (std::string_view name : names) add(name);
}

NameIndex::NameIndex(const std::vector<std::string>& names) {
  for (const std::string& name : names) add(name);
}

void NameIndex::add(std::string_view name) {
  const size_t index = names_.size();
  names_.push_back(name);
  by_length_[name.size()].push_back(index);
  std::vector<size_t>& spellings = by_folded_[folded(name)];
  const bool known = std::any_of(spellings.begin(), spellings.end(),
                                 [&](size_t i) { return names_[i] == name; });
  if (!known) spellings.push_back(index);
}

std::optional<std::string> NameIndex::closest(std::string_view word) const {
  if (const auto it = by_folded_.find(folded(word)); it != by_folded_.end()) {
    for (const size_t i : it->second) {
      if (names_[i] != word) return std::string(names_[i]);
    }
  }
  // The names whose length leaves room for a likely typo, in their order.
  std::vector<const std::vector<size_t>*> lists;
  for (auto it = by_length_.lower_bound(word.size() > 3 ? word.size() - 3 : 0);
       it != by_length_.end() && it->first <= word.size() + 3; ++it) {
    const size_t length = it->first;
    const size_t diff = length > word.size() ? length - word.size() : word.size() - length;
    if (diff <= typo_cap(std::max(length, word.size()))) lists.push_back(&it->second);
  }
  std::vector<size_t> next(lists.size(), 0);
  std::optional<size_t> best;
  size_t best_distance = 0;
  for (size_t compared = 0; compared < kMaxCompared; ++compared) {
    // The lowest index not yet compared, among the lists.
    size_t from = lists.size();
    for (size_t l = 0; l < lists.size(); ++l) {
      if (next[l] < lists[l]->size() &&
          (from == lists.size() || (*lists[l])[next[l]] < (*lists[from])[next[from]])) {
        from = l;
      }
    }
    if (from == lists.size()) break;
    const std::string_view name = names_[(*lists[from])[next[from]++]];
    if (name == word) continue;
    const size_t cap = typo_cap(std::max(word.size(), name.size()));
    const size_t d = edit_distance(word, name, cap);
    if (d > cap || (best && d >= best_distance)) continue;
    best = (*lists[from])[next[from] - 1];
    best_distance = d;
    if (d == 1) break;  // nothing closer but the word itself
  }
  if (!best) return std::nullopt;
  return std::string(names_[*best]);
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string_view> candidates) {
  return NameIndex(candidates).closest(word);
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  return NameIndex(candidates).closest(word);
}

}  // namespace plancheck
