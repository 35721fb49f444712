// extract/legacy_vn.cpp — TCVN3/VNI detection and conversion, text-layer
// quality. Tables from TCVN 5712:1993 (VN3) and the VNI-Windows font layout.
#include "extract/legacy_vn.h"

#include <array>
#include <map>
#include <set>
#include <vector>

#include "util/text.h"

namespace kc::extract {
namespace {

using Cps = std::vector<char32_t>;

Cps decode(std::string_view s) {
    Cps out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        if (i + n > s.size()) n = 1;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(n == 1 && c >= 0x80 ? 0xFFFD : cp);
        i += n;
    }
    return out;
}

void append(std::string& out, char32_t cp) { text::append_utf8(out, cp); }

std::string encode(const Cps& cps) {
    std::string out;
    for (char32_t c : cps) append(out, c);
    return out;
}

// TCVN3 byte (read as Latin-1) → Unicode letter. ".VnTime" holds lower case
// and the plain capitals Ă Â Ê Ô Ơ Ư Đ; toned capitals live in ".VnTimeH"
// under the lower-case codes.
const std::map<char32_t, char32_t>& tcvn3() {
    static const std::map<char32_t, char32_t> t = {
        {0xA1, U'Ă'}, {0xA2, U'Â'}, {0xA3, U'Ê'}, {0xA4, U'Ô'}, {0xA5, U'Ơ'}, {0xA6, U'Ư'}, {0xA7, U'Đ'},
        {0xA8, U'ă'}, {0xA9, U'â'}, {0xAA, U'ê'}, {0xAB, U'ô'}, {0xAC, U'ơ'}, {0xAD, U'ư'}, {0xAE, U'đ'},
        {0xB5, U'à'}, {0xB6, U'ả'}, {0xB7, U'ã'}, {0xB8, U'á'}, {0xB9, U'ạ'},
        {0xBB, U'ằ'}, {0xBC, U'ẳ'}, {0xBD, U'ẵ'}, {0xBE, U'ắ'}, {0xC6, U'ặ'},
        {0xC7, U'ầ'}, {0xC8, U'ẩ'}, {0xC9, U'ẫ'}, {0xCA, U'ấ'}, {0xCB, U'ậ'},
        {0xCC, U'è'}, {0xCE, U'ẻ'}, {0xCF, U'ẽ'}, {0xD0, U'é'}, {0xD1, U'ẹ'},
        {0xD2, U'ề'}, {0xD3, U'ể'}, {0xD4, U'ễ'}, {0xD5, U'ế'}, {0xD6, U'ệ'},
        {0xD7, U'ì'}, {0xD8, U'ỉ'}, {0xDC, U'ĩ'}, {0xDD, U'í'}, {0xDE, U'ị'},
        {0xDF, U'ò'}, {0xE1, U'ỏ'}, {0xE2, U'õ'}, {0xE3, U'ó'}, {0xE4, U'ọ'},
        {0xE5, U'ồ'}, {0xE6, U'ổ'}, {0xE7, U'ỗ'}, {0xE8, U'ố'}, {0xE9, U'ộ'},
        {0xEA, U'ờ'}, {0xEB, U'ở'}, {0xEC, U'ỡ'}, {0xED, U'ớ'}, {0xEE, U'ợ'},
        {0xEF, U'ù'}, {0xF1, U'ủ'}, {0xF2, U'ũ'}, {0xF3, U'ú'}, {0xF4, U'ụ'},
        {0xF5, U'ừ'}, {0xF6, U'ử'}, {0xF7, U'ữ'}, {0xF8, U'ứ'}, {0xF9, U'ự'},
        {0xFA, U'ỳ'}, {0xFB, U'ỷ'}, {0xFC, U'ỹ'}, {0xFD, U'ý'}, {0xFE, U'ỵ'},
    };
    return t;
}

// VNI-Windows: whole letters …
const std::map<char32_t, char32_t>& vni_letters() {
    static const std::map<char32_t, char32_t> t = {
        {0xF4, U'ơ'}, {0xD4, U'Ơ'}, {0xF6, U'ư'}, {0xD6, U'Ư'}, {0xF1, U'đ'}, {0xD1, U'Đ'},
        {0xE6, U'ỉ'}, {0xC6, U'Ỉ'}, {0xF3, U'ĩ'}, {0xD3, U'Ĩ'}, {0xF2, U'ị'}, {0xD2, U'Ị'},
        {0xEE, U'ỵ'}, {0xCE, U'Ỵ'},
    };
    return t;
}

// … and marks typed after the vowel (circumflex/breve, then the tone).
const std::map<char32_t, std::u32string>& vni_marks() {
    static const std::map<char32_t, std::u32string> t = {
        {0xF9, U"\u0301"}, {0xF8, U"\u0300"}, {0xFB, U"\u0309"}, {0xF5, U"\u0303"}, {0xEF, U"\u0323"},
        {0xE2, U"\u0302"}, {0xEA, U"\u0306"},
        {0xE1, U"\u0302\u0301"}, {0xE0, U"\u0302\u0300"}, {0xE5, U"\u0302\u0309"}, {0xE3, U"\u0302\u0303"},
        {0xE4, U"\u0302\u0323"},
        {0xE9, U"\u0306\u0301"}, {0xE8, U"\u0306\u0300"}, {0xFA, U"\u0306\u0309"}, {0xFC, U"\u0306\u0303"},
        {0xEB, U"\u0306\u0323"},
        // the same marks for capitals
        {0xD9, U"\u0301"}, {0xD8, U"\u0300"}, {0xDB, U"\u0309"}, {0xD5, U"\u0303"}, {0xCF, U"\u0323"},
        {0xC2, U"\u0302"}, {0xCA, U"\u0306"},
        {0xC1, U"\u0302\u0301"}, {0xC0, U"\u0302\u0300"}, {0xC5, U"\u0302\u0309"}, {0xC3, U"\u0302\u0303"},
        {0xC4, U"\u0302\u0323"},
        {0xC9, U"\u0306\u0301"}, {0xC8, U"\u0306\u0300"}, {0xDA, U"\u0306\u0309"}, {0xDC, U"\u0306\u0303"},
        {0xCB, U"\u0306\u0323"},
    };
    return t;
}

char32_t lower_latin1(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 0x20 : c; }

// Vietnamese vowels with any diacritic → (base vowel without the tone, has a tone).
struct VowelInfo {
    char32_t base;  // lower case, with circumflex/breve/horn kept
    bool toned;
};
const std::map<char32_t, VowelInfo>& vowels() {
    static const std::map<char32_t, VowelInfo> t = [] {
        std::map<char32_t, VowelInfo> m;
        const std::u32string bases = U"aăâeêioôơuưy";
        const std::u32string tones = U"\u0300\u0301\u0309\u0303\u0323";
        for (bool upper : {false, true}) {
            for (char32_t b : bases) {
                std::string bs;
                append(bs, b);
                std::string cased = upper ? kc::text::upper(bs) : bs;
                for (char32_t c : decode(cased)) m[c] = {b, false};
                for (char32_t tone : tones) {
                    std::string s = cased;
                    append(s, tone);
                    Cps composed = decode(kc::text::nfc(s));
                    if (composed.size() == 1) m[composed[0]] = {b, true};
                }
            }
        }
        return m;
    }();
    return t;
}

bool is_vowel(char32_t c) { return vowels().count(c) > 0; }
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_vietnamese_letter(char32_t c) {
    return is_ascii_letter(c) || is_vowel(c) || c == U'đ' || c == U'Đ';
}
bool is_word_char(char32_t c) {
    if (c <= ' ' || c == 0xA0) return false;
    if (c < 0x80) return is_ascii_letter(c);
    return !(c >= 0x2000 && c <= 0x206F);  // general punctuation (quotes, dashes) separates words
}

// Lower is better: non-Vietnamese characters inside words, words with two
// tones, and vowel pairs no Vietnamese syllable has (a toned or marked vowel
// right after a/ă/â/e/ê/ô/ơ, as "chaứo" from VNI read as TCVN3).
int implausibility(const Cps& text) {
    int bad = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_word_char(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        bool ascii = false;
        while (end < text.size() && is_word_char(text[end])) ascii |= is_ascii_letter(text[end++]);
        if (ascii) {
            int tones = 0;
            for (std::size_t k = i; k < end; ++k) {
                char32_t c = text[k];
                if (c >= 0x80 && !is_vietnamese_letter(c)) ++bad;
                auto v = vowels().find(c);
                if (v == vowels().end()) continue;
                tones += v->second.toned;
                if (k > i) {
                    auto p = vowels().find(text[k - 1]);
                    const std::u32string open = U"aăâeêôơ";
                    if (p != vowels().end() && open.find(p->second.base) != std::u32string::npos &&
                        (v->second.toned || c >= 0x80))
                        ++bad;
                }
            }
            if (tones > 1) ++bad;
        }
        i = end;
    }
    return bad;
}

Cps to_tcvn3(const Cps& in) {
    Cps out;
    out.reserve(in.size());
    for (char32_t c : in) {
        auto it = tcvn3().find(c);
        out.push_back(it == tcvn3().end() ? c : it->second);
    }
    return out;
}

Cps to_vni(const Cps& in) {
    Cps out;
    out.reserve(in.size() + 8);
    for (char32_t c : in) {
        if (auto m = vni_marks().find(c); m != vni_marks().end() && !out.empty() && is_vowel(out.back())) {
            out.insert(out.end(), m->second.begin(), m->second.end());
        } else if (auto l = vni_letters().find(c); l != vni_letters().end()) {
            out.push_back(l->second);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

// ".VnTimeH" capitals: "UBND TØNH" → "UBND TỈNH".
std::string upper_caps_words(const std::string& utf8) {
    Cps cps = decode(utf8);
    std::string out;
    std::size_t i = 0;
    while (i < cps.size()) {
        if (!is_word_char(cps[i])) {
            append(out, cps[i++]);
            continue;
        }
        std::size_t end = i;
        int upper = 0, lower = 0, converted_lower = 0;
        for (; end < cps.size() && is_word_char(cps[end]); ++end) {
            char32_t c = cps[end];
            if (c >= 'A' && c <= 'Z') ++upper;
            else if (c >= 'a' && c <= 'z') ++lower;
            else if (c >= 0x80 && lower_latin1(c) == c) ++converted_lower;
        }
        std::string word = encode(Cps(cps.begin() + static_cast<long>(i), cps.begin() + static_cast<long>(end)));
        // Two capitals at least: "Tù" (Tự) at the start of a sentence stays as it is.
        out += upper >= 2 && lower == 0 && converted_lower > 0 ? kc::text::upper(word) : word;
        i = end;
    }
    return out;
}

}  // namespace

const char* legacy_name(LegacyEncoding e) {
    return e == LegacyEncoding::tcvn3 ? "tcvn3" : e == LegacyEncoding::vni ? "vni" : "none";
}

LegacyEncoding detect_legacy(std::string_view utf8) {
    Cps text = decode(utf8);
    bool latin1 = false;
    for (char32_t c : text) latin1 |= c >= 0xA1 && c <= 0xFF;
    if (!latin1) return LegacyEncoding::none;  // nothing either table would change
    const int as_is = implausibility(text);
    const int tcvn = implausibility(to_tcvn3(text));
    const int vni = implausibility(decode(kc::text::nfc(encode(to_vni(text)))));
    if (as_is == 0 || (tcvn >= as_is && vni >= as_is)) return LegacyEncoding::none;
    if (tcvn < vni) return LegacyEncoding::tcvn3;
    if (vni < tcvn) return LegacyEncoding::vni;
    // Equal: VNI puts its marks right after vowels, TCVN3 never needs to.
    int after_vowel = 0;
    for (std::size_t i = 1; i < text.size(); ++i)
        after_vowel += vni_marks().count(text[i]) && is_vowel(text[i - 1]) ? 1 : -1 * (tcvn3().count(text[i]) > 0);
    return after_vowel > 0 ? LegacyEncoding::vni : LegacyEncoding::tcvn3;
}

std::string convert_legacy(std::string_view utf8, LegacyEncoding encoding) {
    switch (encoding) {
        case LegacyEncoding::tcvn3: return upper_caps_words(kc::text::nfc(encode(to_tcvn3(decode(utf8)))));
        case LegacyEncoding::vni: return kc::text::nfc(encode(to_vni(decode(utf8))));
        case LegacyEncoding::none: break;
    }
    return std::string(utf8);
}

LayerQuality layer_quality(std::string_view utf8) {
    LayerQuality q;
    for (char32_t c : decode(utf8)) {
        if (c <= ' ' || c == 0xA0 || c == 0x3000) continue;
        ++q.visible;
        const bool junk = (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 || c == 0xFFFD || c < 0x20 ||
                          (c >= 0x7F && c < 0xA0);
        if (junk) {
            ++q.junk;
        } else if ((c >= '0' && c <= '9') || is_ascii_letter(c) || (c >= 0xC0 && c != 0xD7 && c != 0xF7 &&
                                                                     !(c >= 0x2000 && c <= 0x2BFF))) {
            ++q.letters;
        }
    }
    return q;
}

bool layer_is_garbage(std::string_view utf8) {
    LayerQuality q = layer_quality(utf8);
    if (q.visible == 0) return true;
    return q.junk * 5 > q.visible || q.letters * 2 < q.visible;
}

}  // namespace kc::extract
