// Routing a submission to a rule set by the period its documents are about
// (pipeline/route.h), table-driven over hand-made votes; `rule_sets` in the config.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/config.h"
#include "pipeline/route.h"

namespace {

using kc::DocumentPeriod;
using kc::rules::RuleSet;

RuleSet ruleset(const std::string& id, int year) {
    RuleSet r;
    r.id = id;
    r.year = year;
    return r;
}

struct Case {
    const char* name;
    std::vector<DocumentPeriod> documents;
    const char* received_day;
    const char* rules;
    const char* basis;
};

class Route : public ::testing::TestWithParam<Case> {};

TEST_P(Route, Chooses) {
    const Case& c = GetParam();
    const RuleSet r22 = ruleset("cchc-2022", 2022), r23 = ruleset("cchc-2023", 2023);
    const auto route = kc::route_submission(r22, {&r23}, c.documents, c.received_day);
    ASSERT_NE(route.rules, nullptr);
    EXPECT_EQ(route.rules->id, c.rules);
    EXPECT_EQ(route.basis, c.basis);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Route,
    ::testing::Values(
        Case{"AllAbout2023", {{"2023", {}}, {"2023-Q1", {}}}, "2022-12-30", "cchc-2023", "period"},
        Case{"MajorityWins", {{"2022", {}}, {"2022-H1", {}}, {"2023", {}}}, "2023-01-10", "cchc-2022", "period"},
        Case{"TieGoesToTheLaterYear", {{"2022", {}}, {"2023", {}}}, "2022-06-01", "cchc-2023", "period"},
        // A report "năm 2022" that only the 2023 rules ask for votes for them.
        Case{"LastYearsReportAskedByNextYear", {{"2022", {"cchc-2023"}}}, "2022-12-30", "cchc-2023", "period"},
        // Claimed by both rule sets: no vote; the year of receipt decides.
        Case{"ClaimedByBothDoesNotVote", {{"2022", {"cchc-2022", "cchc-2023"}}}, "2023-02-01", "cchc-2023",
             "receipt"},
        Case{"NoPeriodYearOfReceipt", {{"", {}}, {"", {}}}, "2023-03-01", "cchc-2023", "receipt"},
        Case{"PeriodWithoutRuleSetYearOfReceipt", {{"2030", {}}}, "2022-03-01", "cchc-2022", "receipt"},
        Case{"NothingMatchesTheConfiguredOne", {{"2030", {}}}, "2026-11-28", "cchc-2022", "configured"},
        Case{"NoDocumentsAtAll", {}, "2031-01-01", "cchc-2022", "configured"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(RouteSingle, OnlyTheConfiguredRuleSet) {
    const RuleSet r22 = ruleset("cchc-2022", 2022);
    const auto route = kc::route_submission(r22, {}, {{"2023", {}}}, "2023-01-01");
    EXPECT_EQ(route.rules, &r22);
    EXPECT_EQ(route.basis, "configured");
}

}  // namespace

namespace {

TEST(RouteConfig, RuleSetsListFromTheConfigFile) {
    const auto dir = std::filesystem::temp_directory_path() / ("kc-route-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto f = dir / "kc.yaml";
    std::ofstream(f) << "rules_id: cchc-2022\nrule_sets: [cchc-2022, cchc-2023]\n";
    auto r = kc::load_config(f);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(r->rule_sets, (std::vector<std::string>{"cchc-2022", "cchc-2023"}));
    EXPECT_NE(kc::describe_config(*r).find("rule_sets: cchc-2022, cchc-2023  (" + f.string() + ":2)"), std::string::npos)
        << kc::describe_config(*r);
    std::ofstream(f) << "rule_sets: cchc-2023\n";  // not a list
    auto bad = kc::load_config(f);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().detail.find(":1: bad value for 'rule_sets'"), std::string::npos) << bad.error().detail;
    std::filesystem::remove_all(dir);
}

TEST(RouteConfig, WithoutRuleSetsOnlyRulesId) {
    auto r = kc::load_config({});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->rule_sets.empty());
    EXPECT_NE(kc::describe_config(*r).find("rule_sets: cchc-2022  (default)"), std::string::npos);
}

}  // namespace
