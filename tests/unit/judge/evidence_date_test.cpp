// tests/unit/judge/evidence_date_test.cpp — which date of the evidence is judged
// (document date, signing time, photo EXIF date, a link's entered date) and
// SUBMITTED_LATE against the internal hand-in deadline, around midnight UTC+7.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "judge/evidence_date.h"
#include "judge/judge.h"

namespace {

using namespace kc;
using kc::rules::Criterion;
using kc::rules::Deadline;
using kc::rules::Product;
using kc::rules::RuleSet;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

Deadline absolute(const char* d) {
    Deadline x;
    x.kind = "absolute";
    x.due = {day(d)};
    return x;
}

Product product(const std::string& id, std::vector<std::string> kinds, Deadline dl,
                std::map<std::string, std::string> dates = {}) {
    Product p;
    p.id = id;
    p.title = "Sản phẩm " + id;
    p.kinds = std::move(kinds);
    p.period = "2022";
    p.lead_agencies = {"phong-noi-vu"};
    p.signature_required = false;
    p.deadline = std::move(dl);
    for (const auto& k : p.kinds) p.evidence_dates[k] = dates.count(k) ? dates.at(k) : "document_date";
    return p;
}

// Part III's two milestones, as rules/cchc-2022/ruleset.yaml has them.
RuleSet rules_with(std::vector<Product> products) {
    RuleSet r;
    r.id = "test";
    r.year = 2022;
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false}};
    r.assessed_unit = "ubnd-quang-dien";
    r.hand_in.milestones = {{"first-half", day("2022-06-30"), "Báo cáo 6 tháng", "", 402},
                            {"self-assessment", day("2022-11-15"), "Hồ sơ tự chấm điểm", "", 402}};
    Criterion c;
    c.code = "1";
    c.title = "Tiêu chí 1";
    c.group = "1";
    c.points = 1;
    c.scoring = "presence";
    c.products = std::move(products);
    r.criteria = {c};
    return r;
}

Document doc(const std::string& product_id, const std::string& format = "pdf", const std::string& type = "BC",
             const std::string& on = "2022-11-01") {
    Document d;
    d.id = "D1";
    d.sha256 = "aa";
    d.submission = "S1";
    d.submitted_by = "phong-noi-vu";
    d.path_in_archive = "x." + format;
    d.format = format;
    d.pages = 1;
    d.header.type = type;
    d.header.date = on;
    d.header.period = "2022";
    d.classification.product = product_id;
    d.classification.criterion = "1";
    d.classification.status = "classified";
    d.classification.confidence = 0.9;
    d.signature.status = "absent";
    return d;
}

std::vector<Submission> received(const std::string& at) {
    Submission s;
    s.id = "S1";
    s.unit = "phong-noi-vu";
    s.received_at = at;
    s.rules = "test";
    s.status = "accepted";
    return {s};
}

const Reason* find(const std::vector<Reason>& rs, const std::string& code) {
    for (const auto& r : rs)
        if (r.code == code) return &r;
    return nullptr;
}

Document judged(const RuleSet& r, Document d, const std::string& at = "2022-11-01T08:00:00+07:00",
                const judge::Inputs& in = {}) {
    return judge::judge(r, received(at), {std::move(d)}, day("2022-12-31"), in).documents.at(0);
}

// ---- the day in UTC+7 -------------------------------------------------------

TEST(DayVn, OffsetsAroundMidnight) {
    auto iso = [](const char* t) {
        auto d = judge::day_vn_of(t);
        return d ? date::iso(*d) : std::string("none");
    };
    EXPECT_EQ(iso("2022-11-15T23:50:00+07:00"), "2022-11-15");
    EXPECT_EQ(iso("2022-11-16T00:00:00+07:00"), "2022-11-16");
    EXPECT_EQ(iso("2022-11-15T16:59:59Z"), "2022-11-15");
    EXPECT_EQ(iso("2022-11-15T17:00:00Z"), "2022-11-16");
    EXPECT_EQ(iso("2022-11-15T17:10:00+00:00"), "2022-11-16");
    EXPECT_EQ(iso("2022-11-16T01:00:00+09:00"), "2022-11-15");  // 23:00 in UTC+7
    EXPECT_EQ(iso("2022-12-31T18:30:00Z"), "2023-01-01");       // across the year
    EXPECT_EQ(iso("2022-11-15T23:50:00"), "2022-11-15") << "no offset: local time (EXIF)";
    EXPECT_EQ(iso("2022-11-15 23:50:00"), "2022-11-15");
    EXPECT_EQ(iso("2022-11-15T23:50:00.250+0700"), "2022-11-15");
    EXPECT_EQ(iso("2022-11-15"), "2022-11-15");
    EXPECT_EQ(iso("2022-02-30T10:00:00"), "none");
    EXPECT_EQ(iso("2022-11-15T24:10:00"), "none");
    EXPECT_EQ(iso(""), "none");
    EXPECT_EQ(iso("15/11/2022"), "none");
}

// ---- SUBMITTED_LATE against the hand-in deadline ------------------------------

struct LateCase {
    const char* name;
    const char* product_due;  // the product's own deadline
    const char* received_at;
    bool late;
};

class HandInBoundary : public ::testing::TestWithParam<LateCase> {};

TEST_P(HandInBoundary, SubmittedLate) {
    const auto& c = GetParam();
    RuleSet r = rules_with({product("1/sp1", {"BC"}, absolute(c.product_due))});
    Document d = judged(r, doc("1/sp1", "pdf", "BC", "2022-01-04"), c.received_at);
    EXPECT_EQ(find(d.reasons, "SUBMITTED_LATE") != nullptr, c.late) << c.received_at;
    EXPECT_EQ(d.verdict, "accepted") << "a late hand-in is a warning only";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HandInBoundary,
    ::testing::Values(
        // due 15/11 → the self-assessment dossier, 15/11 itself in time
        LateCase{"DossierOnTheDay", "2022-11-15", "2022-11-15T08:00:00+07:00", false},
        LateCase{"DossierAt2350OnTheDay", "2022-11-15", "2022-11-15T23:50:00+07:00", false},
        LateCase{"DossierJustAfterMidnight", "2022-11-15", "2022-11-16T00:05:00+07:00", true},
        LateCase{"DossierTheDayAfter", "2022-11-15", "2022-11-16T09:00:00+07:00", true},
        LateCase{"DossierWrittenInUtcStillOnTheDay", "2022-11-15", "2022-11-15T16:50:00Z", false},
        LateCase{"DossierWrittenInUtcNextDayInVietnam", "2022-11-15", "2022-11-15T17:10:00Z", true},
        // due 05/01 → the first-half review, 30/6 (not the product's own 05/01)
        LateCase{"PlanHandedInInMarchIsInTime", "2022-01-05", "2022-03-01T10:00:00+07:00", false},
        LateCase{"PlanAt2359OnThirtiethOfJune", "2022-01-05", "2022-06-30T23:59:00+07:00", false},
        LateCase{"PlanOnFirstOfJuly", "2022-01-05", "2022-07-01T07:30:00+07:00", true},
        // due after every milestone → its own deadline
        LateCase{"AnnualReportOnItsDay", "2022-12-19", "2022-12-19T17:00:00+07:00", false},
        LateCase{"AnnualReportTheDayAfter", "2022-12-19", "2022-12-20T08:00:00+07:00", true}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(HandIn, LateDetailNamesTheHandInDateNotTheProductDeadline) {
    RuleSet r = rules_with({product("1/sp1", {"BC"}, absolute("2022-01-05"))});
    Document d = judged(r, doc("1/sp1", "pdf", "BC", "2022-01-04"), "2022-07-02T08:00:00+07:00");
    const Reason* late = find(d.reasons, "SUBMITTED_LATE");
    ASSERT_NE(late, nullptr);
    EXPECT_NE(late->detail.find("02/07/2022 > 30/06/2022"), std::string::npos) << late->detail;
    EXPECT_NE(late->detail.find("first-half"), std::string::npos) << late->detail;
}

TEST(HandIn, ProductOverrideNoneIsNeverLate) {
    Product p = product("1/sp1", {"BC"}, absolute("2022-01-05"));
    p.hand_in = "none";
    Document d = judged(rules_with({p}), doc("1/sp1", "pdf", "BC", "2022-01-04"), "2022-12-30T08:00:00+07:00");
    EXPECT_EQ(find(d.reasons, "SUBMITTED_LATE"), nullptr);
}

TEST(HandIn, ProductWithoutDeadlineStillHasTheDossierDate) {
    Deadline by_request;
    by_request.kind = "by_request";
    by_request.event = "Sở Nội vụ";
    RuleSet r = rules_with({product("1/sp1", {"BC"}, by_request)});
    EXPECT_EQ(find(judged(r, doc("1/sp1"), "2022-11-15T22:00:00+07:00").reasons, "SUBMITTED_LATE"), nullptr);
    EXPECT_NE(find(judged(r, doc("1/sp1"), "2022-11-17T08:00:00+07:00").reasons, "SUBMITTED_LATE"), nullptr);
}

// ---- which date counts ----------------------------------------------------------

RuleSet photo_rules(Deadline dl = absolute("2022-11-15")) {
    return rules_with({product("1/sp1", {"photo", "BC"}, std::move(dl), {{"photo", "exif_date"}})});
}

Document photo(const std::string& exif, const std::string& header_date = "") {
    Document d = doc("1/sp1", "jpeg", "", header_date);
    d.exif_date = exif;
    return d;
}

TEST(PhotoDate, JudgedOnTheExifDate) {
    EXPECT_EQ(judged(photo_rules(), photo("2022-11-10T09:00:00")).verdict, "accepted");
    EXPECT_EQ(judged(photo_rules(), photo("2022-11-15T23:30:00")).verdict, "accepted") << "taken on the last day";
    Document late = judged(photo_rules(), photo("2022-11-16T08:00:00+07:00"));
    EXPECT_EQ(late.verdict, "rejected");
    const Reason* r = find(late.reasons, "LATE_DOCUMENT_DATE");
    ASSERT_NE(r, nullptr);
    EXPECT_NE(r->detail.find("16/11/2022 > 15/11/2022"), std::string::npos) << r->detail;
    EXPECT_NE(r->detail.find("EXIF"), std::string::npos) << r->detail;
    // 18:00 UTC on 15/11 is 01:00 on 16/11 in Việt Nam.
    EXPECT_EQ(judged(photo_rules(), photo("2022-11-15T18:00:00Z")).verdict, "rejected");
}

TEST(PhotoDate, TheHeaderDateOfAPhotoDoesNotCount) {
    // Text OCR'd off a photographed notice may carry a date: the photo is judged on EXIF.
    EXPECT_EQ(judged(photo_rules(), photo("2022-11-10T09:00:00", "2022-12-20")).verdict, "accepted");
    Document d = judged(photo_rules(), photo("", "2022-11-01"));
    EXPECT_EQ(d.verdict, "needs_review");
    EXPECT_NE(find(d.reasons, "NO_PHOTO_DATE"), nullptr);
}

TEST(PhotoDate, NoExifNeedsReviewWithAClearReason) {
    Document d = judged(photo_rules(), photo(""));
    EXPECT_EQ(d.verdict, "needs_review");
    const Reason* r = find(d.reasons, "NO_PHOTO_DATE");
    ASSERT_NE(r, nullptr);
    EXPECT_NE(r->vi.find("EXIF"), std::string::npos);
    EXPECT_NE(r->en.find("EXIF"), std::string::npos);
    EXPECT_FALSE(r->hint.empty());
    EXPECT_EQ(find(d.reasons, "NO_DOCUMENT_DATE"), nullptr);
    // Also when the product has no deadline yet, and when the EXIF text is unreadable.
    Deadline none;
    EXPECT_EQ(judged(photo_rules(none), photo("")).verdict, "needs_review");
    EXPECT_EQ(judged(photo_rules(), photo("0000:00:00")).verdict, "needs_review");
}

TEST(PhotoDate, TheSignedReportOfTheSameProductKeepsItsDocumentDate) {
    Document bc = doc("1/sp1", "pdf", "BC", "2022-11-20");
    EXPECT_EQ(judge::evidence_kind_of(bc, *photo_rules().product("1/sp1")), "BC");
    Document d = judged(photo_rules(), bc);
    EXPECT_NE(find(d.reasons, "LATE_DOCUMENT_DATE"), nullptr);
    EXPECT_EQ(find(d.reasons, "NO_PHOTO_DATE"), nullptr);
}

TEST(LinkDate, JudgedOnTheDateEnteredWithIt) {
    RuleSet r = rules_with({product("1/sp1", {"link"}, absolute("2022-11-15"), {{"link", "entered_date"}})});
    Document none = judged(r, doc("1/sp1", "docx", "", ""));
    EXPECT_EQ(none.verdict, "needs_review");
    EXPECT_NE(find(none.reasons, "NO_ENTERED_DATE"), nullptr);
    judge::Inputs in;
    Fact f;
    f.kind = "evidence_date";
    f.key = "D1";
    f.value = "2022-11-01";
    f.seq = 1;
    in.facts = {f};
    EXPECT_EQ(judged(r, doc("1/sp1", "docx", "", "2022-12-30"), "2022-11-01T08:00:00+07:00", in).verdict, "accepted");
    in.facts[0].value = "2022-11-20";
    EXPECT_EQ(judged(r, doc("1/sp1", "docx", "", ""), "2022-11-01T08:00:00+07:00", in).verdict, "rejected");
}

TEST(SigningTime, JudgedOnTheEarliestTrustedSigningTime) {
    RuleSet r = rules_with({product("1/sp1", {"BC"}, absolute("2022-11-15"), {{"BC", "signing_time"}})});
    Document d = doc("1/sp1", "pdf", "BC", "2022-11-20");  // a mistyped header date does not count
    SignerInfo s;
    s.status = "valid";
    s.time_source = "timestamp";
    s.signed_at = "2022-11-15T23:10:00+07:00";
    d.signature.signers = {s};
    EXPECT_EQ(judge::evidence_date(d, *r.product("1/sp1"), {}).source, "signing_time");
    EXPECT_EQ(date::iso(*judge::evidence_date(d, *r.product("1/sp1"), {}).day), "2022-11-15");
    EXPECT_EQ(judged(r, d).verdict, "accepted");
    d.signature.signers[0].signed_at = "2022-11-15T17:30:00Z";  // 00:30 on 16/11 in Việt Nam
    Document late = judged(r, d);
    EXPECT_EQ(late.verdict, "rejected");
    EXPECT_NE(find(late.reasons, "SIGNED_AFTER_DEADLINE"), nullptr);
    EXPECT_EQ(find(late.reasons, "LATE_DOCUMENT_DATE"), nullptr) << "judged once, on the signing time";
    d.signature.signers.clear();
    Document unsigned_doc = judged(r, d);
    EXPECT_EQ(unsigned_doc.verdict, "needs_review");
    EXPECT_NE(find(unsigned_doc.reasons, "NO_DOCUMENT_DATE"), nullptr);
}

TEST(EvidenceKind, ByFormatAndProduct) {
    Product photos = product("1/sp1", {"photo", "link"}, absolute("2022-11-15"));
    Product shots = product("1/sp2", {"screenshot", "BC"}, absolute("2022-11-15"));
    Product table = product("1/sp3", {"table", "BC"}, absolute("2022-11-15"));
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "jpeg", ""), photos), "photo");
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "png", ""), shots), "screenshot");
    Product both = product("1/sp4", {"photo", "screenshot", "link"}, absolute("2022-11-15"));
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "jpeg", ""), both), "photo");
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "png", ""), both), "screenshot") << "a screen capture, no EXIF expected";
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "png", ""), photos), "photo") << "only photos are taken";
    Product only_photos = product("1/sp5", {"photo"}, absolute("2022-11-15"), {{"photo", "exif_date"}});
    Document pdf = doc("1/sp5", "pdf", "BC", "2022-11-01");
    EXPECT_EQ(judge::evidence_kind_of(pdf, only_photos), "BC");
    EXPECT_EQ(judge::evidence_date(pdf, only_photos, {}).source, "document_date") << "a PDF has no EXIF date";
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "docx", ""), photos), "link");
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "xlsx", ""), table), "table");
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "pdf", "BC"), table), "BC");
    EXPECT_EQ(judge::evidence_kind_of(doc("x", "pdf", "KH"), shots), "BC") << "the product's document kind";
}

}  // namespace
