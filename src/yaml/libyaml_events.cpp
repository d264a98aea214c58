// parse_events_fast() on libyaml's event parser, about seven times faster
// than yaml-cpp's (docs/performance.md). It delivers exactly the events
// yaml-cpp would, or gives the file back: on any error, and on everything
// whose events yaml-cpp might deliver differently (a tag, a directive, a
// second document, a byte-order mark, an unknown alias, an empty value, a
// quoted scalar over several lines, an anchor name with a colon, deep
// nesting). Such
// a file is parsed again by yaml-cpp, whose errors plancheck diagnoses.

#include "yaml/event_source.h"

#if PLANCHECK_LIBYAML

#include <yaml.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace plancheck::yaml {

namespace {

/// Deeper nesting is left to yaml-cpp, which reports its own depth limit.
constexpr int kMaxDepth = 64;

/// libyaml counts characters; plancheck's offsets count bytes. Marks come
/// almost in order, so a cursor walks the text forward from the last one.
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text) : text_(text) {
    for (const char c : text) ascii_ = ascii_ && static_cast<unsigned char>(c) < 0x80;
  }

  Offset operator()(size_t chars) {
    if (ascii_) return static_cast<Offset>(chars);
    if (chars < chars_) chars_ = bytes_ = 0;
    while (chars_ < chars && bytes_ < text_.size()) {
      bytes_ += length(static_cast<unsigned char>(text_[bytes_]));
      ++chars_;
    }
    return static_cast<Offset>(bytes_ < text_.size() ? bytes_ : text_.size());
  }

 private:
  static size_t length(unsigned char lead) {
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  }

  std::string_view text_;
  bool ascii_ = true;
  size_t chars_ = 0;
  size_t bytes_ = 0;
};

/// yaml-cpp's null: a plain scalar that is empty, `~` or a spelling of null.
bool is_null(std::string_view plain) {
  return plain.empty() || plain == "~" || plain == "null" || plain == "Null" || plain == "NULL";
}

std::string_view text_of(const unsigned char* p, size_t n) {
  return n == 0 ? std::string_view{} : std::string_view(reinterpret_cast<const char*>(p), n);
}

/// Feeds one file's events to a sink; false as soon as the file must go to yaml-cpp.
class Translator {
 public:
  Translator(const source::SourceFile& file, EventSink& sink)
      : text_(file.text()), offsets_(file.text()), sink_(sink) {}

  /// Handles one event; false to give the file to yaml-cpp.
  bool handle(const yaml_event_t& e) {
    switch (e.type) {
      case YAML_STREAM_START_EVENT:
      case YAML_STREAM_END_EVENT:
      case YAML_DOCUMENT_END_EVENT:
        return true;
      case YAML_DOCUMENT_START_EVENT:
        return ++documents_ == 1 && !e.data.document_start.version_directive &&
               e.data.document_start.tag_directives.start == e.data.document_start.tag_directives.end;
      case YAML_ALIAS_EVENT:
        return alias(e);
      case YAML_SCALAR_EVENT:
        return scalar(e);
      case YAML_SEQUENCE_START_EVENT:
        return open(e, e.data.sequence_start.anchor, e.data.sequence_start.tag,
                    e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE, false);
      case YAML_MAPPING_START_EVENT:
        return open(e, e.data.mapping_start.anchor, e.data.mapping_start.tag,
                    e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE, true);
      case YAML_SEQUENCE_END_EVENT:
        --depth_;
        sink_.sequence_end();
        return true;
      case YAML_MAPPING_END_EVENT:
        --depth_;
        sink_.map_end();
        return true;
      default:
        return false;
    }
  }

 private:
  Offset at(const yaml_event_t& e) { return offsets_(e.start_mark.index); }

  /// Whether an anchor written at `at` ends where yaml-cpp ends it too: libyaml
  /// stops an anchor's name at a ':', which yaml-cpp (and YAML 1.2) keep.
  bool anchor_ends_cleanly(Offset at, const yaml_char_t* anchor) const {
    const std::string_view name = reinterpret_cast<const char*>(anchor);
    if (at >= text_.size() || text_[at] != '&') return false;
    const size_t end = at + 1 + name.size();
    if (end >= text_.size()) return true;
    const char next = text_[end];
    return next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == ',' ||
           next == ']' || next == '}';
  }

  /// The number yaml-cpp gives an anchor: one more than the last, each time one is set.
  AnchorId define(const yaml_char_t* anchor) {
    if (!anchor) return 0;
    const auto id = ++last_anchor_;
    anchors_[reinterpret_cast<const char*>(anchor)] = id;
    return id;
  }

  bool alias(const yaml_event_t& e) {
    const auto it = anchors_.find(reinterpret_cast<const char*>(e.data.alias.anchor));
    if (it == anchors_.end()) return false;
    sink_.alias(at(e), it->second);
    return true;
  }

  bool scalar(const yaml_event_t& e) {
    const auto& s = e.data.scalar;
    const std::string_view value = text_of(s.value, s.length);
    const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
    // yaml-cpp places an empty value at the token after it, which libyaml does not know,
    // and folds the lines of a quoted scalar differently where they are blank.
    if (s.tag || (plain && value.empty())) return false;
    const bool quoted =
        s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    if (quoted && e.start_mark.line != e.end_mark.line) return false;
    const Offset offset = at(e);
    if (s.anchor && !anchor_ends_cleanly(offset, s.anchor)) return false;
    const AnchorId anchor = define(s.anchor);
    if (plain && is_null(value)) {
      sink_.null(offset, anchor);
    } else {
      sink_.scalar(offset, value, plain, anchor);
    }
    return true;
  }

  bool open(const yaml_event_t& e, const yaml_char_t* anchor, const yaml_char_t* tag, bool flow,
            bool map) {
    if (tag || ++depth_ > kMaxDepth) return false;
    const Offset offset = at(e);
    if (anchor && !anchor_ends_cleanly(offset, anchor)) return false;
    const AnchorId id = define(anchor);
    if (map) {
      sink_.map_start(offset, id, flow);
    } else {
      sink_.sequence_start(offset, id, flow);
    }
    return true;
  }

  std::string_view text_;
  ByteOffsets offsets_;
  EventSink& sink_;
  int documents_ = 0;
  int depth_ = 0;
  AnchorId last_anchor_ = 0;
  std::unordered_map<std::string, AnchorId> anchors_;
};

}  // namespace

bool has_fast_parser() { return true; }

bool parse_events_fast(const source::SourceFile& file, EventSink& sink) {
  const std::string_view text = file.text();
  if (text.starts_with("\xEF\xBB\xBF")) return false;
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return false;
  const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> guard(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  Translator translator(file, sink);
  for (;;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) return false;
    const bool ok = translator.handle(event);
    const bool end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (!ok) return false;
    if (end) return true;
  }
}

}  // namespace plancheck::yaml

#else  // built without libyaml: yaml-cpp reads every file

namespace plancheck::yaml {

bool has_fast_parser() { return false; }

bool parse_events_fast(const source::SourceFile&, EventSink&) { return false; }

}  // namespace plancheck::yaml

#endif
