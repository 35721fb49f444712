// serve/change_probe.h on a real SQLite catalog: the stamp is stable while
// nothing changes and moves on every kind of change the dashboard must see
// (a new submission, a status update, a fact, an appraisal row). The same on
// PostgreSQL when KC_PG_URL names a throwaway database (tests/pg/pg_cluster.sh).
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include <cstdlib>
#include <filesystem>

#include "catalog/catalog.h"
#include "catalog/dialect.h"
#include "serve/change_probe.h"

using namespace kc;
using namespace Poco::Data::Keywords;

namespace {

void exercise(const std::string& db) {
    {
        auto c = Catalog::open(db);
        ASSERT_TRUE(c.ok()) << c.error().detail;
        auto& cat = *c.value();
        auto p = serve::ChangeProbe::open(db);
        ASSERT_TRUE(p.ok()) << p.error().detail;
        auto& probe = *p.value();
        const std::string empty = probe.stamp();
        EXPECT_EQ(probe.stamp(), empty);

        Submission s;
        s.id = "S1";
        s.unit = "phong-noi-vu";
        s.file = "nộp.zip";
        s.sha256 = std::string(64, 'a');
        s.received_at = "2022-03-11T08:00:00+07:00";
        s.rules = "cchc-2022";
        s.status = "received";
        cat.insert_submission(s);
        const std::string one = probe.stamp();
        EXPECT_NE(one, empty);
        EXPECT_EQ(probe.stamp(), one);

        s.status = "accepted";
        cat.update_submission(s);
        const std::string updated = probe.stamp();
        EXPECT_NE(updated, one);

        Fact f;
        f.kind = "metric";
        f.key = "1.1.1";
        f.value = "93.62";
        f.by = "Chuyên viên";
        f.at = "2022-03-12T08:00:00+07:00";
        cat.append_fact(f);
        const std::string with_fact = probe.stamp();
        EXPECT_NE(with_fact, updated);

        auto raw = catalog::open_session(db);
        raw << "INSERT INTO appraisals (unit, criterion, points, author, at) VALUES ('x', '1.1', '2.5', 'a', 'b')", now;
        EXPECT_NE(probe.stamp(), with_fact);
    }
}

}  // namespace

TEST(ChangeProbe, StampMovesWithTheCatalog) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kc-probe-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    const std::filesystem::path dir = tmpl;
    const std::string db = (dir / "catalog.sqlite").string();
    EXPECT_FALSE(serve::ChangeProbe::open(db).ok());  // no catalog yet
    exercise(db);
    std::filesystem::remove_all(dir);
}

TEST(ChangeProbe, StampMovesWithAPostgresqlCatalog) {
    const char* url = std::getenv("KC_PG_URL");
    if (!url || !*url) GTEST_SKIP() << "KC_PG_URL not set (tests/pg/pg_cluster.sh)";
    exercise(url);
}
