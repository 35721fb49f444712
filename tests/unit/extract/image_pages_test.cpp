// tests/unit/extract/image_pages_test.cpp — phone photos turned upright from
// their EXIF orientation, and the per-page limits of multi-page TIFFs (page
// count, pixels per page, directory loops), each a reason naming the page.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include "extract/extract.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

using test::fixture;

std::string bytes_of(const std::string& name) {
    std::ifstream in(fixture(name), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool has_step(const PageText& p, const std::string& prefix) {
    return std::any_of(p.preprocessing.begin(), p.preprocessing.end(),
                       [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

TEST(ImagePages, ExifOrientationIsRead) {
    EXPECT_EQ(exif_orientation(bytes_of("photo_orient6.jpg")), 6);
    EXPECT_EQ(exif_orientation(bytes_of("photo_orient8.jpg")), 8);
    EXPECT_EQ(exif_orientation(bytes_of("photo.jpg")), 1);  // EXIF without the tag
    EXPECT_EQ(exif_orientation(bytes_of("text.png")), 1);
    EXPECT_EQ(exif_orientation(""), 1);
    // an out-of-range value is ignored
    std::string bad = bytes_of("photo_orient6.jpg");
    const std::string tag("\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00", 10);
    auto at = bad.find(tag);
    ASSERT_NE(at, std::string::npos);
    bad[at + 8] = 9;
    EXPECT_EQ(exif_orientation(bad), 1);
}

TEST(ImagePages, PhonePhotosAreTurnedUprightBeforeOcr) {
    for (int orientation : {6, 8}) {
        const std::string name = "photo_orient" + std::to_string(orientation) + ".jpg";
        Analysis a = extract_file(fixture(name), Limits{});
        ASSERT_EQ(a.pages.size(), 1u) << name;
        const PageText& p = a.pages[0];
        EXPECT_EQ(p.source, "ocr") << name;
        EXPECT_NE(p.text.find("27/BB-UBND"), std::string::npos) << name << ": " << p.text;
        EXPECT_NE(p.text.find(kc::text::nfc("tháng 3 năm 2022")), std::string::npos) << name << ": " << p.text;
        EXPECT_TRUE(has_step(p, "exif_orientation(" + std::to_string(orientation) + ")")) << name;
        EXPECT_FALSE(has_step(p, "rotate(")) << name << ": EXIF made the guess unnecessary";
    }
}

TEST(ImagePages, TiffPageOverThePixelLimitIsSkippedAndTheOthersRead) {
    auto t0 = std::chrono::steady_clock::now();
    Analysis a = extract_file(fixture("bomb_page.tiff"), Limits{});
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(30));  // 900 Mpx never decoded
    ASSERT_EQ(a.pages.size(), 3u);
    EXPECT_EQ(a.pages[0].source, "ocr");
    EXPECT_NE(a.pages[0].text.find("2022"), std::string::npos) << a.pages[0].text;
    EXPECT_EQ(a.pages[1].source, "none");
    EXPECT_EQ(a.pages[2].source, "ocr");
    EXPECT_NE(a.pages[2].text.find("2023"), std::string::npos) << a.pages[2].text;
    ASSERT_TRUE(has_reason(a.reasons, ReasonCode::TOO_LARGE));
    const auto it = std::find_if(a.reasons.begin(), a.reasons.end(), [](const Reason& r) { return r.code == "TOO_LARGE"; });
    EXPECT_EQ(it->detail.rfind("page 2: 30000x30000 px", 0), 0u) << it->detail;
    EXPECT_EQ(a.text_source, "ocr");
}

TEST(ImagePages, TiffPageCountLimitNamesTheRealCount) {
    EXPECT_EQ(tiff_page_count(bytes_of("five.tiff"), 1000), 5);
    EXPECT_EQ(tiff_page_count(bytes_of("five.tiff"), 3), 3);
    Limits limits;
    limits.max_pages = 2;
    Options no_ocr;
    no_ocr.ocr = false;
    Analysis a = extract_file(fixture("five.tiff"), limits, no_ocr);
    EXPECT_EQ(a.pages.size(), 2u);
    ASSERT_TRUE(has_reason(a.reasons, ReasonCode::TOO_LARGE));
    const auto it = std::find_if(a.reasons.begin(), a.reasons.end(), [](const Reason& r) { return r.code == "TOO_LARGE"; });
    EXPECT_EQ(it->detail.rfind("5 pages; only the first 2", 0), 0u) << it->detail;
}

TEST(ImagePages, TiffDirectoryLoopIsCountedOnce) {
    EXPECT_EQ(tiff_page_count(bytes_of("loop.tiff"), 1000), 1);
    Options no_ocr;
    no_ocr.ocr = false;
    Analysis a = extract_file(fixture("loop.tiff"), Limits{}, no_ocr);
    EXPECT_EQ(a.pages.size(), 1u);
    EXPECT_EQ(tiff_page_count("not a tiff", 10), 0);
}

TEST(ImagePages, DeferredImagePagesAreOcrdOneByOneWithTheirLimits) {
    Options o;
    o.defer_ocr = true;
    Analysis a = extract_file(fixture("bomb_page.tiff"), Limits{}, o);
    ASSERT_EQ(a.pages.size(), 3u);
    EXPECT_EQ(a.pages[0].source, "pending_ocr");
    EXPECT_EQ(a.pages[1].source, "none");  // refused by its header, never sent to a child
    EXPECT_TRUE(has_reason(a.reasons, ReasonCode::TOO_LARGE));
    EXPECT_EQ(a.pages[2].source, "pending_ocr");
    PageOcr third = ocr_pdf_page(fixture("bomb_page.tiff"), 3);  // what the `ocr_page` child does
    EXPECT_TRUE(third.reasons.empty());
    EXPECT_EQ(third.page.source, "ocr");
    EXPECT_NE(third.page.text.find("2023"), std::string::npos);
    PageOcr big = ocr_pdf_page(fixture("bomb_page.tiff"), 2);
    EXPECT_EQ(big.page.source, "none");
    EXPECT_TRUE(has_reason(big.reasons, ReasonCode::TOO_LARGE));
    PageOcr photo = ocr_pdf_page(fixture("photo_orient6.jpg"), 1);
    EXPECT_NE(photo.page.text.find("27/BB-UBND"), std::string::npos) << photo.page.text;
}

}  // namespace
}  // namespace kc::extract
