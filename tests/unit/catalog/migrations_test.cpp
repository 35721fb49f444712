// The schema is a chain: a v1 database keeps its rows when upgraded, a newer
// database is refused without being touched.
#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "catalog/migrations.h"
#include "catalog_fixture.h"

namespace kc::test {
namespace {

using namespace Poco::Data::Keywords;

TEST(Migrations, VersionsAreConsecutiveFromOne) {
    const auto& ms = catalog::migrations();
    ASSERT_FALSE(ms.empty());
    for (std::size_t i = 0; i < ms.size(); ++i) {
        EXPECT_EQ(ms[i].version, static_cast<int>(i) + 1);
        EXPECT_FALSE(ms[i].description.empty());
        EXPECT_FALSE(ms[i].statements.empty());
    }
    EXPECT_EQ(Catalog::latest_schema_version(), ms.back().version);
    EXPECT_GE(Catalog::latest_schema_version(), 2);  // the chain is exercised below
}

TEST_F(CatalogTest, NewDatabaseIsAtLatestVersion) {
    auto c = open_ok();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->schema_version(), Catalog::latest_schema_version());
    EXPECT_EQ(count("SELECT COUNT(*) FROM schema_version"), Catalog::latest_schema_version());
}

TEST_F(CatalogTest, V1DatabaseIsUpgradedInPlaceAndKeepsItsRows) {
    Submission s = sample_submission("S1");
    Document d1 = sample_document("D1", "S1", "TC 1.1.1/Kế hoạch.pdf");
    Document d2 = sample_document("D2", "S1", "TC 2.1/Báo cáo.pdf");
    d2.sha256.reset();
    {
        auto v1 = open_ok(1);
        ASSERT_TRUE(v1);
        EXPECT_EQ(v1->schema_version(), 1);
        v1->insert_submission(s);
        v1->insert_document(d2);
        v1->insert_document(d1);
        v1->store_cached("extract", "ab", "1", "{\"ok\":true}");
        v1->set_meta("last_nightly_run", "2022-12-15T02:00:00+07:00");
    }
    EXPECT_EQ(count("SELECT MAX(version) FROM schema_version"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents_submission'"), 0);

    auto c = open_ok();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->schema_version(), Catalog::latest_schema_version());
    EXPECT_EQ(count("SELECT MAX(version) FROM schema_version"), Catalog::latest_schema_version());
    EXPECT_EQ(count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents_submission'"), 1);

    auto back = c->submission("S1");
    ASSERT_TRUE(back);
    expect_equal(*back, s);
    auto docs = c->documents_of("S1");
    ASSERT_EQ(docs.size(), 2u);
    expect_equal(docs[0], d1);
    expect_equal(docs[1], d2);
    EXPECT_EQ(c->cached("extract", "ab", "1"), "{\"ok\":true}");
    EXPECT_EQ(c->meta("last_nightly_run"), "2022-12-15T02:00:00+07:00");
}

TEST_F(CatalogTest, ReopeningAtLatestRunsNothingTwice) {
    { ASSERT_TRUE(open_ok()); }
    auto c = open_ok();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->schema_version(), Catalog::latest_schema_version());
    EXPECT_EQ(count("SELECT COUNT(*) FROM schema_version"), Catalog::latest_schema_version());
}

TEST_F(CatalogTest, NewerDatabaseIsRefusedAndLeftAlone) {
    {
        auto c = open_ok();
        ASSERT_TRUE(c);
        c->insert_submission(sample_submission("S1"));
    }
    {
        auto s = raw();
        s << "INSERT INTO schema_version (version, description, applied_at)"
             " VALUES (99, 'from the future', '2030-01-01T00:00:00+07:00')",
            now;
    }
    auto r = Catalog::open(m_db);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, "SCHEMA_TOO_NEW");
    EXPECT_NE(r.error().detail.find("99"), std::string::npos);
    EXPECT_EQ(count("SELECT MAX(version) FROM schema_version"), 99);
    EXPECT_EQ(count("SELECT COUNT(*) FROM submissions"), 1);
}

}  // namespace
}  // namespace kc::test
