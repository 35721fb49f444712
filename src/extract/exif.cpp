// extract/exif.cpp — the date a photo was taken, from its EXIF block. Pure
// and bounds-checked: the bytes come from untrusted files.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extract/extract.h"

namespace kc::extract {
namespace {

constexpr std::uint16_t k_tag_datetime = 0x0132;
constexpr std::uint16_t k_tag_exif_ifd = 0x8769;
constexpr std::uint16_t k_tag_date_original = 0x9003;
constexpr std::uint16_t k_tag_date_digitized = 0x9004;
constexpr std::uint16_t k_tag_offset = 0x9010;
constexpr std::uint16_t k_tag_offset_original = 0x9011;
constexpr std::uint16_t k_tag_offset_digitized = 0x9012;
constexpr std::uint16_t k_tag_orientation = 0x0112;
constexpr std::uint16_t k_type_ascii = 2;
constexpr std::uint16_t k_type_short = 3;
constexpr int k_max_entries = 1000;  // real IFDs hold a few dozen

class Tiff {
public:
    explicit Tiff(std::string_view b) : m_b(b) {
        if (b.size() >= 8 && b.substr(0, 4) == std::string_view("II*\0", 4)) m_little = true, m_ok = true;
        if (b.size() >= 8 && b.substr(0, 4) == std::string_view("MM\0*", 4)) m_little = false, m_ok = true;
    }
    bool ok() const { return m_ok; }
    std::optional<std::uint32_t> u16(std::size_t at) const {
        if (at + 2 > m_b.size()) return std::nullopt;
        auto b0 = static_cast<unsigned char>(m_b[at]), b1 = static_cast<unsigned char>(m_b[at + 1]);
        return m_little ? (b0 | b1 << 8) : (b0 << 8 | b1);
    }
    std::optional<std::uint32_t> u32(std::size_t at) const {
        auto lo = u16(m_little ? at : at + 2), hi = u16(m_little ? at + 2 : at);
        if (!lo || !hi) return std::nullopt;
        return *lo | *hi << 16;
    }
    // Value of an ASCII entry of the IFD at `ifd`, or of a LONG/IFD pointer.
    std::optional<std::string> ascii(std::uint32_t ifd, std::uint16_t tag) const {
        auto e = entry(ifd, tag);
        if (!e) return std::nullopt;
        auto type = u16(*e + 2), count = u32(*e + 4);
        if (!type || !count || *type != k_type_ascii || *count == 0 || *count > 64) return std::nullopt;
        std::size_t at = *e + 8;
        if (*count > 4) {
            auto off = u32(*e + 8);
            if (!off) return std::nullopt;
            at = *off;
        }
        if (at + *count > m_b.size()) return std::nullopt;
        std::string s(m_b.substr(at, *count));
        if (auto nul = s.find('\0'); nul != std::string::npos) s.resize(nul);
        return s;
    }
    // Value of a SHORT entry (stored in the entry itself).
    std::optional<std::uint32_t> short_value(std::uint32_t ifd, std::uint16_t tag) const {
        auto e = entry(ifd, tag);
        if (!e) return std::nullopt;
        auto type = u16(*e + 2), count = u32(*e + 4);
        if (!type || !count || *type != k_type_short || *count != 1) return std::nullopt;
        return u16(*e + 8);
    }
    std::optional<std::uint32_t> pointer(std::uint32_t ifd, std::uint16_t tag) const {
        auto e = entry(ifd, tag);
        if (!e) return std::nullopt;
        return u32(*e + 8);
    }
    std::optional<std::uint32_t> first_ifd() const { return u32(4); }
    // Offset of the IFD after the one at `ifd` (0: none).
    std::optional<std::uint32_t> next_ifd(std::uint32_t ifd) const {
        auto n = u16(ifd);
        if (!n) return std::nullopt;
        return u32(static_cast<std::size_t>(ifd) + 2 + 12 * static_cast<std::size_t>(*n));
    }

private:
    std::optional<std::size_t> entry(std::uint32_t ifd, std::uint16_t tag) const {
        auto n = u16(ifd);
        if (!n) return std::nullopt;
        for (std::uint32_t i = 0; i < *n && i < k_max_entries; ++i) {
            std::size_t at = static_cast<std::size_t>(ifd) + 2 + 12 * i;
            auto t = u16(at);
            if (!t || at + 12 > m_b.size()) return std::nullopt;
            if (*t == tag) return at;
        }
        return std::nullopt;
    }

    std::string_view m_b;
    bool m_little = true;
    bool m_ok = false;
};

bool digits(std::string_view s, std::size_t at, std::size_t n, int lo, int hi) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    return v >= lo && v <= hi;
}

// "YYYY:MM:DD HH:MM:SS" → "YYYY-MM-DDTHH:MM:SS"; cameras without a clock write
// blanks or zeros, which are no date at all.
std::string iso_date(std::string_view s) {
    if (s.size() < 19 || s[4] != ':' || s[7] != ':' || s[10] != ' ' || s[13] != ':' || s[16] != ':') return {};
    if (!digits(s, 0, 4, 1900, 2999) || !digits(s, 5, 2, 1, 12) || !digits(s, 8, 2, 1, 31) ||
        !digits(s, 11, 2, 0, 23) || !digits(s, 14, 2, 0, 59) || !digits(s, 17, 2, 0, 60))
        return {};
    std::string out(s.substr(0, 19));
    out[4] = out[7] = '-';
    out[10] = 'T';
    return out;
}

bool valid_offset(std::string_view s) {
    return s.size() == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':' && digits(s, 1, 2, 0, 14) &&
           digits(s, 4, 2, 0, 59);
}

std::string tiff_date(std::string_view block) {
    Tiff t(block);
    if (!t.ok()) return {};
    auto ifd0 = t.first_ifd();
    if (!ifd0) return {};
    if (auto exif = t.pointer(*ifd0, k_tag_exif_ifd)) {
        const std::pair<std::uint16_t, std::uint16_t> tags[] = {{k_tag_date_original, k_tag_offset_original},
                                                                {k_tag_date_digitized, k_tag_offset_digitized}};
        for (auto [date_tag, offset_tag] : tags) {
            auto date = t.ascii(*exif, date_tag);
            std::string iso = date ? iso_date(*date) : std::string();
            if (iso.empty()) continue;
            auto offset = t.ascii(*exif, offset_tag);
            if (!offset) offset = t.ascii(*exif, k_tag_offset);
            if (offset && valid_offset(*offset)) iso += *offset;
            return iso;
        }
    }
    auto date = t.ascii(*ifd0, k_tag_datetime);  // last change, often the capture time
    return date ? iso_date(*date) : std::string();
}

}  // namespace

namespace {

// The TIFF block of a file: the file itself for a TIFF, the APP1 "Exif"
// segment of a JPEG (before the image data), else empty.
std::string_view exif_block(std::string_view b) {
    if (b.size() >= 4 && (b.substr(0, 4) == std::string_view("II*\0", 4) || b.substr(0, 4) == std::string_view("MM\0*", 4)))
        return b;
    if (b.size() < 4 || static_cast<unsigned char>(b[0]) != 0xFF || static_cast<unsigned char>(b[1]) != 0xD8) return {};
    std::size_t pos = 2;
    while (pos + 4 <= b.size()) {
        if (static_cast<unsigned char>(b[pos]) != 0xFF) break;
        const unsigned char marker = static_cast<unsigned char>(b[pos + 1]);
        if (marker == 0xFF) {  // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // no length field
            pos += 2;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) break;  // image data: metadata is over
        const std::size_t len = static_cast<unsigned char>(b[pos + 2]) << 8 | static_cast<unsigned char>(b[pos + 3]);
        if (len < 2 || pos + 2 + len > b.size()) break;
        std::string_view seg = b.substr(pos + 4, len - 2);
        if (marker == 0xE1 && seg.size() > 6 && seg.substr(0, 6) == std::string_view("Exif\0\0", 6)) return seg.substr(6);
        pos += 2 + len;
    }
    return {};
}

}  // namespace

std::string exif_date(std::string_view b) {
    std::string_view block = exif_block(b);
    return block.empty() ? std::string() : tiff_date(block);
}

int tiff_page_count(std::string_view b, int cap) {
    Tiff t(b);
    if (!t.ok()) return 0;
    auto ifd = t.first_ifd();
    std::unordered_set<std::uint32_t> seen;  // a chain that loops back is counted once
    int n = 0;
    while (ifd && *ifd != 0 && *ifd < b.size() && n < cap) {
        if (!seen.insert(*ifd).second) break;
        ++n;
        ifd = t.next_ifd(*ifd);
    }
    return n;
}

int exif_orientation(std::string_view b) {
    Tiff t(exif_block(b));
    if (!t.ok()) return 1;
    auto ifd0 = t.first_ifd();
    if (!ifd0) return 1;
    auto v = t.short_value(*ifd0, k_tag_orientation);
    return v && *v >= 1 && *v <= 8 ? static_cast<int>(*v) : 1;
}

}  // namespace kc::extract
