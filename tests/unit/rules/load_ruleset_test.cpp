// The real rules/ folder: loads cleanly and holds what the seed says.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "rules/ruleset.h"
#include "util/date.h"

namespace {

using kc::rules::Product;
using kc::rules::RuleSet;

const RuleSet& real_rules() {
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

TEST(LoadRuleset, RealRulesLoadWithoutErrors) {
    auto r = kc::rules::load_ruleset(std::filesystem::path(KC_SOURCE_DIR) / "rules", "cchc-2022");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(r->id, "cchc-2022");
    EXPECT_EQ(r->year, 2022);
    EXPECT_EQ(r->assessed_unit, "ubnd-quang-dien");
    EXPECT_NE(r->provenance.find("provisional"), std::string::npos);
    EXPECT_EQ(r->sha256.size(), 64u);
}

TEST(LoadRuleset, GroupPointsMatchTheSeedHeaders) {
    const RuleSet& rs = real_rules();
    const std::map<std::string, double> expected = {{"1", 8}, {"2", 4}, {"3", 15}, {"4", 6},
                                                    {"5", 11}, {"6", 6}, {"7", 11}, {"8", 4}};
    for (const auto& [code, points] : expected) {
        const auto* c = rs.criterion(code);
        if (!c) continue;  // groups are added in priority order
        EXPECT_DOUBLE_EQ(c->points, points) << "group " << code;
        EXPECT_EQ(c->scoring, "parent");
    }
    ASSERT_NE(rs.criterion("1"), nullptr);
    ASSERT_NE(rs.criterion("2"), nullptr);
}

TEST(LoadRuleset, SecondLevelPointsOfGroupsOneAndTwoAddUp) {
    const RuleSet& rs = real_rules();
    for (const std::string group : {"1", "2"}) {
        double sum = 0;
        for (const auto& c : rs.criteria)
            if (c.parent == group) sum += c.points;
        EXPECT_DOUBLE_EQ(sum, rs.criterion(group)->points) << "group " << group;
    }
}

TEST(LoadRuleset, PlanOfCchcIsDueOnTheFifthOfJanuary) {
    const RuleSet& rs = real_rules();
    const auto* p = rs.product("1.1.1/sp1");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->deadline.kind, "absolute");
    ASSERT_EQ(p->deadline.due.size(), 1u);
    EXPECT_EQ(kc::date::iso(p->deadline.due[0]), "2022-01-05");
    EXPECT_TRUE(p->deadline.inclusive);
    ASSERT_EQ(p->expected_issuers.size(), 1u);
    EXPECT_EQ(p->expected_issuers[0], "ubnd-quang-dien");
    EXPECT_EQ(p->lead_agencies[0], "phong-noi-vu");
    EXPECT_EQ(p->period, "2022");
    EXPECT_EQ(rs.criterion("1.1.1")->parent, "1.1");
    EXPECT_EQ(rs.criterion("1.1.1")->seed_line, 440);
}

TEST(LoadRuleset, QuarterlyReportsHaveFourProductsAndDates) {
    const RuleSet& rs = real_rules();
    const auto* c = rs.criterion("1.2.a");
    ASSERT_NE(c, nullptr);
    ASSERT_EQ(c->products.size(), 4u);
    const char* dates[] = {"2022-03-12", "2022-06-12", "2022-09-12", "2022-12-12"};
    const char* periods[] = {"2022-Q1", "2022-H1", "2022-Q3", "2022"};
    for (int i = 0; i < 4; ++i) {
        ASSERT_EQ(c->products[i].deadline.due.size(), 1u);
        EXPECT_EQ(kc::date::iso(c->products[i].deadline.due[0]), dates[i]);
        EXPECT_EQ(c->products[i].period, periods[i]);
    }
}

TEST(LoadRuleset, SeedDiscrepanciesAreCorrectedVisibly) {
    const RuleSet& rs = real_rules();
    const auto* plan = rs.product("2.1.1/sp1");
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(kc::date::iso(plan->deadline.due.at(0)), "2022-01-15");
    EXPECT_NE(plan->deadline.note.find("15/01/2021"), std::string::npos);
    EXPECT_FALSE(plan->deadline.seed_discrepancy.empty());
    const auto* report = rs.product("1.1.2/sp2");
    ASSERT_NE(report, nullptr);
    EXPECT_EQ(kc::date::iso(report->deadline.due.at(0)), "2022-10-31");
    EXPECT_FALSE(report->deadline.seed_discrepancy.empty());

    const auto warnings = kc::rules::check_ruleset(rs);
    bool plan_warned = false, points_warned = false;
    for (const auto& w : warnings) {
        plan_warned = plan_warned || w.rfind("2.1.1/sp1:", 0) == 0;
        points_warned = points_warned || w.rfind("1.4.2: points", 0) == 0;
    }
    EXPECT_TRUE(plan_warned);
    EXPECT_TRUE(points_warned) << "1.4.2's rows add up to 0.75, not 1";
}

TEST(LoadRuleset, RelativeDeadlinesPointAtTheirEvent) {
    const RuleSet& rs = real_rules();
    const auto* p = rs.product("1.3.2/sp1");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->deadline.kind, "relative");
    EXPECT_EQ(p->deadline.days, 30);
    EXPECT_EQ(p->deadline.event_product, "1.3.1/sp4");
    EXPECT_EQ(rs.product("1.6/sp1")->deadline.kind, "by_request");
}

TEST(LoadRuleset, ApologyLettersNeedAtLeastFive) {
    const RuleSet& rs = real_rules();
    if (!rs.criterion("3.5.2")) GTEST_SKIP() << "group 3 not transcribed yet";
    const Product* letters = nullptr;
    for (const auto& p : rs.criterion("3.5.2")->products)
        if (p.quantifier == "at_least") letters = &p;
    ASSERT_NE(letters, nullptr);
    EXPECT_EQ(letters->min_count, 5);
    EXPECT_TRUE(letters->signature_required);
}

TEST(LoadRuleset, EveryProductNamesKnownUnits) {
    const RuleSet& rs = real_rules();
    for (const auto& c : rs.criteria)
        for (const auto& p : c.products) {
            for (const auto& code : p.lead_agencies) EXPECT_FALSE(rs.expand(code).empty()) << p.id << " " << code;
            for (const auto& code : p.expected_issuers) EXPECT_FALSE(rs.expand(code).empty()) << p.id << " " << code;
            EXPECT_FALSE(p.kinds.empty()) << p.id;
        }
}

}  // namespace
