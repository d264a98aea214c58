#pragma once
// The texts `init` and `new-year` write where the council must put its own:
// one list, used by the writers (src/scaffold, src/draft) and by the loader,
// which reports a value that still holds one (placeholder/left), so the two
// cannot drift apart.

#include <optional>
#include <span>
#include <string_view>

namespace plancheck {

/// How a placeholder is recognised in a value.
enum class PlaceholderMatch : bool {
  anywhere,  // the value holds the text somewhere ("FYLL INN: rådets navn")
  whole,     // the value is the text and nothing else ("...")
};

struct Placeholder {
  std::string_view text;
  PlaceholderMatch match;
};

/// The marker `init`'s templates and `new-year`'s new measures put before what to fill in.
inline constexpr std::string_view kFillIn = "FYLL INN";
/// The case number `new-year` leaves in the commented-out adoption of a new yearly plan.
inline constexpr std::string_view kCaseToFill = "...";

/// Every placeholder text the writers use.
std::span<const Placeholder> placeholders();

/// The placeholder `value` still holds, or std::nullopt.
std::optional<std::string_view> placeholder_in(std::string_view value);

}  // namespace plancheck
