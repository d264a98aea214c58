#pragma once
// The value types of plan files and the Located<T> wrapper that keeps where
// each value stands in its file.

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "base/date.h"
#include "base/money.h"
#include "base/ratio.h"
#include "source/source_file.h"

namespace plancheck::model {

using source::kNoOffset;
using source::Offset;

/// A value read from a plan file, with the offsets of its key and value.
template <class T>
struct Located {
  T value{};
  Offset key = kNoOffset;  // where the key stands (for a list item: the item)
  Offset at = kNoOffset;   // where the value stands

  bool present() const { return at != kNoOffset; }
  /// The key is there but its value could not be read (a finding says why).
  bool invalid() const { return key != kNoOffset && at == kNoOffset; }
  const T& operator*() const { return value; }
  const T* operator->() const { return &value; }
  T& operator*() { return value; }
  T* operator->() { return &value; }
};

/// Free text most elements leave out (a grant's description or
/// justification), stored on the heap only when written: an absent one
/// costs 8 bytes instead of a std::string's 32, which matters at 150 000
/// grants (docs/performance.md). Reads as a std::string_view.
class Note {
 public:
  Note() = default;
  explicit Note(std::string text)
      : text_(text.empty() ? nullptr : std::make_unique<std::string>(std::move(text))) {}
  Note(const Note& other) : text_(other.text_ ? std::make_unique<std::string>(*other.text_) : nullptr) {}
  Note(Note&&) noexcept = default;
  Note& operator=(const Note& other) {
    if (this != &other) *this = Note(other);
    return *this;
  }
  Note& operator=(Note&&) noexcept = default;
  ~Note() = default;

  std::string_view view() const { return text_ ? std::string_view(*text_) : std::string_view{}; }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)

 private:
  std::unique_ptr<std::string> text_;
};

/// An identifier other elements refer to: `naering`, `2021-03`.
struct Id {
  std::string name;
  friend bool operator==(const Id&, const Id&) = default;
};

struct Year {
  int value = 0;
};

/// A non-negative whole number (format version, staff count).
struct Count {
  int64_t value = 0;
};

/// A percentage as an exact fraction of one: 12.5 is 125/1000.
struct Percent {
  Ratio ratio;
};

/// A calendar month (day 0).
struct Month {
  Date date;
};

/// Base of every structured element (map) of a plan file: where it starts.
struct Element {
  Offset at = kNoOffset;
};

enum class FileKind : uint8_t { frame, yearly_plan, project_list };
enum class MeasureType : uint8_t { development, operations };
enum class ListStatus : uint8_t { open, closed };
enum class GrantStatus : uint8_t { granted, paid, completed, withdrawn };
/// A rule's level as the frame's `rules:` section sets it.
enum class RuleLevel : uint8_t { off, note, warning, error };

/// The spellings of an enum's values, in declaration order.
template <class E>
struct EnumNames;
template <>
struct EnumNames<FileKind> {
  static constexpr std::array<std::string_view, 3> kNames{"frame", "yearly-plan", "project-list"};
};
template <>
struct EnumNames<MeasureType> {
  static constexpr std::array<std::string_view, 2> kNames{"development", "operations"};
};
template <>
struct EnumNames<ListStatus> {
  static constexpr std::array<std::string_view, 2> kNames{"open", "closed"};
};
template <>
struct EnumNames<GrantStatus> {
  static constexpr std::array<std::string_view, 4> kNames{"granted", "paid", "completed",
                                                         "withdrawn"};
};
template <>
struct EnumNames<RuleLevel> {
  static constexpr std::array<std::string_view, 4> kNames{"off", "note", "warning", "error"};
};

template <class E>
std::string_view enum_name(E value) {
  return EnumNames<E>::kNames[static_cast<size_t>(value)];
}

}  // namespace plancheck::model
