// understand/doc_types.h — the kinds of administrative documents and their type
// codes (Nghị định 30/2020/NĐ-CP, Phụ lục III) (internal).
#pragma once
#include <string>
#include <string_view>

namespace kc::understand::detail {

struct DocKind {
    std::string_view code;  // "KH", "QĐ", "QyĐ", "CTr"; "CV" for công văn (no code in symbols)
    std::string_view name;  // "KẾ HOẠCH"
    bool in_symbols;        // false for công văn: its symbol carries no type code
};

// Exact NFC code first, then ignoring case ("CTR" → CTr), then folded ("QD" → QĐ)
// when that is unambiguous ("HD" stays Hướng dẫn; "hd" alone could be HĐ too).
// `loose` is set when the match was not exact. nullptr when none.
const DocKind* kind_by_code(std::string_view code, bool* loose = nullptr);
// A line that is exactly a kind's name ("KẾ HOẠCH", "Quyết định"), keyed.
const DocKind* kind_by_name_key(std::string_view line_key);
// Longest kind name the keyed line starts with, or nullptr; *words = its word count.
const DocKind* kind_name_prefix(std::string_view line_key, int* words);

}  // namespace kc::understand::detail
