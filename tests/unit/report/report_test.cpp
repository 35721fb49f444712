// tests/unit/report/report_test.cpp — index.json / index.csv and the
// per-submission report, over a judgement made from a hand-built rule set.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <Poco/JSON/Array.h>

#include "core/model_json.h"
#include "judge/judge.h"
#include "report/html.h"
#include "report/index.h"
#include "report/submission_report.h"

namespace {

using namespace kc;
using kc::rules::Criterion;
using kc::rules::Product;
using kc::rules::RuleSet;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

Product product(const std::string& id, const std::string& title, const char* due, const std::string& lead) {
    Product p;
    p.id = id;
    p.title = title;
    p.kinds = {"KH"};
    p.period = "2022";
    p.lead_agencies = {lead};
    if (due) {
        p.deadline.kind = "absolute";
        p.deadline.due = {day(due)};
        p.deadline.note = "Trước " + date::vi(day(due));
    } else {
        p.deadline.kind = "by_request";
        p.deadline.note = "Theo yêu cầu";
    }
    return p;
}

Criterion criterion(const std::string& code, const std::string& title, double points, std::vector<Product> products,
                    const std::string& scoring = "presence") {
    Criterion c;
    c.code = code;
    c.title = title;
    c.group = code.substr(0, 1);
    c.points = points;
    c.scoring = scoring;
    c.products = std::move(products);
    return c;
}

// 1.1: one product, title with a comma and a quote; 1.2: three products led by
// phong-noi-vu with due dates out of order plus one by request; 2: threshold, no products.
RuleSet rules_fixture() {
    RuleSet r;
    r.id = "test-2022";
    r.year = 2022;
    r.sha256 = std::string(64, 'a');
    r.provenance = "provisional";
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false},
               {"phong-tu-phap", "Phòng Tư pháp", "office", "ubnd-quang-dien", {}, false}};
    r.criteria.push_back(criterion("1.1", "Kế hoạch CCHC", 1,
                                   {product("1.1/sp1", "Kế hoạch, \"CCHC\" năm 2022", "2022-01-05", "phong-noi-vu")}));
    r.criteria.push_back(criterion("1.2", "Báo cáo", 3,
                                   {product("1.2/sp1", "Báo cáo quý IV", "2022-12-15", "phong-noi-vu"),
                                    product("1.2/sp2", "Báo cáo theo yêu cầu", nullptr, "phong-noi-vu"),
                                    product("1.2/sp3", "Báo cáo quý I", "2022-03-15", "phong-noi-vu"),
                                    product("1.2/sp4", "Báo cáo của Phòng Tư pháp", "2022-01-01", "phong-tu-phap")}));
    Criterion t = criterion("2", "Tỷ lệ hồ sơ đúng hạn", 2, {}, "threshold");
    t.metric = "ty_le";
    r.criteria.push_back(t);
    return r;
}

Submission submission(const std::string& file) {
    Submission s;
    s.id = "S20220103-abc";
    s.unit = "phong-noi-vu";
    s.file = file;
    s.sha256 = std::string(64, 'b');
    s.received_at = "2022-01-03T09:00:00+07:00";
    s.rules = "test-2022";
    s.status = "accepted";
    return s;
}

Document document(const std::string& id, const std::string& path, const std::string& product_id) {
    Document d;
    d.id = id;
    d.sha256 = std::string(63, 'c') + id.back();
    d.submission = "S20220103-abc";
    d.submitted_by = "phong-noi-vu";
    d.path_in_archive = path;
    d.format = "pdf";
    d.pages = 1;
    d.header.type = "KH";
    d.header.number = "191";
    d.header.symbol = "KH-UBND";
    d.header.date = "2022-01-04";
    d.header.period = "2022";
    d.classification.product = product_id;
    d.classification.criterion = "1.1";
    d.classification.status = "classified";
    d.signature.status = "valid";
    return d;
}

struct Fixture {
    RuleSet rules = rules_fixture();
    std::vector<Submission> subs;
    judge::Judgement j;
    explicit Fixture(const std::string& file = "ho-so.zip", const std::string& path = "1.1/ke-hoach.pdf") {
        subs = {submission(file)};
        j = judge::judge(rules, subs, {document("D1", path, "1.1/sp1")}, day("2022-01-04"));
    }
};

// ---- format_points -------------------------------------------------------------

struct PointsCase {
    const char* name;
    double value;
    const char* text;
};

class FormatPointsTest : public ::testing::TestWithParam<PointsCase> {};

TEST_P(FormatPointsTest, Text) { EXPECT_EQ(report::format_points(GetParam().value), GetParam().text); }

INSTANTIATE_TEST_SUITE_P(Report, FormatPointsTest,
                         ::testing::Values(PointsCase{"Half", 0.5, "0.5"}, PointsCase{"Zero", 0, "0"},
                                           PointsCase{"NegativeZero", -0.0, "0"}, PointsCase{"TwoDecimals", 77.58, "77.58"},
                                           PointsCase{"Third", 4.0 / 3.0, "1.333"},
                                           PointsCase{"TwoThirds", 2.0 / 3.0, "0.667"},
                                           PointsCase{"Whole", 12.0, "12"}, PointsCase{"Quarter", 12.25, "12.25"},
                                           PointsCase{"TinyIsZero", 0.0004, "0"}),
                         [](const auto& info) { return std::string(info.param.name); });

// ---- CSV -------------------------------------------------------------------------

// RFC 4180 split of the CSV text into rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, in_field = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
        in_field = true;
    }
    (void)in_field;
    if (rows.back().empty() && field.empty()) rows.pop_back();
    else rows.back().push_back(field);
    return rows;
}

TEST(IndexCsv, BomHeaderAndCrlf) {
    Fixture f;
    std::string csv = report::index_csv(f.rules, f.j);
    ASSERT_GE(csv.size(), 3u);
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
    const std::string header =
        "unit,criterion,criterion_title,criterion_points_max,criterion_points_provisional,criterion_status,product,"
        "product_title,lead_agencies,expected_issuers,deadline_kind,due,product_status,evidence_documents,reasons\r\n";
    EXPECT_EQ(csv.substr(3, header.size()), header);
    EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
}

TEST(IndexCsv, QuotesCommaAndQuote) {
    Fixture f;
    std::string csv = report::index_csv(f.rules, f.j);
    EXPECT_NE(csv.find(",\"Kế hoạch, \"\"CCHC\"\" năm 2022\","), std::string::npos) << csv;
}

TEST(IndexCsv, OneRowPerProductAndOneForACriterionWithout) {
    Fixture f;
    auto rows = parse_csv(report::index_csv(f.rules, f.j).substr(3));
    ASSERT_EQ(rows.size(), 1u + 1u + 4u + 1u);  // header, 1.1/sp1, 1.2/sp1..4, criterion 2
    for (const auto& r : rows) EXPECT_EQ(r.size(), rows[0].size());
    EXPECT_EQ(rows[1][1], "1.1");
    EXPECT_EQ(rows[1][6], "1.1/sp1");
    EXPECT_EQ(rows[1][7], "Kế hoạch, \"CCHC\" năm 2022");
    EXPECT_EQ(rows[1][12], "accepted");
    EXPECT_EQ(rows[1][13], "D1:accepted");
    EXPECT_EQ(rows[1][11], "2022-01-05");
    EXPECT_EQ(rows[1][3], "1");
    EXPECT_EQ(rows[1][4], "1");
    const auto& last = rows.back();
    EXPECT_EQ(last[1], "2");
    EXPECT_EQ(last[5], "value_needed");
    EXPECT_EQ(last[6], "");
    EXPECT_EQ(last[14], "VALUE_NEEDED");
    int product_rows = 0;
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (!rows[i][6].empty()) ++product_rows;
    EXPECT_EQ(product_rows, 5);
}

// ---- index.json --------------------------------------------------------------------

std::vector<std::string> keys(const Poco::JSON::Object::Ptr& o) {
    std::vector<std::string> out;
    for (const auto& k : o->getNames()) out.push_back(k);
    return out;
}

void expect_keys(const Poco::JSON::Object::Ptr& o, const std::vector<std::string>& want, const std::string& where) {
    ASSERT_FALSE(o.isNull()) << where;
    for (const auto& k : want) EXPECT_TRUE(o->has(k)) << where << " lacks " << k;
}

TEST(IndexJson, ContractKeys) {
    Fixture f;
    auto text = json::stringify(report::index_json(f.rules, f.subs, f.j));
    auto root = json::parse_object(text);  // round trip through text, as readers see it
    expect_keys(root, {"schema", "generator", "rules", "as_of", "submissions", "units", "documents"}, "root");
    EXPECT_EQ(root->getValue<std::string>("schema"), report::k_index_schema);
    EXPECT_EQ(root->getValue<std::string>("as_of"), "2022-01-04");
    expect_keys(root->getObject("generator"), {"version"}, "generator");
    expect_keys(root->getObject("rules"), {"id", "year", "sha256"}, "rules");
    EXPECT_EQ(root->getObject("rules")->getValue<int>("year"), 2022);

    auto subs = root->getArray("submissions");
    ASSERT_EQ(subs->size(), 1u);
    expect_keys(subs->getObject(0), {"id", "unit", "file", "sha256", "received_at", "rules", "status", "reasons"},
                "submission");

    auto units = root->getArray("units");
    ASSERT_EQ(units->size(), 1u);
    auto unit = units->getObject(0);
    expect_keys(unit, {"unit", "name", "points_max", "points_provisional", "criteria"}, "unit");
    EXPECT_EQ(unit->getValue<std::string>("unit"), "ubnd-quang-dien");
    auto crits = unit->getArray("criteria");
    ASSERT_EQ(crits->size(), 3u);
    auto c = crits->getObject(0);
    expect_keys(c, {"code", "title", "points_max", "points_provisional", "status", "reasons", "products"}, "criterion");
    EXPECT_TRUE(c->get("points_max").isNumeric());
    auto p = c->getArray("products")->getObject(0);
    expect_keys(p, {"id", "title", "lead_agencies", "expected_issuers", "deadline", "status", "evidence", "reasons"},
                "product");
    expect_keys(p->getObject("deadline"), {"kind", "due", "event", "note"}, "deadline");
    EXPECT_TRUE(p->getObject("deadline")->isNull("event"));
    auto ev = p->getArray("evidence");
    ASSERT_EQ(ev->size(), 1u);
    expect_keys(ev->getObject(0), {"document", "sha256", "pages", "status"}, "evidence");

    auto docs = root->getArray("documents");
    ASSERT_EQ(docs->size(), 1u);
    expect_keys(docs->getObject(0),
                {"id", "sha256", "submission", "submitted_by", "path_in_archive", "format", "text_source", "header",
                 "classification", "classifications", "signature", "verdict", "reasons"},
                "document");
    EXPECT_EQ(docs->getObject(0)->getValue<std::string>("verdict"), "accepted");
}

TEST(IndexJson, KeyOrderIsStable) {
    Fixture f;
    auto root = report::index_json(f.rules, f.subs, f.j);
    // Issue 8 appended `facts` (officers' facts in force); the contract's keys keep their order.
    EXPECT_EQ(keys(root), (std::vector<std::string>{"schema", "generator", "rules", "as_of", "submissions", "units",
                                                    "documents", "facts"}));
    EXPECT_EQ(json::stringify(root), json::stringify(report::index_json(f.rules, f.subs, f.j)));
}

TEST(IndexJson, NullHashForUnreadableDocument) {
    Document d;
    d.id = "D9";
    auto o = report::document_json(d);
    EXPECT_TRUE(o->isNull("sha256"));
}

TEST(IndexJson, PointsSerialisedWithThreeDecimals) {
    Fixture f;
    f.rules.criteria[1].points = 16.0 / 3.0;  // 1.2: one of its four products accepted → 4/3
    Document d = document("D2", "x.pdf", "1.2/sp1");
    d.classification.criterion = "1.2";
    f.j = judge::judge(f.rules, f.subs, {d}, day("2022-01-04"));
    auto text = json::stringify(report::index_json(f.rules, f.subs, f.j));
    EXPECT_NE(text.find("\"points_max\":5.333,\"points_provisional\":1.333,"), std::string::npos) << text;
    EXPECT_EQ(text.find("1.3333"), std::string::npos);
    EXPECT_EQ(text.find("5.3333"), std::string::npos);
}

// ---- HTML report ---------------------------------------------------------------------

TEST(Html, EscapeHelper) {
    EXPECT_EQ(report::esc("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    EXPECT_EQ(report::esc("Phòng Nội vụ"), "Phòng Nội vụ");
    EXPECT_EQ(report::bi("Đạt", "<ok>"), "<span class=\"vi\">Đạt</span><span class=\"en\">&lt;ok&gt;</span>");
}

struct HtmlCase {
    const char* name;
    const char* file;
    const char* path;
    std::vector<const char*> present;
    std::vector<const char*> absent;
};

class SubmissionHtmlTest : public ::testing::TestWithParam<HtmlCase> {};

TEST_P(SubmissionHtmlTest, Content) {
    const auto& c = GetParam();
    Fixture f(c.file, c.path);
    std::string html = report::submission_report_html(f.subs[0], f.rules, f.j);
    for (const char* s : c.present) EXPECT_NE(html.find(s), std::string::npos) << "missing: " << s;
    for (const char* s : c.absent) EXPECT_EQ(html.find(s), std::string::npos) << "present: " << s;
}

INSTANTIATE_TEST_SUITE_P(
    Report, SubmissionHtmlTest,
    ::testing::Values(
        HtmlCase{"VietnameseLabels", "ho-so.zip", "1.1/ke-hoach.pdf",
                 {"<html lang=\"vi\">", "<meta charset=\"utf-8\">", "Kết quả kiểm tra tài liệu kiểm chứng",
                  "Đơn vị nộp", "Phòng Nội vụ", "Danh sách tệp", "Tài liệu đơn vị còn phải nộp", "Đạt",
                  "Chưa đến hạn", "04/01/2022", "Số 191/KH-UBND"},
                 {}},
        HtmlCase{"ScriptInFileNameEscaped", "<script>alert(1)</script>.zip", "<script>x</script>.pdf",
                 {"&lt;script&gt;alert(1)&lt;/script&gt;.zip", "&lt;script&gt;x&lt;/script&gt;.pdf"},
                 {"<script>"}},
        HtmlCase{"CccdInSubmissionFileMasked", "CCCD 012345678901.zip", "ke-hoach.pdf",
                 {"CCCD *********901.zip"},
                 {"012345678901"}},
        HtmlCase{"CccdInDocumentPathMasked", "ho-so.zip", "1.1/Nguyen Van A 079203001234.pdf",
                 {"Nguyen Van A *********234.pdf"},
                 {"079203001234"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(SubmissionJson, MasksIdentifiersToo) {
    Fixture f("CCCD 012345678901.zip", "1.1/079203001234.pdf");
    auto text = json::stringify(report::submission_report_json(f.subs[0], f.rules, f.j));
    EXPECT_EQ(text.find("012345678901"), std::string::npos) << text;
    EXPECT_EQ(text.find("079203001234"), std::string::npos) << text;
    EXPECT_NE(text.find("*********901"), std::string::npos) << text;
}

// ---- what a unit still owes ----------------------------------------------------------

TEST(OwedBy, SortedByDueDateUndatedLast) {
    Fixture f;
    auto owed = report::owed_by("phong-noi-vu", f.rules, f.j);
    std::vector<std::string> ids, dues;
    for (const auto& o : owed) {
        ids.push_back(o.product->id);
        dues.push_back(o.due);
    }
    // 1.1/sp1 is accepted (not owed); 1.2/sp4 is led by another unit.
    EXPECT_EQ(ids, (std::vector<std::string>{"1.2/sp3", "1.2/sp1", "1.2/sp2"}));
    EXPECT_EQ(dues, (std::vector<std::string>{"2022-03-15", "2022-12-15", ""}));
    ASSERT_EQ(owed.size(), 3u);
    EXPECT_EQ(owed[0].criterion, "1.2");
    EXPECT_EQ(owed[0].status, "not_due");
    EXPECT_EQ(owed[2].status, "no_deadline");
}

TEST(OwedBy, OtherUnit) {
    Fixture f;
    auto owed = report::owed_by("phong-tu-phap", f.rules, f.j);
    ASSERT_EQ(owed.size(), 1u);
    EXPECT_EQ(owed[0].product->id, "1.2/sp4");
    EXPECT_EQ(owed[0].status, "missing");  // due 2022-01-01, as of 2022-01-04
    EXPECT_TRUE(report::owed_by("ubnd-quang-dien", f.rules, f.j).empty());
}

}  // namespace
