#include "util/text.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace kc::text {
namespace {

icu::UnicodeString from_utf8(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

icu::UnicodeString normalize(const icu::UnicodeString& u, bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = compose ? icu::Normalizer2::getNFCInstance(status)
                                        : icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return u;
    icu::UnicodeString out = n->normalize(u, status);
    return U_FAILURE(status) ? u : out;
}

}  // namespace

std::string nfc(std::string_view utf8) { return to_utf8(normalize(from_utf8(utf8), true)); }

std::string fold(std::string_view utf8) {
    icu::UnicodeString d = normalize(from_utf8(utf8), false);
    icu::UnicodeString out;
    bool last_space = true;
    for (int32_t i = 0; i < d.length();) {
        UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c == 0x0111 || c == 0x0110) c = 'd';  // đ Đ: NFD does not decompose them
        if (u_isspace(c)) {
            if (!last_space) out.append(static_cast<UChar32>(' '));
            last_space = true;
            continue;
        }
        out.append(u_tolower(c));
        last_space = false;
    }
    std::string s = to_utf8(out);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

bool is_valid_utf8(std::string_view b) {
    int32_t i = 0, n = static_cast<int32_t>(b.size());
    const auto* p = reinterpret_cast<const uint8_t*>(b.data());
    while (i < n) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
    }
    return true;
}

std::string decode(std::string_view bytes, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
    (void)status;
    return to_utf8(normalize(u, true));
}

std::string lower(std::string_view utf8) {
    icu::UnicodeString u = from_utf8(utf8);
    u.toLower();
    return to_utf8(u);
}

std::string upper(std::string_view utf8) {
    icu::UnicodeString u = from_utf8(utf8);
    u.toUpper();
    return to_utf8(u);
}

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r\n\f\v");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\r\n\f\v");
    return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.emplace_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::string truncate(std::string_view utf8, std::size_t n) {
    std::size_t count = 0, i = 0;
    while (i < utf8.size() && count < n) {
        auto c = static_cast<unsigned char>(utf8[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        i += len;
        ++count;
    }
    return std::string(utf8.substr(0, std::min(i, utf8.size())));
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace kc::text
