// tests/unit/judge/judge_test.cpp — verdicts on documents, products and
// criteria, on rule sets built by hand (no rules/ files).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "judge/document_verdict.h"
#include "judge/judge.h"
#include "judge/signer_unit.h"

namespace {

using namespace kc;
using kc::rules::Criterion;
using kc::rules::Deadline;
using kc::rules::Product;
using kc::rules::RuleSet;

Date day(const char* iso) {
    auto d = date::parse_iso(iso);
    EXPECT_TRUE(d.has_value()) << iso;
    return d.value_or(Date{});
}

Deadline absolute(std::vector<const char*> dates, bool inclusive = true) {
    Deadline d;
    d.kind = "absolute";
    for (const char* x : dates) d.due.push_back(day(x));
    d.inclusive = inclusive;
    d.note = "Trước ...";
    return d;
}

Product product(const std::string& id, std::vector<std::string> kinds = {"KH"},
                Deadline deadline = absolute({"2022-01-05"})) {
    Product p;
    p.id = id;
    p.title = "Sản phẩm " + id;
    p.kinds = std::move(kinds);
    p.period = "2022";
    p.lead_agencies = {"phong-noi-vu"};
    p.deadline = std::move(deadline);
    return p;
}

Criterion criterion(const std::string& code, double points, std::vector<Product> products = {},
                    const std::string& parent = "", const std::string& scoring = "presence") {
    Criterion c;
    c.code = code;
    c.title = "Tiêu chí " + code;
    c.group = code.substr(0, 1);
    c.parent = parent;
    c.points = points;
    c.scoring = scoring;
    c.products = std::move(products);
    return c;
}

std::vector<rules::Unit> units() {
    rules::Unit district{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {"Quảng Điền"}, true};
    rules::Unit office{"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {"PNV"}, false};
    return {district, office};
}

RuleSet one_product_rules(Product p) {
    RuleSet r;
    r.id = "test";
    r.year = 2022;
    r.units = units();
    r.criteria.push_back(criterion("1.1", 1, {std::move(p)}));
    return r;
}

SignerInfo signer(const std::string& status, const std::string& signed_at = "2022-01-04T10:00:00+07:00",
                  const std::string& source = "timestamp") {
    SignerInfo s;
    s.status = status;
    s.signed_at = signed_at;
    s.time_source = source;
    return s;
}

Document doc(const std::string& id, const std::string& product_id, const std::string& sha) {
    Document d;
    d.id = id;
    d.sha256 = sha;
    d.submission = "S1";
    d.submitted_by = "phong-noi-vu";
    d.path_in_archive = id + ".pdf";
    d.format = "pdf";
    d.pages = 2;
    d.header.type = "KH";
    d.header.date = "2022-01-04";
    d.header.period = "2022";
    d.classification.product = product_id;
    d.classification.criterion = product_id.substr(0, product_id.find('/'));
    d.classification.status = "classified";
    d.classification.confidence = 0.9;
    d.signature.status = "valid";
    d.signature.signers = {signer("valid")};
    return d;
}

std::vector<std::string> codes(const std::vector<Reason>& rs) {
    std::vector<std::string> out;
    for (const auto& r : rs) out.push_back(r.code);
    return out;
}

bool has(const std::vector<Reason>& rs, const std::string& code) {
    auto c = codes(rs);
    return std::find(c.begin(), c.end(), code) != c.end();
}

// ---- one document ------------------------------------------------------------

struct DocCase {
    const char* name;
    void (*edit)(Document&, Product&);
    const char* verdict;
    const char* reason;      // expected among the reasons, or "" for none at all
    const char* not_reason;  // must not be among the reasons, or ""
    const char* received_day = "";
};

class DocumentVerdictTest : public ::testing::TestWithParam<DocCase> {};

TEST_P(DocumentVerdictTest, Verdict) {
    const DocCase& c = GetParam();
    Product p = product("1.1/sp1");
    Document d = doc("D1", "1.1/sp1", "aa");
    c.edit(d, p);
    RuleSet r = one_product_rules(p);
    judge::judge_document(d, r, c.received_day);
    EXPECT_EQ(d.verdict, c.verdict);
    if (std::string(c.reason).empty()) {
        EXPECT_TRUE(d.reasons.empty()) << ::testing::PrintToString(codes(d.reasons));
    } else {
        EXPECT_TRUE(has(d.reasons, c.reason)) << ::testing::PrintToString(codes(d.reasons));
    }
    if (!std::string(c.not_reason).empty()) {
        EXPECT_FALSE(has(d.reasons, c.not_reason)) << ::testing::PrintToString(codes(d.reasons));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Judge, DocumentVerdictTest,
    ::testing::Values(
        DocCase{"Accepted", [](Document&, Product&) {}, "accepted", "", ""},
        DocCase{"DateAfterDueIsLate", [](Document& d, Product&) { d.header.date = "2022-01-06"; }, "rejected",
                "LATE_DOCUMENT_DATE", ""},
        DocCase{"DateOnDueDayIsInTime", [](Document& d, Product&) { d.header.date = "2022-01-05"; }, "accepted", "",
                ""},
        DocCase{"DateOnDueDayIsLateWhenNotInclusive",
                [](Document& d, Product& p) {
                    d.header.date = "2022-01-05";
                    p.deadline.inclusive = false;
                },
                "rejected", "LATE_DOCUMENT_DATE", ""},
        DocCase{"DayBeforeDueInTimeWhenNotInclusive",
                [](Document& d, Product& p) {
                    d.header.date = "2022-01-04";
                    p.deadline.inclusive = false;
                },
                "accepted", "", ""},
        DocCase{"LastOfSeveralDueDatesCounts",
                [](Document& d, Product& p) {
                    p.deadline = absolute({"2022-06-30", "2022-01-05"});
                    d.header.date = "2022-03-01";
                },
                "accepted", "", ""},
        DocCase{"NoDateNeedsReview", [](Document& d, Product&) { d.header.date.clear(); }, "needs_review",
                "NO_DOCUMENT_DATE", ""},
        DocCase{"TimestampAfterDueRejected",
                [](Document& d, Product&) { d.signature.signers = {signer("valid", "2022-01-06T08:00:00+07:00", "timestamp")}; },
                "rejected", "SIGNED_AFTER_DEADLINE", ""},
        DocCase{"SigningTimeAfterDueRejected",
                [](Document& d, Product&) {
                    d.signature.signers = {signer("valid", "2022-01-06T08:00:00+07:00", "signing_time")};
                },
                "rejected", "SIGNED_AFTER_DEADLINE", ""},
        DocCase{"ClaimedTimeAfterDueIgnored",
                [](Document& d, Product&) { d.signature.signers = {signer("valid", "2022-01-20T08:00:00+07:00", "claimed")}; },
                "accepted", "", ""},
        DocCase{"SignedLateOnDueDayIsInTime",
                [](Document& d, Product&) { d.signature.signers = {signer("valid", "2022-01-05T23:59:59+07:00", "timestamp")}; },
                "accepted", "", ""},
        DocCase{"SecondSignerLateCounts",
                [](Document& d, Product&) {
                    d.signature.signers = {signer("valid"), signer("valid", "2022-02-01T08:00:00+07:00", "timestamp")};
                },
                "rejected", "SIGNED_AFTER_DEADLINE", ""},
        DocCase{"SignatureValid", [](Document& d, Product&) { d.signature.status = "valid"; }, "accepted", "", ""},
        DocCase{"SignatureUntrusted", [](Document& d, Product&) { d.signature.status = "untrusted"; }, "needs_review",
                "SIGNATURE_UNTRUSTED", ""},
        DocCase{"SignatureIndeterminate", [](Document& d, Product&) { d.signature.status = "indeterminate"; },
                "needs_review", "SIGNATURE_INDETERMINATE", ""},
        DocCase{"SignatureInvalid", [](Document& d, Product&) { d.signature.status = "invalid"; }, "rejected",
                "SIGNATURE_INVALID", ""},
        DocCase{"SignatureModified", [](Document& d, Product&) { d.signature.status = "modified"; }, "rejected",
                "MODIFIED_AFTER_SIGNING", ""},
        DocCase{"SignatureExpired", [](Document& d, Product&) { d.signature.status = "expired"; }, "rejected",
                "CERT_EXPIRED", ""},
        DocCase{"SignatureAbsent",
                [](Document& d, Product&) {
                    d.signature.status = "absent";
                    d.signature.signers.clear();
                },
                "rejected", "UNSIGNED", ""},
        DocCase{"SignatureNotRequired",
                [](Document& d, Product& p) {
                    p.signature_required = false;
                    d.signature.status = "absent";
                    d.signature.signers.clear();
                },
                "accepted", "", ""},
        DocCase{"PhotoNeedsNoSignatureNorKind",
                [](Document& d, Product& p) {
                    p.kinds = {"photo"};
                    d.header = {};
                    d.format = "jpeg";
                    d.signature = {};
                },
                "accepted", "", ""},
        DocCase{"WrongKind", [](Document& d, Product&) { d.header.type = "BC"; }, "rejected", "WRONG_DOCUMENT_KIND",
                ""},
        DocCase{"KindComparedFolded",
                [](Document& d, Product& p) {
                    p.kinds = {"QĐ"};
                    d.header.type = "qđ";
                },
                "accepted", "", ""},
        DocCase{"WrongPeriod", [](Document& d, Product&) { d.header.period = "2021"; }, "rejected", "WRONG_PERIOD",
                ""},
        DocCase{"UnknownPeriodIsNotWrong", [](Document& d, Product&) { d.header.period.clear(); }, "accepted", "", ""},
        DocCase{"Unclassified",
                [](Document& d, Product&) {
                    d.classification.status = "unclassified";
                    d.classification.product.clear();
                },
                "unclassified", "UNCLASSIFIED", ""},
        DocCase{"ClassifiedAsUnknownProduct", [](Document& d, Product&) { d.classification.product = "9.9/sp9"; },
                "unclassified", "UNCLASSIFIED", ""},
        DocCase{"ClassificationNeedsReview", [](Document& d, Product&) { d.classification.status = "needs_review"; },
                "needs_review", "NEEDS_REVIEW", ""},
        DocCase{"Refused", [](Document& d, Product&) { d.refused = true; }, "refused", "", ""},
        DocCase{"UnreadableHasNoHash",
                [](Document& d, Product&) {
                    d.sha256.reset();
                    d.reasons.push_back(make_reason(ReasonCode::UNREADABLE));
                },
                "rejected", "UNREADABLE", "UNCLASSIFIED"},
        DocCase{"ParserCrashed",
                [](Document& d, Product&) { d.reasons.push_back(make_reason(ReasonCode::PARSER_CRASHED)); }, "rejected",
                "PARSER_CRASHED", ""},
        DocCase{"RejectionBeatsReview",
                [](Document& d, Product&) {
                    d.signature.status = "untrusted";
                    d.header.date = "2022-02-01";
                },
                "rejected", "LATE_DOCUMENT_DATE", ""},
        DocCase{"WrongIssuerNeedsReview",
                [](Document& d, Product& p) {
                    p.expected_issuers = {"phong-noi-vu"};
                    d.header.issuer = "SỞ TÀI CHÍNH";
                },
                "needs_review", "WRONG_ISSUER", ""},
        DocCase{"IssuerMatchedFolded",
                [](Document& d, Product& p) {
                    p.expected_issuers = {"phong-noi-vu"};
                    d.header.issuer = "UBND HUYỆN QUẢNG ĐIỀN PHÒNG NỘI VỤ";
                },
                "accepted", "", ""},
        DocCase{"SubmittedLateIsNotedOnly", [](Document&, Product&) {}, "accepted", "SUBMITTED_LATE",
                "LATE_DOCUMENT_DATE", "2022-01-10"},
        DocCase{"SubmittedOnDueDayIsInTime", [](Document&, Product&) {}, "accepted", "", "", "2022-01-05"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DocumentVerdict, ReplayReceivedAfterAsOfIsNotLate) {
    // A submission received after the judging day replays old evidence: its hand-in is not judged.
    RuleSet r = one_product_rules(product("1.1/sp1"));
    Document d = doc("D1", "1.1/sp1", "aa");
    judge::judge_document(d, r, "2024-05-01", "2022-03-01");
    EXPECT_EQ(d.verdict, "accepted");
    EXPECT_FALSE(has(d.reasons, "SUBMITTED_LATE"));
    Document late = doc("D2", "1.1/sp1", "bb");
    judge::judge_document(late, r, "2022-02-01", "2022-03-01");
    EXPECT_TRUE(has(late.reasons, "SUBMITTED_LATE"));
}

TEST(SignatureReasons, NotRequiredGivesNothing) {
    SignatureResult s;
    s.status = "invalid";
    std::string verdict = "accepted";
    EXPECT_TRUE(judge::signature_reasons(s, false, verdict).empty());
    EXPECT_EQ(verdict, "accepted");
}

TEST(SignatureReasons, NeverImprovesAVerdict) {
    SignatureResult s;
    s.status = "untrusted";
    std::string verdict = "rejected";
    auto rs = judge::signature_reasons(s, true, verdict);
    EXPECT_EQ(verdict, "rejected");
    EXPECT_EQ(codes(rs), std::vector<std::string>{"SIGNATURE_UNTRUSTED"});
}

TEST(DueDates, SortedAndInclusive) {
    auto d = judge::due_dates(absolute({"2022-06-30", "2022-01-05"}));
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(date::iso(d.front()), "2022-01-05");
    EXPECT_EQ(date::iso(d.back()), "2022-06-30");
    auto strict = judge::due_dates(absolute({"2022-03-01"}, false));
    ASSERT_EQ(strict.size(), 1u);
    EXPECT_EQ(date::iso(strict[0]), "2022-02-28");
    Deadline none;
    EXPECT_TRUE(judge::due_dates(none).empty());
}

TEST(Round3, Cases) {
    EXPECT_DOUBLE_EQ(judge::round3(1.0 / 3.0), 0.333);
    EXPECT_DOUBLE_EQ(judge::round3(2.0 / 3.0), 0.667);
    EXPECT_DOUBLE_EQ(judge::round3(0.5), 0.5);
    EXPECT_DOUBLE_EQ(judge::round3(12.3456), 12.346);
    EXPECT_DOUBLE_EQ(judge::round3(0), 0);
}

// ---- products, criteria, points ------------------------------------------------

const judge::CriterionVerdict& crit(const judge::Judgement& j, const std::string& code) {
    for (const auto& uv : j.units)
        for (const auto& cv : uv.criteria)
            if (cv.criterion->code == code) return cv;
    ADD_FAILURE() << "no criterion " << code;
    static judge::CriterionVerdict none;
    return none;
}

const judge::ProductVerdict& prod(const judge::Judgement& j, const std::string& id) {
    for (const auto& uv : j.units)
        for (const auto& cv : uv.criteria)
            for (const auto& pv : cv.products)
                if (pv.product->id == id) return pv;
    ADD_FAILURE() << "no product " << id;
    static judge::ProductVerdict none;
    return none;
}

std::vector<Submission> submissions() {
    Submission s;
    s.id = "S1";
    s.unit = "phong-noi-vu";
    s.received_at = "2022-01-03T09:00:00+07:00";
    return {s};
}

TEST(Judge, DuplicateBytesCountOnceForAProduct) {
    Product p = product("1.1/sp1");
    p.quantifier = "at_least";
    p.min_count = 2;
    RuleSet r = one_product_rules(p);
    std::vector<Document> docs = {doc("D1", "1.1/sp1", "same"), doc("D2", "1.1/sp1", "same")};
    auto j = judge::judge(r, submissions(), docs, day("2022-03-01"));
    ASSERT_EQ(j.documents.size(), 2u);
    EXPECT_FALSE(has(j.documents[0].reasons, "DUPLICATE"));
    EXPECT_TRUE(has(j.documents[1].reasons, "DUPLICATE"));
    EXPECT_EQ(j.counts.accepted, 2);  // two occurrences …
    const auto& pv = prod(j, "1.1/sp1");
    EXPECT_EQ(pv.evidence.size(), 2u);
    EXPECT_EQ(pv.status, "partial");  // … but one document: 1 of 2
    EXPECT_TRUE(has(pv.reasons, "MISSING"));
}

TEST(Judge, AtLeastFiveWithThreeAcceptedIsPartial) {
    Product p = product("1.1/sp1", {"photo"});
    p.quantifier = "at_least";
    p.min_count = 5;
    RuleSet r = one_product_rules(p);
    std::vector<Document> docs;
    for (int i = 0; i < 3; ++i) docs.push_back(doc("D" + std::to_string(i), "1.1/sp1", "sha" + std::to_string(i)));
    auto j = judge::judge(r, submissions(), docs, day("2022-03-01"));
    const auto& pv = prod(j, "1.1/sp1");
    EXPECT_EQ(pv.status, "partial");
    ASSERT_FALSE(pv.reasons.empty());
    EXPECT_EQ(pv.reasons[0].code, "MISSING");
    EXPECT_EQ(pv.reasons[0].detail, "3/5");
    EXPECT_EQ(crit(j, "1.1").status, "partial");
    EXPECT_DOUBLE_EQ(crit(j, "1.1").points_provisional, 0);

    for (int i = 3; i < 5; ++i) docs.push_back(doc("D" + std::to_string(i), "1.1/sp1", "sha" + std::to_string(i)));
    auto j5 = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_EQ(prod(j5, "1.1/sp1").status, "accepted");
}

struct NoEvidenceCase {
    const char* name;
    Deadline deadline;
    const char* as_of;
    const char* status;
    const char* reason;
};

class NoEvidenceTest : public ::testing::TestWithParam<NoEvidenceCase> {};

TEST_P(NoEvidenceTest, Status) {
    const auto& c = GetParam();
    RuleSet r = one_product_rules(product("1.1/sp1", {"KH"}, c.deadline));
    auto j = judge::judge(r, submissions(), {}, day(c.as_of));
    const auto& pv = prod(j, "1.1/sp1");
    EXPECT_EQ(pv.status, c.status);
    EXPECT_TRUE(has(pv.reasons, c.reason)) << ::testing::PrintToString(codes(pv.reasons));
    EXPECT_EQ(crit(j, "1.1").status, c.status);
    EXPECT_DOUBLE_EQ(crit(j, "1.1").points_provisional, 0);
}

Deadline by_request() {
    Deadline d;
    d.kind = "by_request";
    d.note = "Theo yêu cầu";
    return d;
}

INSTANTIATE_TEST_SUITE_P(
    Judge, NoEvidenceTest,
    ::testing::Values(NoEvidenceCase{"BeforeDueNotDue", absolute({"2022-01-05"}), "2022-01-04", "not_due", "NOT_DUE"},
                      NoEvidenceCase{"OnDueDayNotDue", absolute({"2022-01-05"}), "2022-01-05", "not_due", "NOT_DUE"},
                      NoEvidenceCase{"AfterDueMissing", absolute({"2022-01-05"}), "2022-01-06", "missing", "MISSING"},
                      NoEvidenceCase{"StrictDeadlineMissingOnTheDay", absolute({"2022-01-05"}, false), "2022-01-05",
                                     "missing", "MISSING"},
                      NoEvidenceCase{"ByRequestNoDeadline", by_request(), "2022-12-31", "no_deadline", "NO_DEADLINE"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Judge, UnclassifiedAndRefusedAreNotEvidence) {
    RuleSet r = one_product_rules(product("1.1/sp1"));
    Document weak = doc("D1", "1.1/sp1", "a");
    weak.classification.status = "unclassified";  // a guess kept, but not recognised
    Document refused = doc("D2", "1.1/sp1", "b");
    refused.refused = true;
    auto j = judge::judge(r, submissions(), {weak, refused}, day("2022-03-01"));
    const auto& pv = prod(j, "1.1/sp1");
    EXPECT_TRUE(pv.evidence.empty());
    EXPECT_EQ(pv.status, "missing");
}

TEST(Judge, RejectedAndReviewEvidenceWithoutAccepted) {
    RuleSet r = one_product_rules(product("1.1/sp1"));
    Document bad = doc("D1", "1.1/sp1", "a");
    bad.header.type = "BC";
    auto j = judge::judge(r, submissions(), {bad}, day("2022-03-01"));
    EXPECT_EQ(prod(j, "1.1/sp1").status, "rejected");
    EXPECT_EQ(j.counts.rejected, 1);

    Document review = doc("D2", "1.1/sp1", "b");
    review.signature.status = "untrusted";
    auto j2 = judge::judge(r, submissions(), {bad, review}, day("2022-03-01"));
    EXPECT_EQ(prod(j2, "1.1/sp1").status, "needs_review");
    EXPECT_EQ(j2.counts.needs_review, 1);
}

// Catalogue: 1 (parent, no own points) → 1.1 (2 pts, 1 product), 1.2 (3 pts, 3 products);
// 2 (threshold, 4 pts); 3 (1 pt, by request).
RuleSet tree_rules() {
    RuleSet r;
    r.id = "test";
    r.year = 2022;
    r.units = units();
    r.criteria.push_back(criterion("1", 0, {}, "", "parent"));
    r.criteria.push_back(criterion("1.1", 2, {product("1.1/sp1")}, "1"));
    r.criteria.push_back(criterion("1.2", 3, {product("1.2/sp1"), product("1.2/sp2"), product("1.2/sp3")}, "1"));
    Criterion t = criterion("2", 4, {}, "", "threshold");
    t.metric = "ty_le_ho_so_dung_han";
    r.criteria.push_back(t);
    r.criteria.push_back(criterion("3", 1, {product("3/sp1", {"KH"}, by_request())}));
    return r;
}

TEST(Judge, PointsProportionalToAcceptedProducts) {
    RuleSet r = tree_rules();
    std::vector<Document> docs = {doc("D1", "1.2/sp1", "a")};
    auto j = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_DOUBLE_EQ(crit(j, "1.2").points_max, 3);
    EXPECT_DOUBLE_EQ(crit(j, "1.2").points_provisional, 1);  // 1 of 3 → 3·1/3
    EXPECT_EQ(crit(j, "1.2").status, "partial");

    docs.push_back(doc("D2", "1.2/sp2", "b"));
    auto j2 = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_DOUBLE_EQ(crit(j2, "1.2").points_provisional, 2);

    docs.push_back(doc("D3", "1.2/sp3", "c"));
    auto j3 = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_DOUBLE_EQ(crit(j3, "1.2").points_provisional, 3);
    EXPECT_EQ(crit(j3, "1.2").status, "accepted");
}

TEST(Judge, ParentRowsSumChildren) {
    RuleSet r = tree_rules();
    std::vector<Document> docs = {doc("D1", "1.1/sp1", "a"), doc("D2", "1.2/sp1", "b")};
    auto j = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_DOUBLE_EQ(crit(j, "1").points_max, 5);
    EXPECT_DOUBLE_EQ(crit(j, "1").points_provisional, 3);  // 2 + 1
    EXPECT_EQ(crit(j, "1").status, "partial");
    ASSERT_EQ(j.units.size(), 1u);
    EXPECT_EQ(j.units[0].unit->code, "ubnd-quang-dien");
    EXPECT_DOUBLE_EQ(j.units[0].points_max, 10);  // 5 + 4 + 1
    EXPECT_DOUBLE_EQ(j.units[0].points_provisional, 3);
    // Catalogue order kept: parent before its children.
    std::vector<std::string> order;
    for (const auto& cv : j.units[0].criteria) order.push_back(cv.criterion->code);
    EXPECT_EQ(order, (std::vector<std::string>{"1", "1.1", "1.2", "2", "3"}));
}

TEST(Judge, ParentWithOwnPointsScalesChildren) {
    RuleSet r = tree_rules();
    r.criteria[0].points = 10;  // children max 5: scaled to 10
    std::vector<Document> docs = {doc("D1", "1.1/sp1", "a")};
    auto j = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_DOUBLE_EQ(crit(j, "1").points_max, 10);
    EXPECT_DOUBLE_EQ(crit(j, "1").points_provisional, 4);  // 10 · 2/5
}

TEST(Judge, ThresholdCriterionNeedsAValue) {
    RuleSet r = tree_rules();
    auto j = judge::judge(r, submissions(), {}, day("2022-03-01"));
    const auto& t = crit(j, "2");
    EXPECT_EQ(t.status, "value_needed");
    EXPECT_TRUE(has(t.reasons, "VALUE_NEEDED"));
    EXPECT_DOUBLE_EQ(t.points_max, 4);
    EXPECT_DOUBLE_EQ(t.points_provisional, 0);
}

TEST(Judge, ThresholdWithAcceptedEvidenceStillNeedsAValue) {
    RuleSet r = tree_rules();
    r.criteria[3].products = {product("2/sp1")};
    auto j = judge::judge(r, submissions(), {doc("D1", "2/sp1", "a")}, day("2022-03-01"));
    EXPECT_EQ(crit(j, "2").status, "value_needed");
    EXPECT_DOUBLE_EQ(crit(j, "2").points_provisional, 0);
}

TEST(Judge, SurveyCriterion) {
    RuleSet r = tree_rules();
    r.criteria[3].scoring = "survey";
    auto j = judge::judge(r, submissions(), {}, day("2022-03-01"));
    EXPECT_EQ(crit(j, "2").status, "value_needed");
    EXPECT_TRUE(has(crit(j, "2").reasons, "SURVEY_CRITERION"));
}

TEST(Judge, ByRequestCriterion) {
    RuleSet r = tree_rules();
    auto j = judge::judge(r, submissions(), {}, day("2022-03-01"));
    EXPECT_EQ(crit(j, "3").status, "no_deadline");
    EXPECT_EQ(prod(j, "3/sp1").status, "no_deadline");
}

TEST(Judge, PointsRoundedToThreeDecimals) {
    RuleSet r = tree_rules();
    r.criteria[2].points = 4;  // 1.2: 4 points over 3 products
    std::vector<Document> docs = {doc("D1", "1.2/sp1", "a")};
    auto j = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_DOUBLE_EQ(crit(j, "1.2").points_provisional, 1.333);
    docs.push_back(doc("D2", "1.2/sp2", "b"));
    auto j2 = judge::judge(r, submissions(), docs, day("2022-03-01"));
    EXPECT_DOUBLE_EQ(crit(j2, "1.2").points_provisional, 2.667);
    EXPECT_DOUBLE_EQ(crit(j2, "1").points_provisional, 2.667);
    EXPECT_DOUBLE_EQ(j2.units[0].points_provisional, 2.667);
}

TEST(Judge, CountsEveryVerdict) {
    RuleSet r = tree_rules();
    Document ok = doc("D1", "1.1/sp1", "a");
    Document late = doc("D2", "1.2/sp1", "b");
    late.header.date = "2022-02-01";
    Document review = doc("D3", "1.2/sp2", "c");
    review.signature.status = "indeterminate";
    Document unclassified = doc("D4", "", "d");
    unclassified.classification = {};
    Document refused = doc("D5", "", "e");
    refused.refused = true;
    refused.sha256.reset();
    auto j = judge::judge(r, submissions(), {ok, late, review, unclassified, refused}, day("2022-03-01"));
    EXPECT_EQ(j.counts.accepted, 1);
    EXPECT_EQ(j.counts.rejected, 1);
    EXPECT_EQ(j.counts.needs_review, 1);
    EXPECT_EQ(j.counts.unclassified, 1);
    EXPECT_EQ(j.counts.refused, 1);
    // Input order kept.
    ASSERT_EQ(j.documents.size(), 5u);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(j.documents[i].id, "D" + std::to_string(i + 1));
}

TEST(Judge, AsOfDoesNotFilterSubmissions) {
    RuleSet r = tree_rules();
    auto j = judge::judge(r, submissions(), {doc("D1", "1.1/sp1", "a")}, day("2021-06-01"));
    EXPECT_EQ(prod(j, "1.1/sp1").status, "accepted");
}

std::string dump(const judge::Judgement& j) {
    std::ostringstream os;
    os << date::iso(j.as_of) << "\n";
    for (const auto& d : j.documents) {
        os << d.id << " " << d.verdict;
        for (const auto& r : d.reasons) os << " " << r.code << "(" << r.detail << ")";
        os << "\n";
    }
    for (const auto& uv : j.units) {
        os << uv.unit->code << " " << uv.points_max << " " << uv.points_provisional << "\n";
        for (const auto& cv : uv.criteria) {
            os << cv.criterion->code << " " << cv.status << " " << cv.points_max << " " << cv.points_provisional;
            for (const auto& r : cv.reasons) os << " " << r.code << "(" << r.detail << ")";
            os << "\n";
            for (const auto& pv : cv.products) {
                os << "  " << pv.product->id << " " << pv.status;
                for (const auto& e : pv.evidence) os << " " << e.document << ":" << e.status;
                for (const auto& r : pv.reasons) os << " " << r.code << "(" << r.detail << ")";
                os << "\n";
            }
        }
    }
    return os.str();
}

TEST(Judge, Deterministic) {
    RuleSet r = tree_rules();
    Document late = doc("D2", "1.2/sp1", "b");
    late.header.date = "2022-02-01";
    std::vector<Document> docs = {doc("D1", "1.1/sp1", "a"), late, doc("D3", "1.2/sp2", "a"),
                                  doc("D4", "1.2/sp3", "c")};
    auto a = dump(judge::judge(r, submissions(), docs, day("2022-03-01")));
    auto b = dump(judge::judge(r, submissions(), docs, day("2022-03-01")));
    EXPECT_EQ(a, b);
    EXPECT_NE(a.find("LATE_DOCUMENT_DATE"), std::string::npos);
}

}  // namespace

// ---- signer → registry unit (issue 7: "the unit it maps to through the registry aliases")

namespace {
kc::rules::RuleSet signer_rules() {
    kc::rules::RuleSet r;
    kc::rules::Unit district{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {"Quảng Điền"}, true};
    kc::rules::Unit commune{"xa-quang-thanh", "UBND xã Quảng Thành", "commune", "ubnd-quang-dien", {}, false};
    r.units = {district, commune};
    return r;
}
kc::SignerInfo signer_with_subject(const std::string& subject) {
    kc::SignerInfo s;
    s.subject = subject;
    return s;
}
}  // namespace

TEST(SignerUnit, AgencyCertificateNamesItsUnitByCn) {
    auto r = signer_rules();
    EXPECT_EQ(kc::judge::signer_unit(signer_with_subject("CN=UBND HUYỆN QUẢNG ĐIỀN (TEST), O=UBND tỉnh Thừa Thiên Huế (TEST), L=Quảng Điền, C=VN"), r),
              "ubnd-quang-dien");
    EXPECT_EQ(kc::judge::signer_unit(signer_with_subject("CN=UBND XÃ QUẢNG THÀNH (TEST), L=Quảng Điền, C=VN"), r), "xa-quang-thanh");
}

TEST(SignerUnit, PlaceInLocalityIsNotAUnit) {
    auto r = signer_rules();
    // L=Quảng Điền equals the district's alias, but L is a place: a person's certificate maps to nothing.
    EXPECT_EQ(kc::judge::signer_unit(signer_with_subject("CN=Nguyễn Văn A, L=Quảng Điền, C=VN"), r), "");
    // …while an O equal to the alias does name the unit.
    EXPECT_EQ(kc::judge::signer_unit(signer_with_subject("CN=Nguyễn Văn A, O=Quảng Điền, C=VN"), r), "ubnd-quang-dien");
}

TEST(SignerUnit, CnDecidesOverTheGoverningBodyInO) {
    auto r = signer_rules();
    kc::rules::Unit province{"ubnd-tinh", "UBND tỉnh Thừa Thiên Huế", "province", "", {}, false};
    r.units.push_back(province);
    // O names the (longer-named) province: the CN, the signing agency, decides.
    EXPECT_EQ(kc::judge::signer_unit(signer_with_subject("CN=UBND HUYỆN QUẢNG ĐIỀN (TEST), O=UBND tỉnh Thừa Thiên Huế (TEST)"), r),
              "ubnd-quang-dien");
    EXPECT_EQ(kc::judge::signer_unit(signer_with_subject("CN=UBND XÃ QUẢNG THÀNH (TEST), O=UBND HUYỆN QUẢNG ĐIỀN"), r),
              "xa-quang-thanh");
}
