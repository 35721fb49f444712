// tests/unit/report/submission_report_test.cpp — the per-submission report's
// pure builders (report/submission_view.h, report/submission_report.h,
// report/report_text.h) over a hand-built judgement: hostile file names
// escaped, personal identifiers masked, texts NFC in both languages, counts,
// the owed list by deadline, deadlines with the internal hand-in date, and
// no external reference in the HTML.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include "core/model_json.h"
#include "judge/judge.h"
#include "report/report_text.h"
#include "report/submission_report.h"
#include "report/submission_view.h"
#include "util/text.h"

namespace {

using namespace kc;
using kc::report::Lang;

Date day(const char* iso) { return date::parse_iso(iso).value(); }
bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

rules::Product product(const std::string& id, const std::string& title, const char* due) {
    rules::Product p;
    p.id = id;
    p.title = title;
    p.kinds = {"KH"};
    if (due) {
        p.deadline.kind = "absolute";
        p.deadline.due = {day(due)};
        p.deadline.note = std::string("Trước ") + date::vi(day(due));
    } else {
        p.deadline.kind = "by_request";
        p.deadline.note = "Theo yêu cầu";
    }
    return p;
}

// Rule set: phong-noi-vu leads 1.1/sp1 (due 05/01), 1.2/sp1 (15/12), 1.2/sp2 (no date),
// 1.2/sp3 (15/03) and is expected issuer, through the group "all-offices", of 2.1/sp1 (30/06);
// phong-tu-phap leads 2.1/sp1. One hand-in milestone: 15/11/2022.
struct World {
    rules::RuleSet rules;
    std::vector<Submission> subs;
    judge::Judgement j;

    World() {
        rules.id = "test-2022";
        rules.year = 2022;
        rules.provenance = "provisional";
        rules.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
                       {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false},
                       {"phong-tu-phap", "Phòng Tư pháp", "office", "ubnd-quang-dien", {}, false}};
        rules.groups = {{"all-offices", "Các phòng, ban cấp huyện", {"phong-noi-vu", "phong-tu-phap"}}};
        rules.hand_in.milestones = {{"self-assessment", day("2022-11-15"), "Hồ sơ tự đánh giá", "", 0}};
        rules::Criterion c11, c12, c21;
        c11.code = "1.1", c11.title = "Kế hoạch", c11.points = 1, c11.group = "1";
        c12.code = "1.2", c12.title = "Báo cáo", c12.points = 3, c12.group = "1";
        c21.code = "2.1", c21.title = "Pháp chế", c21.points = 2, c21.group = "2";
        c11.products = {product("1.1/sp1", "Kế hoạch CCHC năm 2022", "2022-01-05")};
        c12.products = {product("1.2/sp1", "Báo cáo quý IV", "2022-12-15"), product("1.2/sp2", "Báo cáo đột xuất", nullptr),
                        product("1.2/sp3", "Báo cáo quý I", "2022-03-15")};
        c21.products = {product("2.1/sp1", "Kế hoạch theo dõi thi hành pháp luật", "2022-06-30")};
        for (auto& p : c11.products) p.lead_agencies = {"phong-noi-vu"};
        for (auto& p : c12.products) p.lead_agencies = {"phong-noi-vu"};
        c21.products[0].lead_agencies = {"phong-tu-phap"};
        c21.products[0].expected_issuers = {"all-offices"};
        rules.criteria = {c11, c12, c21};

        Submission s;
        s.id = "S20220103-abc";
        s.unit = "phong-noi-vu";
        s.file = "ho-so.zip";
        s.sha256 = std::string(64, 'b');
        s.received_at = "2022-01-03T23:50:00+07:00";
        s.rules = "test-2022";
        s.status = "accepted";
        subs = {s};
        j.as_of = day("2022-04-01");
        j.horizon_days = 14;
    }

    Document& add(const std::string& id, const std::string& path, const std::string& verdict,
                  const std::string& product_id = "") {
        Document d;
        d.id = id;
        d.sha256 = std::string(64, 'c');
        d.submission = "S20220103-abc";
        d.submitted_by = "phong-noi-vu";
        d.path_in_archive = path;
        d.format = "pdf";
        d.verdict = verdict;
        d.classification.product = product_id;
        if (!product_id.empty()) d.classification.criterion = product_id.substr(0, product_id.find('/'));
        d.signature.status = "absent";
        j.documents.push_back(d);
        return j.documents.back();
    }

    // Product statuses as of 01/04/2022; 1.1 accepted (1 point), 1.2 and 2.1 not.
    void verdicts() {
        j.units.clear();
        judge::UnitVerdict uv;
        uv.unit = rules.unit("ubnd-quang-dien");
        const char* status[] = {"accepted", "not_due", "no_deadline", "missing", "not_due"};
        int k = 0;
        for (const auto& c : rules.criteria) {
            judge::CriterionVerdict cv;
            cv.criterion = &c;
            cv.points_max = c.points;
            for (const auto& p : c.products) {
                judge::ProductVerdict pv;
                pv.product = &p;
                pv.status = status[k++];
                pv.due = p.deadline.due;
                cv.products.push_back(pv);
            }
            cv.status = c.code == "1.1" ? "accepted" : c.code == "1.2" ? "missing" : "not_due";
            cv.points_provisional = c.code == "1.1" ? 1 : 0;
            uv.criteria.push_back(cv);
        }
        j.units.push_back(uv);
    }
};

std::string html(World& w, Lang l = Lang::vi) {
    w.verdicts();
    return report::submission_report_html(w.subs[0], w.rules, w.j, l);
}

std::string json_text(World& w) {
    w.verdicts();
    return json::stringify(report::submission_report_json(w.subs[0], w.rules, w.j));
}

// ---- hostile file names ---------------------------------------------------------------

struct HostileCase {
    const char* name;
    std::string path;
    std::vector<std::string> present;
    std::vector<std::string> absent;
};

void PrintTo(const HostileCase& c, std::ostream* os) { *os << c.name; }

class HostileNameTest : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostileNameTest, EscapedAndVisible) {
    const auto& c = GetParam();
    World w;
    w.add("D1", c.path, "needs_review");
    const std::string h = html(w);
    for (const auto& s : c.present) EXPECT_TRUE(has(h, s)) << "missing: " << s;
    for (const auto& s : c.absent) EXPECT_FALSE(has(h, s)) << "present: " << s;
    // The JSON carries the same visible name (JSON-escaped by the writer, not HTML-escaped).
    w.verdicts();
    auto o = report::submission_report_json(w.subs[0], w.rules, w.j);
    auto name = o->getArray("files")->getObject(0)->getValue<std::string>("name");
    EXPECT_EQ(name, report::visible_name(c.path));
}

INSTANTIATE_TEST_SUITE_P(
    Report, HostileNameTest,
    ::testing::Values(
        HostileCase{"ScriptTag", "TC 1.1/<script>alert(1)</script>.pdf",
                    {"TC 1.1/&lt;script&gt;alert(1)&lt;/script&gt;.pdf"}, {"<script"}},
        HostileCase{"ImgOnerror", "<img src=x onerror=alert(1)>.pdf", {"&lt;img src=x onerror=alert(1)&gt;.pdf"},
                    {"<img", "<img src"}},
        HostileCase{"Quotes", "\"a\" 'b' & c.pdf", {"&quot;a&quot; &#39;b&#39; &amp; c.pdf"}, {"\"a\"", "'b'"}},
        HostileCase{"AttributeBreakout", "x\" onmouseover=\"alert(1).pdf", {"x&quot; onmouseover=&quot;alert(1).pdf"},
                    {"\" onmouseover"}},
        HostileCase{"RightToLeftOverride", "bao-cao-\xE2\x80\xAE" "fdp.exe", {"bao-cao-[U+202E]fdp.exe"},
                    {"\xE2\x80\xAE"}},
        HostileCase{"IsolateAndMarks", "a\xE2\x81\xA7" "b\xE2\x80\x8F" "c.pdf", {"a[U+2067]b[U+200F]c.pdf"},
                    {"\xE2\x81\xA7", "\xE2\x80\x8F"}},
        HostileCase{"ControlChars", std::string("tab\there\x1b[31m.pdf"), {"tab[U+0009]here[U+001B][31m.pdf"},
                    {"\x1b"}},
        HostileCase{"VietnameseKept", "TC 2.1.1/Kế hoạch theo dõi THPL 2022.pdf",
                    {"TC 2.1.1/Kế hoạch theo dõi THPL 2022.pdf"}, {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Report, NoExternalReferenceNoScript) {
    World w;
    w.add("D1", "<script src=\"http://evil.example/x.js\"></script>.pdf", "rejected", "1.1/sp1");
    const std::string h = html(w);
    EXPECT_FALSE(has(h, "<script")) << h;
    EXPECT_FALSE(has(h, "<link"));
    EXPECT_FALSE(has(h, "src=\""));
    EXPECT_FALSE(has(h, "url("));
    EXPECT_FALSE(has(h, "@import"));
    EXPECT_TRUE(has(h, "@page{size:A4"));
    EXPECT_TRUE(has(h, "thead{display:table-header-group}"));
    EXPECT_TRUE(has(h, "break-inside:avoid"));
}

// ---- masking --------------------------------------------------------------------------

TEST(Report, PersonalIdentifiersMaskedEverywhere) {
    World w;
    w.subs[0].file = "CCCD 012345678901.zip";
    auto& d = w.add("D1", "1.1/Nguyen Van A 079203001234 CMND 123456789.pdf", "accepted", "1.1/sp1");
    d.header.subject = "Cấp lại cho MST 8012345678";
    SignerInfo si;
    si.subject = "CN=NGUYỄN VĂN A, UID=CCCD:036088001234, O=UBND";
    si.status = "valid";
    si.signed_at = "2022-01-03T10:00:00+07:00";
    si.time_source = "signing_time";
    d.signature.status = "valid";
    d.signature.signers = {si};
    const std::string h = html(w);
    const std::string js = json_text(w);
    for (const std::string secret : {"012345678901", "079203001234", "123456789", "8012345678", "036088001234"}) {
        EXPECT_FALSE(has(h, secret)) << "HTML leaks " << secret;
        EXPECT_FALSE(has(js, secret)) << "JSON leaks " << secret;
    }
    EXPECT_TRUE(has(h, "CCCD *********901.zip"));
    EXPECT_TRUE(has(h, "*********234 CMND ******789.pdf"));
    EXPECT_TRUE(has(h, "MST *******678"));
    EXPECT_TRUE(has(h, "NGUYỄN VĂN A")) << "the signer's CN is shown";
    EXPECT_TRUE(has(h, "03/01/2022 10:00"));
}

// ---- language -------------------------------------------------------------------------

TEST(ReportText, EveryTextInBothLanguagesAndNfc) {
    auto texts = report::all_texts();
    ASSERT_GT(texts.size(), 60u);
    for (const auto& t : texts) {
        EXPECT_FALSE(t.vi.empty()) << t.en;
        EXPECT_FALSE(t.en.empty()) << t.vi;
        EXPECT_EQ(t.vi, text::nfc(t.vi)) << "not NFC: " << t.vi;
        EXPECT_EQ(t.en, text::nfc(t.en)) << "not NFC: " << t.en;
        EXPECT_TRUE(text::is_valid_utf8(t.vi));
    }
    // Precomposed letters, not base + combining marks: "ộ" is U+1ED9 (3 bytes).
    EXPECT_TRUE(has(report::label("owed").vi, "\xE1\xBB\x99")) << "ộ precomposed in 'phải nộp'";
    EXPECT_THROW(report::label("no such label"), std::logic_error);
}

TEST(Report, VietnameseFirstByDefaultEnglishOnRequest) {
    World w;
    w.add("D1", "1.1/ke-hoach.pdf", "accepted", "1.1/sp1");
    const std::string vi = html(w);
    EXPECT_TRUE(has(vi, "<html lang=\"vi\">"));
    EXPECT_LT(vi.find("Kết quả kiểm tra tài liệu kiểm chứng"), vi.find("Evidence check result"));
    EXPECT_EQ(vi, text::nfc(vi)) << "the whole report is NFC";
    const std::string en = html(w, Lang::en);
    EXPECT_TRUE(has(en, "<html lang=\"en\">"));
    EXPECT_LT(en.find("Evidence check result"), en.find("Kết quả kiểm tra tài liệu kiểm chứng"));
    EXPECT_TRUE(has(en, "Submitting unit") && has(en, "Đơn vị nộp"));
    EXPECT_EQ(report::parse_lang("en"), Lang::en);
    EXPECT_EQ(report::parse_lang("fr"), std::nullopt);
}

// ---- header: unit, time, counts, points ------------------------------------------------

TEST(Report, HeaderUnitReceivedCounts) {
    World w;
    w.add("D1", "a.pdf", "accepted", "1.1/sp1");
    w.add("D2", "b.pdf", "accepted", "1.2/sp3");
    w.add("D3", "c.pdf", "rejected", "1.2/sp1");
    w.add("D4", "d.pdf", "needs_review");
    w.add("D5", "e.pdf", "refused");
    w.add("D6", "f.pdf", "unclassified");
    Document other;
    other.id = "D9", other.submission = "S-other", other.verdict = "accepted";
    w.j.documents.push_back(other);
    w.verdicts();
    auto v = report::submission_view(w.subs[0], w.rules, w.j);
    EXPECT_EQ(v.unit_name, "Phòng Nội vụ");
    EXPECT_EQ(v.files.size(), 6u);
    EXPECT_EQ(v.counts.accepted, 2);
    EXPECT_EQ(v.counts.rejected, 1);
    EXPECT_EQ(v.counts.needs_review, 1);
    EXPECT_EQ(v.counts.refused, 1);
    EXPECT_EQ(v.counts.unclassified, 1);
    const std::string h = html(w);
    EXPECT_TRUE(has(h, "Phòng Nội vụ <small>(phong-noi-vu)</small>"));
    EXPECT_TRUE(has(h, "03/01/2022 23:50"));
    EXPECT_TRUE(has(h, "✔ 2 Đạt · ✘ 1 Không đạt · ⚠ 1 Cần xem xét · ? 1 Chưa xác định tiêu chí · ⊘ 1 Từ chối"));
    EXPECT_TRUE(has(h, "✔ 2 Accepted · ✘ 1 Rejected"));
    EXPECT_TRUE(has(h, std::string(64, 'b')));
    auto o = report::submission_report_json(w.subs[0], w.rules, w.j);
    EXPECT_EQ(o->getObject("counts")->getValue<int>("accepted"), 2);
    EXPECT_EQ(o->getObject("received")->getValue<std::string>("vi"), "03/01/2022 23:50");
    EXPECT_EQ(o->getObject("unit")->getValue<std::string>("name"), "Phòng Nội vụ");
    EXPECT_EQ(o->getArray("files")->size(), 6u);
    EXPECT_EQ(o->getArray("documents")->size(), 6u);
}

TEST(Report, PointsOfTheUnitProvisional) {
    World w;
    w.verdicts();
    // phong-noi-vu: 1.1 (1 of 1, secured), 1.2 (0 of 3, missing → at risk), 2.1 as issuer
    // through the group (0 of 2; not due, due 30/06 beyond the 14-day horizon → not at risk).
    auto p = report::unit_points("phong-noi-vu", w.rules, w.j);
    EXPECT_EQ(p.criteria, 3);
    EXPECT_DOUBLE_EQ(p.secured, 1);
    EXPECT_DOUBLE_EQ(p.max, 6);
    EXPECT_DOUBLE_EQ(p.at_risk, 3);
    w.j.as_of = day("2022-06-20");  // 2.1 now due within the horizon
    EXPECT_DOUBLE_EQ(report::unit_points("phong-noi-vu", w.rules, w.j).at_risk, 5);
    auto t = report::unit_points("phong-tu-phap", w.rules, w.j);
    EXPECT_EQ(t.criteria, 1);
    EXPECT_DOUBLE_EQ(t.max, 2);
    const std::string h = html(w);
    EXPECT_TRUE(has(h, "Đã bảo đảm: 1 · Có nguy cơ mất: 5 · Tối đa: 6 (3 tiêu chí)")) << h;
    EXPECT_TRUE(has(h, "Điểm tạm tính"));
    auto o = report::submission_report_json(w.subs[0], w.rules, w.j);
    EXPECT_TRUE(o->getObject("points")->getValue<bool>("provisional"));
    EXPECT_EQ(o->getObject("points")->getValue<std::string>("at_risk"), "5");
}

// ---- rows: recognised, signature, reasons with hint and deadline ---------------------------

TEST(Report, RowReasonHintAndDeadlineWithHandIn) {
    World w;
    auto& d = w.add("D1", "TC 1.2/BC quy IV.pdf", "rejected", "1.2/sp1");
    d.header.number = "45";
    d.header.symbol = "BC-UBND";
    d.header.date = "2022-12-10";
    d.reasons = {make_reason(ReasonCode::UNSIGNED)};
    Reason bare{"LATE_DOCUMENT_DATE", "Ngày ban hành văn bản sau thời hạn", "The document is dated after the deadline",
                "", "", ""};
    d.reasons.push_back(bare);  // a reason read back without its hint: filled in from core/reason.cpp
    const std::string h = html(w);
    EXPECT_TRUE(has(h, "Số 45/BC-UBND"));
    EXPECT_TRUE(has(h, "Ngày 10/12/2022"));
    EXPECT_TRUE(has(h, "Tiêu chí <b>1.2</b>"));
    EXPECT_TRUE(has(h, "Sản phẩm 1.2/sp1: Báo cáo quý IV"));
    EXPECT_TRUE(has(h, "✘ Không có chữ ký số"));
    EXPECT_TRUE(has(h, "Văn bản chưa được ký số"));
    EXPECT_TRUE(has(h, "Cách khắc phục: Ký số văn bản qua hệ thống quản lý văn bản và gửi lại bản đã ký"));
    EXPECT_TRUE(has(h, "Giải trình lý do chậm với Phòng Nội vụ")) << "missing hint refilled";
    EXPECT_TRUE(has(h, "Explain the delay to the Home Affairs office"));
    // 1.2/sp1 is due 15/12/2022, after the last hand-in milestone (15/11): handed in by its own deadline.
    EXPECT_TRUE(has(h, "Hạn: 15/12/2022; nộp về UBND huyện (qua Phòng Nội vụ) trước 15/12/2022"));
    EXPECT_TRUE(has(h, "Deadline: 15/12/2022"));
    w.verdicts();
    auto v = report::submission_view(w.subs[0], w.rules, w.j);
    ASSERT_EQ(v.files.size(), 1u);
    EXPECT_EQ(v.files[0].due, "2022-12-15");
    ASSERT_EQ(v.files[0].reasons.size(), 2u);
    EXPECT_FALSE(v.files[0].reasons[1].hint.empty());
}

TEST(Report, HandInMilestoneBeforeOwnDeadline) {
    World w;
    w.rules.criteria[1].products[0].deadline.due = {day("2022-10-31")};
    w.add("D1", "bc.pdf", "rejected", "1.2/sp1").reasons = {make_reason(ReasonCode::UNSIGNED)};
    const std::string h = html(w);
    EXPECT_TRUE(has(h, "Hạn: 31/10/2022; nộp về UBND huyện (qua Phòng Nội vụ) trước 15/11/2022")) << h;
}

TEST(Report, SignatureSignerAndTime) {
    World w;
    auto& d = w.add("D1", "kh.pdf", "accepted", "1.1/sp1");
    SignerInfo si;
    si.subject = "CN=UBND HUYỆN QUẢNG ĐIỀN (TEST), O=UBND, C=VN";
    si.status = "valid";
    si.signed_at = "2021-12-30T09:05:12Z";  // 16:05 in UTC+7
    si.time_source = "timestamp";
    d.signature = {"valid", {si}};
    const std::string h = html(w);
    EXPECT_TRUE(has(h, "✔ Hợp lệ"));
    EXPECT_TRUE(has(h, "Người ký: UBND HUYỆN QUẢNG ĐIỀN (TEST)"));
    EXPECT_TRUE(has(h, "Thời điểm ký: 30/12/2021 16:05 (theo dấu thời gian)"));
}

// ---- what the unit still owes ------------------------------------------------------------

TEST(Report, OwedByDeadlineLeadAndIssuer) {
    World w;
    w.verdicts();
    auto owed = report::owed_view("phong-noi-vu", w.rules, w.j);
    std::vector<std::string> ids, roles;
    for (const auto& o : owed) ids.push_back(o.product->id), roles.push_back(o.role);
    // 1.1/sp1 accepted: not owed. By deadline: 15/03 (missing, overdue), 30/06 (issuer via the group), 15/12, undated.
    EXPECT_EQ(ids, (std::vector<std::string>{"1.2/sp3", "2.1/sp1", "1.2/sp1", "1.2/sp2"}));
    EXPECT_EQ(roles, (std::vector<std::string>{"lead", "issuer", "lead", "lead"}));
    ASSERT_EQ(owed.size(), 4u);
    EXPECT_TRUE(owed[0].overdue);
    EXPECT_EQ(owed[0].status, "missing");
    EXPECT_FALSE(owed[1].overdue);
    EXPECT_EQ(owed[1].hand_in_due, "2022-11-15");
    EXPECT_EQ(owed[3].due, "");
    const std::string h = html(w);
    auto at = [&](const char* s) { return h.find(s); };
    ASSERT_NE(at("15/03/2022"), std::string::npos);
    EXPECT_LT(at("1.2/sp3: Báo cáo quý I"), at("2.1/sp1: Kế hoạch theo dõi"));
    EXPECT_LT(at("2.1/sp1: Kế hoạch theo dõi"), at("1.2/sp1: Báo cáo quý IV"));
    EXPECT_LT(at("1.2/sp1: Báo cáo quý IV"), at("1.2/sp2: Báo cáo đột xuất"));
    EXPECT_TRUE(has(h, "⚠ Quá hạn"));
    EXPECT_TRUE(has(h, "Còn thiếu (quá hạn)"));
    EXPECT_TRUE(has(h, "Cơ quan ban hành"));
    // The JSON lists the same, in the same order.
    auto o = report::submission_report_json(w.subs[0], w.rules, w.j);
    auto a = o->getArray("owed");
    ASSERT_EQ(a->size(), 4u);
    for (unsigned i = 0; i < 4; ++i) EXPECT_EQ(a->getObject(i)->getValue<std::string>("product"), ids[i]);
    EXPECT_TRUE(a->getObject(0)->getValue<bool>("overdue"));
    EXPECT_TRUE(a->getObject(3)->isNull("due"));
}

Appraisal appraisal(long long seq, const char* criterion, double points);

// ---- streamed JSON = the tree's bytes ----------------------------------------------------

// A realistic view: masked names and signers, hints filled in, a decision and an
// automatic verdict, header fields and confidences, signers with coverage, a
// document of another submission (not listed), files due and undated, owed rows.
World realistic() {
    World w;
    w.subs[0].file = "Hồ sơ CCCD 012345678901 \"quý I\".zip";
    w.subs[0].reasons = {make_reason(ReasonCode::UNSIGNED)};
    auto& d1 = w.add("D1", "1.1/Kế hoạch 191/KH-UBND 079203001234.pdf", "accepted", "1.1/sp1");
    d1.header.number = "191", d1.header.symbol = "KH-UBND", d1.header.date = "2022-01-04";
    d1.header.subject = "Kế hoạch CCHC năm 2022 — MST 8012345678\tta\\b";
    d1.header.recipients = {"Sở Nội vụ", "Lưu: VT"};
    d1.header.confidence = {{"number", 0.9}, {"date", 1}};
    d1.classification.confidence = 0.85;
    d1.classification.signals = {"title", "kind"};
    d1.classifications = {d1.classification};
    SignerInfo si;
    si.subject = "CN=NGUYỄN VĂN A, UID=CCCD:036088001234, O=UBND";
    si.status = "valid";
    si.signed_at = "2022-01-03T10:00:00+07:00";
    si.time_source = "signing_time";
    si.byte_range = {0, 100, 200, 300};
    si.whole_file = true;
    si.notes = {"ocsp"};
    d1.signature.status = "valid";
    d1.signature.signers = {si};
    auto& d2 = w.add("D2", "1.2/bao-cao.pdf", "rejected", "1.2/sp2");
    d2.reasons = {make_reason(ReasonCode::UNSIGNED)};
    d2.reasons[0].hint.clear();
    d2.reasons[0].detail = "chi tiết";
    d2.pages = 3;
    w.add("D3", "khac.docx", "unclassified");
    auto& other = w.add("D4", "x.pdf", "accepted", "2.1/sp1");
    other.submission = "S-other";
    Decision dc;
    dc.seq = 7, dc.action = "accept", dc.product = "1.2/sp2", dc.by = "reviewer", dc.at = "2022-02-01T08:00:00+07:00";
    dc.comment = "CCCD 012345678901 đã kiểm tra";
    w.j.decisions["D2"] = {dc};
    w.j.automatic["D2"] = {"1.2/sp2", "rejected", {make_reason(ReasonCode::UNSIGNED)}};
    w.j.appraisals = {appraisal(1, "1.1", 0.75), appraisal(2, "1.2", 1.5)};
    w.verdicts();
    return w;
}

TEST(ReportStream, SameBytesAsTheTree) {
    for (Lang l : {Lang::vi, Lang::en}) {
        World w = realistic();
        const auto want = json::stringify(report::submission_report_json(w.subs[0], w.rules, w.j, l), true) + "\n";
        std::ostringstream got;
        report::write_submission_report_json(got, w.subs[0], w.rules, w.j, l);
        EXPECT_EQ(got.str(), want);
        const auto both = report::submission_report_texts(w.subs[0], w.rules, w.j, l);
        EXPECT_EQ(both.json, want);
        EXPECT_EQ(both.html, report::submission_report_html(w.subs[0], w.rules, w.j, l));
        EXPECT_TRUE(has(want, "\"D2\"")) << "the realistic view has files";
        EXPECT_FALSE(has(want, "\"D4\"")) << "another submission's document";
        EXPECT_FALSE(has(want, "012345678901"));
    }
}

TEST(ReportStream, NoFilesSameBytes) {
    World w;
    w.verdicts();
    const auto want = json::stringify(report::submission_report_json(w.subs[0], w.rules, w.j), true) + "\n";
    EXPECT_EQ(report::submission_report_texts(w.subs[0], w.rules, w.j).json, want);
}

// ---- issue 11: self-score against the province's appraised score --------------------------

Appraisal appraisal(long long seq, const char* criterion, double points) {
    Appraisal a;
    a.seq = seq, a.unit = "ubnd-quang-dien", a.criterion = criterion, a.points = points;
    a.comment = "Thiếu báo cáo", a.source = "tham-dinh.xlsx", a.by = "so-noi-vu", a.at = "2022-03-01T09:00:00+07:00";
    return a;
}

TEST(ReportAppraisal, AppraisedScoreAndDifferenceOfTheUnitsCriteria) {
    World w;
    w.j.appraisals = {appraisal(1, "1.1", 0.5), appraisal(2, "1.2", 3)};
    const std::string h = html(w);
    // 1.1: self 1, appraised 0.5 → −0.5; 1.2: self 0, appraised 3 → +3; 2.1 not appraised.
    const auto p = report::unit_points("phong-noi-vu", w.rules, w.j);
    ASSERT_EQ(p.appraised.size(), 2u);
    EXPECT_EQ(p.appraised[0].criterion, "1.1");
    EXPECT_DOUBLE_EQ(p.appraised[0].self, 1);
    EXPECT_DOUBLE_EQ(p.appraised[0].appraised, 0.5);
    EXPECT_DOUBLE_EQ(p.appraised[0].difference, -0.5);
    EXPECT_EQ(p.appraised[1].criterion, "1.2");
    EXPECT_DOUBLE_EQ(p.appraised[1].difference, 3);
    EXPECT_TRUE(has(h, "Điểm thẩm định của tỉnh"));
    EXPECT_TRUE(has(h, "Province&#39;s appraised score") || has(h, "Province's appraised score"));
    EXPECT_TRUE(has(h, "<td>1.1</td><td>1</td><td>0.5</td><td><b>-0.5</b></td>"));
    EXPECT_TRUE(has(h, "<td>1.2</td><td>0</td><td>3</td><td>+3</td>"));
    EXPECT_FALSE(has(h, "<td>2.1</td><td>0</td>"));
    auto o = report::submission_report_json(w.subs[0], w.rules, w.j);
    auto a = o->getObject("points")->getArray("appraisal");
    ASSERT_TRUE(a);
    ASSERT_EQ(a->size(), 2u);
    EXPECT_EQ(a->getObject(0)->getValue<std::string>("appraised"), "0.5");
    EXPECT_EQ(a->getObject(0)->getValue<std::string>("difference"), "-0.5");
    EXPECT_EQ(a->getObject(1)->getValue<std::string>("self"), "0");
    EXPECT_FALSE(a->getObject(1)->getValue<bool>("derived"));
    // Another unit's appraisal is not this report's.
    World other;
    other.j.appraisals = {appraisal(1, "1.1", 0.5)};
    other.j.appraisals[0].unit = "ubnd-khac";
    EXPECT_FALSE(has(html(other), "Điểm thẩm định"));
}

TEST(ReportAppraisal, NothingChangesWithoutAnImport) {
    World w;
    const std::string h = html(w);
    EXPECT_FALSE(has(h, "Điểm thẩm định"));
    EXPECT_FALSE(has(h, "class=\"appraised\""));
    auto o = report::submission_report_json(w.subs[0], w.rules, w.j);
    EXPECT_FALSE(o->getObject("points")->has("appraisal"));
}

// ---- a routed submission: owed and points from its own rule set's verdicts -----------------

TEST(Report, RoutedRuleSetsUnitsNotThePrimarys) {
    World w;
    w.verdicts();
    // Another rule set (say the 2023 one) where phong-noi-vu owes only 9.9/sp1.
    rules::RuleSet other = w.rules;
    other.id = "test-2023";
    rules::Criterion c99;
    c99.code = "9.9", c99.title = "Khác", c99.points = 4, c99.group = "9";
    c99.products = {product("9.9/sp1", "Báo cáo năm 2023", "2022-12-20")};
    c99.products[0].lead_agencies = {"phong-noi-vu"};
    other.criteria = {c99};
    judge::UnitVerdict uv;
    uv.unit = other.unit("ubnd-quang-dien");
    judge::CriterionVerdict cv;
    cv.criterion = &other.criteria[0];
    cv.points_max = 4;
    cv.status = "not_due";
    judge::ProductVerdict pv;
    pv.product = &other.criteria[0].products[0];
    pv.status = "not_due";
    pv.due = pv.product->deadline.due;
    cv.products = {pv};
    uv.criteria = {cv};
    w.j.rule_sets = {{&w.rules, 1, 0, w.j.units}, {&other, 1, 0, {uv}}};
    w.subs[0].rules = "test-2023";
    auto owed = report::owed_view("phong-noi-vu", other, w.j);
    ASSERT_EQ(owed.size(), 1u);
    EXPECT_EQ(owed[0].product->id, "9.9/sp1");
    EXPECT_EQ(report::unit_points("phong-noi-vu", other, w.j).max, 4);
    const auto h = report::submission_report_html(w.subs[0], other, w.j);
    EXPECT_TRUE(has(h, "9.9/sp1: Báo cáo năm 2023"));
    EXPECT_FALSE(has(h, "1.2/sp3: Báo cáo quý I"));
    // The primary's submissions still see the primary's verdicts.
    EXPECT_EQ(report::owed_view("phong-noi-vu", w.rules, w.j).size(), 4u);
}

// ---- small pieces ----------------------------------------------------------------------

struct TimeCase {
    const char* in;
    const char* out;
};
class DatetimeViTest : public ::testing::TestWithParam<TimeCase> {};
TEST_P(DatetimeViTest, Formats) { EXPECT_EQ(report::datetime_vi(GetParam().in), GetParam().out); }
INSTANTIATE_TEST_SUITE_P(Report, DatetimeViTest,
                         ::testing::Values(TimeCase{"2022-01-04T09:30:00+07:00", "04/01/2022 09:30"},
                                           TimeCase{"2022-01-04T20:30:00Z", "05/01/2022 03:30"},
                                           TimeCase{"2022-12-31T18:00:00+00:00", "01/01/2023 01:00"},
                                           TimeCase{"2022-03-01T01:00:00+09:00", "28/02/2022 23:00"},
                                           TimeCase{"2022-01-04T09:30:00.123+07:00", "04/01/2022 09:30"},
                                           TimeCase{"2022-01-04T09:30", "04/01/2022 09:30"},
                                           TimeCase{"không rõ", "không rõ"},
                                           TimeCase{"2022-02-30T09:30:00+07:00", "2022-02-30T09:30:00+07:00"}));

TEST(ReportText, SignerName) {
    EXPECT_EQ(report::signer_name("CN=UBND HUYỆN QUẢNG ĐIỀN (TEST), O=UBND, C=VN"), "UBND HUYỆN QUẢNG ĐIỀN (TEST)");
    EXPECT_EQ(report::signer_name("/C=VN/CN=Nguyễn Văn A/O=X"), "Nguyễn Văn A");
    EXPECT_EQ(report::signer_name("O=X, C=VN"), "O=X, C=VN");
}

}  // namespace
