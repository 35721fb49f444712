// tests/unit/report/index_stream_test.cpp — the streamed index (report/index_stream.h)
// is byte for byte the text of the Poco tree (report/index.h, pretty, + "\n")
// on a judgement that exercises every field: signers with every extension
// field, null hashes, empty arrays and objects, control characters and
// Vietnamese in strings, reasons with detail, decisions, `automatic`, facts,
// metric values, groups. A field added to one form and not the other fails here.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>

#include "core/model_json.h"
#include "judge/judge.h"
#include "report/index.h"
#include "report/index_stream.h"

namespace {

using namespace kc;

Date day(const char* iso) { return date::parse_iso(iso).value(); }

std::string tree_text(const rules::RuleSet& r, const std::vector<Submission>& s, const judge::Judgement& j) {
    return json::stringify(report::index_json(r, s, j), true) + "\n";
}

std::string stream_text(const rules::RuleSet& r, const std::vector<Submission>& s, const judge::Judgement& j) {
    std::ostringstream os;
    report::write_index_json(os, r, s, j);
    return os.str();
}

// First differing line, to make a failure readable.
std::string first_difference(const std::string& a, const std::string& b) {
    std::istringstream ia(a), ib(b);
    std::string la, lb;
    for (int n = 1;; ++n) {
        bool ga = static_cast<bool>(std::getline(ia, la)), gb = static_cast<bool>(std::getline(ib, lb));
        if (!ga && !gb) return "(same lines; sizes " + std::to_string(a.size()) + " vs " + std::to_string(b.size()) + ")";
        if (!ga || !gb || la != lb) return "line " + std::to_string(n) + ":\n tree:   " + la + "\n stream: " + lb;
    }
}

rules::Product product(const std::string& id, const char* due, const std::string& kind = "absolute") {
    rules::Product p;
    p.id = id;
    p.title = "Kế hoạch \"CCHC\", năm 2022\tcó tab";
    p.kinds = {"KH"};
    p.period = "2022";
    p.lead_agencies = {"phong-noi-vu"};
    p.expected_issuers = {"ubnd-quang-dien", "phong-noi-vu"};
    p.deadline.kind = kind;
    if (due) p.deadline.due = {day(due)};
    if (kind == "relative") p.deadline.event = "thong-bao-ket-luan";
    p.deadline.note = "Trước 15/12/2022 \\ ghi chú";
    return p;
}

rules::RuleSet rules_fixture() {
    rules::RuleSet r;
    r.id = "test-2022";
    r.year = 2022;
    r.sha256 = std::string(64, 'a');
    r.provenance = "provisional";
    r.units = {{"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true},
               {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {}, false}};
    rules::Criterion c1;
    c1.code = "1";
    c1.title = "Công tác chỉ đạo";
    c1.group = "1";
    c1.points = 0;
    r.criteria.push_back(c1);
    rules::Criterion c11;
    c11.code = "1.1";
    c11.title = "Kế hoạch CCHC";
    c11.group = "1";
    c11.points = 16.0 / 3.0;
    c11.scoring = "presence";
    c11.products = {product("1.1/sp1", "2022-01-05"), product("1.1/sp2", nullptr, "relative"),
                    product("1.1/sp3", nullptr, "by_request")};
    r.criteria.push_back(c11);
    rules::Criterion t;
    t.code = "2";
    t.title = "Tỷ lệ hồ sơ đúng hạn";
    t.group = "2";
    t.points = 2;
    t.scoring = "threshold";
    t.metric = "ty_le";
    r.criteria.push_back(t);
    return r;
}

Document document(const std::string& id, const std::string& product_id) {
    Document d;
    d.id = id;
    d.sha256 = std::string(63, 'c') + id.back();
    d.submission = "S1";
    d.submitted_by = "phong-noi-vu";
    d.path_in_archive = "1.1/kế hoạch \"số 1\"\n.pdf";
    d.format = "pdf";
    d.text_source = "text_layer";
    d.pages = 3;
    d.header.issuer = "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN";
    d.header.type = "KH";
    d.header.number = "191";
    d.header.symbol = "KH-UBND";
    d.header.date = "2022-01-04";
    d.header.period = "2022";
    d.header.recipients = {"Như trên", "Lưu: VT, NV"};     // optional fields (issue 6)
    d.header.confidence = {{"date", 0.95}, {"issuer", 0.9}, {"period", 0.855}};
    d.classification.product = product_id;
    d.classification.criterion = "1.1";
    d.classification.status = "classified";
    d.classification.confidence = 0.87;
    d.classification.signals = {"đường dẫn 1.1", "tiêu đề \u0001 lạ"};
    d.classifications = {d.classification};
    Classification second = d.classification;
    second.product = "1.1/sp3";
    second.confidence = 1.0 / 3.0;
    second.signals.clear();
    d.classifications.push_back(second);
    d.signature.status = "valid";
    SignerInfo s;
    s.status = "valid";
    s.subject = "CN=UBND huyện Quảng Điền, SERIALNUMBER=MST:****5678";
    s.issuer = "CN=Vietnam National CA";
    s.signed_at = "2022-01-04T09:41:07+07:00";
    s.time_source = "signing_time";
    s.notes = {"đã kiểm tra CRL"};
    s.field = "Signature1";
    s.subfilter = "adbe.pkcs7.detached";
    s.serial = "0A1B";
    s.not_before = "2021-01-01T00:00:00+07:00";
    s.not_after = "2024-01-01T00:00:00+07:00";
    s.agency_or_person = "agency";
    s.byte_range = {0, 1234, 5678, 9000000000LL};
    s.whole_file = true;
    s.signed_revision_is_last = false;
    s.later_changes = {"annotation", "form field"};
    s.unit = "ubnd-quang-dien";
    d.signature.signers = {s, SignerInfo{}};
    return d;
}

struct Fixture {
    rules::RuleSet rules = rules_fixture();
    std::vector<Submission> subs;
    judge::Judgement j;
    Fixture() {
        Submission s;
        s.id = "S1";
        s.unit = "phong-noi-vu";
        s.file = "hồ sơ, \"đợt 1\".zip";
        s.sha256 = std::string(64, 'b');
        s.received_at = "2022-01-03T09:00:00+07:00";
        s.rules = "test-2022";
        s.status = "damaged";
        s.reasons = {{"ARCHIVE_DAMAGED", "Tệp nén hỏng", "Archive damaged", "Nén lại", "Zip it again", "entry 3"}};
        subs = {s};
        Document refused;
        refused.id = "D9";
        refused.submission = "S1";
        refused.submitted_by = "phong-noi-vu";
        refused.path_in_archive = "../etc/passwd";
        refused.format = "unknown";
        refused.text_source = "none";
        refused.verdict = "refused";
        refused.refused = true;
        Document unsigned_doc = document("D2", "1.1/sp1");
        unsigned_doc.signature = SignatureResult{};
        unsigned_doc.header.date = "2022-02-01";
        judge::Inputs in;
        Fact metric;
        metric.seq = 1;
        metric.kind = "metric";
        metric.key = "2";
        metric.value = "93.62";
        metric.document = "D1";
        metric.by = "Nguyễn Văn A";
        metric.comment = "theo báo cáo\r\nquý IV";
        metric.at = "2022-12-01T08:00:00+07:00";
        Fact event = metric;
        event.seq = 2;
        event.kind = "event";
        event.key = "thong-bao-ket-luan";
        event.value = "2022-06-20";
        event.document = "";
        in.facts = {metric, event};
        Decision dc;
        dc.seq = 7;
        dc.document = "D2";
        dc.action = "accept";
        dc.product = "1.1/sp1";
        dc.by = "Trần Thị B";
        dc.comment = "đã đối chiếu bản gốc";
        dc.at = "2022-12-02T10:00:00+07:00";
        Decision corr = dc;
        corr.seq = 8;
        corr.action = "correct";
        corr.product.clear();
        corr.field = "date";
        corr.value = "2022-01-04";
        in.decisions = {dc, corr};
        j = judge::judge(rules, subs, {document("D1", "1.1/sp1"), unsigned_doc, refused}, day("2022-12-31"), in);
    }
};

TEST(IndexStream, SameBytesAsTheTree) {
    Fixture f;
    ASSERT_FALSE(f.j.automatic.empty()) << "the fixture should exercise `automatic`";
    ASSERT_FALSE(f.j.facts.empty());
    const auto tree = tree_text(f.rules, f.subs, f.j);
    const auto stream = stream_text(f.rules, f.subs, f.j);
    EXPECT_TRUE(tree == stream) << first_difference(tree, stream);
    // The fixture reaches the parts that differ most easily between printers.
    EXPECT_NE(stream.find("\\u0001"), std::string::npos);
    EXPECT_NE(stream.find("\\r\\n"), std::string::npos);
    EXPECT_NE(stream.find("9000000000"), std::string::npos);
    EXPECT_NE(stream.find("\"value\": \"93.62\""), std::string::npos);
    EXPECT_NE(stream.find("\"automatic\": {"), std::string::npos);
    EXPECT_NE(stream.find("[\n\n"), std::string::npos);  // an empty array, Poco's way
    EXPECT_NE(stream.find("\"recipients\": ["), std::string::npos);  // optional header fields
    EXPECT_NE(stream.find("\"period\": 0.855"), std::string::npos);
}

TEST(IndexStream, EmptyCatalogSameBytes) {
    Fixture f;
    auto j = judge::judge(f.rules, {}, {}, day("2022-01-01"));
    const auto tree = tree_text(f.rules, {}, j), stream = stream_text(f.rules, {}, j);
    EXPECT_TRUE(tree == stream) << first_difference(tree, stream);
}

TEST(IndexStream, CsvSameAsString) {
    Fixture f;
    std::ostringstream os;
    report::write_index_csv(os, f.rules, f.j);
    EXPECT_EQ(os.str(), report::index_csv(f.rules, f.j));
    EXPECT_EQ(os.str().substr(0, 3), "\xEF\xBB\xBF");
}

// The writer alone against Poco's printer: nesting, empties, numbers.
TEST(JsonStream, MatchesPocoPrettyPrinter) {
    auto o = json::ordered();
    o->set("empty_object", json::ordered());
    o->set("empty_array", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
    Poco::JSON::Array::Ptr nested = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr inner = new Poco::JSON::Array;
    nested->add(inner);
    nested->add(json::ordered());
    nested->add(0.1);
    nested->add(-2.5);
    nested->add(12.0);
    nested->add(1e-7);
    nested->add(static_cast<Poco::Int64>(-42));
    nested->add(true);
    nested->add(Poco::Dynamic::Var());
    nested->add(std::string("\"\\/\b\f\n\r\t\x1f ế"));
    o->set("nested", nested);
    const auto want = json::stringify(o, true);

    std::ostringstream os;
    report::JsonStream w(os);
    w.begin_object();
    w.key("empty_object").begin_object().end_object();
    w.key("empty_array").begin_array().end_array();
    w.key("nested").begin_array();
    w.begin_array().end_array();
    w.begin_object().end_object();
    w.number(0.1).number(-2.5).number(12.0).number(1e-7).integer(-42).boolean(true).null();
    w.string("\"\\/\b\f\n\r\t\x1f ế");
    w.end_array();
    w.end_object();
    EXPECT_TRUE(want == os.str()) << first_difference(want, os.str());
}

}  // namespace
