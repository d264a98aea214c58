#pragma once
// A small, stable, non-cryptographic hash (FNV-1a, 64 bit) for fingerprints:
// the same input gives the same value on every platform and in every run.

#include <cstdint>
#include <string>
#include <string_view>

namespace plancheck {

class Fnv1a64 {
 public:
  /// Hashes the bytes of `data` as they are.
  Fnv1a64& add_bytes(std::string_view data);
  /// Hashes one field, prefixed with its length, so that ("ab", "c") and
  /// ("a", "bc") give different values.
  Fnv1a64& add_field(std::string_view field);
  Fnv1a64& add_field(int64_t number);

  uint64_t value() const { return state_; }

 private:
  uint64_t state_ = 0xcbf29ce484222325ULL;  // the FNV-1a 64-bit offset basis
};

/// `value` as 16 lower-case hexadecimal digits.
std::string hex64(uint64_t value);

}  // namespace plancheck
