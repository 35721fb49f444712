#include "understand/doc_types.h"

#include <array>

#include "understand/text_lines.h"
#include "util/text.h"

namespace kc::understand::detail {
namespace {

// Phụ lục III of Nghị định 30/2020, plus the copies and công văn (no code); then the
// normative kinds whose symbols the decree's layout also carries (Nghị định "NĐ-CP",
// Thông tư "TT-BNV"), and Kết luận / Giấy chứng nhận that the rules list as kinds.
constexpr std::array k_kinds = {
    DocKind{"NQ", "NGHỊ QUYẾT", true},
    DocKind{"QĐ", "QUYẾT ĐỊNH", true},
    DocKind{"CT", "CHỈ THỊ", true},
    DocKind{"QC", "QUY CHẾ", true},
    DocKind{"QyĐ", "QUY ĐỊNH", true},
    DocKind{"TC", "THÔNG CÁO", true},
    DocKind{"TB", "THÔNG BÁO", true},
    DocKind{"HD", "HƯỚNG DẪN", true},
    DocKind{"CTr", "CHƯƠNG TRÌNH", true},
    DocKind{"KH", "KẾ HOẠCH", true},
    DocKind{"PA", "PHƯƠNG ÁN", true},
    DocKind{"ĐA", "ĐỀ ÁN", true},
    DocKind{"DA", "DỰ ÁN", true},
    DocKind{"BC", "BÁO CÁO", true},
    DocKind{"BB", "BIÊN BẢN", true},
    DocKind{"TTr", "TỜ TRÌNH", true},
    DocKind{"HĐ", "HỢP ĐỒNG", true},
    DocKind{"CĐ", "CÔNG ĐIỆN", true},
    DocKind{"BGN", "BẢN GHI NHỚ", true},
    DocKind{"BTT", "BẢN THỎA THUẬN", true},
    DocKind{"GUQ", "GIẤY ỦY QUYỀN", true},
    DocKind{"GM", "GIẤY MỜI", true},
    DocKind{"GGT", "GIẤY GIỚI THIỆU", true},
    DocKind{"GNP", "GIẤY NGHỈ PHÉP", true},
    DocKind{"PG", "PHIẾU GỬI", true},
    DocKind{"PC", "PHIẾU CHUYỂN", true},
    DocKind{"PB", "PHIẾU BÁO", true},
    DocKind{"SY", "BẢN SAO Y", true},
    DocKind{"TrS", "BẢN TRÍCH SAO", true},
    DocKind{"SL", "BẢN SAO LỤC", true},
    DocKind{"NĐ", "NGHỊ ĐỊNH", true},
    DocKind{"TT", "THÔNG TƯ", true},
    DocKind{"KL", "KẾT LUẬN", true},
    DocKind{"GCN", "GIẤY CHỨNG NHẬN", true},
    DocKind{"CV", "CÔNG VĂN", false},
};

}  // namespace

const DocKind* kind_by_code(std::string_view code, bool* loose) {
    if (loose) *loose = false;
    if (code.empty()) return nullptr;
    for (auto& k : k_kinds)
        if (k.in_symbols && k.code == code) return &k;
    if (loose) *loose = true;
    std::string up = kc::text::upper(code);
    for (auto& k : k_kinds)
        if (k.in_symbols && kc::text::upper(k.code) == up) return &k;
    std::string f = kc::text::fold(code);
    const DocKind* found = nullptr;
    for (auto& k : k_kinds) {
        if (!k.in_symbols || kc::text::fold(k.code) != f) continue;
        if (found) return nullptr;  // ambiguous once diacritics are gone
        found = &k;
    }
    return found;
}

const DocKind* kind_by_name_key(std::string_view line_key) {
    for (auto& k : k_kinds)
        if (key(k.name) == line_key) return &k;
    return nullptr;
}

const DocKind* kind_name_prefix(std::string_view line_key, int* words) {
    const DocKind* best = nullptr;
    std::size_t best_len = 0;
    std::string line = std::string(line_key) + " ";
    for (auto& k : k_kinds) {
        std::string n = key(k.name) + " ";
        if (line.compare(0, n.size(), n) == 0 && n.size() > best_len) {
            best = &k;
            best_len = n.size();
        }
    }
    if (best && words) {
        *words = 0;
        for (char c : key(best->name))
            if (c == ' ') ++*words;
        ++*words;
    }
    return best;
}

}  // namespace kc::understand::detail
