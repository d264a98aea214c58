#pragma once
// The table of every rule plancheck has, sorted by id.

#include <span>
#include <string_view>

#include "rules/rule.h"

namespace plancheck::rules {

std::span<const Rule* const> all_rules();
/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

}  // namespace plancheck::rules
