#include "yaml/tree.h"

namespace plancheck::yaml {

std::span<const NodeId> Document::children(const Node& n) const {
  if (n.kind != NodeKind::sequence && n.kind != NodeKind::map) return {};
  return {children_.data() + n.first, n.count};
}

const Node& Document::resolve(const Node& n) const {
  return n.kind == NodeKind::alias ? nodes_[n.first] : n;
}

/// Builds a Document from parse events; aliases become references, never copies.
class TreeBuilder : public EventSink {
 public:
  explicit TreeBuilder(ParsedDocument& out) : out_(out), doc_(out.document) {}

  void null(Offset at, AnchorId anchor) override { leaf(at, NodeKind::null, {}, false, anchor); }
  void scalar(Offset at, std::string_view value, bool plain, AnchorId anchor) override {
    leaf(at, NodeKind::scalar, keep(at, value), plain, anchor);
  }
  void alias(Offset at, AnchorId target) override;
  void sequence_start(Offset at, AnchorId anchor, bool flow) override {
    open(at, NodeKind::sequence, anchor, flow);
  }
  void sequence_end() override { close(); }
  void map_start(Offset at, AnchorId anchor, bool flow) override {
    open(at, NodeKind::map, anchor, flow);
  }
  void map_end() override { close(); }

  /// Closes containers left open by a syntax error.
  void finish() {
    while (!open_.empty()) close();
  }

 private:
  static constexpr uint32_t kOpen = UINT32_MAX;

  NodeId add(Offset at, NodeKind kind, std::string_view value, bool plain) {
    const auto id = static_cast<NodeId>(doc_.nodes_.size());
    doc_.nodes_.push_back(Node{value, at, 0, 0, id + 1, kind, plain});
    if (!open_.empty()) pending_.push_back(id);
    return id;
  }

  void remember_anchor(AnchorId anchor, NodeId id) {
    if (anchor == 0) return;
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, kNoNode);
    anchors_[anchor] = id;
  }

  void leaf(Offset at, NodeKind kind, std::string_view value, bool plain, AnchorId anchor) {
    remember_anchor(anchor, add(at, kind, value, plain));
  }

  void open(Offset at, NodeKind kind, AnchorId anchor, bool flow) {
    const NodeId id = add(at, kind, {}, false);
    doc_.nodes_[id].end = kOpen;
    doc_.nodes_[id].flow = flow;
    remember_anchor(anchor, id);
    open_.push_back({id, pending_.size()});
  }

  void close() {
    const auto [id, start] = open_.back();
    open_.pop_back();
    Node& n = doc_.nodes_[id];
    n.first = static_cast<uint32_t>(doc_.children_.size());
    n.count = static_cast<uint32_t>(pending_.size() - start);
    n.end = static_cast<uint32_t>(doc_.nodes_.size());
    doc_.children_.insert(doc_.children_.end(), pending_.begin() + static_cast<ptrdiff_t>(start),
                          pending_.end());
    pending_.resize(start);
  }

  /// The scalar's text as a view into the file when the file holds it
  /// verbatim at `at` (the common case), else a copy kept by the document.
  std::string_view keep(Offset at, std::string_view value) {
    const std::string_view text = doc_.file().text();
    if (at <= text.size() && text.substr(at, value.size()) == value) {
      return text.substr(at, value.size());
    }
    return doc_.owned_.emplace_back(value);
  }

  ParsedDocument& out_;
  Document& doc_;
  std::vector<std::pair<NodeId, size_t>> open_;  // open containers and where their children start
  std::vector<NodeId> pending_;                  // children of open containers
  std::vector<NodeId> anchors_;                  // anchor number -> node
};

void TreeBuilder::alias(Offset at, AnchorId target) {
  const NodeId id = target < anchors_.size() ? anchors_[target] : kNoNode;
  if (id == kNoNode) {
    out_.problems.push_back({TreeProblem::Kind::unknown_alias, at});
    add(at, NodeKind::null, {}, false);
  } else if (doc_.nodes_[id].end == kOpen) {
    out_.problems.push_back({TreeProblem::Kind::alias_cycle, at});
    add(at, NodeKind::null, {}, false);
  } else {
    doc_.nodes_[add(at, NodeKind::alias, {}, false)].first = id;
  }
}

ParsedDocument parse_document(const source::SourceFile& file) {
  if (has_fast_parser()) {
    ParsedDocument fast{Document(file), std::nullopt, {}};
    TreeBuilder builder(fast);
    if (parse_events_fast(file, builder)) {
      builder.finish();
      return fast;
    }
  }
  ParsedDocument out{Document(file), std::nullopt, {}};
  TreeBuilder builder(out);
  out.error = parse_events(file, builder);
  builder.finish();
  return out;
}

}  // namespace plancheck::yaml
