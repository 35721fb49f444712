// tests/unit/extract/colour_orientation_test.cpp — a red seal over the date
// and a blue signature over the name are removed before binarisation; pages
// turned by 90/180 degrees are read upright.
#include <gtest/gtest.h>

#include <iostream>

#include "extract/extract.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

using test::fixture;

bool has_step(const PageText& p, const std::string& step) {
    for (const auto& s : p.preprocessing)
        if (s.rfind(step, 0) == 0) return true;
    return false;
}

TEST(ColourInk, RedSealOverTheDateIsRemovedAndTheDateRead) {
    Analysis a = extract_file(fixture("seal.png"), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    const PageText& p = a.pages[0];
    EXPECT_TRUE(has_step(p, "red_removed"));
    EXPECT_TRUE(has_step(p, "blue_removed"));
    const std::string folded = kc::text::fold(p.text);
    EXPECT_NE(folded.find("ngay 15 thang 3 nam 2022"), std::string::npos) << p.text;
    EXPECT_NE(folded.find("nguyen van an"), std::string::npos) << p.text;
}

TEST(ColourInk, GreyPagesAreNotTouched) {
    Analysis a = extract_file(fixture("text.png"), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_FALSE(has_step(a.pages[0], "red_removed"));
    EXPECT_FALSE(has_step(a.pages[0], "rotate"));
}

class Turned : public ::testing::TestWithParam<const char*> {};

TEST_P(Turned, PageIsReadUpright) {
    Analysis a = extract_file(fixture(GetParam()), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    const PageText& p = a.pages[0];
    EXPECT_TRUE(has_step(p, "rotate(")) << GetParam();
    const std::string folded = kc::text::fold(p.text);
    EXPECT_NE(folded.find("quang dien, ngay 30 thang 12 nam 2021"), std::string::npos) << p.text;
    EXPECT_NE(p.text.find("191/KH-UBND"), std::string::npos);
    EXPECT_GT(p.confidence, 0.7);
}

INSTANTIATE_TEST_SUITE_P(Rotations, Turned, ::testing::Values("rot90.png", "rot180.png"),
                         [](const auto& info) { return std::string(info.param).substr(0, std::string(info.param).find('.')); });

}  // namespace
}  // namespace kc::extract
