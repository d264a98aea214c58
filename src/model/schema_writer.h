#pragma once
// JSON Schema (draft-07) for plan files, generated from the field tables.

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/json_writer.h"
#include "model/decoder.h"

namespace plancheck::model {

/// The description a schema shows for the catalogue key `key`, whose
/// English text is `english` (the field tables hold the English; other
/// languages' catalogues hold "json-schema.<definition>" for an element type and
/// "json-schema.<definition>.<key>" for a field). The views must outlive the writer.
using Describe = std::function<std::string_view(std::string_view key, std::string_view english)>;

/// The catalogue key of an element type's description, or of one of its fields'.
std::string schema_description_key(std::string_view definition, std::string_view field = {});

/// Writes schemas; element types become `definitions` entries, written
/// after the root in name order.
class SchemaWriter {
 public:
  JsonWriter json;
  Describe describe = [](std::string_view, std::string_view english) { return english; };

  /// Writes `{"$ref": ...}` to the element type's definition, queueing it.
  template <class S>
  void ref(std::string_view description) {
    const StructSpec<S>& spec = spec_of<S>();
    json.begin_object();
    if (!description.empty()) json.field("description", description);
    json.field("$ref", "#/definitions/" + std::string(spec.name)).end_object();
    if (!defined_.count(spec.name)) {
      defined_.insert(spec.name);
      pending_.emplace(spec.name, [](SchemaWriter& w) { w.object_body(spec_of<S>()); });
    }
  }

  /// An element type's schema object.
  template <class S>
  void object_body(const StructSpec<S>& spec) {
    json.begin_object();
    object_members(spec);
    json.end_object();
  }

  /// The members of an element type's schema object: description, type,
  /// properties, required keys, and no other keys.
  template <class S>
  void object_members(const StructSpec<S>& spec) {
    json.field("description", describe(schema_description_key(spec.name), spec.description));
    json.field("type", "object");
    json.key("properties").begin_object();
    for (const auto& f : spec.fields) {
      json.key(f.key);
      f.schema(*this, describe(schema_description_key(spec.name, f.key), f.description));
    }
    json.end_object();
    json.key("required").begin_array();
    for (const auto& f : spec.fields) {
      if (f.required) json.value(f.key);
    }
    json.end_array();
    json.field("additionalProperties", false);
  }

  /// Writes every queued definition (which may queue more).
  void definitions();

 private:
  std::set<std::string_view> defined_;
  std::map<std::string_view, std::function<void(SchemaWriter&)>> pending_;
};

// The schema of one value type.
void scalar_schema(SchemaWriter& w, std::string_view type_key, std::string_view description);

template <class X>
void schema_value(SchemaWriter& w, std::string_view description);

/// The schema of a field of type V (always a Located<X>).
template <class V>
void schema_of(SchemaWriter& w, std::string_view description) {
  schema_value<decltype(V::value)>(w, description);
}

template <class X>
constexpr std::string_view scalar_type_key() {
  if constexpr (std::is_same_v<X, std::string> || std::is_same_v<X, Note>) return "text";
  if constexpr (std::is_same_v<X, Id>) return "id";
  if constexpr (std::is_same_v<X, Money>) return "money";
  if constexpr (std::is_same_v<X, Percent>) return "percent";
  if constexpr (std::is_same_v<X, Year>) return "year";
  if constexpr (std::is_same_v<X, Count>) return "count";
  if constexpr (std::is_same_v<X, Month>) return "month";
  if constexpr (std::is_same_v<X, Date>) return "date";
  if constexpr (std::is_same_v<X, bool>) return "bool";
  return {};
}

template <class X>
void schema_value(SchemaWriter& w, std::string_view description) {
  if constexpr (!scalar_type_key<X>().empty()) {
    scalar_schema(w, scalar_type_key<X>(), description);
  } else if constexpr (std::is_enum_v<X>) {
    w.json.begin_object();
    if (!description.empty()) w.json.field("description", description);
    w.json.field("type", "string").key("enum").begin_array();
    for (std::string_view name : EnumNames<X>::kNames) w.json.value(name);
    w.json.end_array().end_object();
  } else if constexpr (std::derived_from<X, Element>) {
    w.ref<X>(description);
  } else if constexpr (Keyed<typename X::value_type>) {
    w.json.begin_object();
    if (!description.empty()) w.json.field("description", description);
    w.json.field("type", "object").key("additionalProperties");
    w.ref<typename X::value_type>({});
    w.json.end_object();
  } else {
    using Item = typename X::value_type;
    w.json.begin_object();
    if (!description.empty()) w.json.field("description", description);
    w.json.field("type", "array").key("items");
    if constexpr (std::derived_from<Item, Element>) {
      w.ref<Item>({});
    } else {
      schema_of<Item>(w, {});
    }
    w.json.end_object();
  }
}

/// The whole schema of one kind of plan file, its title and descriptions
/// from `describe` (English when it is empty).
std::string schema_json(FileKind kind, const Describe& describe = {});

}  // namespace plancheck::model
