// Internal hand-in deadlines (seed part III): which one a product gets, and
// the shipped rule set's two milestones, 30/6 and 15/11/2022.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "rules/hand_in.h"
#include "rules/ruleset.h"
#include "util/date.h"

namespace {

using kc::rules::HandInMilestone;
using kc::rules::Product;
using kc::rules::RuleSet;

kc::Date day(const char* iso) { return *kc::date::parse_iso(iso); }

RuleSet two_milestones(bool inclusive = true) {
    RuleSet rs;
    rs.year = 2022;
    rs.hand_in.milestones = {HandInMilestone{"first-half", day("2022-06-30"), "Báo cáo 6 tháng", "", 402},
                             HandInMilestone{"self-assessment", day("2022-11-15"), "Hồ sơ tự chấm điểm", "", 402}};
    rs.hand_in.default_choice = "auto";
    rs.hand_in.inclusive = inclusive;
    return rs;
}

struct Case {
    const char* name;
    const char* choice;                 // the product's hand_in ("" = the rule set's default)
    std::vector<const char*> product_due;
    const char* due;                    // "" = no hand-in deadline
    const char* source;
};

class HandInChoice : public ::testing::TestWithParam<Case> {};

TEST_P(HandInChoice, Resolves) {
    const Case& c = GetParam();
    Product p;
    p.id = "1.1/sp1";
    p.hand_in = c.choice;
    std::vector<kc::Date> due;
    for (auto d : c.product_due) due.push_back(day(d));
    const auto r = kc::rules::resolve_hand_in(p, two_milestones(), due);
    EXPECT_EQ(r.due ? kc::date::iso(*r.due) : std::string(), c.due);
    EXPECT_EQ(r.source, c.source);
    EXPECT_FALSE(r.explanation_vi.empty());
    EXPECT_FALSE(r.explanation_en.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HandInChoice,
    ::testing::Values(
        // auto: the first milestone on or after the product's last due date
        Case{"PlanDueInJanuaryGoesToFirstHalf", "", {"2022-01-05"}, "2022-06-30", "first-half"},
        Case{"DueOnThirtiethOfJuneIsFirstHalf", "", {"2022-06-30"}, "2022-06-30", "first-half"},
        Case{"DueTheDayAfterGoesToTheDossier", "", {"2022-07-01"}, "2022-11-15", "self-assessment"},
        Case{"DueOnFifteenthOfNovember", "", {"2022-11-15"}, "2022-11-15", "self-assessment"},
        Case{"DueAfterEveryMilestoneKeepsItsOwnDeadline", "", {"2022-12-19"}, "2022-12-19", "product_deadline"},
        Case{"SeveralDatesTheLastCounts", "", {"2022-03-12", "2022-06-12", "2022-09-12"}, "2022-11-15",
             "self-assessment"},
        Case{"NoDueDateYetGoesToTheDossier", "", {}, "2022-11-15", "self-assessment"},
        // the product's own choice
        Case{"ProductNamesTheDossier", "self-assessment", {"2022-01-05"}, "2022-11-15", "self-assessment"},
        Case{"ProductNamesADate", "2022-10-31", {"2022-10-15"}, "2022-10-31", "date"},
        Case{"ProductSaysNone", "none", {"2022-01-05"}, "", "none"},
        Case{"ExplicitMilestoneBeforeTheDeadlineGivesWay", "first-half", {"2022-09-12"}, "2022-09-12",
             "product_deadline"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(HandIn, NotInclusiveMeansTheDayBefore) {
    Product p;
    const auto r = kc::rules::resolve_hand_in(p, two_milestones(false), {day("2022-07-10")});
    ASSERT_TRUE(r.due);
    EXPECT_EQ(kc::date::iso(*r.due), "2022-11-14");
}

TEST(HandIn, WithoutMilestonesEachProductByItsOwnDeadline) {
    RuleSet rs;  // no hand_in block: auto without milestones
    Product p;
    auto r = kc::rules::resolve_hand_in(p, rs, {day("2022-01-05")});
    ASSERT_TRUE(r.due);
    EXPECT_EQ(kc::date::iso(*r.due), "2022-01-05");
    EXPECT_EQ(r.source, "product_deadline");
    EXPECT_FALSE(kc::rules::resolve_hand_in(p, rs, {}).due) << "no deadline at all: nothing to be late for";
}

// The shipped rule set: part III's two dates, as written in the seed (line 402).
TEST(HandIn, ShippedRuleSetHasTheSeedsTwoMilestones) {
    auto r = kc::rules::load_ruleset(std::filesystem::path(KC_SOURCE_DIR) / "rules", "cchc-2022");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    const auto& h = r->hand_in;
    ASSERT_EQ(h.milestones.size(), 2u);
    EXPECT_EQ(h.milestones[0].id, "first-half");
    EXPECT_EQ(kc::date::iso(h.milestones[0].date), "2022-06-30");
    EXPECT_EQ(h.milestones[1].id, "self-assessment");
    EXPECT_EQ(kc::date::iso(h.milestones[1].date), "2022-11-15");
    for (const auto& m : h.milestones) {
        EXPECT_EQ(m.seed_line, 402) << m.id;
        EXPECT_NE(m.note.find("qua Phòng Nội vụ"), std::string::npos) << m.id;
    }
    EXPECT_NE(h.milestones[0].note.find("Trước ngày 30 tháng 6 năm 2022"), std::string::npos);
    EXPECT_NE(h.milestones[1].note.find("trước ngày 15 tháng 11 năm 2022"), std::string::npos);
    EXPECT_TRUE(h.inclusive);
    EXPECT_EQ(h.default_choice, "auto");
    // 1.1.1 (plan, due 05/01) → 30/6; 2.1.3 (report, due 15/11) → 15/11; 3.1.1/sp1 (19/12) → its own date.
    auto hand_in_of = [&](const char* id) {
        const auto* p = r->product(id);
        EXPECT_NE(p, nullptr) << id;
        std::vector<kc::Date> due = p->deadline.due;
        std::sort(due.begin(), due.end());
        const auto h = kc::rules::resolve_hand_in(*p, r.value(), due);
        return h.due ? kc::date::iso(*h.due) : std::string("none");
    };
    EXPECT_EQ(hand_in_of("1.1.1/sp1"), "2022-06-30");
    EXPECT_EQ(hand_in_of("2.1.3/sp1"), "2022-11-15");
    EXPECT_EQ(hand_in_of("3.1.1/sp1"), "2022-12-19");
    // Every product says which date of its evidence counts, for each kind it takes.
    for (const auto& c : r->criteria)
        for (const auto& p : c.products) {
            EXPECT_EQ(p.evidence_dates.size(), p.kinds.size()) << p.id;
            if (auto it = p.evidence_dates.find("photo"); it != p.evidence_dates.end())
                EXPECT_EQ(it->second, "exif_date") << p.id;
        }
}

}  // namespace
