// tests/unit/core/reason_test.cpp — the reason table: every code has both
// languages and hints, Vietnamese is NFC and really Vietnamese, codes are unique
// and survive a round trip through their names (children send names).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/reason.h"
#include "util/text.h"

namespace {

using namespace kc;

std::vector<ReasonCode> all_codes() {
    std::vector<ReasonCode> out;
    for (int i = 0; i < static_cast<int>(ReasonCode::COUNT_); ++i) out.push_back(static_cast<ReasonCode>(i));
    return out;
}

bool has_vietnamese_letter(const std::string& s) {
    static const std::vector<std::string> letters = [] {
        std::vector<std::string> v;
        const std::string all =
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
        for (std::size_t i = 0; i < all.size();) {
            std::size_t len = (static_cast<unsigned char>(all[i]) >> 5) == 6 ? 2 : 3;
            v.push_back(all.substr(i, len));
            i += len;
        }
        return v;
    }();
    const std::string low = text::lower(s);
    for (const auto& l : letters)
        if (low.find(l) != std::string::npos) return true;
    return false;
}

class ReasonTableTest : public ::testing::TestWithParam<ReasonCode> {};

TEST_P(ReasonTableTest, Complete) {
    const ReasonCode code = GetParam();
    const std::string name(reason_code_name(code));
    Reason r = make_reason(code);
    EXPECT_FALSE(name.empty());
    EXPECT_EQ(r.code, name);
    EXPECT_FALSE(r.vi.empty()) << name;
    EXPECT_FALSE(r.en.empty()) << name;
    EXPECT_FALSE(r.hint.empty()) << name;
    EXPECT_FALSE(r.hint_en.empty()) << name;
    EXPECT_TRUE(r.detail.empty()) << name;
    EXPECT_NE(r.vi, r.en) << name;
    EXPECT_NE(r.hint, r.hint_en) << name;
}

TEST_P(ReasonTableTest, VietnameseIsNfcAndVietnamese) {
    Reason r = make_reason(GetParam());
    EXPECT_TRUE(text::is_valid_utf8(r.vi)) << r.code;
    EXPECT_EQ(r.vi, text::nfc(r.vi)) << r.code;
    EXPECT_EQ(r.hint, text::nfc(r.hint)) << r.code;
    EXPECT_TRUE(has_vietnamese_letter(r.vi)) << r.code << ": " << r.vi;
    EXPECT_TRUE(has_vietnamese_letter(r.hint)) << r.code << ": " << r.hint;
}

TEST_P(ReasonTableTest, RoundTripByName) {
    const ReasonCode code = GetParam();
    auto back = reason_code_from_name(reason_code_name(code));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, code);
    Reason by_name = make_reason(reason_code_name(code), "x");
    Reason by_code = make_reason(code, "x");
    EXPECT_EQ(by_name.code, by_code.code);
    EXPECT_EQ(by_name.vi, by_code.vi);
    EXPECT_EQ(by_name.detail, "x");
}

INSTANTIATE_TEST_SUITE_P(Reason, ReasonTableTest, ::testing::ValuesIn(all_codes()),
                         [](const auto& info) { return std::string(reason_code_name(info.param)); });

TEST(Reason, CodesUnique) {
    std::set<std::string> names;
    for (ReasonCode c : all_codes()) EXPECT_TRUE(names.insert(std::string(reason_code_name(c))).second) << reason_code_name(c);
    EXPECT_EQ(names.size(), static_cast<std::size_t>(ReasonCode::COUNT_));
}

TEST(Reason, MessagesDifferBetweenCodes) {
    std::set<std::string> vi, en;
    for (ReasonCode c : all_codes()) {
        Reason r = make_reason(c);
        EXPECT_TRUE(vi.insert(r.vi).second) << r.code << " repeats a Vietnamese message";
        EXPECT_TRUE(en.insert(r.en).second) << r.code << " repeats an English message";
    }
}

TEST(Reason, NamesAreUpperSnakeCase) {
    for (ReasonCode c : all_codes()) {
        std::string n(reason_code_name(c));
        EXPECT_EQ(n.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_"), std::string::npos) << n;
    }
}

TEST(Reason, DetailAppendedToBothMessages) {
    Reason plain = make_reason(ReasonCode::LATE_DOCUMENT_DATE);
    Reason r = make_reason(ReasonCode::LATE_DOCUMENT_DATE, "2022-01-06 > 2022-01-05");
    EXPECT_EQ(r.detail, "2022-01-06 > 2022-01-05");
    EXPECT_EQ(r.vi, plain.vi + " (2022-01-06 > 2022-01-05)");
    EXPECT_EQ(r.en, plain.en + " (2022-01-06 > 2022-01-05)");
    EXPECT_EQ(r.hint, plain.hint);
}

TEST(Reason, UnknownNameBecomesInternalError) {
    EXPECT_FALSE(reason_code_from_name("NO_SUCH_CODE").has_value());
    EXPECT_FALSE(reason_code_from_name("").has_value());
    EXPECT_FALSE(reason_code_from_name("unsigned").has_value());  // case matters
    Reason r = make_reason(std::string_view("NO_SUCH_CODE"), "d");
    EXPECT_EQ(r.code, "INTERNAL_ERROR");
    EXPECT_NE(r.detail.find("NO_SUCH_CODE"), std::string::npos);
}

TEST(Reason, HasReason) {
    std::vector<Reason> rs = {make_reason(ReasonCode::UNSIGNED), make_reason(ReasonCode::DUPLICATE, "D1")};
    EXPECT_TRUE(has_reason(rs, ReasonCode::UNSIGNED));
    EXPECT_TRUE(has_reason(rs, ReasonCode::DUPLICATE));
    EXPECT_FALSE(has_reason(rs, ReasonCode::DUPLICATE_SUBMISSION));
    EXPECT_FALSE(has_reason({}, ReasonCode::UNSIGNED));
}

}  // namespace
