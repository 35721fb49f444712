// serve/views.h over a snapshot judged from the real rule set: what a clerk and
// a reviewer get from every view (status codes, lists filtered to the unit,
// escaping, masking, Vietnamese text intact in HTML and JSON).
#include <gtest/gtest.h>

#include "core/model_json.h"
#include "judge/judge.h"
#include "rules/ruleset.h"
#include "serve/views.h"

using namespace kc;
using namespace kc::serve;

namespace {

struct Fixture {
    rules::RuleSet rules;
    Snapshot snap;
};

Fixture& fixture() {
    static Fixture f = [] {
        Fixture x;
        auto r = rules::load_ruleset(std::string(KC_SOURCE_DIR) + "/rules", "cchc-2022");
        if (!r) throw std::runtime_error(r.error().detail);
        x.rules = std::move(r.value());
        std::vector<Submission> subs;
        std::vector<Document> docs;
        auto add = [&](const std::string& unit, const std::string& sid, const std::string& did, const std::string& subject) {
            if (subs.empty() || subs.back().id != sid) {
                Submission s;
                s.id = sid;
                s.unit = unit;
                s.file = "nop.zip";
                s.sha256 = std::string(64, 'a');
                s.received_at = "2022-03-11T08:00:00+07:00";
                s.rules = "cchc-2022";
                s.status = "accepted";
                subs.push_back(s);
            }
            Document d;
            d.id = did;
            d.sha256 = std::string(63, 'b') + did.back();
            d.submission = sid;
            d.submitted_by = unit;
            d.path_in_archive = "TC 1.1.1/" + did + ".pdf";
            d.format = "pdf";
            d.pages = 1;
            d.header.number = "191";
            d.header.symbol = "KH-UBND";
            d.header.subject = subject;
            d.header.date = "2021-12-30";
            d.classification.product = "1.1.1/sp1";
            d.classification.criterion = "1.1.1";
            d.classification.status = "classified";
            d.signature.status = "valid";
            docs.push_back(d);
        };
        add("phong-noi-vu", "S1", "D1", "Kế hoạch cải cách hành chính năm 2022 <b>");
        add("phong-noi-vu", "S1", "D2", "Quyết định bổ nhiệm ông A, CCCD 046085001234");
        add("phong-tu-phap", "S2", "D3", "Báo cáo tư pháp");
        auto j = judge::judge(x.rules, subs, docs, *date::parse_iso("2022-03-15"));
        x.snap = make_snapshot(x.rules, subs, std::move(j), {{std::string(63, 'b') + "3", "noi dung bi mat"}});
        return x;
    }();
    return f;
}

ViewRequest as(Role role, const std::string& unit = "") {
    ViewRequest r;
    r.who = {role == Role::reviewer ? "Chuyên viên" : "Văn thư", role, unit};
    r.path = "/x";
    return r;
}

}  // namespace

TEST(Views, ClerkSeesOnlyItsUnit) {
    const auto& s = fixture().snap;
    auto clerk = as(Role::clerk, "phong-noi-vu");
    EXPECT_EQ(view_assessed(s, clerk, false).status, 403);
    EXPECT_EQ(view_assessed(s, clerk, true).status, 403);
    EXPECT_EQ(view_unit(s, clerk, "phong-noi-vu", false).status, 200);
    EXPECT_EQ(view_unit(s, clerk, "phong-tu-phap", true).status, 403);
    EXPECT_EQ(view_document(s, clerk, "D1", nullptr, false).status, 200);
    EXPECT_EQ(view_document(s, clerk, "D3", nullptr, false).status, 404) << "same answer as a missing id";
    EXPECT_EQ(view_document(s, clerk, "D3", nullptr, true).status, 404);
    EXPECT_EQ(view_document(s, clerk, "D999", nullptr, true).status, 404);
    EXPECT_EQ(view_report(s, clerk, "S2", false).status, 404);
    EXPECT_EQ(view_report(s, clerk, "S1", true).status, 200);
    auto search = view_search(s, clerk, true);
    EXPECT_EQ(search.status, 200);
    EXPECT_NE(search.body.find("\"D1\""), std::string::npos);
    EXPECT_EQ(search.body.find("\"D3\""), std::string::npos) << search.body;
    auto probe = clerk;
    probe.query["q"] = "bi mat";
    EXPECT_EQ(view_search(s, probe, true).body.find("\"D3\""), std::string::npos) << "no text of another unit";
}

TEST(Views, ReviewerSeesEverythingAndTextIsSearchable) {
    const auto& s = fixture().snap;
    auto rev = as(Role::reviewer);
    auto a = view_assessed(s, rev, false);
    EXPECT_EQ(a.status, 200);
    EXPECT_NE(a.body.find("<svg"), std::string::npos);
    EXPECT_NE(a.body.find("Tổng quan đơn vị được đánh giá"), std::string::npos);
    EXPECT_EQ(a.body.find("<script"), std::string::npos);
    auto q = rev;
    q.query["q"] = "BÍ MẬT";
    auto hit = view_search(s, q, true);
    EXPECT_NE(hit.body.find("\"D3\""), std::string::npos) << hit.body;
    EXPECT_EQ(hit.body.find("\"D1\""), std::string::npos);
    q.query["q"] = "quang dien";  // nothing: folded matching, no false hits
    q.query["q"] = "191/kh-ubnd";
    EXPECT_NE(view_search(s, q, true).body.find("\"D1\""), std::string::npos);
}

TEST(Views, PersonnelTextForReviewersOnly) {
    const auto& s = fixture().snap;
    std::vector<PageText> pages = {{1, "Nội dung trang một", "text_layer", 1, {}}};
    auto clerk = as(Role::clerk, "phong-noi-vu");
    auto own_personnel = view_document(s, clerk, "D2", &pages, true);
    EXPECT_EQ(own_personnel.status, 200);
    EXPECT_NE(own_personnel.body.find("\"text\":null"), std::string::npos) << own_personnel.body;
    EXPECT_NE(own_personnel.body.find("\"download\":\"\""), std::string::npos);
    auto own = view_document(s, clerk, "D1", &pages, true);
    EXPECT_NE(own.body.find("Nội dung trang một"), std::string::npos) << "UTF-8 kept, not \\u-escaped";
    EXPECT_NE(own.body.find("/document/D1/original"), std::string::npos);
    auto rev = view_document(s, as(Role::reviewer), "D2", &pages, false);
    EXPECT_NE(rev.body.find("Nội dung trang một"), std::string::npos);
    EXPECT_NE(rev.body.find("/document/D2/original"), std::string::npos);
}

TEST(Views, EscapedAndMasked) {
    const auto& s = fixture().snap;
    auto rev = as(Role::reviewer);
    auto page = view_unit(s, rev, "phong-noi-vu", false);
    EXPECT_NE(page.body.find("năm 2022 &lt;b&gt;"), std::string::npos);
    EXPECT_EQ(page.body.find("046085001234"), std::string::npos) << "CCCD masked";
    EXPECT_NE(page.body.find("*********234"), std::string::npos);
    auto json = view_unit(s, rev, "phong-noi-vu", true);
    EXPECT_EQ(json.content_type, "application/json; charset=utf-8");
    EXPECT_EQ(json.body.find("046085001234"), std::string::npos);
    EXPECT_NE(json.body.find("Kế hoạch cải cách hành chính"), std::string::npos);
    auto en = rev;
    en.lang = Lang::en;
    EXPECT_NE(view_unit(s, en, "phong-noi-vu", false).body.find("Submitting unit"), std::string::npos);
}

TEST(Views, LeadAgenciesRankedByPointsAtRisk) {
    auto risk = lead_agency_risk(fixture().snap);
    ASSERT_FALSE(risk.empty());
    for (std::size_t i = 1; i < risk.size(); ++i) EXPECT_GE(risk[i - 1].points, risk[i].points);
}

// Issue 11: self-score against the province's appraised score, per criterion and group.
TEST(Views, AppraisalShownOnlyWhenImported) {
    const auto& base = fixture().snap;
    auto rev = as(Role::reviewer);
    auto plain_api = view_assessed(base, rev, true).body;
    auto plain_html = view_assessed(base, rev, false).body;
    EXPECT_EQ(plain_api.find("points_appraised"), std::string::npos);
    EXPECT_EQ(plain_html.find("Chênh lệch"), std::string::npos);

    const auto* uv = base.assessed();
    ASSERT_NE(uv, nullptr);
    ASSERT_NE(uv->unit, nullptr);
    judge::Judgement j = base.judgement;
    Appraisal a;
    a.seq = 1;
    a.unit = uv->unit->code;
    a.criterion = "1.1.1";
    a.points = 0.25;
    a.comment = "Kế hoạch ban hành muộn <hạn>";
    a.source = "tham-dinh.xlsx";
    a.by = "Sở Nội vụ";
    a.at = "2022-04-01T08:00:00+07:00";
    j.appraisals.push_back(a);
    a.seq = 2;
    a.criterion = "1";  // the group as a whole, as the province gave it
    a.points = 6;
    a.comment = "";
    j.appraisals.push_back(a);
    auto snap = make_snapshot(fixture().rules, base.submissions, std::move(j), {});
    const auto* uv2 = snap.assessed();
    double self = 0;
    for (const auto& c : uv2->criteria)
        if (c.criterion && c.criterion->code == "1.1.1") self = c.points_provisional;

    auto api = view_assessed(snap, rev, true);
    ASSERT_EQ(api.status, 200);
    auto o = json::parse_object(api.body);
    ASSERT_TRUE(o->has("appraisal")) << api.body.substr(0, 400);
    bool found = false;
    auto crit = o->getArray("criteria");
    for (std::size_t i = 0; i < crit->size(); ++i) {
        auto c = crit->getObject(i);
        if (c->getValue<std::string>("code") != "1.1.1") continue;
        found = true;
        auto ap = c->getObject("appraisal");
        ASSERT_TRUE(ap);
        EXPECT_DOUBLE_EQ(ap->getValue<double>("points_appraised"), 0.25);
        EXPECT_NEAR(ap->getValue<double>("difference"), 0.25 - self, 1e-9);
        EXPECT_EQ(ap->getValue<std::string>("comment"), "Kế hoạch ban hành muộn <hạn>");
    }
    EXPECT_TRUE(found);
    auto groups = o->getArray("groups");
    bool group_found = false;
    for (std::size_t i = 0; i < groups->size(); ++i) {
        auto g = groups->getObject(i);
        if (g->getValue<std::string>("group") == "1") {
            group_found = g->has("points_appraised") && g->has("difference");
            if (group_found) EXPECT_DOUBLE_EQ(g->getValue<double>("points_appraised"), 6);
        } else {
            EXPECT_FALSE(g->has("points_appraised"));  // group 2… not appraised
        }
    }
    EXPECT_TRUE(group_found);

    auto html = view_assessed(snap, rev, false).body;
    EXPECT_NE(html.find("Chênh lệch"), std::string::npos);
    EXPECT_NE(html.find("Thẩm định"), std::string::npos);
    EXPECT_NE(html.find("Kế hoạch ban hành muộn &lt;hạn&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<hạn>"), std::string::npos);
}
