// extract/legacy_vn.h — legacy Vietnamese encodings in PDF text layers, and
// whether a text layer is usable at all. Pure functions over UTF-8 text.
//
// Contract
// - Input: the UTF-8 text poppler extracted from one page. A PDF typed with
//   a TCVN3 (ABC, ".VnTime") or VNI ("VNI-Times") font and no ToUnicode map
//   comes out as the font's byte codes read as Latin-1: "Ninh B×nh" (TCVN3
//   for "Ninh Bình"), "Xin chaøo" (VNI for "Xin chào").
// - detect_legacy: which encoding the text is in, by character statistics:
//   each candidate conversion is scored by how many non-Vietnamese characters
//   remain inside words and how many syllables carry two tone marks; a
//   conversion is chosen only when it is strictly better than the text as is.
//   Correct Unicode text and plain ASCII always give none.
// - convert_legacy: table conversion (lossless for the letters of each
//   table) to Unicode NFC; characters outside the table are kept. TCVN3
//   capitals typed with ".VnTimeH" (lower-case codes drawn as capitals) are
//   upper-cased when the rest of the word is in capitals.
// - layer_is_garbage: true when the text is mostly private-use, replacement
//   or control characters, or has a low share of letters and digits — the
//   page must be OCR'd instead.
#pragma once
#include <string>
#include <string_view>

namespace kc::extract {

enum class LegacyEncoding { none, tcvn3, vni };

const char* legacy_name(LegacyEncoding e);  // "none" | "tcvn3" | "vni"
LegacyEncoding detect_legacy(std::string_view utf8);
std::string convert_legacy(std::string_view utf8, LegacyEncoding encoding);

struct LayerQuality {
    std::size_t visible = 0;     // non-blank code points
    std::size_t letters = 0;     // letters (any script) and digits
    std::size_t junk = 0;        // private use, U+FFFD, C0/C1 controls
};
LayerQuality layer_quality(std::string_view utf8);
bool layer_is_garbage(std::string_view utf8);

}  // namespace kc::extract
