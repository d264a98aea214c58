#include "source/encoding.h"

#include <cstdint>

#include "base/text.h"

namespace plancheck::source {

namespace {

uint8_t byte(std::string_view bytes, size_t i) {
  return i < bytes.size() ? static_cast<uint8_t>(bytes[i]) : 0;
}

/// Whether a byte is a character a YAML stream may start with in ASCII.
bool starts_text(uint8_t b) { return b == '\t' || b == '\n' || b == '\r' || (b >= 0x20 && b < 0x7F); }

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

size_t unit_size(Encoding e) {
  return e == Encoding::utf16le || e == Encoding::utf16be ? 2 : 4;
}

/// The code unit at `i` (of unit_size(e) bytes) in the encoding's byte order.
uint32_t unit_at(std::string_view bytes, size_t i, Encoding e) {
  switch (e) {
    case Encoding::utf16le: return byte(bytes, i) | byte(bytes, i + 1) << 8;
    case Encoding::utf16be: return byte(bytes, i) << 8 | byte(bytes, i + 1);
    case Encoding::utf32le:
      return byte(bytes, i) | byte(bytes, i + 1) << 8 | byte(bytes, i + 2) << 16 |
             static_cast<uint32_t>(byte(bytes, i + 3)) << 24;
    default:
      return static_cast<uint32_t>(byte(bytes, i)) << 24 | byte(bytes, i + 1) << 16 |
             byte(bytes, i + 2) << 8 | byte(bytes, i + 3);
  }
}

/// A UTF-16 or UTF-32 text from `start` on, decoded to UTF-8.
std::string decode_units(std::string_view bytes, size_t start, Encoding e) {
  constexpr char kInvalid = '\xFF';
  const size_t size = unit_size(e);
  std::string out;
  out.reserve(bytes.size() / size + bytes.size() / 8);
  size_t i = start;
  for (; i + size <= bytes.size(); i += size) {
    uint32_t cp = unit_at(bytes, i, e);
    if (size == 2 && cp >= 0xD800 && cp < 0xDC00 && i + 4 <= bytes.size()) {
      const uint32_t low = unit_at(bytes, i + 2, e);
      if (low >= 0xDC00 && low < 0xE000) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    if ((cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) {
      out += kInvalid;
    } else {
      append_utf8(out, static_cast<char32_t>(cp));
    }
  }
  if (i < bytes.size()) out += kInvalid;  // a truncated last unit
  return out;
}

}  // namespace

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::utf32le: return "UTF-32LE";
    case Encoding::utf32be: return "UTF-32BE";
  }
  return "UTF-8";
}

Encoding detect_encoding(std::string_view bytes) {
  using namespace std::string_view_literals;
  // The order of the specification's table: UTF-32 before UTF-16, whose
  // little-endian mark begins the UTF-32 one.
  if (starts_with(bytes, "\x00\x00\xFE\xFF"sv)) return Encoding::utf32be;
  if (bytes.size() >= 4 && starts_with(bytes, "\x00\x00\x00"sv) && starts_text(byte(bytes, 3))) {
    return Encoding::utf32be;
  }
  if (starts_with(bytes, "\xFF\xFE\x00\x00"sv)) return Encoding::utf32le;
  if (bytes.size() >= 4 && starts_text(byte(bytes, 0)) && starts_with(bytes.substr(1), "\x00\x00\x00"sv)) {
    return Encoding::utf32le;
  }
  if (starts_with(bytes, "\xFE\xFF"sv)) return Encoding::utf16be;
  if (bytes.size() >= 2 && byte(bytes, 0) == 0 && starts_text(byte(bytes, 1))) return Encoding::utf16be;
  if (starts_with(bytes, "\xFF\xFE"sv)) return Encoding::utf16le;
  if (bytes.size() >= 2 && starts_text(byte(bytes, 0)) && byte(bytes, 1) == 0) return Encoding::utf16le;
  return Encoding::utf8;
}

DecodedText decode_text(std::string bytes) {
  DecodedText out;
  out.encoding = detect_encoding(bytes);
  if (out.encoding == Encoding::utf8) {
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      bytes.erase(0, 3);
      out.had_bom = true;
    }
    out.text = std::move(bytes);
    return out;
  }
  const size_t size = unit_size(out.encoding);
  out.had_bom = unit_at(bytes, 0, out.encoding) == 0xFEFF;
  out.text = decode_units(bytes, out.had_bom ? size : 0, out.encoding);
  return out;
}

}  // namespace plancheck::source
