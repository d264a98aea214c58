#include "base/placeholder.h"

#include "base/text.h"

namespace plancheck {

namespace {

constexpr Placeholder kPlaceholders[] = {
    {kFillIn, PlaceholderMatch::anywhere},
    {kCaseToFill, PlaceholderMatch::whole},
};

}  // namespace

std::span<const Placeholder> placeholders() { return kPlaceholders; }

std::optional<std::string_view> placeholder_in(std::string_view value) {
  for (const Placeholder& p : kPlaceholders) {
    const bool found = p.match == PlaceholderMatch::whole ? trim(value) == p.text
                                                          : value.find(p.text) != std::string_view::npos;
    if (found) return p.text;
  }
  return std::nullopt;
}

}  // namespace plancheck
