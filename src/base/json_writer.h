#pragma once
// A small streaming JSON writer: always valid output, whatever the input text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// Writes pretty-printed JSON (two-space indent) into a string. Strings are
/// escaped per RFC 8259; invalid UTF-8 becomes U+FFFD.
class JsonWriter {
 public:
  explicit JsonWriter(bool pretty = true) : pretty_(pretty) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(int64_t number);
  JsonWriter& value(int number) { return value(static_cast<int64_t>(number)); }
  JsonWriter& value(size_t number) { return value(static_cast<int64_t>(number)); }
  JsonWriter& value(bool flag);
  JsonWriter& null();
  /// A pre-formatted JSON number such as `12.5`.
  JsonWriter& raw_number(std::string_view number);

  /// Shorthands for `key(name).value(v)`.
  template <class T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  void newline();

  std::string out_;
  std::vector<bool> has_items_;  // one per open container
  bool after_key_ = false;
  bool pretty_;
};

/// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace plancheck
