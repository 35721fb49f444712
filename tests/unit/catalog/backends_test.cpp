// The catalog on both backends: the same tests against a SQLite file and against
// PostgreSQL (KC_PG_URL, set by tests/pg/pg_cluster.sh; the PostgreSQL cases are
// skipped when it is unset). Each PostgreSQL case runs in a schema of its own.
// Plus the pure translation rules of catalog/dialect.h.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "catalog/catalog.h"
#include "catalog/dialect.h"
#include "catalog/migrations.h"
#include "backend_fixture.h"
#include "catalog_fixture.h"

namespace kc::test {
namespace {

using namespace Poco::Data::Keywords;

// A fresh place for one test (backend_fixture.h): a SQLite file in a temp dir, or a new
// PostgreSQL schema reached through the URL's search_path option.
using Backends = OnBackend;

TEST_P(Backends, MigratesToLatestOnceAndReopens) {
    {
        auto c = open();
        ASSERT_TRUE(c);
        EXPECT_EQ(c->schema_version(), Catalog::latest_schema_version());
        EXPECT_EQ(c->is_postgresql(), GetParam() == catalog::Backend::postgresql);
    }
    auto again = open();
    ASSERT_TRUE(again);
    EXPECT_EQ(count("SELECT COUNT(*) FROM schema_version"), Catalog::latest_schema_version());
}

TEST_P(Backends, OlderSchemaIsUpgradedKeepingRows) {
    Submission s = sample_submission("S1");
    {
        auto v1 = open(1);
        ASSERT_TRUE(v1);
        v1->insert_submission(s);
        v1->store_cached("extract", "ab", "1", "{\"ok\":true}");
    }
    EXPECT_EQ(count("SELECT MAX(version) FROM schema_version"), 1);
    auto c = open();
    ASSERT_TRUE(c);
    EXPECT_EQ(count("SELECT MAX(version) FROM schema_version"), Catalog::latest_schema_version());
    auto back = c->submission("S1");
    ASSERT_TRUE(back);
    expect_equal(*back, s);
    EXPECT_EQ(c->cached("extract", "ab", "1"), "{\"ok\":true}");
}

TEST_P(Backends, RoundTripsSubmissionsAndDocumentsInByteOrder) {
    auto c = open();
    ASSERT_TRUE(c);
    Submission s = sample_submission("S1");
    Document d1 = sample_document("D1", "S1", "TC 1.1.1/Kế hoạch.pdf");
    Document d2 = sample_document("D2", "S1", "Tc 2.1/báo cáo.pdf");  // 'c' > 'C' in byte order
    Document d3 = sample_document("D3", "S1", "TC 1.1.1/Ánh.pdf");
    d2.sha256.reset();
    c->transaction([&] {
        c->insert_submission(s);
        c->insert_document(d2);
        c->insert_document(d1);
        c->insert_document(d3);
    });
    auto docs = c->documents_of("S1");
    ASSERT_EQ(docs.size(), 3u);
    expect_equal(docs[0], d1);  // "TC 1.1.1/K" < "TC 1.1.1/\xC3" < "Tc"
    expect_equal(docs[1], d3);
    expect_equal(docs[2], d2);
    EXPECT_EQ(c->documents().size(), 3u);
    s.status = "rejected";
    c->update_submission(s);
    EXPECT_EQ(c->submission("S1")->status, "rejected");
    Submission unknown = sample_submission("S9");
    EXPECT_THROW(c->update_submission(unknown), CatalogError);
    EXPECT_THROW(c->insert_submission(s), CatalogError);  // the id exists
    EXPECT_EQ(c->first_submission_with_sha256("ab12")->id, "S1");
}

TEST_P(Backends, TransactionRollsBackEverything) {
    auto c = open();
    ASSERT_TRUE(c);
    EXPECT_THROW(c->transaction([&] {
        c->insert_submission(sample_submission("S1"));
        c->set_meta("k", "v");
        throw std::runtime_error("stop");
    }),
                 std::runtime_error);
    EXPECT_FALSE(c->submission("S1"));
    EXPECT_FALSE(c->meta("k"));
}

TEST_P(Backends, CacheMetaAndFenceKeys) {
    auto c = open();
    ASSERT_TRUE(c);
    c->store_cached("extract", "ab", "1", "{\"n\":1}");
    c->store_cached("extract", "ab", "1", "{\"n\":2}");  // replaces
    EXPECT_EQ(c->cached("extract", "ab", "1"), "{\"n\":2}");
    EXPECT_FALSE(c->cached("extract", "ab", "2"));
    c->set_meta("last", "a");
    c->set_meta("last", "b");
    EXPECT_EQ(c->meta("last"), "b");
    EXPECT_TRUE(c->insert_meta_if_absent("job.7", "S1"));
    EXPECT_FALSE(c->insert_meta_if_absent("job.7", "S2"));
    EXPECT_EQ(c->meta("job.7"), "S1");
}

TEST_P(Backends, FactsAreAppendOnlyWithIncreasingSeq) {
    auto c = open();
    ASSERT_TRUE(c);
    Fact f;
    f.kind = "unit_name";
    f.key = "XA_QUANG_THANH";
    f.value = "Xã Quảng Thành";
    f.action = "set";
    f.by = "Nguyễn Thị Hoa";
    Fact a = c->append_fact(f);
    Fact b = c->append_fact(f);
    EXPECT_LT(a.seq, b.seq);
    ASSERT_EQ(c->facts().size(), 2u);
    EXPECT_EQ(c->facts()[1].seq, b.seq);
    auto s = catalog::open_session(m_location);
    EXPECT_ANY_THROW((s << "UPDATE facts SET value = 'x'", now));
    EXPECT_ANY_THROW((s << "DELETE FROM facts", now));
    EXPECT_EQ(count("SELECT COUNT(*) FROM facts WHERE value = 'Xã Quảng Thành'"), 2);
}

INSTANTIATE_TEST_SUITE_P(Catalog, Backends, ::testing::Values(catalog::Backend::sqlite, catalog::Backend::postgresql),
                         [](const auto& info) {
                             return std::string(info.param == catalog::Backend::sqlite ? "SQLite" : "PostgreSQL");
                         });

TEST(Dialect, PlaceholdersOutsideQuotesOnly) {
    EXPECT_EQ(catalog::dollar_placeholders("SELECT a FROM t WHERE x = ? AND y = '?' AND z = ?"),
              "SELECT a FROM t WHERE x = $1 AND y = '?' AND z = $2");
    EXPECT_EQ(catalog::dollar_placeholders("SELECT \"a?\" , $$ ? $$, ?"), "SELECT \"a?\" , $$ ? $$, $1");
    EXPECT_EQ(catalog::dollar_placeholders("SELECT 'it''s ?', ?"), "SELECT 'it''s ?', $1");
}

TEST(Dialect, RuntimeStatementsInPostgreSQLSpelling) {
    EXPECT_EQ(catalog::to_postgresql("BEGIN IMMEDIATE"), "BEGIN");
    EXPECT_EQ(catalog::to_postgresql("SELECT last_insert_rowid()"), "SELECT lastval()");
    EXPECT_EQ(catalog::to_postgresql("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"),
              "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING");
}

TEST(Dialect, MigrationsTranslateForPostgreSQL) {
    EXPECT_EQ(catalog::ddl_to_postgresql("CREATE TABLE m (key TEXT PRIMARY KEY, v TEXT NOT NULL DEFAULT 'TEXT') WITHOUT ROWID"),
              "CREATE TABLE m (key TEXT COLLATE \"C\" PRIMARY KEY, v TEXT COLLATE \"C\" NOT NULL DEFAULT 'TEXT')");
    EXPECT_EQ(catalog::ddl_to_postgresql("CREATE TABLE f (seq INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER)"),
              "CREATE TABLE f (seq BIGSERIAL PRIMARY KEY, n INTEGER)");
    EXPECT_EQ(catalog::ddl_to_postgresql("CREATE TABLE c (k TEXT COLLATE \"C\" NOT NULL)"),
              "CREATE TABLE c (k TEXT COLLATE \"C\" NOT NULL)");  // never twice
    EXPECT_EQ(catalog::ddl_to_postgresql(
                  "CREATE TRIGGER f_u BEFORE UPDATE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only'); END"),
              "CREATE TRIGGER f_u BEFORE UPDATE ON facts FOR EACH ROW EXECUTE FUNCTION kc_refuse('facts are append-only')");
    // Every statement of the real chain comes out without SQLite-only words.
    for (const auto& m : catalog::migrations())
        for (auto sql : m.statements) {
            std::string pg = catalog::to_postgresql(sql);
            EXPECT_EQ(pg.find("AUTOINCREMENT"), std::string::npos) << pg;
            EXPECT_EQ(pg.find("WITHOUT ROWID"), std::string::npos) << pg;
            EXPECT_EQ(pg.find("RAISE(ABORT"), std::string::npos) << pg;
        }
    EXPECT_TRUE(catalog::is_postgresql("postgresql://kc@/kc?host=/tmp/x"));
    EXPECT_TRUE(catalog::is_postgresql("postgres://h/db"));
    EXPECT_FALSE(catalog::is_postgresql("/var/lib/kiemchung/catalog.sqlite"));
    EXPECT_EQ(catalog::libpq_conninfo("postgresql: host=/tmp dbname=kc"), "host=/tmp dbname=kc");
}

}  // namespace
}  // namespace kc::test
