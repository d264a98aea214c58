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
  std::call_once(line_starts_made_, [this] {
    line_starts_.reserve(static_cast<size_t>(std::count(text_.begin(), text_.end(), '\n')) + 1);
    line_starts_.push_back(0);
    const char* begin = text_.data();
    const char* end = begin + text_.size();
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p)));) {
      ++p;
      line_starts_.push_back(static_cast<Offset>(p - begin));
    }
  });
  return line_starts_;
}

namespace {

/// Distance in bytes between checkpoints; shorter distances are counted directly.
constexpr Offset kCheckpointStep = 4096;

}  // namespace

const std::vector<SourceFile::Checkpoint>& SourceFile::checkpoints() const {
  std::call_once(checkpoints_made_, [this] {
    checkpoints_.reserve(text_.size() / kCheckpointStep + 1);
    checkpoints_.push_back({0, 0});
    uint32_t count = 0;
    Offset next = kCheckpointStep;
    for (size_t i = 0; i < text_.size(); ++count) {
      if (i >= next) {
        checkpoints_.push_back({static_cast<Offset>(i), count});
        next = static_cast<Offset>(i) + kCheckpointStep;
      }
      decode_utf8(text_, i);
    }
  });
  return checkpoints_;
}

SourceFile::Checkpoint SourceFile::checkpoint_before(Offset offset) const {
  const std::vector<Checkpoint>& all = checkpoints();
  const auto it = std::upper_bound(all.begin(), all.end(), offset,
                                   [](Offset o, const Checkpoint& c) { return o < c.offset; });
  return *(it - 1);
}

uint32_t SourceFile::code_points_before(Offset offset) const {
  const Checkpoint c = checkpoint_before(offset);
  const auto rest = std::string_view(text_).substr(c.offset, offset - c.offset);
  return c.code_points + static_cast<uint32_t>(count_code_points(rest));
}

Position SourceFile::position(Offset offset) const {
  const std::vector<Offset>& starts = line_starts();
  offset = std::min<Offset>(offset, static_cast<Offset>(text_.size()));
  const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  const auto line = static_cast<uint32_t>(it - starts.begin());
  const Offset start = starts[line - 1];
  if (offset - start < kCheckpointStep) {
    const auto prefix = std::string_view(text_).substr(start, offset - start);
    return {line, static_cast<uint32_t>(count_code_points(prefix)) + 1};
  }
  return {line, code_points_before(offset) - code_points_before(start) + 1};
}

Offset SourceFile::offset_at(uint32_t line, uint32_t column) const {
  const std::string_view text = line_text(line);
  if (text.empty()) return line == 0 || line > line_count() ? kNoOffset : line_start(line);
  const Offset start = line_start(line);
  // Start from the last checkpoint on the line before the column, if any.
  Offset from = start;
  uint32_t skip = column > 0 ? column - 1 : 0;
  if (skip >= kCheckpointStep / 4) {
    const uint32_t target = code_points_before(start) + skip;
    const std::vector<Checkpoint>& all = checkpoints();
    const auto it = std::upper_bound(all.begin(), all.end(), target,
                                     [](uint32_t n, const Checkpoint& c) { return n < c.code_points; });
    const Checkpoint c = *(it - 1);
    if (c.offset > start) {
      skip = target - c.code_points;
      from = c.offset;
    }
  }
  size_t i = from - start;
  for (uint32_t k = 0; k < skip && i < text.size(); ++k) decode_utf8(text, i);
  return start + static_cast<Offset>(std::min(i, text.size()));
}

uint32_t SourceFile::line_length(uint32_t line) const {
  const std::string_view text = line_text(line);
  if (text.size() < kCheckpointStep) return static_cast<uint32_t>(count_code_points(text));
  const Offset start = line_start(line);
  return code_points_before(start + static_cast<Offset>(text.size())) - code_points_before(start);
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
