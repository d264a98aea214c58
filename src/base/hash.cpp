#include "base/hash.h"

#include <fmt/format.h>

namespace plancheck {

Fnv1a64& Fnv1a64::add_bytes(std::string_view data) {
  constexpr uint64_t kPrime = 0x100000001b3ULL;
  for (const char c : data) {
    state_ ^= static_cast<unsigned char>(c);
    state_ *= kPrime;
  }
  return *this;
}

Fnv1a64& Fnv1a64::add_field(std::string_view field) {
  add_bytes(std::to_string(field.size()));
  add_bytes(":");
  return add_bytes(field);
}

Fnv1a64& Fnv1a64::add_field(int64_t number) {
  return add_field(std::to_string(number));
}

std::string hex64(uint64_t value) {
  return fmt::format("{:016x}", value);
}

}  // namespace plancheck
