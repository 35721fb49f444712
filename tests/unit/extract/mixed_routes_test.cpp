// tests/unit/extract/mixed_routes_test.cpp — one PDF whose pages each need
// their own route (make_fixtures.py make_mixed_pdf): a Unicode text layer, a
// scanner's full-page JPEG (OCR'd from the image itself, not a rendering), a
// TCVN3 layer, a VNI layer, and a sideways scan turned by the page's /Rotate.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extract.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

bool contains(const std::string& text, const char* needle) {
    return text.find(kc::text::nfc(needle)) != std::string::npos;
}

bool has_step(const PageText& p, const std::string& prefix) {
    return std::any_of(p.preprocessing.begin(), p.preprocessing.end(),
                       [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

void expect_routes(const Analysis& a) {
    EXPECT_EQ(a.text_source, "mixed");
    ASSERT_EQ(a.pages.size(), 5u);
    const auto& p = a.pages;
    EXPECT_EQ(p[0].source, "text_layer");
    EXPECT_TRUE(p[0].preprocessing.empty());
    EXPECT_TRUE(contains(p[0].text, "Kế hoạch số 12/KH-UBND"));

    EXPECT_EQ(p[1].source, "ocr");
    EXPECT_TRUE(has_step(p[1], "scan_image(300dpi)")) << "the scanner's JPEG, not a rendering";
    EXPECT_TRUE(contains(p[1].text, "305/BC-UBND")) << p[1].text;
    EXPECT_TRUE(contains(p[1].text, "ngày 20 tháng 11 năm 2022")) << p[1].text;

    EXPECT_EQ(p[2].source, "text_layer");
    EXPECT_EQ(p[2].preprocessing, std::vector<std::string>{"legacy:tcvn3"});
    EXPECT_TRUE(contains(p[2].text, "Ninh Bình, ngày 15 tháng 3 năm 2022")) << p[2].text;

    EXPECT_EQ(p[3].source, "text_layer");
    EXPECT_EQ(p[3].preprocessing, std::vector<std::string>{"legacy:vni"});
    EXPECT_TRUE(contains(p[3].text, "Xin chào Việt Nam")) << p[3].text;

    EXPECT_EQ(p[4].source, "ocr");
    EXPECT_TRUE(has_step(p[4], "scan_image(300dpi)"));
    EXPECT_FALSE(has_step(p[4], "rotate(")) << "/Rotate applied, no guessing needed";
    EXPECT_TRUE(contains(p[4].text, "306/BC-UBND")) << p[4].text;
}

TEST(MixedRoutes, EachPageTakesItsOwnRoute) { expect_routes(extract_file(test::fixture("mixed_routes.pdf"), Limits{})); }

TEST(MixedRoutes, DeferredOcrSendsOnlyTheScannedPagesToChildren) {
    Options o;
    o.defer_ocr = true;
    Analysis a = extract_file(test::fixture("mixed_routes.pdf"), Limits{}, o);
    ASSERT_EQ(a.pages.size(), 5u);
    std::vector<std::string> sources;
    for (const auto& p : a.pages) sources.push_back(p.source);
    EXPECT_EQ(sources, (std::vector<std::string>{"text_layer", "pending_ocr", "text_layer", "text_layer", "pending_ocr"}));
    for (int n : {2, 5}) {  // what the supervisor's `ocr_page` children do
        PageOcr page = ocr_pdf_page(test::fixture("mixed_routes.pdf"), n);
        EXPECT_TRUE(page.reasons.empty());
        a.pages[n - 1] = page.page;
    }
    summarise(a);
    expect_routes(a);
}

TEST(MixedRoutes, PartialImageIsRenderedNotTaken) {
    // scanned.pdf page 2: an image over the top half only — rendered.
    Analysis a = extract_file(test::fixture("scanned.pdf"), Limits{});
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[1].source, "ocr");
    EXPECT_FALSE(has_step(a.pages[1], "scan_image"));
    EXPECT_NE(a.pages[1].text.find("191"), std::string::npos);
}

TEST(MixedRoutes, ScanUnderAVisibleSignatureIsRenderedSoItsTextIsRead) {
    Analysis a = extract_file(test::fixture("signed_scan.pdf"), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    const PageText& p = a.pages[0];
    EXPECT_EQ(p.source, "ocr");
    EXPECT_FALSE(has_step(p, "scan_image")) << "the widget is drawn over the scan: render";
    EXPECT_TRUE(contains(p.text, "77/BB-UBND")) << p.text;
    EXPECT_TRUE(contains(p.text, "KY SO 2022 UBND")) << p.text;
}

}  // namespace
}  // namespace kc::extract
