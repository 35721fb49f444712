// tests/unit/extract/text_layer_routing_test.cpp — real PDFs whose text layer
// is TCVN3/VNI (no ToUnicode: the font's codes read as WinAnsi) or glyph-index
// garbage: converted, or routed to OCR page by page.
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

using test::fixture;

bool contains(const std::string& text, const char* needle) {
    return text.find(kc::text::nfc(needle)) != std::string::npos;
}

bool has_step(const PageText& p, const std::string& step) {
    for (const auto& s : p.preprocessing)
        if (s.rfind(step, 0) == 0) return true;
    return false;
}

TEST(TextLayerRouting, Tcvn3LayerIsConvertedNotOcrd) {
    Extraction e = extract_file_detailed(fixture("tcvn3.pdf"), Limits{});
    const Analysis& a = e.analysis;
    EXPECT_EQ(a.text_source, "text_layer");
    ASSERT_EQ(a.pages.size(), 1u);
    const PageText& p = a.pages[0];
    EXPECT_EQ(p.source, "text_layer");
    EXPECT_TRUE(contains(p.text, "UBND TỈNH NINH BÌNH")) << p.text;
    EXPECT_TRUE(contains(p.text, "Số: 12/QĐ-UBND"));
    EXPECT_TRUE(contains(p.text, "Ninh Bình, ngày 15 tháng 3 năm 2022"));
    EXPECT_TRUE(contains(p.text, "Quyết định về việc ban hành kế hoạch cải cách hành chính"));
    EXPECT_EQ(p.text, kc::text::nfc(p.text));
    EXPECT_EQ(p.preprocessing, std::vector<std::string>{"legacy:tcvn3"});
}

TEST(TextLayerRouting, VniLayerIsConverted) {
    Analysis a = extract_file(fixture("vni.pdf"), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_EQ(a.pages[0].source, "text_layer");
    EXPECT_TRUE(contains(a.pages[0].text, "ỦY BAN NHÂN DÂN")) << a.pages[0].text;
    EXPECT_TRUE(contains(a.pages[0].text, "Thừa Thiên Huế, ngày 20 tháng 5 năm 2022"));
    EXPECT_TRUE(contains(a.pages[0].text, "Xin chào Việt Nam"));
    EXPECT_EQ(a.pages[0].preprocessing, std::vector<std::string>{"legacy:vni"});
}

TEST(TextLayerRouting, UnicodeLayerIsUntouched) {
    Analysis a = extract_file(fixture("header.pdf"), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_TRUE(a.pages[0].preprocessing.empty());
    EXPECT_TRUE(contains(a.pages[0].text, "Quảng Điền, ngày 30 tháng 12 năm 2021"));
}

TEST(TextLayerRouting, GarbageLayerPageIsOcrdAndDocumentIsMixed) {
    Analysis a = extract_file(fixture("mixed_garbage.pdf"), Limits{});
    EXPECT_EQ(a.text_source, "mixed");
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].source, "text_layer");
    EXPECT_EQ(a.pages[1].source, "ocr");
    EXPECT_NE(a.pages[1].text.find("191"), std::string::npos) << a.pages[1].text;
    EXPECT_EQ(a.pages[1].text.find("<=>?@"), std::string::npos);
    EXPECT_TRUE(has_step(a.pages[1], "sauvola"));
}

TEST(TextLayerRouting, GarbageLayerIsKeptWhenOcrIsOff) {
    Options o;
    o.ocr = false;
    Analysis a = extract_file(fixture("mixed_garbage.pdf"), Limits{}, o);
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].source, "text_layer");
    // With OCR off the garbage layer is kept as is (nothing better exists) …
    EXPECT_EQ(a.pages[1].source, "text_layer");
}

TEST(TextLayerRouting, DeferredOcrLeavesPagesPendingForTheSupervisor) {
    Options o;
    o.defer_ocr = true;
    Analysis a = extract_file(fixture("mixed_garbage.pdf"), Limits{}, o);
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].source, "text_layer");
    EXPECT_EQ(a.pages[1].source, "pending_ocr");
    EXPECT_TRUE(a.pages[1].text.empty());
    // … and the page OCR'd on its own, as the `ocr_page` child does.
    PageOcr page = ocr_pdf_page(fixture("mixed_garbage.pdf"), 2);
    EXPECT_TRUE(page.reasons.empty());
    EXPECT_EQ(page.page.number, 2);
    EXPECT_EQ(page.page.source, "ocr");
    EXPECT_NE(page.page.text.find("191"), std::string::npos);
    a.pages[1] = page.page;
    summarise(a);
    EXPECT_EQ(a.text_source, "mixed");
    PageOcr missing = ocr_pdf_page(fixture("mixed_garbage.pdf"), 9);
    EXPECT_EQ(missing.page.source, "none");
    EXPECT_TRUE(has_reason(missing.reasons, ReasonCode::NO_TEXT));
}

}  // namespace
}  // namespace kc::extract
