#include "unpack/entry_name.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "util/text.h"

namespace kc::unpack {
namespace {

constexpr std::size_t k_max_name_bytes = 4096;

// Characters that a Windows "best fit" conversion or a careless tool may turn
// into a path separator; treated as one when judging safety.
constexpr std::array<std::string_view, 5> k_separator_lookalikes{
    "\xEF\xBC\x8F",  // U+FF0F FULLWIDTH SOLIDUS
    "\xEF\xBC\xBC",  // U+FF3C FULLWIDTH REVERSE SOLIDUS
    "\xE2\x88\x95",  // U+2215 DIVISION SLASH
    "\xE2\x88\x96",  // U+2216 SET MINUS
    "\xE2\x81\x84",  // U+2044 FRACTION SLASH
};
constexpr std::string_view k_fullwidth_dot = "\xEF\xBC\x8E";  // U+FF0E

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
        s.replace(pos, from.size(), to);
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

DecodedName decode_entry_name(std::string_view raw, bool utf8_flag, const std::string& legacy_charset) {
    DecodedName out;
    if (kc::text::is_valid_utf8(raw)) {
        out.utf8 = kc::text::nfc(raw);
        out.encoding = utf8_flag ? "utf8-flag" : "utf8";
    } else if (utf8_flag || legacy_charset.empty()) {
        // Declared UTF-8 but is not: keep what can be kept (U+FFFD for the rest).
        out.utf8 = kc::text::nfc(raw);
        out.encoding = utf8_flag ? "utf8-flag" : "utf8";
    } else {
        out.utf8 = kc::text::decode(raw, legacy_charset.c_str());
        out.encoding = legacy_charset;
        out.legacy = true;
    }
    std::replace(out.utf8.begin(), out.utf8.end(), '\\', '/');
    return out;
}

std::string unsafe_reason(std::string_view name) {
    if (name.empty()) return "empty name";
    if (name.size() > k_max_name_bytes) return "name longer than 4096 bytes";
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7F) return "control character in name";
    std::string s(name);
    std::replace(s.begin(), s.end(), '\\', '/');
    for (auto sep : k_separator_lookalikes) replace_all(s, sep, "/");
    replace_all(s, k_fullwidth_dot, ".");
    if (s.front() == '/') return "absolute path";
    if (s.size() >= 2 && std::isalpha(static_cast<unsigned char>(s[0])) && s[1] == ':')
        return "drive letter";
    for (const auto& part : kc::text::split(s, '/')) {
        // Windows ignores trailing dots and spaces: ".. " and "..." name the parent too.
        std::string trimmed = part;
        while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '.')) trimmed.pop_back();
        if (trimmed.empty() && part.size() >= 2 && part.find('.') != std::string::npos)
            return "\"..\" component";
        if (part.find(':') != std::string::npos && part.size() >= 2 && part[1] == ':')
            return "drive letter";
    }
    return {};
}

std::string clean_path(std::string_view name) {
    std::string out;
    for (const auto& part : kc::text::split(name, '/')) {
        if (part.empty() || part == ".") continue;
        if (!out.empty()) out += '/';
        out += part;
    }
    return out;
}

bool is_ignored_name(std::string_view clean_name) {
    const auto parts = kc::text::split(clean_name, '/');
    for (const auto& part : parts) {
        if (part == "__MACOSX") return true;
        if (!part.empty() && part.front() == '.') return true;  // dot files and dot folders
    }
    const std::string base = ascii_lower(parts.empty() ? std::string() : parts.back());
    if (base == "thumbs.db" || base == "desktop.ini" || base == "ehthumbs.db") return true;
    if (kc::text::starts_with(base, "~$")) return true;
    return ends_with(base, ".tmp") || ends_with(base, ".part") || ends_with(base, ".crdownload");
}

bool has_document_package_extension(std::string_view clean_name) {
    static constexpr std::array<std::string_view, 22> k_extensions{
        ".docx", ".docm", ".dotx", ".dotm", ".xlsx", ".xlsm", ".xltx", ".xltm", ".pptx", ".pptm", ".ppsx",
        ".odt",  ".ods",  ".odp",  ".odg",  ".ott",  ".epub", ".xps",  ".oxps", ".vsdx", ".jar",  ".apk"};
    const std::string lower = ascii_lower(clean_name);
    return std::any_of(k_extensions.begin(), k_extensions.end(),
                       [&](std::string_view ext) { return ends_with(lower, ext); });
}

std::string to_hex(std::string_view bytes) {
    static constexpr char k_digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += k_digits[c >> 4];
        out += k_digits[c & 0xF];
    }
    return out;
}

std::string from_hex(std::string_view hex) {
    auto value = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    if (hex.size() % 2) return {};
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int hi = value(hex[i]), lo = value(hex[i + 1]);
        if (hi < 0 || lo < 0) return {};
        out += static_cast<char>(hi * 16 + lo);
    }
    return out;
}

}  // namespace kc::unpack
