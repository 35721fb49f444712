// understand/text_lines.h — line and word helpers shared by the understand stage
// (internal). Matching is done on folded text (kc::text::fold: no case, no
// diacritics, đ → d) so the decree's own variants (hòa/hoà, ủy/uỷ) and OCR tone
// slips compare equal; values are always cut from the original NFC line.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kc::understand::detail {

// Lines of a text; "\r\n", "\r" and form feeds split lines too.
std::vector<std::string> split_lines(std::string_view text);
// Columns of a layout line: runs of 3+ spaces or a tab separate them (pdftotext
// -layout puts the issuer and the motto, or recipients and signer, on one line).
std::vector<std::string> split_columns(std::string_view line);
// fold() with everything but [a-z0-9] turned into single spaces, trimmed.
std::string key(std::string_view s);
// Whole-word phrase search: both sides keyed.
bool has_words(std::string_view haystack_key, std::string_view needle_key);
// Has cased letters and no lower-case ones ("ỦY BAN NHÂN DÂN").
bool is_upper(std::string_view s);
// Collapses whitespace runs to one space and trims.
std::string squash(std::string_view s);
// The column with the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do -
// Hạnh phúc") removed wherever it sits in the line; separators ("____") dropped.
std::string strip_motto(std::string_view line);
// A digit, or a letter OCR often reads for one (O o → 0, l I i | ! → 1); -1 otherwise.
int ocr_digit(char c);

}  // namespace kc::understand::detail
