// util/text.h — Unicode text helpers (ICU). Pure functions over UTF-8.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kc::text {

// NFC-normalise UTF-8; invalid sequences are replaced by U+FFFD.
std::string nfc(std::string_view utf8);
// Case- and diacritic-insensitive key: NFD, drop combining marks, đ/Đ → d,
// lower case, collapse whitespace. "Phòng Nội vụ" → "phong noi vu".
std::string fold(std::string_view utf8);
bool is_valid_utf8(std::string_view bytes);
// Appends code point `cp` to `out` as UTF-8 (no validation: the caller's cp is a scalar value).
void append_utf8(std::string& out, char32_t cp);
// Decode bytes in a legacy code page (ICU converter name, e.g. "windows-1258"), then NFC.
std::string decode(std::string_view bytes, const char* charset);
std::string lower(std::string_view utf8);
std::string upper(std::string_view utf8);
std::string trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
bool starts_with(std::string_view s, std::string_view prefix);
// Keep at most n code points (never cuts inside a UTF-8 sequence).
std::string truncate(std::string_view utf8, std::size_t n);

}  // namespace kc::text
