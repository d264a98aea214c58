#pragma once
// Turning a YAML document tree into plan elements, driven by field tables
// (StructSpec): one table per element type gives the keys, whether each is
// required, its description, how to decode it and its JSON Schema. The
// loader and `plancheck schema` both use the tables, so the checker and
// schemas/ cannot disagree about which keys exist.

#include <concepts>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "diag/finding.h"
#include "model/plan.h"
#include "model/plan_set.h"
#include "yaml/diagnose.h"
#include "yaml/tree.h"

namespace plancheck::model {

class SchemaWriter;

/// What a value of a field's type probably was, written as plancheck reads
/// it ("1 500 000" for `1,5 mill.`); std::nullopt when there is no guess.
using Suggest = std::optional<std::string> (*)(std::string_view text);

/// The entries of a flow map that a comma split, found before decoding it.
struct SplitEntries {
  std::vector<uint8_t> skip;        // per entry: 1 when it is a piece of a split value
  std::vector<uint8_t> broken;      // per entry: 1 when its value was split
  std::vector<std::string_view> seen;  // keys present but written wrongly
};

/// Decodes one document; findings go to the given list.
class Decoder {
 public:
  Decoder(const yaml::Document& doc, std::vector<diag::Finding>& findings)
      : doc_(doc), findings_(findings) {}

  const yaml::Document& doc() const { return doc_; }
  const source::SourceFile& file() const { return doc_.file(); }

  /// Follows an alias, counting what it expands to; past the budget the
  /// alias is reported once and read as null.
  const yaml::Node& follow(const yaml::Node& node);

  /// Adds a finding; past the alias budget findings are dropped, since
  /// they would come from aliases read as null, and past the limits on
  /// findings they are only counted (left_out()).
  diag::Finding& report(std::string_view rule, Offset at, diag::Message message);
  /// The findings counted but not added, per rule.
  const std::vector<LeftOut>& left_out() const { return left_out_; }
  /// Whether aliases expanded past the budget: the document is then not
  /// used, like one with a syntax error.
  bool over_budget() const { return budget_reported_; }
  /// Adds a finding about a value, with the caret under the whole value.
  diag::Finding& report_value(std::string_view rule, const yaml::Node& value, diag::Message message);
  /// schema/type: `node` is not what `expected` (a term key) names.
  void expected(const yaml::Node& node, std::string_view expected);

  /// Decodes a map into `out` by the element's field table.
  template <class S>
  void decode_struct(const yaml::Node& node, S& out);

 private:
  struct FieldIndex;
  /// How the entries of a map match the field keys.
  struct Matched {
    std::vector<int> field;  // per entry: the index of its field, or -1 to skip it
    /// Fields written but not readable, with where their key stands: a
    /// misspelt key ("did you mean" names the field, which is not in the
    /// map otherwise), a key glued to its value, a value a comma split.
    std::vector<std::pair<size_t, Offset>> unreadable;
  };
  /// Checks a map node against the field keys and reports unknown,
  /// duplicate and missing keys. A required key written misspelt is not
  /// reported missing as well: the unknown key's "did you mean" names it.
  Matched match_keys(const yaml::Node& map, std::string_view what,
                     const std::vector<std::string_view>& keys, const std::vector<bool>& required,
                     const SplitEntries& split);
  /// Finds the values of a flow map that a comma split, `{name: Gran, Lunner}`,
  /// and reports each with the value as it was probably meant.
  SplitEntries split_entries(const yaml::Node& map, const std::vector<std::string_view>& keys,
                             const std::vector<Suggest>& suggest);
  /// Reports a key YAML read together with its value (`status:completed`,
  /// `title Næring`) as the typing mistake it is; the index of the key in
  /// `keys`, or std::nullopt when `key` is no such thing.
  std::optional<size_t> glued_key(const yaml::Node& key, const yaml::Node& value,
                                  const std::vector<std::string_view>& keys);
  void report_mistake(const yaml::Mistake& mistake);
  /// Whether entry `e` of a flow map is a bare word: a key with neither colon nor value.
  bool bare_entry(std::span<const yaml::NodeId> kids, size_t e) const;

  const yaml::Document& doc_;
  std::vector<diag::Finding>& findings_;
  size_t expanded_ = 0;        // nodes read through aliases
  size_t expanded_bytes_ = 0;  // scalar bytes read through aliases
  bool budget_reported_ = false;
  size_t reported_ = 0;            // findings added for this document
  std::vector<LeftOut> left_out_;  // findings counted past the limits
  diag::Finding dropped_;          // what report() returns for a finding not added
};

/// One key of an element type.
template <class T>
struct FieldSpec {
  std::string_view key;
  bool required = false;
  std::string_view description;
  void (*decode)(Decoder&, const yaml::Node& key, const yaml::Node& value, T& out) = nullptr;
  void (*schema)(SchemaWriter&, std::string_view description) = nullptr;
  Suggest suggest = nullptr;
  /// Marks the field as written but unreadable (Located::invalid()), its key at `at`.
  void (*mark_unreadable)(Offset at, T& out) = nullptr;
};

/// The field table of one element type.
template <class T>
struct StructSpec {
  std::string_view name;  // schema definition name, e.g. "measure"
  std::string_view term;  // catalogue key of its name in messages, e.g. "element.measure"
  std::string_view description;
  std::vector<FieldSpec<T>> fields;
  std::vector<std::string_view> keys;  // the fields' keys, for "did you mean"
  std::vector<bool> required;
  std::vector<Suggest> suggest;

  StructSpec(std::string_view n, std::string_view t, std::string_view d,
             std::vector<FieldSpec<T>> f)
      : name(n), term(t), description(d), fields(std::move(f)) {
    for (const auto& field : fields) {
      keys.push_back(field.key);
      required.push_back(field.required);
      suggest.push_back(field.suggest);
    }
  }
};

// Decoders for scalar values (decoder.cpp).
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<std::string>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Note>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Id>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Money>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Percent>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Year>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Count>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Month>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<Date>& out);
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<bool>& out);

/// Index of `text` among the enum's names, reporting schema/type otherwise.
std::optional<size_t> decode_enum(Decoder& d, const yaml::Node& v,
                                  std::span<const std::string_view> names);

template <class E>
  requires std::is_enum_v<E>
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<E>& out) {
  out.key = key.at;
  if (const auto index = decode_enum(d, v, EnumNames<E>::kNames)) {
    out = {static_cast<E>(*index), key.at, v.at};
  }
}

template <class S>
  requires std::derived_from<S, Element>
void decode_value(Decoder& d, const yaml::Node& key, const yaml::Node& v, Located<S>& out) {
  const yaml::Node& node = d.follow(v);
  out.key = key.at;
  if (node.kind != yaml::NodeKind::map) return d.expected(node, "term.map");
  d.decode_struct(node, out.value);
  out.key = key.at;
  out.at = node.at;
}

/// An element type whose list is written as a map from one of its fields
/// (the `rules:` section: rule id -> setting).
template <class S>
concept Keyed = requires { KeyField<S>::kMember; };

template <class S>
  requires Keyed<S>
void decode_value(Decoder& d, const yaml::Node& k, const yaml::Node& v, Located<std::vector<S>>& located) {
  const yaml::Node& node = d.follow(v);
  located.key = k.at;
  if (node.kind != yaml::NodeKind::map) return d.expected(node, "term.map");
  located.at = node.at;
  std::vector<S>& out = located.value;
  const auto kids = d.doc().children(node);
  for (size_t i = 0; i + 1 < kids.size(); i += 2) {
    const yaml::Node& key = d.follow(d.doc().node(kids[i]));
    const yaml::Node& value = d.follow(d.doc().node(kids[i + 1]));
    S item;
    decode_value(d, key, key, item.*KeyField<S>::kMember);
    if (value.kind == yaml::NodeKind::map) {
      d.decode_struct(value, item);
    } else if (value.kind != yaml::NodeKind::null) {
      d.expected(value, "term.map");
    }
    item.at = key.at;
    out.push_back(std::move(item));
  }
}

template <class S>
  requires(!Keyed<S>)
void decode_value(Decoder& d, const yaml::Node& k, const yaml::Node& v, Located<std::vector<S>>& located) {
  const yaml::Node& node = d.follow(v);
  located.key = k.at;
  if (node.kind != yaml::NodeKind::sequence) return d.expected(node, "term.list");
  located.at = node.at;
  std::vector<S>& out = located.value;
  const auto kids = d.doc().children(node);
  out.reserve(kids.size());
  for (const yaml::NodeId id : kids) {
    const yaml::Node& item_node = d.follow(d.doc().node(id));
    S item;
    if constexpr (std::derived_from<S, Element>) {
      if (item_node.kind != yaml::NodeKind::map) {
        d.expected(item_node, "term.map");
        continue;
      }
      d.decode_struct(item_node, item);
    } else {
      decode_value(d, item_node, item_node, item);
      if (!item.present()) continue;
    }
    out.push_back(std::move(item));
  }
}

template <class S>
void Decoder::decode_struct(const yaml::Node& node, S& out) {
  const StructSpec<S>& spec = spec_of<S>();
  out.at = node.at;
  const SplitEntries split = node.flow ? split_entries(node, spec.keys, spec.suggest) : SplitEntries{};
  const Matched matched = match_keys(node, spec.term, spec.keys, spec.required, split);
  const auto kids = doc_.children(node);
  for (size_t entry = 0; entry < matched.field.size(); ++entry) {
    if (matched.field[entry] < 0) continue;
    const yaml::Node& key = doc_.node(kids[2 * entry]);
    const yaml::Node& value = follow(doc_.node(kids[2 * entry + 1]));
    spec.fields[static_cast<size_t>(matched.field[entry])].decode(*this, key, value, out);
  }
  for (const auto& [field, at] : matched.unreadable) spec.fields[field].mark_unreadable(at, out);
}

// Field table entries: `field<&Measure::amount>("amount", kRequired, "...")`.
inline constexpr bool kRequired = true;
inline constexpr bool kOptional = false;

template <class>
struct MemberTraits;
template <class C, class M>
struct MemberTraits<M C::*> {
  using Class = C;
  using Type = M;
};

template <class V>
void schema_of(SchemaWriter& w, std::string_view description);

// What a split or misread value probably was, per value type (decoder.cpp).
std::optional<std::string> suggest_money(std::string_view text);
std::optional<std::string> suggest_percent(std::string_view text);
std::optional<std::string> suggest_date(std::string_view text);
std::optional<std::string> suggest_text(std::string_view text);

template <class V>
constexpr Suggest suggester() {
  using X = decltype(V::value);
  if constexpr (std::is_same_v<X, Money>) return &suggest_money;
  if constexpr (std::is_same_v<X, Percent>) return &suggest_percent;
  if constexpr (std::is_same_v<X, Date>) return &suggest_date;
  if constexpr (std::is_same_v<X, std::string> || std::is_same_v<X, Note>) return &suggest_text;
  return nullptr;
}

/// `C` is the element type the field belongs to; it differs from the
/// member's class only for fields inherited from a base (PlanFile).
template <auto Member, class C = typename MemberTraits<decltype(Member)>::Class>
FieldSpec<C> field(std::string_view key, bool required, std::string_view description) {
  using V = typename MemberTraits<decltype(Member)>::Type;
  return {key, required, description,
          [](Decoder& d, const yaml::Node& k, const yaml::Node& v, C& out) {
            decode_value(d, k, v, out.*Member);
          },
          &schema_of<V>, suggester<V>(),
          [](Offset at, C& out) { (out.*Member).key = at; }};
}

}  // namespace plancheck::model
