// tests/unit/judge/scenario_test.cpp — the scenarios issue 8 asks for that the
// other judge tests do not hold: every deadline kind judged as of chosen days
// (during_year by 31/12, none, an exclusive absolute deadline) and
// THRESHOLD_NOT_MET. Relative deadlines (one ending on a Sunday) are in
// verdicts_test.cpp and quantifier_test.cpp; signature and document reasons in
// judge_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "judge/judge.h"

namespace {

using namespace kc;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

bool has(const std::vector<Reason>& rs, const std::string& code) {
    return std::any_of(rs.begin(), rs.end(), [&](const Reason& r) { return r.code == code; });
}

rules::RuleSet ruleset(rules::Deadline dl, const std::string& scoring = "presence", const std::string& metric = "") {
    rules::Product p;
    p.id = "1.1/sp1";
    p.title = "Báo cáo";
    p.kinds = {"BC"};
    p.period = "2022";
    p.lead_agencies = {"phong-noi-vu"};
    p.deadline = std::move(dl);
    rules::Criterion c;
    c.code = "1.1";
    c.title = "Tiêu chí 1.1";
    c.group = "1";
    c.points = 2;
    c.scoring = scoring;
    c.metric = metric;
    c.products = {p};
    rules::RuleSet r;
    r.id = "test";
    r.year = 2022;
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false}};
    r.assessed_unit = "ubnd-quang-dien";
    r.criteria = {c};
    return r;
}

rules::Deadline deadline(const std::string& kind, std::vector<Date> due = {}, bool inclusive = true) {
    rules::Deadline d;
    d.kind = kind;
    d.due = std::move(due);
    d.inclusive = inclusive;
    d.note = kind;
    return d;
}

std::vector<Document> one_doc(const std::string& on) {
    Document d;
    d.id = "D1";
    d.sha256 = "D1-sha";
    d.submission = "S1";
    d.submitted_by = "phong-noi-vu";
    d.path_in_archive = "bc.pdf";
    d.format = "pdf";
    d.pages = 2;
    d.header.type = "BC";
    d.header.date = on;
    d.header.period = "2022";
    d.classification.product = "1.1/sp1";
    d.classification.status = "classified";
    d.signature.status = "valid";
    return {d};
}

std::vector<Submission> subs() {
    Submission s;
    s.id = "S1";
    s.unit = "phong-noi-vu";
    s.received_at = "2022-03-01T08:00:00+07:00";
    return {s};
}

const judge::ProductVerdict& product(const judge::Judgement& j) { return j.units.at(0).criteria.at(0).products.at(0); }

struct Case {
    const char* name;
    const char* kind;
    const char* due;        // absolute: the date; else ""
    bool inclusive;
    const char* doc_date;   // "" = no document
    const char* as_of;
    const char* status;     // the product's
    const char* reason;     // among the product's or the document's reasons, "" = none expected
    const char* resolved;   // the resolved last due day, "" = none
};

class DeadlineKindTest : public ::testing::TestWithParam<Case> {};

TEST_P(DeadlineKindTest, AsOfTheChosenDay) {
    const Case& c = GetParam();
    std::vector<Date> due;
    if (*c.due) due.push_back(day(c.due));
    auto r = ruleset(deadline(c.kind, due, c.inclusive));
    auto j = judge::judge(r, subs(), *c.doc_date ? one_doc(c.doc_date) : std::vector<Document>{}, day(c.as_of));
    const auto& p = product(j);
    EXPECT_EQ(p.status, c.status);
    if (*c.resolved) {
        ASSERT_FALSE(p.due.empty());
        EXPECT_EQ(date::iso(p.due.back()), c.resolved);
    } else {
        EXPECT_TRUE(p.due.empty());
    }
    if (*c.reason) {
        bool found = has(p.reasons, c.reason);
        for (const auto& d : j.documents) found = found || has(d.reasons, c.reason);
        EXPECT_TRUE(found) << c.reason;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, DeadlineKindTest,
    ::testing::Values(
        // during_year: by 31/12 of the rule set's year.
        Case{"DuringYearInTime", "during_year", "", true, "2022-12-31", "2023-01-10", "accepted", "", "2022-12-31"},
        Case{"DuringYearLate", "during_year", "", true, "2023-01-03", "2023-01-10", "rejected", "LATE_DOCUMENT_DATE",
             "2022-12-31"},
        Case{"DuringYearNothingYet", "during_year", "", true, "", "2022-12-31", "not_due", "NOT_DUE", "2022-12-31"},
        Case{"DuringYearNothingAfter", "during_year", "", true, "", "2023-01-01", "missing", "MISSING", "2022-12-31"},
        // none: no deadline at all; evidence any day is in time.
        Case{"NoneNothing", "none", "", true, "", "2023-06-01", "no_deadline", "NO_DEADLINE", ""},
        Case{"NoneAnyDay", "none", "", true, "2022-07-01", "2023-06-01", "accepted", "", ""},
        // absolute, "Trước 15/11/2022" read strictly: the 15th itself is late.
        Case{"ExclusiveDayBeforeInTime", "absolute", "2022-11-15", false, "2022-11-14", "2022-12-01", "accepted", "",
             "2022-11-14"},
        Case{"ExclusiveOnTheDayLate", "absolute", "2022-11-15", false, "2022-11-15", "2022-12-01", "rejected",
             "LATE_DOCUMENT_DATE", "2022-11-14"},
        Case{"InclusiveOnTheDayInTime", "absolute", "2022-11-15", true, "2022-11-15", "2022-12-01", "accepted", "",
             "2022-11-15"},
        Case{"AbsoluteNothingBeforeDueNotDue", "absolute", "2022-11-15", true, "", "2022-11-15", "not_due", "NOT_DUE",
             "2022-11-15"},
        Case{"AbsoluteNothingAfterDueMissing", "absolute", "2022-11-15", true, "", "2022-11-16", "missing", "MISSING",
             "2022-11-15"}),
    [](const auto& info) { return std::string(info.param.name); });

Fact metric(const std::string& value) {
    Fact f;
    f.seq = 1;
    f.kind = "metric";
    f.key = "1.1";
    f.value = value;
    f.by = "Nguyễn Văn A";
    f.at = "2022-12-01T08:00:00+07:00";
    return f;
}

TEST(Threshold, BelowTheTargetIsThresholdNotMet) {
    auto r = ruleset(deadline("absolute", {day("2022-11-15")}), "threshold", "trên 95%");
    judge::Inputs in;
    in.facts = {metric("93.62")};
    auto j = judge::judge(r, subs(), one_doc("2022-11-01"), day("2022-12-01"), in);
    const auto& c = j.units.at(0).criteria.at(0);
    EXPECT_EQ(c.status, "rejected");
    EXPECT_TRUE(has(c.reasons, "THRESHOLD_NOT_MET"));
    EXPECT_EQ(c.points_provisional, 0);
    EXPECT_EQ(c.value, "93.62");

    in.facts = {metric("96.5")};
    auto ok = judge::judge(r, subs(), one_doc("2022-11-01"), day("2022-12-01"), in);
    EXPECT_EQ(ok.units.at(0).criteria.at(0).status, "accepted");
    EXPECT_FALSE(has(ok.units.at(0).criteria.at(0).reasons, "THRESHOLD_NOT_MET"));
    EXPECT_EQ(ok.units.at(0).criteria.at(0).points_provisional, 2);
}

}  // namespace
