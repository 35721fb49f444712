// tests/unit/extract/pdf_text_test.cpp — PDF text layer, limits, damaged and
// encrypted files, scanned pages.
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

using test::fixture;

Options no_ocr() {
    Options o;
    o.ocr = false;
    return o;
}

std::string line_with(const std::string& text, const std::string& needle) {
    auto at = text.find(needle);
    if (at == std::string::npos) return {};
    auto begin = text.rfind('\n', at);
    begin = begin == std::string::npos ? 0 : begin + 1;
    return text.substr(begin, text.find('\n', at) - begin);
}

TEST(PdfText, VietnameseHeaderInReadingOrderAndNfc) {
    Analysis a = extract_file(fixture("header.pdf"), Limits{}, no_ocr());
    EXPECT_EQ(a.format, "pdf");
    EXPECT_EQ(a.mime, "application/pdf");
    EXPECT_EQ(a.text_source, "text_layer");
    EXPECT_TRUE(a.reasons.empty());
    ASSERT_EQ(a.pages.size(), 1u);
    const PageText& p = a.pages[0];
    EXPECT_EQ(p.number, 1);
    EXPECT_EQ(p.source, "text_layer");
    EXPECT_EQ(p.confidence, 1.0);
    EXPECT_EQ(p.text, kc::text::nfc(p.text));
    const std::string number = kc::text::nfc("Số: 191/KH-UBND");
    const std::string date = kc::text::nfc("Quảng Điền, ngày 30 tháng 12 năm 2021");
    ASSERT_NE(p.text.find(number), std::string::npos);
    ASSERT_NE(p.text.find(date), std::string::npos);
    // The right column was drawn first; reading order still puts the issuer
    // first and keeps each column's lines apart.
    EXPECT_LT(p.text.find("ỦY BAN NHÂN DÂN"), p.text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    EXPECT_LT(p.text.find(number), p.text.find("KẾ HOẠCH"));
    EXPECT_EQ(kc::text::trim(line_with(p.text, number)), number);
    EXPECT_EQ(kc::text::trim(line_with(p.text, date)), date);
}

TEST(PdfText, MultiPage) {
    Analysis a = extract_file(fixture("multi.pdf"), Limits{}, no_ocr());
    ASSERT_EQ(a.pages.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(a.pages[i].number, i + 1);
        EXPECT_EQ(a.pages[i].source, "text_layer");
        EXPECT_NE(a.pages[i].text.find("Trang số " + std::to_string(i + 1) + " của báo cáo"), std::string::npos);
    }
}

TEST(PdfText, MaxPagesSkipsTheRestWithAReason) {
    Limits limits;
    limits.max_pages = 2;
    Analysis a = extract_file(fixture("multi.pdf"), limits, no_ocr());
    EXPECT_EQ(a.pages.size(), 2u);
    ASSERT_TRUE(has_reason(a.reasons, ReasonCode::TOO_LARGE));
    EXPECT_NE(a.reasons[0].detail.find("3 pages"), std::string::npos);
}

TEST(PdfText, MaxTextBytesCutsOnACodePoint) {
    Limits limits;
    limits.max_text_bytes = 41;
    Analysis a = extract_file(fixture("multi.pdf"), limits, no_ocr());
    EXPECT_TRUE(has_reason(a.reasons, ReasonCode::TOO_LARGE));
    std::size_t total = 0;
    for (const auto& p : a.pages) {
        EXPECT_TRUE(kc::text::is_valid_utf8(p.text));
        total += p.text.size();
    }
    EXPECT_LE(total, 41u);
    EXPECT_GT(total, 30u);
}

TEST(PdfText, TruncatedIsUnreadable) {
    Analysis a = extract_file(fixture("truncated.pdf"), Limits{}, no_ocr());
    EXPECT_EQ(a.format, "pdf");
    ASSERT_TRUE(has_reason(a.reasons, ReasonCode::UNREADABLE));
    EXPECT_EQ(a.text_source, "none");
}

TEST(PdfText, GarbageAfterHeaderIsUnreadable) {
    Analysis a = extract_file(fixture("garbage.pdf"), Limits{}, no_ocr());
    EXPECT_TRUE(has_reason(a.reasons, ReasonCode::UNREADABLE));
}

TEST(PdfText, EncryptedIsUnreadableAndSaysSo) {
    Analysis a = extract_file(fixture("encrypted.pdf"), Limits{}, no_ocr());
    ASSERT_TRUE(has_reason(a.reasons, ReasonCode::UNREADABLE));
    EXPECT_NE(a.reasons[0].detail.find("encrypted"), std::string::npos);
    EXPECT_TRUE(a.pages.empty());
}

TEST(PdfText, PageWithoutTextLayerIsNoneWhenOcrIsOff) {
    Analysis a = extract_file(fixture("scanned.pdf"), Limits{}, no_ocr());
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].source, "text_layer");
    EXPECT_EQ(a.pages[1].source, "none");
    EXPECT_TRUE(a.pages[1].text.empty());
    EXPECT_EQ(a.text_source, "text_layer");
}

TEST(PdfText, ScannedPageIsOcrdAndTheFileIsMixed) {
    Extraction e = extract_file_detailed(fixture("scanned.pdf"), Limits{});
    const Analysis& a = e.analysis;
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].source, "text_layer");
    EXPECT_EQ(a.pages[1].source, "ocr");
    EXPECT_EQ(a.text_source, "mixed");
    EXPECT_NE(a.pages[1].text.find("191"), std::string::npos);
    EXPECT_GT(a.pages[1].confidence, 0.5);
    EXPECT_LE(a.pages[1].confidence, 1.0);
    EXPECT_NE(e.pages[1].preprocessing.find("deskew"), std::string::npos);
    EXPECT_EQ(a.pages[1].text, kc::text::nfc(a.pages[1].text));
}

}  // namespace
}  // namespace kc::extract

namespace kc::extract {
namespace {

TEST(PdfText, ScannedPageOverThePixelLimitIsSkippedWithAReason) {
    Options o;
    o.max_page_pixels = 1'000'000;  // A4 needs 2.2 MP even at the 150 dpi floor
    Analysis a = extract_file(test::fixture("scanned.pdf"), Limits{}, o);
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[1].source, "none");
    ASSERT_TRUE(has_reason(a.reasons, ReasonCode::TOO_LARGE));
    EXPECT_NE(a.reasons[0].detail.find("page 2"), std::string::npos);
}

}  // namespace
}  // namespace kc::extract
