#pragma once
// UTF-8 handling and neutralising of text that comes from plan files.

#include <cstdint>
#include <string>
#include <string_view>

namespace plancheck {

/// Decodes one code point at `text[i]`, advancing `i`; an invalid or
/// truncated sequence yields U+FFFD and advances one byte.
char32_t decode_utf8(std::string_view text, size_t& i);
void append_utf8(std::string& out, char32_t cp);

bool is_valid_utf8(std::string_view text);
/// Invalid sequences replaced by U+FFFD.
std::string to_valid_utf8(std::string_view text);
/// Number of code points (an invalid byte counts as one).
size_t count_code_points(std::string_view text);

/// Whether `cp` is a control character: C0 (U+0000 to U+001F), DEL or C1
/// (U+0080 to U+009F), the characters a terminal may act on.
constexpr bool is_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

/// Safe to print on a terminal: valid UTF-8, every C0 and C1 control
/// character (ESC, BEL, CR, ..., but not the tab) shown as `\x1B` or
/// `\u009B`, DEL as `\x7F`.
std::string terminal_safe(std::string_view text);

/// Trims ASCII white space at both ends.
std::string_view trim(std::string_view text);

}  // namespace plancheck
