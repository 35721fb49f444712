// tests/unit/extract/exif_test.cpp — EXIF date parsing over hand-made bytes.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace kc::extract {
namespace {

// Builds a TIFF block (II or MM) with IFD0 {DateTime?, ExifIFD pointer?} and
// an Exif IFD holding the given ASCII tags.
class TiffBuilder {
public:
    explicit TiffBuilder(bool little) : m_little(little) {}
    std::string build(const std::vector<std::pair<std::uint16_t, std::string>>& ifd0_ascii,
                      const std::vector<std::pair<std::uint16_t, std::string>>& exif_ascii) {
        std::string out = m_little ? std::string("II*\0", 4) : std::string("MM\0*", 4);
        u32(out, 8);
        const bool has_exif = !exif_ascii.empty();
        const std::size_t n0 = ifd0_ascii.size() + (has_exif ? 1 : 0);
        const std::size_t ifd0_end = 8 + 2 + 12 * n0 + 4;
        const std::size_t exif_end = has_exif ? ifd0_end + 2 + 12 * exif_ascii.size() + 4 : ifd0_end;
        std::string data;
        auto entries = [&](std::string& o, const std::vector<std::pair<std::uint16_t, std::string>>& tags) {
            for (const auto& [tag, value] : tags) {
                std::string v = value + '\0';
                u16(o, tag), u16(o, 2), u32(o, static_cast<std::uint32_t>(v.size()));
                if (v.size() <= 4) {
                    o += v + std::string(4 - v.size(), '\0');
                } else {
                    u32(o, static_cast<std::uint32_t>(exif_end + data.size()));
                    data += v;
                }
            }
        };
        u16(out, static_cast<std::uint16_t>(n0));
        entries(out, ifd0_ascii);
        if (has_exif) u16(out, 0x8769), u16(out, 4), u32(out, 1), u32(out, static_cast<std::uint32_t>(ifd0_end));
        u32(out, 0);
        if (has_exif) {
            u16(out, static_cast<std::uint16_t>(exif_ascii.size()));
            entries(out, exif_ascii);
            u32(out, 0);
        }
        return out + data;
    }

private:
    void u16(std::string& o, std::uint16_t v) {
        if (m_little) o += static_cast<char>(v & 0xFF), o += static_cast<char>(v >> 8);
        else o += static_cast<char>(v >> 8), o += static_cast<char>(v & 0xFF);
    }
    void u32(std::string& o, std::uint32_t v) {
        if (m_little) u16(o, v & 0xFFFF), u16(o, static_cast<std::uint16_t>(v >> 16));
        else u16(o, static_cast<std::uint16_t>(v >> 16)), u16(o, v & 0xFFFF);
    }
    bool m_little;
};

std::string jpeg_with(const std::string& tiff) {
    std::string app1 = std::string("Exif\0\0", 6) + tiff;
    std::string j = "\xFF\xD8";
    j += "\xFF\xE0";  // a JFIF APP0 before the EXIF APP1, as cameras write
    std::string jfif = std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14);
    j += static_cast<char>((jfif.size() + 2) >> 8), j += static_cast<char>((jfif.size() + 2) & 0xFF), j += jfif;
    j += "\xFF\xE1";
    j += static_cast<char>((app1.size() + 2) >> 8), j += static_cast<char>((app1.size() + 2) & 0xFF), j += app1;
    j += "\xFF\xDA";
    j += std::string("\0\x02", 2);
    return j;
}

TEST(ExifDate, OriginalFromJpegBothByteOrders) {
    for (bool little : {true, false}) {
        std::string t = TiffBuilder(little).build({{0x0132, "2023:01:01 00:00:00"}},
                                                  {{0x9003, "2022:03:15 09:41:07"}, {0x9004, "2022:03:16 10:00:00"}});
        EXPECT_EQ(exif_date(jpeg_with(t)), "2022-03-15T09:41:07") << little;
    }
}

TEST(ExifDate, OffsetIsAppendedWhenPresent) {
    std::string t = TiffBuilder(true).build({}, {{0x9003, "2021:12:30 14:05:00"}, {0x9011, "+07:00"}});
    EXPECT_EQ(exif_date(jpeg_with(t)), "2021-12-30T14:05:00+07:00");
}

TEST(ExifDate, FallsBackToDigitizedThenDateTime) {
    EXPECT_EQ(exif_date(jpeg_with(TiffBuilder(true).build({}, {{0x9004, "2022:05:01 08:00:00"}}))),
              "2022-05-01T08:00:00");
    EXPECT_EQ(exif_date(jpeg_with(TiffBuilder(false).build({{0x0132, "2022:06:02 07:30:00"}}, {}))),
              "2022-06-02T07:30:00");
}

TEST(ExifDate, BlankOrZeroDatesAreNoDate) {
    EXPECT_EQ(exif_date(jpeg_with(TiffBuilder(true).build({}, {{0x9003, "0000:00:00 00:00:00"}}))), "");
    EXPECT_EQ(exif_date(jpeg_with(TiffBuilder(true).build({}, {{0x9003, "                   "}}))), "");
}

TEST(ExifDate, TiffFileItself) {
    EXPECT_EQ(exif_date(TiffBuilder(true).build({}, {{0x9003, "2020:02:29 23:59:59"}})), "2020-02-29T23:59:59");
}

TEST(ExifDate, NotAJpegOrNoExif) {
    EXPECT_EQ(exif_date(""), "");
    EXPECT_EQ(exif_date("%PDF-1.7"), "");
    EXPECT_EQ(exif_date(std::string("\xFF\xD8\xFF\xDA\0\x02", 6)), "");
}

TEST(ExifDate, EveryTruncationAndCorruptionIsSafe) {
    std::string j = jpeg_with(TiffBuilder(false).build({{0x0132, "2023:01:01 00:00:00"}},
                                                       {{0x9003, "2022:03:15 09:41:07"}, {0x9011, "+07:00"}}));
    for (std::size_t n = 0; n <= j.size(); ++n) (void)exif_date(j.substr(0, n));
    for (std::size_t i = 0; i < j.size(); ++i) {
        std::string k = j;
        k[i] = static_cast<char>(0xFF);
        (void)exif_date(k);
        k[i] = '\0';
        (void)exif_date(k);
    }
    SUCCEED();
}

}  // namespace
}  // namespace kc::extract
