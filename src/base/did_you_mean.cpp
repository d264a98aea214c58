#include "base/did_you_mean.h"

#include <algorithm>
#include <cctype>

namespace plancheck {

size_t edit_distance(std::string_view a, std::string_view b, size_t cap) {
  const size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > cap) return cap + 1;
  // Optimal string alignment: insertions, deletions, substitutions and
  // swaps of two neighbouring characters each cost one edit.
  std::vector<size_t> before(b.size() + 1);  // row i - 2
  std::vector<size_t> above(b.size() + 1);   // row i - 1
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) above[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    size_t row_min = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j - 1] + 1, above[j] + 1, above[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(before, above);
    std::swap(above, row);
  }
  return above[b.size()];
}

namespace {

bool iequal(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

template <class Range>
std::optional<std::string> closest(std::string_view word, const Range& candidates) {
  std::optional<std::string> best;
  size_t best_distance = 0;
  for (std::string_view candidate : candidates) {
    if (candidate == word) continue;
    if (iequal(candidate, word)) return std::string(candidate);
    const size_t longer = std::max(word.size(), candidate.size());
    const size_t cap = std::min<size_t>(3, std::max<size_t>(1, longer / 3));
    const size_t d = edit_distance(word, candidate, cap);
    if (d <= cap && (!best || d < best_distance)) {
      best = std::string(candidate);
      best_distance = d;
    }
  }
  return best;
}

}  // namespace

std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string_view> candidates) {
  return closest(word, candidates);
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  return closest(word, candidates);
}

}  // namespace plancheck
