// tests/unit/report/index_rule_sets_test.cpp — the index of a routed judgement
// (judge::judge_routed, issue 8): `rule_sets[]` names every rule set judged
// with its submissions, documents and units, the top-level `units[]` are the
// configured rule set's, and the streamed index is byte for byte the Poco
// tree's with `rule_sets` too.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/model_json.h"
#include "judge/judge.h"
#include "report/index.h"
#include "report/index_stream.h"

namespace {

using namespace kc;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

rules::RuleSet ruleset(const std::string& id, int year) {
    rules::Product p;
    p.id = "1.1/sp1";
    p.title = "Kế hoạch CCHC năm " + std::to_string(year);
    p.kinds = {"KH"};
    p.period = std::to_string(year);
    p.lead_agencies = {"phong-noi-vu"};
    p.deadline.kind = "absolute";
    p.deadline.due = {date::parse_iso(std::to_string(year) + "-01-15").value()};
    rules::Criterion c;
    c.code = "1.1";
    c.title = "Ban hành kế hoạch";
    c.group = "1";
    c.points = 1;
    c.products = {p};
    rules::RuleSet r;
    r.id = id;
    r.year = year;
    r.sha256 = std::string(64, id.back());
    r.provenance = "test";
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false}};
    r.assessed_unit = "ubnd-quang-dien";
    r.criteria = {c};
    return r;
}

Document plan(const std::string& id, const std::string& submission, const std::string& on, const std::string& period) {
    Document d;
    d.id = id;
    d.sha256 = std::string(64, id.back());
    d.submission = submission;
    d.submitted_by = "phong-noi-vu";
    d.path_in_archive = id + ".pdf";
    d.format = "pdf";
    d.pages = 1;
    d.header.type = "KH";
    d.header.date = on;
    d.header.period = period;
    d.classification.product = "1.1/sp1";
    d.classification.status = "classified";
    d.signature.status = "valid";
    return d;
}

TEST(IndexRuleSets, RoutedJudgementInTreeAndStreamAlike) {
    auto r22 = ruleset("cchc-2022", 2022), r23 = ruleset("cchc-2023", 2023);
    std::vector<Submission> subs(2);
    subs[0].id = "S1", subs[0].unit = "phong-noi-vu", subs[0].rules = "cchc-2022";
    subs[0].received_at = "2022-01-05T08:00:00+07:00";
    subs[1].id = "S2", subs[1].unit = "phong-noi-vu", subs[1].rules = "cchc-2023";
    subs[1].received_at = "2023-01-05T08:00:00+07:00";
    auto j = judge::judge_routed(r22, {&r23}, subs,
                                 {plan("D1", "S1", "2022-01-04", "2022"), plan("D2", "S2", "2023-01-04", "2023")},
                                 day("2023-02-01"), judge::Inputs{});
    std::ostringstream os;
    report::write_index_json(os, r22, subs, j);
    const std::string tree = json::stringify(report::index_json(r22, subs, j), true) + "\n";
    EXPECT_EQ(os.str(), tree);

    auto idx = json::parse_object(os.str());
    auto sets = idx->getArray("rule_sets");
    ASSERT_TRUE(sets);
    ASSERT_EQ(sets->size(), 2u);
    EXPECT_EQ(sets->getObject(0)->getValue<std::string>("id"), "cchc-2022");
    EXPECT_EQ(sets->getObject(1)->getValue<std::string>("id"), "cchc-2023");
    EXPECT_EQ(sets->getObject(1)->getValue<int>("submissions"), 1);
    EXPECT_EQ(sets->getObject(1)->getValue<int>("documents"), 1);
    // Each plan is on time for its own rule set: both products accepted, 1 point each.
    for (std::size_t i = 0; i < 2; ++i) {
        auto unit = sets->getObject(i)->getArray("units")->getObject(0);
        EXPECT_EQ(unit->getValue<double>("points_provisional"), 1) << i;
    }
    EXPECT_EQ(json::stringify(idx->getArray("units")), json::stringify(sets->getObject(0)->getArray("units")));
    for (const auto& d : j.documents) EXPECT_EQ(d.verdict, "accepted") << d.id;
}

TEST(IndexRuleSets, PlainJudgementHasNoRuleSets) {
    auto r22 = ruleset("cchc-2022", 2022);
    auto j = judge::judge(r22, {}, {}, day("2022-02-01"));
    std::ostringstream os;
    report::write_index_json(os, r22, {}, j);
    EXPECT_EQ(os.str().find("\"rule_sets\""), std::string::npos);
}

}  // namespace
