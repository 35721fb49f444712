// tests/unit/extract/stamped_text_test.cpp — words a signing tool stamps as
// annotations: the pure merge (table-driven) and a real signed PDF made by
// make_fixtures.py (FreeText with and without appearance, a Stamp whose words
// are only in /Contents, a hidden stamp, a text field without appearance, a
// visible signature widget, content appended by an incremental update).
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extract.h"
#include "extract/stamped_text.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

struct ShownCase {
    const char* name;
    const char* page;
    const char* stamp;
    bool shown;
};

TEST(StampedText, ShownWhenTheWordsStandTogetherInOrder) {
    const ShownCase cases[] = {
        {"number in the gap", "Số: 1234 /QĐ-UBND", "1234", true},
        {"interleaved by layout", "Quảng Điền, ngày\nngày 16 tháng\ntháng 3", "ngày 16 tháng 3", true},
        {"case and NFC", "ỦY BAN NHÂN DÂN", "Ủy ban nhân dân", true},
        {"punctuation of the stamp", "Đã đóng dấu UBND", "Đã đóng dấu: UBND", true},
        {"missing word", "Quyết định ban hành", "Đã đóng dấu: UBND huyện", false},
        {"words scattered far apart", "Số một hai ba bốn năm sáu bảy 45", "Số 45", false},
        {"diacritics matter", "thang 3", "tháng 3", false},
        {"empty stamp", "anything", "  ", true},
        {"empty page", "", "1234", false},
    };
    for (const auto& c : cases) EXPECT_EQ(text_shown(c.page, c.stamp), c.shown) << c.name;
}

TEST(StampedText, MergeAddsOnlyWhatIsMissingOnce) {
    int added = -1;
    std::string merged = merge_stamped("Số: 1234\nnội dung", {"1234", "Đã đóng dấu", "Đã đóng dấu", "  "}, added);
    EXPECT_EQ(merged, "Số: 1234\nnội dung\nĐã đóng dấu");
    EXPECT_EQ(added, 1);
    EXPECT_EQ(merge_stamped("", {"Con dấu"}, added), "Con dấu");
    EXPECT_EQ(added, 1);
}

bool contains(const std::string& text, const char* needle) {
    return text.find(kc::text::nfc(needle)) != std::string::npos;
}

TEST(StampedText, SignedPdfKeepsEveryStampedWordOnce) {
    Extraction e = extract_file_detailed(test::fixture("stamped.pdf"), Limits{});
    const Analysis& a = e.analysis;
    ASSERT_EQ(a.pages.size(), 1u);
    const PageText& p = a.pages[0];
    EXPECT_EQ(p.source, "text_layer");
    // drawn by poppler: appearance streams, FreeText default appearance, appended content
    EXPECT_TRUE(contains(p.text, "1234")) << p.text;
    EXPECT_TRUE(contains(p.text, "16 tháng")) << p.text;
    EXPECT_TRUE(contains(p.text, "Signed by: UBND HUYEN QUANG DIEN")) << p.text;
    EXPECT_TRUE(contains(p.text, "Appended: So 1234 / 2022-03-16")) << p.text;
    // not drawn: added from the annotations by qpdf
    EXPECT_TRUE(contains(p.text, "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN - TỈNH THỪA THIÊN HUẾ")) << p.text;
    EXPECT_TRUE(contains(p.text, "Ngày ban hành: 16/03/2022")) << p.text;
    EXPECT_FALSE(contains(p.text, "HIDDEN-STAMP-TEXT"));
    // what poppler drew is not added a second time
    const std::string once = kc::text::nfc("ngày 16 tháng");
    EXPECT_EQ(p.text.find(once), p.text.rfind(once)) << p.text;
    EXPECT_NE(std::find(p.preprocessing.begin(), p.preprocessing.end(), "stamped(2)"), p.preprocessing.end());
}

TEST(StampedText, UnannotatedPdfIsUntouched) {
    Analysis a = extract_file(test::fixture("header.pdf"), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_TRUE(a.pages[0].preprocessing.empty());
}

}  // namespace
}  // namespace kc::extract
