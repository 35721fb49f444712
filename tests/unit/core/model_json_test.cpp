// DocumentHeader's optional fields (issue 6) through core/model_json: written only when
// present, read back as written (the catalog stores headers this way).
#include <gtest/gtest.h>

#include "core/model_json.h"

namespace {

TEST(ModelJson, HeaderOptionalFieldsRoundTrip) {
    kc::DocumentHeader h;
    h.issuer = "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN";
    h.period = "2022-06";
    h.recipients = {"Như trên", "Lưu: VT, NV"};
    h.confidence = {{"date", 0.95}, {"issuer", 0.9}};
    auto o = kc::json::to_json(h);
    ASSERT_TRUE(o->has("recipients"));
    ASSERT_TRUE(o->has("confidence"));
    auto back = kc::json::header_from(o);
    EXPECT_EQ(back.recipients, h.recipients);
    EXPECT_EQ(back.confidence, h.confidence);
    EXPECT_EQ(back.period, "2022-06");
}

TEST(ModelJson, HeaderWithoutOptionalFieldsHasNoNewKeys) {
    kc::DocumentHeader h;
    h.number = "191";
    auto o = kc::json::to_json(h);
    EXPECT_FALSE(o->has("recipients"));
    EXPECT_FALSE(o->has("confidence"));
    auto back = kc::json::header_from(o);
    EXPECT_TRUE(back.recipients.empty());
    EXPECT_TRUE(back.confidence.empty());
}

}  // namespace
