// The "Số:" line. OCR reads digits in symbols badly (domain notes §5), so the
// number is repaired only where the repair is unambiguous (O→0, l/I→1, spaces
// inside the number) and then validated; the symbol must be code-dash-code.
#include <cctype>

#include "understand/doc_types.h"
#include "understand/header_parts.h"
#include "understand/text_lines.h"
#include "util/text.h"

namespace kc::understand::detail {
namespace {

std::size_t cp_len(unsigned char c) {
    return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
}

bool symbol_part_ok(std::string_view p) {
    if (p.empty()) return false;
    for (std::size_t i = 0; i < p.size();) {
        unsigned char c = static_cast<unsigned char>(p[i]);
        if (std::isalnum(c) || c == '&') {
            ++i;
            continue;
        }
        // Đ đ (U+0110, U+0111): codes such as QĐ, HĐ, CĐ, ĐA
        if (c == 0xC4 && i + 1 < p.size() &&
            (static_cast<unsigned char>(p[i + 1]) == 0x90 || static_cast<unsigned char>(p[i + 1]) == 0x91)) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

// Digits of an OCR'd run; -1 entries mean "not a digit"; spaces skipped.
std::string repair_digits(std::string_view raw, bool* repaired, bool* ok) {
    std::string out;
    *ok = true;
    for (char c : raw) {
        if (c == ' ') {
            *repaired = true;
            continue;
        }
        int d = ocr_digit(c);
        if (d < 0) {
            *ok = false;
            return {};
        }
        if (c < '0' || c > '9') *repaired = true;
        out += static_cast<char>('0' + d);
    }
    return out;
}

}  // namespace

std::optional<NumberLine> parse_number_line(std::string_view line) {
    std::string s = kc::text::trim(line);
    if (s.size() < 3 || (s[0] != 'S' && s[0] != 's')) return std::nullopt;
    std::size_t n = cp_len(static_cast<unsigned char>(s[1]));
    if (1 + n > s.size()) return std::nullopt;
    std::string second = s.substr(1, n);
    if (second != "0" && key(second) != "o") return std::nullopt;
    std::size_t i = 1 + n;
    while (i < s.size() && s[i] == ' ') ++i;
    bool colon = false;
    if (i < s.size() && (s[i] == ':' || s[i] == ';' || s[i] == '.')) {
        colon = true;
        ++i;
    }
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t start = i;
    while (i < s.size() && s[i] != '/' && (s[i] == ' ' || ocr_digit(s[i]) >= 0)) ++i;
    if (i >= s.size() || s[i] != '/') return std::nullopt;
    std::string raw = kc::text::trim(s.substr(start, i - start));
    bool has_digit = false;
    for (char c : raw) has_digit |= (c >= '0' && c <= '9');
    if (!colon && !has_digit) return std::nullopt;  // "Số lượng/…" and the like

    NumberLine out;
    bool ok = true;
    out.number = repair_digits(raw, &out.repaired, &ok);
    if (!ok || out.number.size() > 6) {
        out.valid = false;
        out.number.clear();
        out.notes.push_back("số văn bản không đúng dạng / document number does not fit its grammar");
    } else if (out.number.empty()) {
        out.notes.push_back("số văn bản để trống (có thể được cấp khi ký số) / document number blank (may be stamped at signing)");
    } else if (out.repaired) {
        out.notes.push_back("số văn bản đã sửa lỗi nhận dạng: " + out.number +
                            " / document number repaired from OCR: " + out.number);
    }
    ++i;  // past '/'
    while (i < s.size() && s[i] == ' ') ++i;

    // normative documents: number/year/symbol
    std::size_t y = i;
    while (y < s.size() && ocr_digit(s[y]) >= 0) ++y;
    if (y < s.size() && s[y] == '/' && y - i == 4) {
        bool rep = false, yok = true;
        std::string year = repair_digits(s.substr(i, 4), &rep, &yok);
        int yv = yok ? std::stoi(year) : 0;
        if (yok && yv >= 2000 && yv <= 2100) {
            if (!out.number.empty()) out.number += "/" + year;
            out.repaired |= rep;
            i = y + 1;
        }
    }

    std::string sym;
    for (int guard = 0; guard < 4; ++guard) {
        std::size_t b = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != ';') ++i;
        sym += s.substr(b, i - b);
        std::size_t j = i;
        while (j < s.size() && s[j] == ' ') ++j;
        bool joins = (!sym.empty() && sym.back() == '-') || (j < s.size() && s[j] == '-');
        if (!joins || j >= s.size()) break;
        i = j;  // "KH - UBND": spaces around the dash
    }
    while (!sym.empty() && (sym.back() == '.' || sym.back() == '-')) sym.pop_back();
    out.rest = kc::text::trim(i < s.size() ? s.substr(i) : std::string());
    while (!out.rest.empty() && (out.rest[0] == ',' || out.rest[0] == ';'))
        out.rest = kc::text::trim(out.rest.substr(1));

    auto parts = kc::text::split(sym, '-');
    bool sym_ok = !sym.empty();
    for (auto& p : parts) sym_ok = sym_ok && symbol_part_ok(p);
    if (!sym_ok) {
        out.valid = false;
        out.notes.push_back("ký hiệu văn bản không đúng dạng / document symbol does not fit its grammar");
        return out;
    }
    out.symbol = sym;
    bool loose = false;
    const DocKind* k = kind_by_code(parts[0], &loose);
    if (k && parts.size() >= 2) {
        out.type_code = std::string(k->code);
        if (loose) {
            out.symbol = out.type_code + sym.substr(parts[0].size());
            out.repaired = true;
            out.notes.push_back("mã loại văn bản đã chuẩn hoá: " + out.type_code +
                                " / type code normalised: " + out.type_code);
        }
    } else if (parts.size() < 2 && k) {
        out.type_code = std::string(k->code);
        out.notes.push_back("ký hiệu thiếu mã cơ quan / symbol lacks the issuer code");
    }
    return out;
}

}  // namespace kc::understand::detail
