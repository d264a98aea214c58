#pragma once
// plancheck's own YAML document tree: small nodes that remember where they
// stand in the file, keep duplicate keys, and keep aliases as references.

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.h"
#include "yaml/event_source.h"

namespace plancheck::yaml {

enum class NodeKind : uint8_t { null, scalar, sequence, map, alias };

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

struct Node {
  std::string_view value;  // scalar text (decoded)
  Offset at = 0;           // where the node starts in the file
  uint32_t first = 0;      // container: first child in Document::children; alias: target node
  uint32_t count = 0;      // container: number of children (a map has key, value, key, value...)
  uint32_t end = 0;        // one past the last node of this node's subtree
  NodeKind kind = NodeKind::null;
  bool plain = false;      // scalar written without quotes or block indicators
  bool flow = false;       // container written in flow style, `[...]` or `{...}`
};

/// One YAML document. Node 0 is the root when the document is not empty.
class Document {
 public:
  explicit Document(const source::SourceFile& file) : file_(&file) {}

  const source::SourceFile& file() const { return *file_; }
  bool empty() const { return nodes_.empty(); }
  const Node& root() const { return nodes_.front(); }
  const Node& node(NodeId id) const { return nodes_[id]; }
  NodeId id_of(const Node& n) const { return static_cast<NodeId>(&n - nodes_.data()); }
  size_t size() const { return nodes_.size(); }

  /// The children of a sequence, or the keys and values of a map, in order.
  std::span<const NodeId> children(const Node& n) const;
  /// Follows an alias to the node it names; any other node is returned as is.
  const Node& resolve(const Node& n) const;

 private:
  friend class TreeBuilder;
  const source::SourceFile* file_;
  std::vector<Node> nodes_;
  std::vector<NodeId> children_;
  std::deque<std::string> owned_;  // scalar texts that differ from the file's bytes
};

/// A problem found while building the tree, beside the parser's own errors.
struct TreeProblem {
  enum class Kind { alias_cycle, unknown_alias };
  Kind kind;
  Offset at;
};

struct ParsedDocument {
  Document document;
  std::optional<ParseError> error;
  std::vector<TreeProblem> problems;
};

/// Parses `file` into a Document. On a syntax error the document holds what
/// was read up to the error.
ParsedDocument parse_document(const source::SourceFile& file);

}  // namespace plancheck::yaml
