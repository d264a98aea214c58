// parse_events() on top of yaml-cpp's event parser (YAML::Parser with an
// EventHandler): yaml-cpp marks carry byte offsets, which are all we keep.

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

#include "yaml/event_source.h"

namespace plancheck::yaml {

namespace {

/// A read-only streambuf over memory, so the parser reads the file's text in place.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

/// Thrown out of the handler to stop at the start of a second document.
struct SecondDocument {
  Offset at;
};

Offset offset_of(const YAML::Mark& mark) { return mark.pos < 0 ? 0 : static_cast<Offset>(mark.pos); }

class Adapter : public YAML::EventHandler {
 public:
  explicit Adapter(EventSink& sink) : sink_(sink) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) throw SecondDocument{offset_of(mark)};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    sink_.null(offset_of(mark), static_cast<AnchorId>(anchor));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    sink_.alias(offset_of(mark), static_cast<AnchorId>(anchor));
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // yaml-cpp tags quoted and block scalars "!" and plain ones "?".
    sink_.scalar(offset_of(mark), value, tag == "?", static_cast<AnchorId>(anchor));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    sink_.sequence_start(offset_of(mark), static_cast<AnchorId>(anchor),
                         style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { sink_.sequence_end(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    sink_.map_start(offset_of(mark), static_cast<AnchorId>(anchor), style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { sink_.map_end(); }

 private:
  EventSink& sink_;
  int documents_ = 0;
};

/// The offset of a tab in the indentation of the error's line or the line
/// before it, when the syntax error comes from one.
std::optional<Offset> tab_in_indentation(const source::SourceFile& file, Offset at) {
  const source::Position pos = file.position(at);
  for (uint32_t line = pos.line; line >= 1 && line + 1 >= pos.line; --line) {
    const std::string_view text = file.line_text(line);
    const size_t first = text.find_first_not_of(' ');
    if (first != std::string_view::npos && text[first] == '\t') {
      return file.line_start(line) + static_cast<Offset>(first);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<ParseError> parse_events(const source::SourceFile& file, EventSink& sink) {
  MemoryBuffer buffer(file.text());
  std::istream in(&buffer);
  Adapter adapter(sink);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(adapter)) {
    }
  } catch (const SecondDocument& second) {
    return ParseError{ParseError::Kind::second_document, second.at, {}};
  } catch (const YAML::DeepRecursion& e) {
    return ParseError{ParseError::Kind::too_deep, offset_of(e.mark), {}};
  } catch (const YAML::Exception& e) {
    const Offset at = offset_of(e.mark);
    if (const auto tab = tab_in_indentation(file, at)) {
      return ParseError{ParseError::Kind::tab_indent, *tab, {}};
    }
    return ParseError{ParseError::Kind::syntax, at, e.msg};
  } catch (const std::exception& e) {
    return ParseError{ParseError::Kind::syntax, 0, e.what()};
  }
  return std::nullopt;
}

}  // namespace plancheck::yaml
