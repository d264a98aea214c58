// Encodings: detection by YAML 1.2's table, decoding UTF-16 and UTF-32.

#include <doctest/doctest.h>

#include <string>

#include "source/encoding.h"
#include "source/source_file.h"

using namespace plancheck;
using namespace std::string_literals;
using source::Encoding;

namespace {

/// `text` (ASCII or Latin-1 code points < U+0100, plus U+1F600 as "@") in UTF-16 or UTF-32.
std::string encoded(std::u32string_view text, Encoding e, bool bom) {
  std::u32string all = bom ? U"\uFEFF" + std::u32string(text) : std::u32string(text);
  std::string out;
  for (const char32_t cp : all) {
    std::u16string units;
    if (cp >= 0x10000) {
      units = {static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)),
               static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF))};
    } else {
      units = {static_cast<char16_t>(cp)};
    }
    if (e == Encoding::utf16le || e == Encoding::utf16be) {
      for (const char16_t u : units) {
        const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
        out += e == Encoding::utf16le ? std::string{lo, hi} : std::string{hi, lo};
      }
    } else {
      std::string b{static_cast<char>(cp & 0xFF), static_cast<char>((cp >> 8) & 0xFF),
                    static_cast<char>((cp >> 16) & 0xFF), static_cast<char>(cp >> 24)};
      out += e == Encoding::utf32le ? b : std::string(b.rbegin(), b.rend());
    }
  }
  return out;
}

}  // namespace

TEST_CASE("UTF-16 and UTF-32, with and without a byte order mark, decode to UTF-8") {
  const std::u32string text = U"plancheck: 1\ntitle: \u00D8yer \U0001F600\n";
  const std::string utf8 = "plancheck: 1\ntitle: \xC3\x98yer \xF0\x9F\x98\x80\n";
  for (const Encoding e : {Encoding::utf16le, Encoding::utf16be, Encoding::utf32le, Encoding::utf32be}) {
    for (const bool bom : {true, false}) {
      CAPTURE(source::encoding_name(e));
      CAPTURE(bom);
      const std::string bytes = encoded(text, e, bom);
      CHECK(source::detect_encoding(bytes) == e);
      const source::DecodedText decoded = source::decode_text(bytes);
      CHECK(decoded.text == utf8);
      CHECK(decoded.had_bom == bom);
      const source::SourceFile file("a.yaml", decoded.text);
      CHECK(file.position(static_cast<source::Offset>(file.text().find("\xF0"))).column == 13);
    }
  }
}

TEST_CASE("UTF-8 stays as it is; binary data is not taken for UTF-16") {
  CHECK(source::detect_encoding("plancheck: 1\n") == Encoding::utf8);
  CHECK(source::decode_text("\xEF\xBB\xBFx: 1\n").text == "x: 1\n");
  CHECK(source::decode_text("\xEF\xBB\xBFx: 1\n").had_bom);
  CHECK(source::detect_encoding("\x00\x01\x02\x03"s) == Encoding::utf8);
  CHECK(source::detect_encoding("\x01\x00"s) == Encoding::utf8);
  CHECK(source::detect_encoding("") == Encoding::utf8);
}

TEST_CASE("an invalid code unit becomes a byte that is never UTF-8, where it stood") {
  // A lone low surrogate, then a truncated last unit.
  const std::string bytes = "\xFF\xFE" "a\x00\x00\xDC" "b\x00" "c"s;
  const source::DecodedText decoded = source::decode_text(bytes);
  CHECK(decoded.encoding == Encoding::utf16le);
  CHECK(decoded.text == "a\xFF" "b\xFF");
  CHECK(source::decode_text("\x00\x00\xFE\xFF\x00\x11\x00\x00"s).text == "\xFF");  // past U+10FFFF
}
