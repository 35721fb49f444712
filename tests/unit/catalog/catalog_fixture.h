// Shared by the catalog tests: a fresh temp directory per test, sample model
// values with Vietnamese text, field-by-field equality, and a raw SQLite look
// at the file (independent of the Catalog code under test).
#pragma once
#include <gtest/gtest.h>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "catalog/catalog.h"
#include "core/model_json.h"

namespace kc::test {

class CatalogTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string tmpl = (std::filesystem::temp_directory_path() / "kc-catalog-XXXXXX").string();
        ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
        m_dir = tmpl;
        m_db = m_dir / "catalog.db";
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::unique_ptr<Catalog> open_ok(int max_version = Catalog::latest_schema_version()) {
        auto r = Catalog::open(m_db, max_version);
        if (!r) ADD_FAILURE() << r.error().code << ": " << r.error().detail;
        return r ? std::move(r.value()) : nullptr;
    }

    // A second connection straight through Poco, to check what is really on disk.
    Poco::Data::Session raw() {
        Poco::Data::SQLite::Connector::registerConnector();
        return Poco::Data::Session("SQLite", m_db.string());
    }
    int count(const std::string& sql) {
        using namespace Poco::Data::Keywords;
        int n = -1;
        auto s = raw();
        s << sql, into(n), now;
        return n;
    }

    std::filesystem::path m_dir;
    std::filesystem::path m_db;
};

inline Submission sample_submission(const std::string& id, const std::string& received_at = "2022-12-15T08:30:00+07:00",
                                    const std::string& sha256 = "ab12") {
    Submission s;
    s.id = id;
    s.unit = "XA_QUANG_THANH";
    s.file = "Hồ sơ CCHC xã Quảng Thành 2022.zip";
    s.sha256 = sha256;
    s.received_at = received_at;
    s.rules = "thua-thien-hue-2022";
    s.status = "accepted";
    s.reasons = {make_reason(ReasonCode::NAME_ENCODING, "CP437 → UTF-8")};
    return s;
}

inline Document sample_document(const std::string& id, const std::string& submission, const std::string& path) {
    Document d;
    d.id = id;
    d.sha256 = "c0ffee" + id;
    d.submission = submission;
    d.submitted_by = "XA_QUANG_THANH";
    d.path_in_archive = path;
    d.format = "pdf";
    d.text_source = "text_layer";
    d.pages = 3;
    d.header = {"ỦY BAN NHÂN DÂN XÃ QUẢNG THÀNH", "191", "KH-UBND", "KH", "Quảng Thành", "2021-12-30",
                "Kế hoạch cải cách hành chính năm 2022", "Nguyễn Văn Ánh", "2022"};
    d.classification = {"1.1.1", "1.1.1/sp1", 0.87, "classified", {"thư mục \"TC 1.1.1\"", "trích yếu: kế hoạch CCHC"}};
    d.classifications = {d.classification, {"1.2", "", 0.25, "needs_review", {"từ khóa: kiểm tra"}}};
    SignerInfo signer;  // by name: the signature stage keeps adding fields
    signer.status = "valid";
    signer.subject = "CN=Nguyễn Văn Ánh, O=UBND xã Quảng Thành";
    signer.issuer = "CN=VGCA";
    signer.signed_at = "2021-12-30T16:05:00+07:00";
    signer.time_source = "timestamp";
    signer.notes = {"chứng thư còn hiệu lực"};
    signer.subfilter = "ETSI.CAdES.detached";
    signer.agency_or_person = "agency";
    signer.byte_range = {0, 1200, 9400, 3300000000LL};  // offsets beyond 2^31 survive
    signer.whole_file = true;
    signer.later_changes = {"thêm chú thích"};
    d.signature = {"valid", {signer}};
    d.verdict = "accepted";
    d.reasons = {make_reason(ReasonCode::LATE_DOCUMENT_DATE, "30/12/2021 > 25/12/2021"),
                 make_reason(ReasonCode::SIGNATURE_UNTRUSTED)};
    d.refused = false;
    return d;
}

inline void expect_equal(const std::vector<Reason>& a, const std::vector<Reason>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].code, b[i].code);
        EXPECT_EQ(a[i].vi, b[i].vi);
        EXPECT_EQ(a[i].en, b[i].en);
        EXPECT_EQ(a[i].hint, b[i].hint);
        EXPECT_EQ(a[i].hint_en, b[i].hint_en);
        EXPECT_EQ(a[i].detail, b[i].detail);
    }
}

inline void expect_equal(const Submission& a, const Submission& b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.unit, b.unit);
    EXPECT_EQ(a.file, b.file);
    EXPECT_EQ(a.sha256, b.sha256);
    EXPECT_EQ(a.received_at, b.received_at);
    EXPECT_EQ(a.rules, b.rules);
    EXPECT_EQ(a.status, b.status);
    expect_equal(a.reasons, b.reasons);
}

inline void expect_equal(const Classification& a, const Classification& b) {
    EXPECT_EQ(a.criterion, b.criterion);
    EXPECT_EQ(a.product, b.product);
    EXPECT_DOUBLE_EQ(a.confidence, b.confidence);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.signals, b.signals);
}

inline void expect_equal(const Document& a, const Document& b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.sha256, b.sha256);
    EXPECT_EQ(a.submission, b.submission);
    EXPECT_EQ(a.submitted_by, b.submitted_by);
    EXPECT_EQ(a.path_in_archive, b.path_in_archive);
    EXPECT_EQ(a.format, b.format);
    EXPECT_EQ(a.text_source, b.text_source);
    EXPECT_EQ(a.pages, b.pages);
    EXPECT_EQ(a.header.issuer, b.header.issuer);
    EXPECT_EQ(a.header.number, b.header.number);
    EXPECT_EQ(a.header.symbol, b.header.symbol);
    EXPECT_EQ(a.header.type, b.header.type);
    EXPECT_EQ(a.header.place, b.header.place);
    EXPECT_EQ(a.header.date, b.header.date);
    EXPECT_EQ(a.header.subject, b.header.subject);
    EXPECT_EQ(a.header.signer, b.header.signer);
    EXPECT_EQ(a.header.period, b.header.period);
    expect_equal(a.classification, b.classification);
    ASSERT_EQ(a.classifications.size(), b.classifications.size());
    for (std::size_t i = 0; i < a.classifications.size(); ++i) expect_equal(a.classifications[i], b.classifications[i]);
    EXPECT_EQ(a.signature.status, b.signature.status);
    ASSERT_EQ(a.signature.signers.size(), b.signature.signers.size());
    for (std::size_t i = 0; i < a.signature.signers.size(); ++i) {
        const auto& x = a.signature.signers[i];
        const auto& y = b.signature.signers[i];
        EXPECT_EQ(x.status, y.status);
        EXPECT_EQ(x.subject, y.subject);
        EXPECT_EQ(x.issuer, y.issuer);
        EXPECT_EQ(x.signed_at, y.signed_at);
        EXPECT_EQ(x.time_source, y.time_source);
        EXPECT_EQ(x.notes, y.notes);
        EXPECT_EQ(x.byte_range, y.byte_range);
        EXPECT_EQ(x.whole_file, y.whole_file);
        EXPECT_EQ(x.later_changes, y.later_changes);
    }
    // Whatever else model_json carries must come back too.
    EXPECT_EQ(json::stringify(json::to_json(a.signature)), json::stringify(json::to_json(b.signature)));
    EXPECT_EQ(json::stringify(json::to_json(a.header)), json::stringify(json::to_json(b.header)));
    EXPECT_EQ(a.verdict, b.verdict);
    expect_equal(a.reasons, b.reasons);
    EXPECT_EQ(a.refused, b.refused);
}

}  // namespace kc::test
