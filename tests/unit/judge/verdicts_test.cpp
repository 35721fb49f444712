// tests/unit/judge/verdicts_test.cpp — facts, reviewer decisions, relative and
// by-request deadlines and value scoring, as of chosen days (issue 8).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "judge/deadlines.h"
#include "judge/judge.h"
#include "judge/scoring.h"

namespace {

using namespace kc;
using kc::rules::Criterion;
using kc::rules::Deadline;
using kc::rules::Product;
using kc::rules::RuleSet;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

Product product(const std::string& id, Deadline dl, std::vector<std::string> kinds = {"BC"}) {
    Product p;
    p.id = id;
    p.title = "Sản phẩm " + id;
    p.kinds = std::move(kinds);
    p.period = "2022";
    p.lead_agencies = {"phong-noi-vu"};
    p.deadline = std::move(dl);
    return p;
}

Deadline absolute(const char* d) {
    Deadline x;
    x.kind = "absolute";
    x.due = {day(d)};
    return x;
}

Deadline relative(int days, const std::string& event_product, const std::string& event = "thông báo kết luận") {
    Deadline x;
    x.kind = "relative";
    x.days = days;
    x.event = event;
    x.event_product = event_product;
    return x;
}

Criterion criterion(const std::string& code, double points, std::vector<Product> products,
                    const std::string& scoring = "presence", const std::string& metric = "") {
    Criterion c;
    c.code = code;
    c.title = "Tiêu chí " + code;
    c.group = code.substr(0, 1);
    c.points = points;
    c.scoring = scoring;
    c.metric = metric;
    c.products = std::move(products);
    return c;
}

RuleSet ruleset(std::vector<Criterion> criteria) {
    RuleSet r;
    r.id = "test";
    r.year = 2022;
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false}};
    r.assessed_unit = "ubnd-quang-dien";
    r.criteria = std::move(criteria);
    return r;
}

// 1.3.1/sp4: the Thông báo kết luận (TB); 1.3.2/sp1: the remedial report, 30 days after it.
RuleSet inspection_rules() {
    return ruleset({criterion("1", 2, {product("1.3.1/sp4", absolute("2022-12-31"), {"TB"}),
                                       product("1.3.2/sp1", relative(30, "1.3.1/sp4"))})});
}

Document doc(const std::string& id, const std::string& product_id, const std::string& type, const std::string& on) {
    Document d;
    d.id = id;
    d.sha256 = id + "-sha";
    d.submission = "S1";
    d.submitted_by = "phong-noi-vu";
    d.path_in_archive = id + ".pdf";
    d.format = "pdf";
    d.pages = 1;
    d.header.type = type;
    d.header.date = on;
    d.header.period = "2022";
    d.classification.product = product_id;
    d.classification.status = "classified";
    d.signature.status = "valid";
    return d;
}

std::vector<Submission> subs(const char* received = "2022-01-01T08:00:00+07:00") {
    Submission s;
    s.id = "S1";
    s.unit = "phong-noi-vu";
    s.received_at = received;
    return {s};
}

bool has(const std::vector<Reason>& rs, const std::string& code) {
    return std::any_of(rs.begin(), rs.end(), [&](const Reason& r) { return r.code == code; });
}

const judge::ProductVerdict& product_of(const judge::Judgement& j, const std::string& id) {
    for (const auto& c : j.units.at(0).criteria)
        for (const auto& p : c.products)
            if (p.product->id == id) return p;
    throw std::runtime_error("no product " + id);
}

const judge::CriterionVerdict& criterion_of(const judge::Judgement& j, const std::string& code) {
    for (const auto& c : j.units.at(0).criteria)
        if (c.criterion->code == code) return c;
    throw std::runtime_error("no criterion " + code);
}

Fact fact(const std::string& kind, const std::string& key, const std::string& value, long long seq = 1,
          const std::string& action = "set") {
    Fact f;
    f.seq = seq;
    f.kind = kind;
    f.key = key;
    f.value = value;
    f.action = action;
    f.by = "Nguyễn Văn A";
    f.at = "2022-06-01T08:00:00+07:00";
    return f;
}

Decision decision(const std::string& action, const std::string& document, long long seq = 1) {
    Decision d;
    d.seq = seq;
    d.action = action;
    d.document = document;
    d.by = "Trần Thị B";
    d.comment = "đã đối chiếu bản gốc";
    d.at = "2022-07-01T09:00:00+07:00";
    return d;
}

// ---- relative deadlines follow the document they depend on ------------------

struct RelativeCase {
    const char* name;
    const char* notice_date;  // the Thông báo kết luận's header date
    const char* report_date;  // the remedial report's date, or "" for none
    const char* as_of;
    const char* due;          // expected resolved due, or "" when unresolved
    const char* status;       // 1.3.2/sp1's status
    const char* reason;       // among the product's or the document's reasons, or ""
};

class RelativeDeadlineTest : public ::testing::TestWithParam<RelativeCase> {};

TEST_P(RelativeDeadlineTest, Scenario) {
    const auto& c = GetParam();
    RuleSet r = inspection_rules();
    std::vector<Document> docs = {doc("D1", "1.3.1/sp4", "TB", c.notice_date)};
    if (*c.report_date) docs.push_back(doc("D2", "1.3.2/sp1", "BC", c.report_date));
    auto j = judge::judge(r, subs(), docs, day(c.as_of), judge::Inputs{});
    const auto& p = product_of(j, "1.3.2/sp1");
    if (*c.due) {
        ASSERT_EQ(p.due.size(), 1u);
        EXPECT_EQ(date::iso(p.due[0]), c.due);
    } else {
        EXPECT_TRUE(p.due.empty());
    }
    EXPECT_EQ(p.status, c.status);
    if (*c.reason) {
        bool found = has(p.reasons, c.reason);
        for (const auto& d : j.documents) found = found || has(d.reasons, c.reason);
        EXPECT_TRUE(found) << c.reason;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RelativeDeadlineTest,
    ::testing::Values(
        // 20/06/2022 + 30 days = 20/07/2022 (a Wednesday).
        RelativeCase{"NoticeJune20ReportInTime", "2022-06-20", "2022-07-18", "2022-08-01", "2022-07-20", "accepted", ""},
        RelativeCase{"NoticeJune20ReportOnTheDay", "2022-06-20", "2022-07-20", "2022-08-01", "2022-07-20", "accepted", ""},
        RelativeCase{"NoticeJune20ReportLate", "2022-06-20", "2022-07-21", "2022-08-01", "2022-07-20", "rejected",
                     "LATE_DOCUMENT_DATE"},
        RelativeCase{"NoticeJune20NothingYetNotDue", "2022-06-20", "", "2022-07-10", "2022-07-20", "not_due", "NOT_DUE"},
        RelativeCase{"NoticeJune20NothingAfterDueMissing", "2022-06-20", "", "2022-07-21", "2022-07-20", "missing",
                     "MISSING"},
        // 08/07/2022 + 30 = 07/08/2022, a Sunday: the period ends on Monday 08/08/2022.
        RelativeCase{"EndsOnSundayMovesToMonday", "2022-07-08", "2022-08-08", "2022-09-01", "2022-08-08", "accepted", ""},
        RelativeCase{"EndsOnSundayTuesdayIsLate", "2022-07-08", "2022-08-09", "2022-09-01", "2022-08-08", "rejected",
                     "LATE_DOCUMENT_DATE"},
        // No notice yet: the deadline cannot be resolved.
        RelativeCase{"NoNoticeNoDeadline", "", "", "2022-09-01", "", "no_deadline", "NO_DEADLINE"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(RelativeDeadline, RejectedNoticeDoesNotStartTheClock) {
    RuleSet r = inspection_rules();
    auto notice = doc("D1", "1.3.1/sp4", "KH", "2022-06-20");  // wrong kind → rejected
    auto j = judge::judge(r, subs(), {notice}, day("2022-09-01"), judge::Inputs{});
    EXPECT_TRUE(product_of(j, "1.3.2/sp1").due.empty());
}

TEST(RelativeDeadline, EventFactWinsOverTheDocumentDate) {
    RuleSet r = inspection_rules();
    judge::Inputs in;
    in.facts = {fact("event", "1.3.1/sp4", "2022-06-01")};
    auto j = judge::judge(r, subs(), {doc("D1", "1.3.1/sp4", "TB", "2022-06-20")}, day("2022-09-01"), in);
    ASSERT_EQ(product_of(j, "1.3.2/sp1").due.size(), 1u);
    EXPECT_EQ(date::iso(product_of(j, "1.3.2/sp1").due[0]), "2022-07-01");
}

TEST(ByRequestDeadline, ResolvedFromADeadlineFact) {
    Deadline br;
    br.kind = "by_request";
    br.event = "Sở Tài chính";
    RuleSet r = ruleset({criterion("1", 1, {product("1.1/sp1", br)})});
    auto without = judge::judge(r, subs(), {}, day("2022-09-01"), judge::Inputs{});
    EXPECT_EQ(product_of(without, "1.1/sp1").status, "no_deadline");
    judge::Inputs in;
    in.facts = {fact("deadline", "1.1/sp1", "2022-08-15")};
    auto with = judge::judge(r, subs(), {}, day("2022-09-01"), in);
    EXPECT_EQ(product_of(with, "1.1/sp1").status, "missing");
    auto late = judge::judge(r, subs(), {doc("D1", "1.1/sp1", "BC", "2022-08-16")}, day("2022-09-01"), in);
    EXPECT_TRUE(has(late.documents[0].reasons, "LATE_DOCUMENT_DATE"));
}

TEST(AbsoluteDeadline, SubmittedLateIsAWarningOnly) {
    RuleSet r = ruleset({criterion("1", 1, {product("1.1/sp1", absolute("2022-01-05"))})});
    auto j = judge::judge(r, subs("2022-01-10T08:00:00+07:00"), {doc("D1", "1.1/sp1", "BC", "2022-01-04")},
                          day("2022-02-01"), judge::Inputs{});
    EXPECT_EQ(j.documents[0].verdict, "accepted");
    EXPECT_TRUE(has(j.documents[0].reasons, "SUBMITTED_LATE"));
}

// ---- facts: values and not arising ------------------------------------------

struct ValueCase {
    const char* name;
    const char* scoring;
    const char* metric;
    double points;
    const char* value;  // "" for no fact
    const char* status;
    double provisional;
};

class ValueScoringTest : public ::testing::TestWithParam<ValueCase> {};

TEST_P(ValueScoringTest, Scenario) {
    const auto& c = GetParam();
    RuleSet r = ruleset({criterion("3", c.points, {}, c.scoring, c.metric)});
    judge::Inputs in;
    if (*c.value) in.facts = {fact("metric", "3", c.value)};
    auto j = judge::judge(r, subs(), {}, day("2022-12-31"), in);
    const auto& cv = criterion_of(j, "3");
    EXPECT_EQ(cv.status, c.status);
    EXPECT_DOUBLE_EQ(cv.points_provisional, c.provisional);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ValueScoringTest,
    ::testing::Values(
        ValueCase{"AboveNinetyMet", "threshold", "trên 90%", 1, "93,62", "accepted", 1},
        ValueCase{"AboveNinetyExactlyNinetyNotMet", "threshold", "trên 90%", 1, "90", "rejected", 0},
        ValueCase{"AtLeastSeventyMet", "threshold", "≥70% so với kế hoạch", 1, "70", "accepted", 1},
        ValueCase{"FromFifteenUpMet", "threshold", "từ 15% trở lên", 0.5, "15", "accepted", 0.5},
        ValueCase{"FromFifteenUpNotMet", "threshold", "từ 15% trở lên", 0.5, "14.9", "rejected", 0},
        ValueCase{"HundredPercent", "threshold", "100% văn bản đi được ký số", 1, "100%", "accepted", 1},
        ValueCase{"HundredPercentNotMet", "threshold", "100% văn bản đi được ký số", 1, "99.5", "rejected", 0},
        ValueCase{"AboveFiftyCount", "threshold", "trên 50 TTHC hoặc nhóm TTHC", 1, "51", "accepted", 1},
        ValueCase{"YesNoMetric", "threshold", "vốn đăng ký đầu tư năm 2022 cao hơn năm 2021", 1, "đạt", "accepted", 1},
        ValueCase{"UnreadableValue", "threshold", "trên 90%", 1, "nhiều", "value_needed", 0},
        ValueCase{"NoValue", "threshold", "trên 90%", 1, "", "value_needed", 0},
        ValueCase{"FormulaAbove95", "formula", "r ≥ 95% → r × 2", 2, "97.5", "accepted", 1.95},
        ValueCase{"FormulaBelow95", "formula", "r ≥ 95% → r × 2", 2, "94.99", "rejected", 0},
        ValueCase{"CountOne", "count", "số sáng kiến", 2, "1", "accepted", 2},
        ValueCase{"CountZero", "count", "số sáng kiến", 2, "0", "rejected", 0},
        ValueCase{"SurveyValue", "survey", "", 4, "3.25", "accepted", 3.25}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Facts, NotArisingLeavesTheMaximum) {
    RuleSet r = ruleset({criterion("1", 2, {product("1.1/sp1", absolute("2022-01-05"))}),
                         criterion("2", 3, {product("2.1/sp1", absolute("2022-01-05"))})});
    judge::Inputs in;
    in.facts = {fact("not_arising", "2", "")};
    auto j = judge::judge(r, subs(), {doc("D1", "1.1/sp1", "BC", "2022-01-04")}, day("2022-12-31"), in);
    EXPECT_EQ(criterion_of(j, "2").status, "not_applicable");
    EXPECT_TRUE(has(criterion_of(j, "2").reasons, "NOT_ARISING"));
    EXPECT_DOUBLE_EQ(j.units[0].points_max, 2);
    EXPECT_DOUBLE_EQ(j.units[0].points_provisional, 2);
    EXPECT_DOUBLE_EQ(j.units[0].groups.at("2").points_max, 0);
}

TEST(Facts, UnsetRetractsAndTheLatestWins) {
    std::vector<Fact> all = {fact("metric", "3", "80", 1), fact("metric", "3", "95", 2), fact("event", "x", "2022-01-01", 3),
                             fact("event", "x", "", 4, "unset")};
    auto in_force = facts_in_force(all);
    ASSERT_EQ(in_force.size(), 1u);
    EXPECT_EQ(in_force[0].value, "95");
}

TEST(Facts, PointsAtRiskWithinTheHorizon) {
    RuleSet r = ruleset({criterion("1", 2, {product("1.1/sp1", absolute("2022-03-10"))}),
                         criterion("2", 3, {product("2.1/sp1", absolute("2022-06-30"))})});
    judge::Inputs in;
    in.horizon_days = 14;
    auto j = judge::judge(r, subs(), {}, day("2022-03-01"), in);
    EXPECT_DOUBLE_EQ(j.units[0].points_at_risk, 2);  // 1.1 due 10/03, within 14 days; 2.1 later
    in.horizon_days = 200;
    EXPECT_DOUBLE_EQ(judge::judge(r, subs(), {}, day("2022-03-01"), in).units[0].points_at_risk, 5);
}

// ---- reviewer decisions -------------------------------------------------------

TEST(Decisions, AcceptOverridesAndKeepsTheAutomaticVerdict) {
    RuleSet r = ruleset({criterion("1", 1, {product("1.1/sp1", absolute("2022-01-05"))})});
    auto d = doc("D1", "1.1/sp1", "BC", "2022-01-04");
    d.signature.status = "untrusted";
    judge::Inputs in;
    in.decisions = {decision("accept", "D1")};
    auto j = judge::judge(r, subs(), {d}, day("2022-02-01"), in);
    EXPECT_EQ(j.documents[0].verdict, "accepted");
    EXPECT_TRUE(has(j.documents[0].reasons, "REVIEWER_ACCEPTED"));
    ASSERT_TRUE(j.automatic.count("D1"));
    EXPECT_EQ(j.automatic.at("D1").verdict, "needs_review");
    EXPECT_TRUE(has(j.automatic.at("D1").reasons, "SIGNATURE_UNTRUSTED"));
    EXPECT_EQ(product_of(j, "1.1/sp1").status, "accepted");
}

TEST(Decisions, RejectAndWithdraw) {
    RuleSet r = ruleset({criterion("1", 1, {product("1.1/sp1", absolute("2022-01-05"))})});
    auto d = doc("D1", "1.1/sp1", "BC", "2022-01-04");
    judge::Inputs in;
    in.decisions = {decision("reject", "D1")};
    auto j = judge::judge(r, subs(), {d}, day("2022-02-01"), in);
    EXPECT_EQ(j.documents[0].verdict, "rejected");
    EXPECT_TRUE(has(j.documents[0].reasons, "REVIEWER_REJECTED"));
    EXPECT_EQ(product_of(j, "1.1/sp1").status, "rejected");
    in.decisions = {decision("withdraw", "D1")};
    auto w = judge::judge(r, subs(), {d}, day("2022-02-01"), in);
    EXPECT_TRUE(has(w.documents[0].reasons, "WITHDRAWN"));
    EXPECT_TRUE(product_of(w, "1.1/sp1").evidence.empty());
    EXPECT_EQ(product_of(w, "1.1/sp1").status, "missing");
}

TEST(Decisions, CorrectAMisreadDateThenJudge) {
    RuleSet r = ruleset({criterion("1", 1, {product("1.1/sp1", absolute("2022-01-05"))})});
    auto d = doc("D1", "1.1/sp1", "BC", "2022-07-04");  // OCR read 07 for 01
    judge::Inputs in;
    auto c = decision("correct", "D1");
    c.field = "date";
    c.value = "2022-01-04";
    in.decisions = {c};
    auto j = judge::judge(r, subs(), {d}, day("2022-02-01"), in);
    EXPECT_EQ(j.documents[0].verdict, "accepted");
    EXPECT_EQ(j.automatic.at("D1").verdict, "rejected");
    EXPECT_TRUE(has(j.automatic.at("D1").reasons, "LATE_DOCUMENT_DATE"));
}

TEST(Decisions, ReclassifyMovesTheEvidence) {
    RuleSet r = ruleset({criterion("1", 1, {product("1.1/sp1", absolute("2022-01-05"))}),
                         criterion("2", 1, {product("2.1/sp1", absolute("2022-01-05"))})});
    auto d = doc("D1", "1.1/sp1", "BC", "2022-01-04");
    judge::Inputs in;
    auto rc = decision("reclassify", "D1");
    rc.product = "2.1/sp1";
    in.decisions = {rc};
    auto j = judge::judge(r, subs(), {d}, day("2022-02-01"), in);
    EXPECT_EQ(product_of(j, "2.1/sp1").status, "accepted");
    EXPECT_EQ(product_of(j, "1.1/sp1").status, "missing");
    EXPECT_EQ(j.automatic.at("D1").product, "1.1/sp1");
}

TEST(Decisions, TheLastVerdictDecisionWins) {
    RuleSet r = ruleset({criterion("1", 1, {product("1.1/sp1", absolute("2022-01-05"))})});
    judge::Inputs in;
    in.decisions = {decision("reject", "D1", 1), decision("accept", "D1", 2)};
    auto j = judge::judge(r, subs(), {doc("D1", "1.1/sp1", "BC", "2022-01-04")}, day("2022-02-01"), in);
    EXPECT_EQ(j.documents[0].verdict, "accepted");
    EXPECT_EQ(j.decisions.at("D1").size(), 2u);
}

// ---- threshold wording ------------------------------------------------------------

TEST(ParseThreshold, Wordings) {
    struct C { const char* text; const char* op; double value; };
    for (const C& c : {C{"trên 90%", ">", 90}, C{"≥70% so với kế hoạch", ">=", 70}, C{"từ 15% trở lên", ">=", 15},
                       C{"100% xã, thị trấn", ">=", 100}, C{"trên 50 TTHC", ">", 50},
                       C{"TNTT bình quân tháng từ 0,2 mức lương cơ sở trở lên", ">=", 0.2},
                       C{"cao hơn năm 2021", "", 0}}) {
        auto t = judge::parse_threshold(c.text);
        EXPECT_EQ(t.op, c.op) << c.text;
        EXPECT_DOUBLE_EQ(t.value, c.value) << c.text;
    }
}

}  // namespace

namespace {

TEST(Facts, NotArisingSubCriterionLowersItsParentsFixedMaximum) {
    // Group 1 (6 points) = 1.1 (4) + 1.2 (2); 1.2 does not arise → 4/4 possible, as 77,58/96 in 2021.
    auto c1 = criterion("1", 6, {});
    auto c11 = criterion("1.1", 4, {product("1.1/sp1", absolute("2022-01-05"))});
    c11.parent = "1";
    auto c12 = criterion("1.2", 2, {product("1.2/sp1", absolute("2022-01-05"))});
    c12.parent = "1";
    RuleSet r = ruleset({c1, c11, c12});
    judge::Inputs in;
    in.facts = {fact("not_arising", "1.2", "")};
    auto j = judge::judge(r, subs(), {doc("D1", "1.1/sp1", "BC", "2022-01-04")}, day("2022-12-31"), in);
    EXPECT_DOUBLE_EQ(j.units[0].points_max, 4);
    EXPECT_DOUBLE_EQ(j.units[0].points_provisional, 4);
    EXPECT_EQ(criterion_of(j, "1.2").status, "not_applicable");
}

}  // namespace
