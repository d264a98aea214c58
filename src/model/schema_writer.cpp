#include "model/schema_writer.h"

namespace plancheck::model {

void SchemaWriter::definitions() {
  json.key("definitions").begin_object();
  while (!pending_.empty()) {
    auto node = pending_.extract(pending_.begin());
    json.key(node.key());
    node.mapped()(*this);
  }
  json.end_object();
}

namespace {

// The money pattern: digits in groups of three, separated by space, no-break
// space, narrow no-break space, thin space or underscore; no leading zero.
constexpr std::string_view kMoneyPattern =
    "^(0|[1-9][0-9]{0,2}([ _\u00a0\u202f\u2009][0-9]{3})*|[1-9][0-9]*)$";

void begin(SchemaWriter& w, std::string_view description) {
  w.json.begin_object();
  if (!description.empty()) w.json.field("description", description);
}

void money(SchemaWriter& w) {
  w.json.key("anyOf").begin_array();
  w.json.begin_object().field("type", "integer").field("minimum", 0).end_object();
  w.json.begin_object().field("type", "string").field("pattern", kMoneyPattern).end_object();
  w.json.end_array();
}

}  // namespace

void scalar_schema(SchemaWriter& w, std::string_view type_key, std::string_view description) {
  begin(w, description);
  if (type_key == "text") {
    w.json.field("type", "string");
  } else if (type_key == "id") {
    w.json.key("type").begin_array().value("string").value("integer").end_array();
    w.json.field("pattern", "^[^\\s]+$").field("minLength", 1);
  } else if (type_key == "money") {
    money(w);
  } else if (type_key == "percent") {
    w.json.field("type", "number").field("minimum", 0).field("maximum", 100);
  } else if (type_key == "year") {
    w.json.field("type", "integer").field("minimum", 1000).field("maximum", 9999);
  } else if (type_key == "count") {
    w.json.field("type", "integer").field("minimum", 0);
  } else if (type_key == "month") {
    w.json.field("type", "string").field("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
  } else if (type_key == "date") {
    w.json.field("type", "string").field("format", "date");
    w.json.field("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
  } else if (type_key == "bool") {
    w.json.field("type", "boolean");
  }
  w.json.end_object();
}

namespace {

template <class Root>
std::string root_schema(std::string_view title, const Describe& describe) {
  SchemaWriter w;
  if (describe) w.describe = describe;
  const StructSpec<Root>& spec = spec_of<Root>();
  w.json.begin_object();
  w.json.field("$schema", "http://json-schema.org/draft-07/schema#");
  w.json.field("title", w.describe(schema_description_key(spec.name, "$title"), title));
  w.object_members(spec);
  w.definitions();
  w.json.end_object();
  return w.json.take();
}

}  // namespace

std::string schema_description_key(std::string_view definition, std::string_view field) {
  std::string key = "json-schema." + std::string(definition);
  if (!field.empty()) key += "." + std::string(field);
  return key;
}

std::string schema_json(FileKind kind, const Describe& describe) {
  switch (kind) {
    case FileKind::frame: return root_schema<Frame>("plancheck frame (strategic plan)", describe);
    case FileKind::yearly_plan: return root_schema<YearlyPlan>("plancheck yearly plan", describe);
    case FileKind::project_list: return root_schema<ProjectList>("plancheck project list", describe);
  }
  return {};
}

}  // namespace plancheck::model
