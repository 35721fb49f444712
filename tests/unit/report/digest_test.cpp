// tests/unit/report/digest_test.cpp — the nightly digest shows both clocks: the
// product's deadline and the internal hand-in deadline of the seed's part III.
#include <gtest/gtest.h>

#include <string>

#include <Poco/JSON/Array.h>

#include "judge/judge.h"
#include "report/digest.h"

namespace {

using namespace kc;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

rules::Product product(const std::string& id, const char* due) {
    rules::Product p;
    p.id = id;
    p.title = "Sản phẩm " + id;
    p.kinds = {"BC"};
    p.period = "2022";
    p.lead_agencies = {"phong-noi-vu"};
    if (due) {
        p.deadline.kind = "absolute";
        p.deadline.due = {day(due)};
    } else {
        p.deadline.kind = "by_request";
        p.deadline.event = "Sở Nội vụ";
    }
    return p;
}

rules::RuleSet rules_fixture() {
    rules::RuleSet r;
    r.id = "t";
    r.year = 2022;
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false}};
    r.assessed_unit = "ubnd-quang-dien";
    r.hand_in.milestones = {{"first-half", day("2022-06-30"), "Báo cáo 6 tháng đầu năm", "", 402},
                            {"self-assessment", day("2022-11-15"), "Hồ sơ tự chấm điểm", "", 402}};
    rules::Criterion c;
    c.code = "1";
    c.title = "Tiêu chí";
    c.group = "1";
    c.points = 3;
    c.scoring = "presence";
    c.products = {product("1/sp1", "2022-01-05"), product("1/sp2", "2022-12-19"), product("1/sp3", nullptr)};
    r.criteria = {c};
    return r;
}

TEST(Digest, HandInDueIsFilledFromTheRules) {
    const auto r = rules_fixture();
    const auto j = judge::judge(r, {}, {}, day("2022-06-20"));
    auto o = report::digest_json("phong-noi-vu", r, j);
    auto owes = o->getArray("owes");
    ASSERT_EQ(owes->size(), 3u);
    std::map<std::string, std::string> hand_in;
    for (std::size_t i = 0; i < owes->size(); ++i) {
        auto e = owes->getObject(static_cast<unsigned>(i));
        hand_in[e->getValue<std::string>("product")] =
            e->isNull("hand_in_due") ? "null" : e->getValue<std::string>("hand_in_due");
    }
    EXPECT_EQ(hand_in["1/sp1"], "2022-06-30");  // due 05/01 → the first-half review
    EXPECT_EQ(hand_in["1/sp2"], "2022-12-19");  // due after both → its own deadline
    EXPECT_EQ(hand_in["1/sp3"], "2022-11-15");  // no date yet → the dossier
    const std::string note = o->getValue<std::string>("hand_in_note");
    EXPECT_NE(note.find("30/06/2022"), std::string::npos) << note;
    EXPECT_NE(note.find("15/11/2022"), std::string::npos) << note;
    EXPECT_NE(note.find("Phòng Nội vụ"), std::string::npos) << note;
    const std::string text = report::digest_text("phong-noi-vu", r, j);
    EXPECT_NE(text.find("hand-in due: 2022-06-30"), std::string::npos) << text;
    EXPECT_EQ(text.find("no internal hand-in deadline"), std::string::npos) << text;
}

TEST(Digest, ProductThatSaysNoneHasANullHandIn) {
    auto r = rules_fixture();
    r.criteria[0].products[0].hand_in = "none";
    const auto j = judge::judge(r, {}, {}, day("2022-06-20"));
    auto owes = report::digest_json("phong-noi-vu", r, j)->getArray("owes");
    for (std::size_t i = 0; i < owes->size(); ++i) {
        auto e = owes->getObject(static_cast<unsigned>(i));
        if (e->getValue<std::string>("product") == "1/sp1") EXPECT_TRUE(e->isNull("hand_in_due"));
    }
}

}  // namespace
