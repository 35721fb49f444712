// tests/unit/extract/model_fields_test.cpp — the two model fields the extract
// stage added (PageText::confidence and ::preprocessing, Analysis::exif_date) survive the JSON
// trip between the child and the supervisor, and old JSON still reads.
#include <gtest/gtest.h>

#include "core/model_json.h"

namespace kc {
namespace {

TEST(ExtractModelFields, RoundTripThroughJson) {
    Analysis a;
    a.format = "jpeg";
    a.text_source = "ocr";
    a.pages.push_back(PageText{1, "Số: 191", "ocr", 0.87, {"grey", "sauvola"}});
    a.exif_date = "2022-03-15T09:41:07+07:00";
    Analysis b = json::analysis_from(json::parse_object(json::stringify(json::to_json(a))));
    ASSERT_EQ(b.pages.size(), 1u);
    EXPECT_DOUBLE_EQ(b.pages[0].confidence, 0.87);
    EXPECT_EQ(b.exif_date, a.exif_date);
    EXPECT_EQ(b.pages[0].preprocessing, (std::vector<std::string>{"grey", "sauvola"}));
}

TEST(ExtractModelFields, AbsentInOldJsonMeansDefaults) {
    Analysis b = json::analysis_from(json::parse_object(
        R"({"format":"pdf","mime":"application/pdf","text_source":"text_layer",)"
        R"("pages":[{"number":1,"source":"text_layer","text":"x"}],"reasons":[]})"));
    ASSERT_EQ(b.pages.size(), 1u);
    EXPECT_EQ(b.pages[0].confidence, 0.0);
    EXPECT_EQ(b.exif_date, "");
    EXPECT_TRUE(b.pages[0].preprocessing.empty());
}

}  // namespace
}  // namespace kc
