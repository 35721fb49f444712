// The pure parts of the judge/report queue jobs (queue/stage_jobs.h): keys, payloads and
// their checks, the catalog generation, the stored unit verdict. No database.
#include <gtest/gtest.h>

#include "core/model_json.h"
#include "queue/stage_jobs.h"

namespace kc::queue {
namespace {

Date day(const char* iso) { return *date::parse_iso(iso); }

TEST(StageJobs, KeysNameTheWorkAndTheDay) {
    EXPECT_EQ(judge_key("cchc-2022", "ubnd-quang-dien", day("2022-12-31"), "S20221231-ab"),
              "judge|cchc-2022:ubnd-quang-dien|2022-12-31|S20221231-ab");
    EXPECT_EQ(report_key("S1", day("2022-06-30")), "report|S1|2022-06-30");
    EXPECT_EQ(nightly_report_key(day("2022-06-30"), "g0123"), "report|nightly|2022-06-30|g0123");
    // another day is another job; the same inputs the same key (enqueue coalesces on it)
    EXPECT_NE(report_key("S1", day("2022-06-30")), report_key("S1", day("2022-07-01")));
    EXPECT_NE(report_key("S1", day("2022-06-30")), nightly_report_key(day("2022-06-30"), "S1"));
}

TEST(StageJobs, PayloadsRoundTrip) {
    auto j = parse_stage_payload(k_kind_judge, judge_payload("cchc-2022", "ubnd-quang-dien", day("2022-12-31"), "g1"));
    ASSERT_TRUE(j) << j.error().detail;
    EXPECT_EQ(date::iso(j->as_of), "2022-12-31");
    EXPECT_EQ(j->rules, "cchc-2022");
    EXPECT_EQ(j->unit, "ubnd-quang-dien");
    EXPECT_EQ(j->generation, "g1");
    auto r = parse_stage_payload(k_kind_report, report_payload("S9", day("2022-02-28")));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->submission, "S9");
    EXPECT_FALSE(r->nightly);
    auto n = parse_stage_payload(k_kind_report, nightly_report_payload(day("2022-02-28"), "gabc"));
    ASSERT_TRUE(n);
    EXPECT_TRUE(n->nightly);
    EXPECT_TRUE(n->submission.empty());
    EXPECT_EQ(n->generation, "gabc");
}

TEST(StageJobs, BadPayloadsAreRefused) {
    EXPECT_FALSE(parse_stage_payload(k_kind_judge, "not json"));
    EXPECT_FALSE(parse_stage_payload(k_kind_judge, R"({"as_of":"2022-02-30","rules":"r","unit":"u"})"));  // no such day
    EXPECT_FALSE(parse_stage_payload(k_kind_judge, R"({"as_of":"2022-02-28","rules":"r"})"));
    EXPECT_FALSE(parse_stage_payload(k_kind_report, R"({"as_of":"2022-02-28"})"));
    EXPECT_FALSE(parse_stage_payload(k_kind_report, R"({"as_of":"2022-02-28","submission":"S1","nightly":true})"));
    EXPECT_FALSE(parse_stage_payload("extract", judge_payload("r", "u", day("2022-01-01"), "g")));
    EXPECT_TRUE(is_stage_kind("judge"));
    EXPECT_TRUE(is_stage_kind("report"));
    EXPECT_FALSE(is_stage_kind("record"));
}

TEST(StageJobs, GenerationChangesWithTheCatalogNotWithOrder) {
    auto g = catalog_generation({"S2", "S1"}, 3, 1);
    EXPECT_EQ(g, catalog_generation({"S1", "S2"}, 3, 1));
    EXPECT_EQ(g.size(), 17u);
    EXPECT_EQ(g[0], 'g');
    EXPECT_NE(g, catalog_generation({"S1", "S2", "S3"}, 3, 1));  // a new submission
    EXPECT_NE(g, catalog_generation({"S1", "S2"}, 4, 1));        // a new fact
    EXPECT_NE(g, catalog_generation({"S1", "S2"}, 3, 2));        // a new reviewer decision
    EXPECT_NE(catalog_generation({"S1"}, 12, 0), catalog_generation({"S1"}, 1, 20));
}

TEST(StageJobs, UnitVerdictIsContentOnly) {
    rules::Unit unit;
    unit.code = "ubnd-quang-dien";
    rules::Product p1, p2;
    p1.id = "1.1.1/sp1";
    p2.id = "1.1.2/sp1";
    judge::UnitVerdict u;
    u.unit = &unit;
    u.points_max = 2;
    u.points_provisional = 0.6666666;
    judge::CriterionVerdict c;
    c.products.push_back({&p1, "accepted", {}, {}, {}});
    c.products.push_back({&p2, "missing", {}, {}, {}});
    u.criteria.push_back(c);
    const auto text = unit_verdict_json("cchc-2022", u, day("2022-12-31"));
    EXPECT_EQ(text, unit_verdict_json("cchc-2022", u, day("2022-12-31")));  // same inputs, same bytes
    auto o = json::parse_object(text);
    EXPECT_EQ(o->getValue<std::string>("schema"), "kiemchung/unit-verdict/v1");
    EXPECT_EQ(o->getValue<std::string>("unit"), "ubnd-quang-dien");
    EXPECT_EQ(o->getValue<std::string>("as_of"), "2022-12-31");
    EXPECT_DOUBLE_EQ(o->getValue<double>("points_provisional"), 0.667);
    auto products = o->getObject("products");
    EXPECT_EQ(products->getValue<std::string>("1.1.1/sp1"), "accepted");
    EXPECT_EQ(products->getValue<std::string>("1.1.2/sp1"), "missing");
    u.criteria[0].products[1].status = "accepted";
    EXPECT_NE(text, unit_verdict_json("cchc-2022", u, day("2022-12-31")));
    EXPECT_EQ(judge_meta_key("cchc-2022", "ubnd-quang-dien", day("2022-12-31")),
              "judge.cchc-2022:ubnd-quang-dien.2022-12-31");
}

}  // namespace
}  // namespace kc::queue
