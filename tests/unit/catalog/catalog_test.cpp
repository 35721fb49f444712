// Catalog behaviour on a real SQLite file: round trips, ordering, transactions,
// duplicate lookup, caches, meta and the connection settings.
#include <gtest/gtest.h>

#include <stdexcept>

#include "catalog/catalog.h"
#include "catalog_fixture.h"

namespace kc::test {
namespace {

TEST_F(CatalogTest, SubmissionRoundTripKeepsEveryField) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    Submission s = sample_submission("S20221215-ab12");
    c->insert_submission(s);
    auto back = c->submission(s.id);
    ASSERT_TRUE(back);
    expect_equal(*back, s);
    EXPECT_FALSE(c->submission("S-missing"));
}

TEST_F(CatalogTest, DocumentRoundTripWithVietnameseTextSignatureAndClassifications) {
    Submission s = sample_submission("S1");
    Document d = sample_document("D1", "S1", "TC 1.1.1/Kế hoạch CCHC 2022.pdf");
    {
        auto c = open_ok();
        ASSERT_TRUE(c);
        c->insert_submission(s);
        c->insert_document(d);
    }
    auto c = open_ok();  // read back through a fresh connection: it is on disk
    ASSERT_TRUE(c);
    auto docs = c->documents_of("S1");
    ASSERT_EQ(docs.size(), 1u);
    expect_equal(docs[0], d);
    auto all = c->documents();
    ASSERT_EQ(all.size(), 1u);
    expect_equal(all[0], d);
}

TEST_F(CatalogTest, EmptyAndDefaultPartsRoundTrip) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    Submission s = sample_submission("S1");
    s.reasons.clear();
    c->insert_submission(s);
    Document d;  // everything default: unreadable entry, refused
    d.id = "D0";
    d.submission = "S1";
    d.path_in_archive = "bí mật.pdf";
    d.verdict = "refused";
    d.refused = true;
    c->insert_document(d);
    auto docs = c->documents_of("S1");
    ASSERT_EQ(docs.size(), 1u);
    expect_equal(docs[0], d);
    expect_equal(*c->submission("S1"), s);
}

TEST_F(CatalogTest, NullSha256IsStoredAsSqlNull) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    c->insert_submission(sample_submission("S1"));
    Document d = sample_document("D1", "S1", "hỏng.pdf");
    d.sha256.reset();
    c->insert_document(d);
    auto docs = c->documents_of("S1");
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_FALSE(docs[0].sha256.has_value());
    EXPECT_EQ(count("SELECT COUNT(*) FROM documents WHERE sha256 IS NULL"), 1);
}

TEST_F(CatalogTest, ListingsAreOrderedByArrivalThenPath) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    // Inserted out of order on purpose.
    c->insert_submission(sample_submission("S-late", "2022-12-20T09:00:00+07:00"));
    c->insert_submission(sample_submission("S-b", "2022-12-01T09:00:00+07:00"));
    c->insert_submission(sample_submission("S-a", "2022-12-01T09:00:00+07:00"));
    c->insert_document(sample_document("D3", "S-late", "a.pdf"));
    c->insert_document(sample_document("D2", "S-a", "z.pdf"));
    c->insert_document(sample_document("D1", "S-a", "b.pdf"));
    c->insert_document(sample_document("D4", "S-b", "a.pdf"));

    std::vector<std::string> ids;
    for (const auto& s : c->submissions()) ids.push_back(s.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"S-a", "S-b", "S-late"}));
    ids.clear();
    for (const auto& d : c->documents()) ids.push_back(d.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"D1", "D2", "D4", "D3"}));
    ids.clear();
    for (const auto& d : c->documents_of("S-a")) ids.push_back(d.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"D1", "D2"}));
    EXPECT_TRUE(c->documents_of("S-none").empty());
}

TEST_F(CatalogTest, UpdateSubmissionChangesStatusAndReasonsOnly) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    Submission s = sample_submission("S1");
    c->insert_submission(s);
    Submission changed = s;
    changed.status = "rejected";
    changed.reasons = {make_reason(ReasonCode::EMPTY_SUBMISSION)};
    changed.unit = "SOMETHING_ELSE";  // not part of an update
    c->update_submission(changed);
    auto back = c->submission("S1");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->status, "rejected");
    expect_equal(back->reasons, changed.reasons);
    EXPECT_EQ(back->unit, s.unit);

    Submission unknown = sample_submission("S-unknown");
    EXPECT_THROW(c->update_submission(unknown), CatalogError);
}

TEST_F(CatalogTest, BrokenInvariantsThrowCatalogError) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    c->insert_submission(sample_submission("S1"));
    EXPECT_THROW(c->insert_submission(sample_submission("S1")), CatalogError);  // same id
    try {
        c->insert_document(sample_document("D1", "S-not-inserted", "a.pdf"));  // foreign key
        ADD_FAILURE() << "expected CatalogError";
    } catch (const CatalogError& e) {
        EXPECT_EQ(e.code(), "INTERNAL_ERROR");
    }
    EXPECT_TRUE(c->documents().empty());
}

TEST_F(CatalogTest, TransactionRollbackLeavesNothing) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    EXPECT_THROW(c->transaction([&] {
        c->insert_submission(sample_submission("S1"));
        c->insert_document(sample_document("D1", "S1", "a.pdf"));
        c->store_cached("extract", "ab", "1", "{}");
        c->set_meta("last_run", "x");
        throw std::runtime_error("stage failed");
    }),
                 std::runtime_error);
    EXPECT_TRUE(c->submissions().empty());
    EXPECT_TRUE(c->documents().empty());
    EXPECT_FALSE(c->cached("extract", "ab", "1"));
    EXPECT_FALSE(c->meta("last_run"));
    // The connection is usable afterwards and a nested, failing inner call
    // aborts the whole outer transaction.
    EXPECT_THROW(c->transaction([&] {
        c->insert_submission(sample_submission("S2"));
        c->transaction([&] { throw std::runtime_error("inner"); });
    }),
                 std::runtime_error);
    EXPECT_TRUE(c->submissions().empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM submissions"), 0);
}

TEST_F(CatalogTest, TransactionCommitKeepsEverything) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    c->transaction([&] {
        c->insert_submission(sample_submission("S1"));
        c->transaction([&] { c->insert_document(sample_document("D1", "S1", "a.pdf")); });
    });
    EXPECT_EQ(count("SELECT COUNT(*) FROM submissions"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM documents"), 1);
}

TEST_F(CatalogTest, FirstSubmissionWithSha256IsEarliestNonDuplicate) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    EXPECT_FALSE(c->first_submission_with_sha256("ff"));
    Submission dup = sample_submission("S0", "2022-11-30T08:00:00+07:00", "ff");
    dup.status = "duplicate";  // a duplicate never counts as the original
    c->insert_submission(dup);
    EXPECT_FALSE(c->first_submission_with_sha256("ff"));
    c->insert_submission(sample_submission("S2", "2022-12-02T08:00:00+07:00", "ff"));
    c->insert_submission(sample_submission("S1", "2022-12-01T08:00:00+07:00", "ff"));
    c->insert_submission(sample_submission("S9", "2022-11-01T08:00:00+07:00", "other"));
    auto first = c->first_submission_with_sha256("ff");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->id, "S1");
}

TEST_F(CatalogTest, CacheHitsOnlyForTheSameStageContentAndVersion) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    const std::string json = R"({"text":"Kế hoạch cải cách hành chính"})";
    EXPECT_FALSE(c->cached("extract", "ab", "poppler-22.02/1"));
    c->store_cached("extract", "ab", "poppler-22.02/1", json);
    EXPECT_EQ(c->cached("extract", "ab", "poppler-22.02/1"), json);
    EXPECT_FALSE(c->cached("extract", "ab", "poppler-23.01/1"));  // new stage version: miss
    EXPECT_FALSE(c->cached("signature", "ab", "poppler-22.02/1"));
    EXPECT_FALSE(c->cached("extract", "cd", "poppler-22.02/1"));
    c->store_cached("extract", "ab", "poppler-22.02/1", "{}");  // recomputed: replaced
    EXPECT_EQ(c->cached("extract", "ab", "poppler-22.02/1"), "{}");
    EXPECT_EQ(count("SELECT COUNT(*) FROM cache"), 1);
}

TEST_F(CatalogTest, MetaSetAndOverwrite) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    EXPECT_FALSE(c->meta("last_nightly_run"));
    c->set_meta("last_nightly_run", "2022-12-15T02:00:00+07:00");
    c->set_meta("last_nightly_run", "2022-12-16T02:00:00+07:00");
    EXPECT_EQ(c->meta("last_nightly_run"), "2022-12-16T02:00:00+07:00");
}

TEST_F(CatalogTest, DatabaseIsInWalMode) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    using namespace Poco::Data::Keywords;
    auto s = raw();
    std::string mode;
    s << "PRAGMA journal_mode", into(mode), now;  // WAL is persistent in the file
    EXPECT_EQ(mode, "wal");
    EXPECT_TRUE(std::filesystem::exists(m_dir / "catalog.db-wal"));
}

TEST_F(CatalogTest, OpenFailuresAreErrorValues) {
    auto missing_dir = Catalog::open(m_dir / "no-such-dir" / "catalog.db");
    ASSERT_FALSE(missing_dir);
    EXPECT_EQ(missing_dir.error().code, "CATALOG_UNAVAILABLE");

    std::filesystem::path garbage = m_dir / "garbage.db";
    {
        std::FILE* f = std::fopen(garbage.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::string junk(8192, 'x');
        std::fwrite(junk.data(), 1, junk.size(), f);
        std::fclose(f);
    }
    auto not_db = Catalog::open(garbage);
    ASSERT_FALSE(not_db);
    EXPECT_EQ(not_db.error().code, "CATALOG_UNAVAILABLE");
    EXPECT_THROW(Catalog::open(m_db, 0), std::invalid_argument);
    EXPECT_THROW(Catalog::open(m_db, Catalog::latest_schema_version() + 1), std::invalid_argument);
}

}  // namespace
}  // namespace kc::test
