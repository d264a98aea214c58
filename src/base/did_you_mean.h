#pragma once
// "Did you mean": the closest valid name to a misspelt one.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// Edit distance over bytes (a swap of two neighbours is one edit), capped: returns `cap + 1` as soon as the
/// distance is known to exceed `cap`.
size_t edit_distance(std::string_view a, std::string_view b, size_t cap);

/// The candidate closest to `word` when it is close enough to be a likely
/// typo (at most a third of the longer name, and at most 3 edits), or a
/// candidate that `word` is a case-insensitive match of. Ties go to the
/// first candidate.
std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string_view> candidates);
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace plancheck
