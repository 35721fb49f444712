// Units registry: the codes other stages rely on, and name matching.
#include <gtest/gtest.h>

#include "rules/ruleset.h"

namespace {

using kc::rules::RuleSet;

const RuleSet& rules() {
    static const RuleSet rs = [] {
        auto r = kc::rules::load_ruleset(std::filesystem::path(KC_SOURCE_DIR) / "rules", "cchc-2022");
        if (!r.ok()) {
            ADD_FAILURE() << r.error().detail;
            return RuleSet{};
        }
        return r.value();
    }();
    return rs;
}

TEST(Units, AgreedCodesExist) {
    for (const char* code :
         {"ubnd-quang-dien", "phong-noi-vu", "phong-tu-phap", "phong-vhtt", "vp-hdnd-ubnd", "tthcc", "phong-tckh",
          "phong-kthh", "trung-tam-vhtttt", "xa-quang-an", "xa-quang-thanh", "xa-quang-tho", "xa-quang-phu",
          "xa-quang-vinh", "xa-quang-phuoc", "xa-quang-loi", "xa-quang-thai", "xa-quang-ngan", "xa-quang-cong",
          "thi-tran-sia", "ubnd-tinh", "so-noi-vu", "so-tai-chinh", "so-tu-phap", "so-khcn", "so-tttt", "vp-ubnd-tinh",
          "kho-bac-quang-dien", "hdnd-tinh"})
        EXPECT_NE(rules().unit(code), nullptr) << code;
    EXPECT_EQ(rules().unit("thi-tran-sia")->name, "UBND thị trấn Sịa");
    EXPECT_EQ(rules().unit("xa-quang-an")->level, "commune");
    EXPECT_EQ(rules().unit("phong-noi-vu")->parent, "ubnd-quang-dien");
}

TEST(Units, OnlyTheDistrictIsAssessed) {
    const auto assessed = rules().assessed_units();
    ASSERT_EQ(assessed.size(), 1u);
    EXPECT_EQ(assessed[0]->code, "ubnd-quang-dien");
    EXPECT_EQ(assessed[0]->level, "district");
}

TEST(Units, FindUnitIgnoresCaseAndDiacritics) {
    const RuleSet& rs = rules();
    ASSERT_NE(rs.find_unit("phong noi vu"), nullptr);
    EXPECT_EQ(rs.find_unit("phong noi vu")->code, "phong-noi-vu");
    ASSERT_NE(rs.find_unit("PHÒNG NỘI VỤ"), nullptr);
    EXPECT_EQ(rs.find_unit("PHÒNG NỘI VỤ")->code, "phong-noi-vu");
    EXPECT_EQ(rs.find_unit("phong-noi-vu")->code, "phong-noi-vu");
    EXPECT_EQ(rs.find_unit("Ủy ban nhân dân huyện Quảng Điền")->code, "ubnd-quang-dien");
    EXPECT_EQ(rs.find_unit("UBND huyen Quang Dien")->code, "ubnd-quang-dien");
    EXPECT_EQ(rs.find_unit("  uBnD   thị trấn sịa ")->code, "thi-tran-sia");
    EXPECT_EQ(rs.find_unit("Sở Tài chính")->code, "so-tai-chinh");
}

TEST(Units, FindUnitMatchesWholeNamesOnly) {
    const RuleSet& rs = rules();
    // "Đông" folds to "dong": no unit is called that, and a part of a name is no match.
    EXPECT_EQ(rs.find_unit("Đông"), nullptr);
    EXPECT_EQ(rs.find_unit("Quảng"), nullptr);
    EXPECT_EQ(rs.find_unit(""), nullptr);
    EXPECT_EQ(rs.find_unit("Phòng"), nullptr);
}

TEST(Units, GroupsExpandToUnitCodes) {
    const RuleSet& rs = rules();
    EXPECT_EQ(rs.expand("all-communes").size(), 11u);
    const auto both = rs.expand("all-offices-and-communes");
    EXPECT_EQ(both.size(), rs.expand("all-offices").size() + 11u);
    EXPECT_EQ(rs.expand("tthcc"), std::vector<std::string>{"tthcc"});
    EXPECT_TRUE(rs.expand("no-such-unit").empty());
}

}  // namespace

namespace {

// The seed names two public service units (lines 114, 326, 453, 456): both are in
// the group, so 6.6.1/sp3 ("02 đơn vị sự nghiệp công lập thuộc huyện") can be met.
TEST(Units, PublicServiceUnitsOfTheSeed) {
    const RuleSet& rs = rules();
    const auto members = rs.expand("public-service-units");
    EXPECT_EQ(members, (std::vector<std::string>{"trung-tam-vhtttt", "trung-tam-dvnn"}));
    ASSERT_NE(rs.unit("trung-tam-dvnn"), nullptr);
    EXPECT_EQ(rs.unit("trung-tam-dvnn")->parent, "ubnd-quang-dien");
    for (const char* name : {"Trung tâm Dịch vụ Nông nghiệp", "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP HUYỆN QUẢNG ĐIỀN",
                             "Trung tam Dich vu Nong nghiep", "TT DVNN"}) {
        ASSERT_NE(rs.find_unit(name), nullptr) << name;
        EXPECT_EQ(rs.find_unit(name)->code, "trung-tam-dvnn") << name;
    }
    for (const char* name : {"Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trung tâm VH-TT&TT",
                             "Trung tam Van hoa - Thong tin va The thao huyen"}) {
        ASSERT_NE(rs.find_unit(name), nullptr) << name;
        EXPECT_EQ(rs.find_unit(name)->code, "trung-tam-vhtttt") << name;
    }
    // 6.6.1/sp3 asks for two of them: the group can supply them.
    const auto* sp3 = rs.product("6.6.1/sp3");
    ASSERT_NE(sp3, nullptr);
    std::size_t issuers = 0;
    for (const auto& code : sp3->expected_issuers) issuers += rs.expand(code).size();
    EXPECT_GE(issuers, static_cast<std::size_t>(sp3->min_count)) << "6.6.1/sp3 cannot be met";
}

}  // namespace
