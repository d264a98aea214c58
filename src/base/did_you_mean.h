#pragma once
// "Did you mean": the closest valid name to a misspelt one.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plancheck {

/// Edit distance over bytes (a swap of two neighbours is one edit), capped:
/// returns `cap + 1` as soon as the distance is known to exceed `cap`. Takes
/// time in proportion to the shorter name times `cap`, whatever its length.
size_t edit_distance(std::string_view a, std::string_view b, size_t cap);

/// Names to suggest from, indexed for many lookups: by length, so that a
/// lookup compares only names within a few characters of the word's
/// length, and by spelling in lower case. A lookup compares at most
/// kMaxCompared names, so that it takes bounded time however many there
/// are. The names are viewed, not copied: they must outlive the index.
class NameIndex {
 public:
  /// The most names one lookup compares with the word.
  static constexpr size_t kMaxCompared = 256;

  explicit NameIndex(std::span<const std::string_view> names);
  explicit NameIndex(const std::vector<std::string>& names);

  /// The name closest to `word` when it is close enough to be a likely typo
  /// (at most a third of the longer name, and at most 3 edits), or a name
  /// that `word` is a case-insensitive match of. Ties go to the first name.
  std::optional<std::string> closest(std::string_view word) const;

 private:
  void add(std::string_view name);

  std::vector<std::string_view> names_;
  std::map<size_t, std::vector<size_t>> by_length_;  // length -> indexes of the names, ascending
  /// Lower-cased spelling -> the first index of each distinct spelling.
  std::unordered_map<std::string, std::vector<size_t>> by_folded_;
};

/// NameIndex(candidates).closest(word), for one lookup.
std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string_view> candidates);
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace plancheck
