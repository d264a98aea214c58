#include "source/source_file.h"

#include <algorithm>
#include <cstring>

#include "base/text.h"

namespace plancheck::source {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text_.erase(0, 3);
    had_bom_ = true;
  }
}

const std::vector<Offset>& SourceFile::line_starts() const {
  if (!line_starts_.empty()) return line_starts_;
  line_starts_.reserve(static_cast<size_t>(std::count(text_.begin(), text_.end(), '\n')) + 1);
  line_starts_.push_back(0);
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p)));) {
    ++p;
    line_starts_.push_back(static_cast<Offset>(p - begin));
  }
  return line_starts_;
}

Position SourceFile::position(Offset offset) const {
  const std::vector<Offset>& starts = line_starts();
  offset = std::min<Offset>(offset, static_cast<Offset>(text_.size()));
  const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  const auto line = static_cast<uint32_t>(it - starts.begin());
  const Offset start = starts[line - 1];
  const auto prefix = std::string_view(text_).substr(start, offset - start);
  return {line, static_cast<uint32_t>(count_code_points(prefix)) + 1};
}

std::string_view SourceFile::line_text(uint32_t line) const {
  const std::vector<Offset>& starts = line_starts();
  if (line == 0 || line > starts.size()) return {};
  const Offset start = starts[line - 1];
  Offset end = line < starts.size() ? starts[line] : static_cast<Offset>(text_.size());
  auto text = std::string_view(text_).substr(start, end - start);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

}  // namespace plancheck::source
