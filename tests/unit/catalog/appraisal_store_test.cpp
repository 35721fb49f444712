// tests/unit/catalog/appraisal_store_test.cpp — the province's appraised scores
// (catalog/appraisal_store.h) on a real SQLite catalog: appended with who and
// when, exact points, a re-import supersedes per criterion and keeps history,
// and a catalog without the table (not migrated) is refused.
#include "catalog/appraisal_store.h"

#include "catalog_fixture.h"

namespace {

using namespace kc;

class AppraisalStoreTest : public kc::test::CatalogTest {};

Appraisal row(const std::string& criterion, double points, const std::string& source) {
    Appraisal a;
    a.unit = "ubnd-quang-dien";
    a.criterion = criterion;
    a.points = points;
    a.comment = "thiếu \"bản ký số\"";
    a.source = source;
    a.source_sha256 = std::string(64, 'c');
    a.by = "Trần Thị B";
    return a;
}

TEST_F(AppraisalStoreTest, AppendKeepHistoryLatestInForce) {
    auto c = open_ok();  // runs the migrations
    auto s = AppraisalStore::open(m_db);
    ASSERT_TRUE(s.ok()) << s.error().detail;
    auto first = (*s)->append({row("1.1.1", 0.25, "a.csv"), row("1.2", 0.333, "a.csv")});
    ASSERT_EQ(first.size(), 2u);
    EXPECT_LT(first[0].seq, first[1].seq);
    EXPECT_EQ(first[0].at.size(), 25u) << first[0].at;
    (*s)->append({row("1.1.1", 0.5, "b.xlsx")});
    auto again = AppraisalStore::open(m_db);
    auto all = (*again)->all();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_DOUBLE_EQ(all[1].points, 0.333);
    EXPECT_EQ(all[0].comment, "thiếu \"bản ký số\"");
    EXPECT_EQ(all[0].by, "Trần Thị B");
    auto in_force = appraisals_in_force(all);
    ASSERT_EQ(in_force.size(), 2u);
    EXPECT_DOUBLE_EQ(in_force.at({"ubnd-quang-dien", "1.1.1"}).points, 0.5);
    EXPECT_EQ(in_force.at({"ubnd-quang-dien", "1.1.1"}).source, "b.xlsx");
}

TEST_F(AppraisalStoreTest, RefusesACatalogWithoutTheTable) {
    { auto c = Catalog::open(m_db, 3); ASSERT_TRUE(c.ok()); }
    auto s = AppraisalStore::open(m_db);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "CATALOG_UNAVAILABLE");
    EXPECT_FALSE(AppraisalStore::open(m_db.parent_path() / "missing.sqlite").ok());
}

}  // namespace
