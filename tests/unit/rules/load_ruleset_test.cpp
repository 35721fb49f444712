// The real rules/ folder: loads cleanly and holds what the seed says.
#include <gtest/gtest.h>

#include <algorithm>
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
    ASSERT_NE(rs.criterion("4"), nullptr);
    ASSERT_NE(rs.criterion("5"), nullptr);
    ASSERT_NE(rs.criterion("6"), nullptr);
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

// ---- groups 4, 5, 6 (seed lines 505–578) ------------------------------------

bool has_warning(const std::vector<std::string>& warnings, const std::string& prefix) {
    for (const auto& w : warnings)
        if (w.rfind(prefix, 0) == 0) return true;
    return false;
}

TEST(LoadRuleset, GroupsFourToSixAreInCatalogueOrderAndAddUpAtEveryLevel) {
    const RuleSet& rs = real_rules();
    // Catalogue order: group 3's last row, then 4, 5, 6, then group 7.
    std::vector<std::string> tops;
    for (const auto& c : rs.criteria)
        if (c.parent.empty()) tops.push_back(c.code);
    const std::vector<std::string> expected_tops = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    EXPECT_EQ(tops, expected_tops);

    std::map<std::string, double> child_sum;
    for (const auto& c : rs.criteria)
        if (!c.parent.empty()) child_sum[c.parent] += c.points;
    for (const auto& c : rs.criteria) {
        if (c.group != "4" && c.group != "5" && c.group != "6") continue;
        if (c.scoring == "parent") {
            EXPECT_NEAR(child_sum[c.code], c.points, 1e-9) << c.code;
        } else {
            EXPECT_FALSE(c.products.empty()) << c.code;
        }
        EXPECT_GT(c.seed_line, 504) << c.code;
        EXPECT_LT(c.seed_line, 579) << c.code;
    }
    EXPECT_DOUBLE_EQ(rs.criterion("4.1")->points, 3.5);
    EXPECT_DOUBLE_EQ(rs.criterion("5.1")->points, 3.5);
    EXPECT_DOUBLE_EQ(rs.criterion("6.2")->points, 1.5);
    EXPECT_EQ(rs.criterion("4.1.2")->title, "Thực hiện quy định về cơ cấu số lượng cấp phó tại các cơ quan hành chính cấp huyện, xã");
    EXPECT_EQ(rs.criterion("6.6.2")->seed_line, 578);
}

TEST(LoadRuleset, DisbursementNeedsSeventyPercentAndTheTreasurysConfirmation) {
    const RuleSet& rs = real_rules();
    const auto* c = rs.criterion("6.2.1");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->scoring, "threshold");
    EXPECT_NE(c->metric.find("70%"), std::string::npos) << c->metric;
    const auto* ten_months = rs.product("6.2.1/sp2");
    ASSERT_NE(ten_months, nullptr);
    const auto& issuers = ten_months->expected_issuers;
    EXPECT_NE(std::find(issuers.begin(), issuers.end(), "kho-bac-quang-dien"), issuers.end());
    EXPECT_NE(std::find(issuers.begin(), issuers.end(), "ubnd-quang-dien"), issuers.end());
    EXPECT_EQ(ten_months->deadline.kind, "by_request");
    EXPECT_EQ(ten_months->deadline.note, "Theo yêu cầu của Sở Tài chính");
    EXPECT_EQ(ten_months->lead_agencies, std::vector<std::string>{"phong-tckh"});

    const auto* notice = rs.product("6.1.2/sp1");
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->expected_issuers, std::vector<std::string>{"so-tai-chinh"});
    EXPECT_EQ(notice->kinds, std::vector<std::string>{"TB"});

    const auto* tntt = rs.criterion("6.3.2");
    ASSERT_NE(tntt, nullptr);
    EXPECT_EQ(tntt->scoring, "threshold");
    EXPECT_NE(tntt->metric.find("0,2 mức lương cơ sở"), std::string::npos) << tntt->metric;
}

TEST(LoadRuleset, PreviousYearReportsOfGroupSixAreFor2021) {
    const RuleSet& rs = real_rules();
    for (const std::string id : {"6.2.2/sp1", "6.2.2/sp2", "6.3.1/sp1", "6.3.2/sp1", "6.4.1/sp1", "6.5/sp1",
                                 "6.6.2/sp1"}) {
        const auto* p = rs.product(id);
        ASSERT_NE(p, nullptr) << id;
        EXPECT_EQ(p->period, "2021") << id;
    }
    EXPECT_EQ(rs.product("6.2.1/sp2")->period, "2022");
    EXPECT_EQ(rs.product("6.1.1/sp1")->period, "2022");
}

TEST(LoadRuleset, ParentRowSixTwoKeepsItsProductOnAnUncodedChild) {
    const RuleSet& rs = real_rules();
    const auto* parent = rs.criterion("6.2");
    ASSERT_NE(parent, nullptr);
    EXPECT_EQ(parent->scoring, "parent");
    EXPECT_TRUE(parent->products.empty());
    EXPECT_FALSE(parent->seed_discrepancy.empty());
    const auto* child = rs.criterion("6.2.a");
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->parent, "6.2");
    EXPECT_DOUBLE_EQ(child->points, 0);
    EXPECT_EQ(child->seed_line, 560);
    const auto* data = rs.product("6.2.a/sp1");
    ASSERT_NE(data, nullptr);
    EXPECT_NE(data->title.find("năm 2019"), std::string::npos) << "the title keeps the seed's wording";
    EXPECT_FALSE(data->seed_discrepancy.empty());

    const auto warnings = kc::rules::check_ruleset(rs);
    EXPECT_TRUE(has_warning(warnings, "6.2: seed discrepancy"));
    EXPECT_TRUE(has_warning(warnings, "6.2.a/sp1: seed discrepancy"));
    EXPECT_TRUE(has_warning(warnings, "6.4: seed discrepancy"));
    EXPECT_TRUE(has_warning(warnings, "6.4.1: seed discrepancy"));
    EXPECT_TRUE(has_warning(warnings, "4.2.2/sp2: seed discrepancy"));
    EXPECT_TRUE(has_warning(warnings, "5.1.4: seed discrepancy"));
    for (const std::string code : {"4", "4.1", "4.2", "4.3", "5", "5.1", "5.2", "5.3", "5.5", "5.7", "6", "6.1",
                                   "6.2", "6.3", "6.4", "6.6"})
        EXPECT_FALSE(has_warning(warnings, code + ": points")) << code;
    EXPECT_NE(rs.criterion("6.4")->seed_discrepancy.find("16/2015"), std::string::npos);
    EXPECT_NE(rs.criterion("6.4")->title.find("16/2005"), std::string::npos) << "the title keeps the seed's wording";
}

TEST(LoadRuleset, GroupFourToSixDeadlinesKeepTheSeedsWording) {
    const RuleSet& rs = real_rules();
    const auto* decisions = rs.product("4.1.1/sp2");
    ASSERT_NE(decisions, nullptr);
    EXPECT_EQ(decisions->deadline.kind, "relative");
    EXPECT_EQ(decisions->deadline.days, 45);
    EXPECT_FALSE(decisions->deadline.working_days);
    EXPECT_EQ(decisions->deadline.note.rfind("Chậm nhất trong vòng 45 ngày", 0), 0u);

    const auto* table = rs.product("4.1.2/sp1");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->deadline.kind, "absolute");
    EXPECT_EQ(kc::date::iso(table->deadline.due.at(0)), "2022-11-15");
    EXPECT_TRUE(table->deadline.inclusive);
    EXPECT_FALSE(table->signature_required);

    EXPECT_EQ(rs.product("4.2.1/sp1")->deadline.kind, "by_request");
    EXPECT_EQ(rs.product("4.2.1/sp1")->deadline.note, "Theo thời gian yêu cầu của Sở Nội vụ");
    EXPECT_EQ(rs.product("5.1.1/sp1")->deadline.note, "Theo yêu cầu của UBND huyện");
    EXPECT_EQ(rs.product("6.1.1/sp1")->deadline.note, "Theo quy định của Sở Tài chính");
}

TEST(LoadRuleset, AssetRegulationsAreOnePlusTwoPlusTwo) {
    const RuleSet& rs = real_rules();
    const auto* c = rs.criterion("6.6.1");
    ASSERT_NE(c, nullptr);
    ASSERT_EQ(c->products.size(), 3u);
    int total = 0;
    for (const auto& p : c->products) {
        total += p.quantifier == "at_least" ? p.min_count : 1;
        EXPECT_TRUE(p.signature_required) << p.id;
    }
    EXPECT_EQ(total, 5);
    EXPECT_EQ(c->products[0].expected_issuers, std::vector<std::string>{"vp-hdnd-ubnd"});
    EXPECT_EQ(c->products[1].expected_issuers, std::vector<std::string>{"all-offices"});
    EXPECT_EQ(c->products[2].expected_issuers, std::vector<std::string>{"public-service-units"});

    const auto* jobs = rs.product("5.1.2/sp5");
    ASSERT_NE(jobs, nullptr);
    EXPECT_EQ(jobs->quantifier, "at_least");
    EXPECT_EQ(jobs->min_count, 5);
}

}  // namespace
