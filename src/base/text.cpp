#include "base/text.h"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace plancheck {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

}  // namespace

char32_t decode_utf8(std::string_view text, size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const int length = sequence_length(lead);
  if (length == 1) {
    ++i;
    return lead;
  }
  if (length == 0 || i + length > text.size()) {
    ++i;
    return kReplacement;
  }
  char32_t cp = lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t before = i;
    if (decode_utf8(text, i) == kReplacement && i == before + 1) return false;
  }
  return true;
}

std::string to_valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t before = i;
    const char32_t cp = decode_utf8(text, i);
    if (cp == kReplacement && i == before + 1) {
      append_utf8(out, kReplacement);
    } else {
      out.append(text.substr(before, i - before));
    }
  }
  return out;
}

size_t count_code_points(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++n) decode_utf8(text, i);
  return n;
}

bool is_invisible(char32_t cp) {
  if (cp < 0xA0) return false;  // ASCII and C1: visible, or controls (is_control)
  const auto code = static_cast<utf8proc_int32_t>(cp);
  if (!utf8proc_codepoint_valid(code)) return false;
  const utf8proc_category_t category = utf8proc_category(code);
  return category == UTF8PROC_CATEGORY_CF || category == UTF8PROC_CATEGORY_ZL ||
         category == UTF8PROC_CATEGORY_ZP || utf8proc_get_property(code)->ignorable;
}

namespace {

/// Escapes invisible characters, and controls when `controls` is set.
std::string escaped(std::string_view text, bool controls) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t before = i;
    const char32_t cp = decode_utf8(text, i);
    if (controls && is_control(cp) && cp != '\t') {
      out += cp < 0x80 ? fmt::format("\\x{:02X}", static_cast<unsigned>(cp))
                       : fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    } else if (is_invisible(cp)) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    } else if (cp == kReplacement && i == before + 1) {
      append_utf8(out, kReplacement);
    } else {
      out.append(text.substr(before, i - before));
    }
  }
  return out;
}

}  // namespace

std::string visible(std::string_view text) { return escaped(text, false); }

std::string terminal_safe(std::string_view text) { return escaped(text, true); }

namespace {

bool is_hidden(char32_t cp) {
  if (is_invisible(cp)) return true;
  return cp > 0x7F && utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(cp)) &&
         utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS;
}

}  // namespace

std::string hidden_code_points(std::string_view text) {
  std::string out;
  std::vector<char32_t> seen;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = decode_utf8(text, i);
    if (!is_hidden(cp) || std::find(seen.begin(), seen.end(), cp) != seen.end()) continue;
    seen.push_back(cp);
    out += fmt::format("{}U+{:04X}", out.empty() ? "" : ", ", static_cast<unsigned>(cp));
  }
  return out;
}

std::string nfc(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return std::string(text);  // not valid UTF-8: compared byte by byte
  std::string out(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  std::free(mapped);  // NOLINT(cppcoreguidelines-no-malloc): utf8proc's buffer
  return out;
}

std::string id_key(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return std::string(text);  // ASCII is its own normal form
  }
  std::string kept;
  kept.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t before = i;
    if (!is_hidden(decode_utf8(text, i))) kept.append(text.substr(before, i - before));
  }
  return nfc(kept);
}

bool starts_like_ci_command(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t");
  return first != std::string_view::npos && text.substr(first).starts_with("::");
}

std::string without_ci_commands(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (starts_like_ci_command(line)) {
      const size_t colon = line.find("::");
      out.append(line.substr(0, colon)).append("\\");
      line.remove_prefix(colon);
    }
    for (size_t at = line.find("##["); at != std::string_view::npos; at = line.find("##[")) {
      out.append(line.substr(0, at)).append("#\\#[");
      line.remove_prefix(at + 3);
    }
    out.append(line);
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

std::string_view trim(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace plancheck
