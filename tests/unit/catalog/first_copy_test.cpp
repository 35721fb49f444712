// The first copy of a drop's bytes (migration 5, Catalog::claim_first_copy): claimed in
// the transaction that records the submission, so two copies recorded at the same
// instant can never both be first. On both backends; the concurrent case on PostgreSQL
// (two connections, the second waits on the first's uncommitted claim, then loses).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "backend_fixture.h"
#include "catalog_fixture.h"

namespace kc::test {
namespace {

using namespace Poco::Data::Keywords;

class FirstCopy : public OnBackend {};

TEST_P(FirstCopy, ClaimedOncePerSha256) {
    auto c = open();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->first_copy_of("aa11"), std::nullopt);
    bool first = false, second = true;
    c->transaction([&] {
        first = c->claim_first_copy("aa11", "S1");  // before the row it names, as ingest_drop does
        c->insert_submission(sample_submission("S1", "2022-12-15T08:30:00+07:00", "aa11"));
    });
    c->transaction([&] {
        c->insert_submission(sample_submission("S2", "2022-12-15T08:30:01+07:00", "aa11"));
        second = c->claim_first_copy("aa11", "S2");
    });
    EXPECT_TRUE(first);
    EXPECT_FALSE(second);  // "already there" is a value, not an error
    EXPECT_EQ(c->first_copy_of("aa11"), std::optional<std::string>("S1"));
    // A claim rolled back with its transaction leaves the sha256 free.
    EXPECT_THROW(c->transaction([&] {
        c->insert_submission(sample_submission("S3", "2022-12-15T08:30:02+07:00", "bb22"));
        EXPECT_TRUE(c->claim_first_copy("bb22", "S3"));
        throw std::runtime_error("abandoned");
    }),
                 std::runtime_error);
    EXPECT_EQ(c->first_copy_of("bb22"), std::nullopt);
    // The foreign key is checked at commit: a claim naming no submission does not commit.
    EXPECT_THROW(c->transaction([&] { c->claim_first_copy("bb22", "S-none"); }), CatalogError);
    EXPECT_EQ(c->first_copy_of("bb22"), std::nullopt);
    EXPECT_EQ(count("SELECT COUNT(*) FROM first_copies"), 1);
}

TEST_P(FirstCopy, MigrationKeepsTheEarliestOfExistingCopies) {
    {  // a catalog of schema 4 in which the old race left two "first" copies of one drop
        auto old = open(4);
        ASSERT_TRUE(old);
        old->insert_submission(sample_submission("S-late", "2022-12-15T09:00:00+07:00", "cc33"));
        old->insert_submission(sample_submission("S-early", "2022-12-15T08:00:00+07:00", "cc33"));
        auto dup = sample_submission("S-dup", "2022-12-15T07:00:00+07:00", "cc33");
        dup.status = "duplicate";
        old->insert_submission(dup);
        old->insert_submission(sample_submission("S-other", "2022-12-15T08:00:00+07:00", "dd44"));
    }
    auto c = open();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->schema_version(), Catalog::latest_schema_version());
    EXPECT_EQ(c->first_copy_of("cc33"), std::optional<std::string>("S-early"));
    EXPECT_EQ(c->first_copy_of("dd44"), std::optional<std::string>("S-other"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM first_copies"), 2);
    c->transaction([&] {
        c->insert_submission(sample_submission("S-new", "2022-12-16T08:00:00+07:00", "cc33"));
        EXPECT_FALSE(c->claim_first_copy("cc33", "S-new"));
    });
}

// Two workers record the same bytes at once: B's claim waits for A's uncommitted one,
// then finds it taken. Deterministic: B starts only once A holds its claim, and A commits
// only once PostgreSQL shows B waiting on a lock.
TEST_P(FirstCopy, ConcurrentClaimWaitsForTheFirstAndLoses) {
    if (!pg()) GTEST_SKIP() << "SQLite serialises writers with BEGIN IMMEDIATE";
    auto a = open();
    auto b = open();
    ASSERT_TRUE(a && b);
    std::atomic<bool> a_claimed{false};
    std::atomic<int> b_result{-1};
    std::thread tb([&] {
        while (!a_claimed) std::this_thread::yield();
        b->transaction([&] {
            b_result = b->claim_first_copy("ee55", "S-b") ? 1 : 0;
            b->insert_submission(sample_submission("S-b", "2022-12-15T08:30:00+07:00", "ee55"));
        });
    });
    bool saw_wait = false;
    a->transaction([&] {
        bool mine = a->claim_first_copy("ee55", "S-a");
        a->insert_submission(sample_submission("S-a", "2022-12-15T08:30:00+07:00", "ee55"));
        a_claimed = true;
        EXPECT_TRUE(mine);
        auto watch = catalog::open_session(kc_pg_url());
        for (int i = 0; i < 400 && !saw_wait; ++i) {  // up to 20 s for B to reach its claim
            Poco::Int64 n = 0;
            watch << "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                     " AND query LIKE '%first_copies%'",
                into(n), now;
            saw_wait = n > 0;
            if (!saw_wait) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    tb.join();
    EXPECT_TRUE(saw_wait) << "B never waited on A's claim";
    EXPECT_EQ(b_result.load(), 0);
    EXPECT_EQ(a->first_copy_of("ee55"), std::optional<std::string>("S-a"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM first_copies"), 1);
}

INSTANTIATE_TEST_SUITE_P(Catalog, FirstCopy, ::testing::Values(catalog::Backend::sqlite, catalog::Backend::postgresql),
                         [](const auto& info) { return info.param == catalog::Backend::sqlite ? "sqlite" : "postgresql"; });

}  // namespace
}  // namespace kc::test
