// tests/unit/extract/legacy_vn_test.cpp — TCVN3/VNI detection and conversion
// on real mojibake, and the text-layer garbage test.
#include <gtest/gtest.h>

#include "extract/legacy_vn.h"
#include "util/text.h"

namespace kc::extract {
namespace {

std::string nfc(const char* s) { return kc::text::nfc(s); }

struct Case {
    const char* name;
    const char* mojibake;  // the text layer as poppler returns it
    LegacyEncoding encoding;
    const char* unicode;
};

const Case k_cases[] = {
    {"tcvn3_place", "Ninh B×nh", LegacyEncoding::tcvn3, "Ninh Bình"},
    {"tcvn3_motto", "Céng hßa x· héi chñ nghÜa ViÖt Nam", LegacyEncoding::tcvn3, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
    {"tcvn3_motto2", "§éc lËp - Tù do - H¹nh phóc", LegacyEncoding::tcvn3, "Độc lập - Tự do - Hạnh phúc"},
    {"tcvn3_date", "Ninh B×nh, ngµy 15 th¸ng 3 n¨m 2022", LegacyEncoding::tcvn3, "Ninh Bình, ngày 15 tháng 3 năm 2022"},
    {"tcvn3_number", "Sè: 12/Q§-UBND", LegacyEncoding::tcvn3, "Số: 12/QĐ-UBND"},
    {"tcvn3_decision", "QuyÕt ®Þnh vÒ viÖc ban hµnh kÕ ho¹ch c¶i c¸ch hµnh chÝnh", LegacyEncoding::tcvn3,
     "Quyết định về việc ban hành kế hoạch cải cách hành chính"},
    {"tcvn3_vntimeh_caps", "UBND TØNH NINH B×NH", LegacyEncoding::tcvn3, "UBND TỈNH NINH BÌNH"},
    {"vni_greeting", "Xin chaøo", LegacyEncoding::vni, "Xin chào"},
    {"vni_country", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", LegacyEncoding::vni,
     "Cộng hòa xã hội chủ nghĩa Việt Nam"},
    {"vni_place", "Thöøa Thieân Hueá, ngaøy 20 thaùng 5 naêm 2022", LegacyEncoding::vni,
     "Thừa Thiên Huế, ngày 20 tháng 5 năm 2022"},
    {"vni_dnang", "Ñaø Naüng", LegacyEncoding::vni, "Đà Nẵng"},
    {"vni_caps", "UÛY BAN NHAÂN DAÂN", LegacyEncoding::vni, "ỦY BAN NHÂN DÂN"},
};

class Legacy : public ::testing::TestWithParam<Case> {};

TEST_P(Legacy, DetectedAndConvertedToNfc) {
    const Case& c = GetParam();
    EXPECT_EQ(detect_legacy(c.mojibake), c.encoding) << legacy_name(detect_legacy(c.mojibake));
    const std::string out = convert_legacy(c.mojibake, c.encoding);
    EXPECT_EQ(out, nfc(c.unicode));
    EXPECT_EQ(out, kc::text::nfc(out));
    // Once converted, nothing is left to convert.
    EXPECT_EQ(detect_legacy(out), LegacyEncoding::none);
}

INSTANTIATE_TEST_SUITE_P(Mojibake, Legacy, ::testing::ValuesIn(k_cases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Legacy, UnicodeAsciiAndSymbolsAreLeftAlone) {
    for (const char* s : {"Ủy ban nhân dân tỉnh Thừa Thiên Huế", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                          "Hoà bình, thuý, quý, khoẻ", "UBND tinh Ninh Binh", "Kich thuoc 2×3 m, § 5, 25°C",
                          "Số: 191/KH-UBND ngày 30/12/2021", "", "Café crème à la carte"}) {
        EXPECT_EQ(detect_legacy(kc::text::nfc(s)), LegacyEncoding::none) << s;
    }
}

TEST(Legacy, ConvertNoneIsIdentity) { EXPECT_EQ(convert_legacy("Ninh B×nh", LegacyEncoding::none), "Ninh B×nh"); }

TEST(LayerGarbage, PrivateUseReplacementAndSymbolsAreGarbage) {
    EXPECT_TRUE(layer_is_garbage(""));
    EXPECT_TRUE(layer_is_garbage("\uE001\uE002\uE003\uE004 \uE005\uE006 Số"));           // Identity-H glyph ids
    EXPECT_TRUE(layer_is_garbage("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD ab"));
    EXPECT_TRUE(layer_is_garbage("!\"#$ %&'( )*+, -./: ;<=> ?@[\\ ]^_` {|}~ !\"#$"));  // glyph ids as ASCII
    EXPECT_FALSE(layer_is_garbage(kc::text::nfc("Cộng hòa xã hội chủ nghĩa Việt Nam")));
    EXPECT_FALSE(layer_is_garbage("Bang 1: 12.345 | 67.890 | 3,5% | 100%"));  // statistics tables are text
}

TEST(LayerGarbage, QualityCounts) {
    LayerQuality q = layer_quality("ab \uE000\uFFFD 12");
    EXPECT_EQ(q.visible, 6u);
    EXPECT_EQ(q.junk, 2u);
    EXPECT_EQ(q.letters, 4u);
}

}  // namespace
}  // namespace kc::extract
