#pragma once
// The character encodings YAML allows (UTF-8, UTF-16 and UTF-32, each byte
// order), detected as the YAML 1.2 specification says (section 5.2), and
// decoded to the UTF-8 the rest of plancheck reads.

#include <string>
#include <string_view>

namespace plancheck::source {

enum class Encoding { utf8, utf16le, utf16be, utf32le, utf32be };

/// "UTF-16LE" and the like, as a person reads it in a message.
std::string_view encoding_name(Encoding encoding);

/// The encoding of a file by its first bytes: a byte order mark, or else
/// the pattern of zero bytes around a first ASCII character (YAML 1.2,
/// 5.2). Without a mark, the first character must be printable ASCII (or a
/// tab or line end), so that binary data stays "UTF-8" and is reported as such.
Encoding detect_encoding(std::string_view bytes);

/// Text decoded to UTF-8, its byte order mark (of any encoding) removed.
struct DecodedText {
  std::string text;
  Encoding encoding = Encoding::utf8;
  bool had_bom = false;
};

/// Decodes `bytes` from the encoding detect_encoding() finds. UTF-8 is kept
/// as it is (invalid bytes included, for the loader to report). A code unit
/// that is invalid in UTF-16 or UTF-32 (a lone surrogate, a value past
/// U+10FFFF, a truncated last unit) becomes the byte 0xFF, which is never
/// valid UTF-8, so the loader reports the file as not valid text at that
/// very line and column.
DecodedText decode_text(std::string bytes);

}  // namespace plancheck::source
