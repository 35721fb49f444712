// tests/unit/judge/quantifier_test.cpp — quantifiers (issue 8): `each_unit`
// expands unit groups from the registry and needs one accepted evidence per
// listed unit; `per_event` needs one per event instance entered as facts
// (value_needed until then); and judge_routed() judges each submission with the
// rule set it was routed to.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "judge/judge.h"

namespace {

using namespace kc;
using kc::rules::Criterion;
using kc::rules::Deadline;
using kc::rules::Product;
using kc::rules::RuleSet;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

bool has(const std::vector<Reason>& rs, const std::string& code) {
    return std::any_of(rs.begin(), rs.end(), [&](const Reason& r) { return r.code == code; });
}

std::string detail(const std::vector<Reason>& rs, const std::string& code) {
    for (const auto& r : rs)
        if (r.code == code) return r.detail;
    return "";
}

Product product(const std::string& id, const std::string& quantifier, std::vector<std::string> leads) {
    Product p;
    p.id = id;
    p.title = "Sản phẩm " + id;
    p.kinds = {"BC"};
    p.period = "2022";
    p.quantifier = quantifier;
    p.signature_required = false;
    p.lead_agencies = std::move(leads);
    p.deadline.kind = "absolute";
    p.deadline.due = {day("2022-11-15")};
    return p;
}

RuleSet ruleset(std::vector<Product> products, const std::string& id = "test", int year = 2022) {
    RuleSet r;
    r.id = id;
    r.year = year;
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"xa-quang-an", "UBND xã Quảng An", "commune", "ubnd-quang-dien", {"Xã Quảng An"}, false},
               {"xa-quang-thanh", "UBND xã Quảng Thành", "commune", "ubnd-quang-dien", {"Xã Quảng Thành"}, false},
               {"xa-quang-tho", "UBND xã Quảng Thọ", "commune", "ubnd-quang-dien", {"Xã Quảng Thọ"}, false},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false}};
    r.groups = {{"all-communes", "Các xã, thị trấn", {"xa-quang-an", "xa-quang-thanh", "xa-quang-tho"}}};
    r.assessed_unit = "ubnd-quang-dien";
    Criterion c;
    c.code = "3";
    c.title = "Tiêu chí 3";
    c.group = "3";
    c.points = 2;
    c.products = std::move(products);
    r.criteria = {c};
    return r;
}

Document doc(const std::string& id, const std::string& product_id, const std::string& unit, const std::string& on,
             const std::string& submission = "S1") {
    Document d;
    d.id = id;
    d.sha256 = id + "-sha";
    d.submission = submission;
    d.submitted_by = unit;
    d.path_in_archive = id + ".pdf";
    d.format = "pdf";
    d.pages = 1;
    d.header.type = "BC";
    d.header.date = on;
    d.header.period = "2022";
    d.classification.product = product_id;
    d.classification.status = "classified";
    d.signature.status = "absent";
    return d;
}

std::vector<Submission> subs(std::vector<std::pair<std::string, std::string>> id_rules = {{"S1", "test"}}) {
    std::vector<Submission> out;
    for (const auto& [id, rules] : id_rules) {
        Submission s;
        s.id = id;
        s.unit = "phong-noi-vu";
        s.received_at = "2022-06-01T08:00:00+07:00";
        s.rules = rules;
        out.push_back(s);
    }
    return out;
}

Fact event(const std::string& key, const std::string& value, long long seq) {
    Fact f;
    f.seq = seq;
    f.kind = "event";
    f.key = key;
    f.value = value;
    f.by = "Nguyễn Văn A";
    f.at = "2022-06-01T08:00:00+07:00";
    return f;
}

const judge::ProductVerdict& only_product(const judge::Judgement& j) { return j.units.at(0).criteria.at(0).products.at(0); }

// ---- each_unit ----------------------------------------------------------------

TEST(EachUnit, GroupIsExpandedFromTheRegistry) {
    RuleSet r = ruleset({product("3.2.2/sp3", "each_unit", {"all-communes"})});
    EXPECT_EQ(judge::units_required(r.criteria[0].products[0], r),
              (std::vector<std::string>{"xa-quang-an", "xa-quang-thanh", "xa-quang-tho"}));
}

TEST(EachUnit, OneUnitOfThreeIsPartialAndNamesTheMissingUnits) {
    RuleSet r = ruleset({product("3.2.2/sp3", "each_unit", {"all-communes"})});
    auto j = judge::judge(r, subs(), {doc("D1", "3.2.2/sp3", "xa-quang-an", "2022-05-02")}, day("2022-12-31"));
    const auto& p = only_product(j);
    EXPECT_EQ(p.status, "partial");
    const std::string d = detail(p.reasons, "MISSING");
    EXPECT_NE(d.find("1/3"), std::string::npos) << d;
    EXPECT_NE(d.find("xa-quang-thanh"), std::string::npos) << d;
    EXPECT_NE(d.find("xa-quang-tho"), std::string::npos) << d;
    EXPECT_EQ(d.find("xa-quang-an"), std::string::npos) << d;
}

TEST(EachUnit, ManyDocumentsFromOneUnitDoNotCoverTheOthers) {
    RuleSet r = ruleset({product("3.2.2/sp3", "each_unit", {"all-communes"})});
    auto j = judge::judge(r, subs(),
                          {doc("D1", "3.2.2/sp3", "xa-quang-an", "2022-05-02"), doc("D2", "3.2.2/sp3", "xa-quang-an", "2022-05-03"),
                           doc("D3", "3.2.2/sp3", "xa-quang-an", "2022-05-04")},
                          day("2022-12-31"));
    EXPECT_EQ(only_product(j).status, "partial");
}

TEST(EachUnit, EveryUnitCoveredIsAccepted_AlsoByTheIssuerNamedInTheHeader) {
    RuleSet r = ruleset({product("3.2.2/sp3", "each_unit", {"all-communes"})});
    Document sent_for = doc("D3", "3.2.2/sp3", "phong-noi-vu", "2022-05-04");
    sent_for.header.issuer = "Xã Quảng Thọ";  // sent by the office for the commune
    auto j = judge::judge(r, subs(),
                          {doc("D1", "3.2.2/sp3", "xa-quang-an", "2022-05-02"),
                           doc("D2", "3.2.2/sp3", "xa-quang-thanh", "2022-05-03"), sent_for},
                          day("2022-12-31"));
    EXPECT_EQ(only_product(j).status, "accepted");
    EXPECT_FALSE(has(only_product(j).reasons, "MISSING"));
}

TEST(EachUnit, NothingAfterTheDeadlineIsMissing) {
    RuleSet r = ruleset({product("3.2.2/sp3", "each_unit", {"all-communes"})});
    auto j = judge::judge(r, subs(), {}, day("2022-12-31"));
    EXPECT_EQ(only_product(j).status, "missing");
}

// ---- per_event ------------------------------------------------------------------

TEST(PerEvent, NoEventEnteredIsValueNeeded) {
    RuleSet r = ruleset({product("3.2.1/sp2", "per_event", {"phong-noi-vu"})});
    auto j = judge::judge(r, subs(), {doc("D1", "3.2.1/sp2", "phong-noi-vu", "2022-05-02")}, day("2022-12-31"));
    EXPECT_EQ(only_product(j).status, "value_needed");
    EXPECT_TRUE(has(only_product(j).reasons, "VALUE_NEEDED"));
    EXPECT_EQ(j.units[0].criteria[0].points_provisional, 0);
}

TEST(PerEvent, OneEvidencePerInstance) {
    RuleSet r = ruleset({product("3.2.1/sp2", "per_event", {"phong-noi-vu"})});
    judge::Inputs in;
    in.facts = {event("3.2.1/sp2#1", "2022-03-01", 1), event("3.2.1/sp2#2", "2022-06-10", 2),
                event("3.2.1/sp2#3", "2022-09-05", 3)};
    // Two photos after the first event only, one after the second: the third event has none.
    auto j = judge::judge(r, subs(),
                          {doc("D1", "3.2.1/sp2", "phong-noi-vu", "2022-03-02"),
                           doc("D2", "3.2.1/sp2", "phong-noi-vu", "2022-03-03"),
                           doc("D3", "3.2.1/sp2", "phong-noi-vu", "2022-06-11")},
                          day("2022-12-31"), in);
    const auto& p = only_product(j);
    EXPECT_EQ(p.status, "partial");
    const std::string d = detail(p.reasons, "MISSING");
    EXPECT_NE(d.find("2/3"), std::string::npos) << d;
    EXPECT_NE(d.find("2022-09-05"), std::string::npos) << d;

    // The third event's photo arrives: accepted.
    auto j2 = judge::judge(r, subs(),
                           {doc("D1", "3.2.1/sp2", "phong-noi-vu", "2022-03-02"),
                            doc("D3", "3.2.1/sp2", "phong-noi-vu", "2022-06-11"),
                            doc("D4", "3.2.1/sp2", "phong-noi-vu", "2022-09-06")},
                           day("2022-12-31"), in);
    EXPECT_EQ(only_product(j2).status, "accepted");
}

TEST(PerEvent, EvidenceBeforeTheEventDoesNotCountForIt) {
    RuleSet r = ruleset({product("3.2.1/sp2", "per_event", {"phong-noi-vu"})});
    judge::Inputs in;
    in.facts = {event("3.2.1/sp2", "2022-06-10", 1)};
    auto j = judge::judge(r, subs(), {doc("D1", "3.2.1/sp2", "phong-noi-vu", "2022-03-02")}, day("2022-12-31"), in);
    EXPECT_EQ(only_product(j).status, "missing");
}

TEST(PerEvent, RelativeDeadlinePerInstance) {
    Product p = product("1.3.2/sp1", "per_event", {"phong-noi-vu"});
    p.deadline = Deadline{};
    p.deadline.kind = "relative";
    p.deadline.days = 30;
    p.deadline.event = "kiểm tra";
    RuleSet r = ruleset({p});
    judge::Inputs in;
    // Inspections on 20/06 and 08/07/2022: due 20/07 and 08/08 (07/08 is a Sunday).
    in.facts = {event("kiểm tra#1", "2022-06-20", 1), event("kiểm tra#2", "2022-07-08", 2)};
    auto before = judge::judge(r, subs(), {doc("D1", "1.3.2/sp1", "phong-noi-vu", "2022-07-01")}, day("2022-08-05"), in);
    const auto& pv = only_product(before);
    ASSERT_EQ(pv.due.size(), 2u);
    EXPECT_EQ(date::iso(pv.due[0]), "2022-07-20");
    EXPECT_EQ(date::iso(pv.due[1]), "2022-08-08");
    EXPECT_EQ(pv.status, "partial");
    auto none = judge::judge(r, subs(), {}, day("2022-07-25"), in);
    EXPECT_EQ(only_product(none).status, "missing");  // the first instance's 30 days are over
    auto early = judge::judge(r, subs(), {}, day("2022-07-01"), in);
    EXPECT_EQ(only_product(early).status, "not_due");
}

// ---- judge_routed ----------------------------------------------------------------

TEST(Routed, EachSubmissionIsJudgedWithItsRuleSet) {
    RuleSet r22 = ruleset({product("3.1/sp1", "one", {"phong-noi-vu"})}, "cchc-2022", 2022);
    Product p23 = product("3.9/sp1", "one", {"phong-noi-vu"});
    p23.period = "2023";
    p23.deadline.due = {day("2023-11-15")};
    RuleSet r23 = ruleset({p23}, "cchc-2023", 2023);
    Document d22 = doc("D1", "3.1/sp1", "phong-noi-vu", "2022-05-02", "S1");
    Document d23 = doc("D2", "3.9/sp1", "phong-noi-vu", "2023-05-02", "S2");
    d23.header.period = "2023";
    Document dup = d22;  // the same bytes again, in the 2023 submission
    dup.id = "D3";
    dup.submission = "S2";
    auto j = judge::judge_routed(r22, {&r23}, subs({{"S1", "cchc-2022"}, {"S2", "cchc-2023"}}), {d22, d23, dup},
                                 day("2023-12-31"), judge::Inputs{});
    ASSERT_EQ(j.documents.size(), 3u);
    EXPECT_EQ(j.documents[0].id, "D1");  // input order kept
    EXPECT_EQ(j.documents[1].id, "D2");
    EXPECT_EQ(j.documents[0].verdict, "accepted");
    // Judged by the 2022 rules, 3.9/sp1 would be unknown: judged by 2023's, accepted.
    EXPECT_EQ(j.documents[1].verdict, "accepted") << (j.documents[1].reasons.empty() ? "" : j.documents[1].reasons[0].code);
    EXPECT_TRUE(has(j.documents[2].reasons, "DUPLICATE"));  // across rule sets
    ASSERT_EQ(j.rule_sets.size(), 2u);
    EXPECT_EQ(j.rule_sets[0].rules, &r22);
    EXPECT_EQ(j.rule_sets[0].submissions, 1);
    EXPECT_EQ(j.rule_sets[0].documents, 1);
    EXPECT_EQ(j.rule_sets[1].rules, &r23);
    EXPECT_EQ(j.rule_sets[1].documents, 2);
    EXPECT_EQ(j.units.at(0).criteria.at(0).products.at(0).status, "accepted");               // 2022: D1
    EXPECT_EQ(j.rule_sets[1].units.at(0).criteria.at(0).products.at(0).status, "accepted");  // 2023: D2
    EXPECT_EQ(j.rule_sets[1].units.at(0).points_provisional, 2);
    EXPECT_NE(j.documents[2].verdict, "accepted");  // 3.1/sp1 is no product of the 2023 rules
    EXPECT_EQ(j.counts.accepted, 2);
}

TEST(Routed, UnknownRuleSetFallsBackToThePrimary) {
    RuleSet r22 = ruleset({product("3.1/sp1", "one", {"phong-noi-vu"})}, "cchc-2022", 2022);
    auto j = judge::judge_routed(r22, {}, subs({{"S1", "cchc-2030"}}), {doc("D1", "3.1/sp1", "phong-noi-vu", "2022-05-02")},
                                 day("2022-12-31"), judge::Inputs{});
    ASSERT_EQ(j.rule_sets.size(), 1u);
    EXPECT_EQ(j.rule_sets[0].documents, 1);
    EXPECT_EQ(j.units.at(0).criteria.at(0).products.at(0).status, "accepted");
}

}  // namespace
