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

/// Whether `cp` is invisible or changes how the text around it shows
/// (utf8proc's Unicode properties): a format character (category Cf: soft
/// hyphen, zero-width space and joiners, bidi marks, embeddings, overrides
/// and isolates, the BOM), any other default-ignorable code point, or a line
/// or paragraph separator.
bool is_invisible(char32_t cp);

/// Every invisible character (is_invisible) shown as a visible escape
/// `\u202E`; invalid UTF-8 as U+FFFD. What a person reads then shows what
/// the text holds: no line displays differently than it reads.
std::string visible(std::string_view text);

/// Safe to print on a terminal: visible(), and every C0 and C1 control
/// character (ESC, BEL, CR, ..., but not the tab) shown as `\x1B` or
/// `\u009B`, DEL as `\x7F`.
std::string terminal_safe(std::string_view text);

/// The characters of `text` that a reader cannot see or tell from a space:
/// invisible ones (is_invisible) and space separators other than U+0020
/// (the no-break space), as "U+200B, U+00A0", in order, each once.
std::string hidden_code_points(std::string_view text);

/// `text` in Unicode normal form C (utf8proc); invalid UTF-8 is kept as is.
std::string nfc(std::string_view text);

/// How an id is compared and kept: normal form C without the characters
/// hidden_code_points() names, so that look-alike ids are one id.
std::string id_key(std::string_view text);

/// Whether a CI runner could take a line starting with `text` for a
/// command: after leading white space it starts with "::" (GitHub Actions'
/// workflow commands).
bool starts_like_ci_command(std::string_view text);

/// `text` with no line that a CI runner takes for a command: a line that
/// starts with "::" after white space gets a backslash before it ("\::",
/// which Markdown shows as "::"), and every "##[" (the runner's older
/// command form, found anywhere in a line) becomes "#\#[". For the text
/// formats a person reads; the github format writes its commands itself.
std::string without_ci_commands(std::string_view text);

/// Trims ASCII white space at both ends.
std::string_view trim(std::string_view text);

}  // namespace plancheck
