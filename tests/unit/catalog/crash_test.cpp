// Crash safety: a process that dies inside a transaction leaves nothing of it
// behind; what it committed before dying stays.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include "catalog/catalog.h"
#include "catalog_fixture.h"

namespace kc::test {
namespace {

// Child side. Never returns: exit codes tell the parent how far it got.
[[noreturn]] void die_inside_transaction(const std::filesystem::path& db) {
    auto r = Catalog::open(db);
    if (!r) _exit(10);
    auto& c = *r.value();
    try {
        c.store_cached("extract", "committed", "1", "{}");  // its own, committed transaction
        c.transaction([&] {
            c.insert_submission(sample_submission("S-crash"));
            c.insert_document(sample_document("D-crash", "S-crash", "a.pdf"));
            // Well over the page cache, so uncommitted pages really reach the WAL file.
            const std::string big(256 * 1024, 'x');
            for (int i = 0; i < 40; ++i) c.store_cached("extract", "big" + std::to_string(i), "1", big);
            _exit(0);  // killed mid-transaction: no commit, no rollback, no destructors
        });
    } catch (...) {
        _exit(11);
    }
    _exit(12);
}

TEST_F(CatalogTest, ProcessDyingInsideTransactionLeavesNothing) {
    {
        auto c = open_ok();
        ASSERT_TRUE(c);
        c->insert_submission(sample_submission("S-before"));
    }  // closed: an SQLite connection must not cross fork()

    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) die_inside_transaction(m_db);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0) << "child failed before the crash point";

    // The uncommitted pages are really on disk: recovery, not luck, hides them.
    EXPECT_GT(std::filesystem::file_size(m_dir / "catalog.db-wal"), 4'000'000u);

    auto c = open_ok();
    ASSERT_TRUE(c);
    auto subs = c->submissions();
    ASSERT_EQ(subs.size(), 1u);
    EXPECT_EQ(subs[0].id, "S-before");
    EXPECT_TRUE(c->documents().empty());
    EXPECT_FALSE(c->cached("extract", "big0", "1"));
    EXPECT_EQ(c->cached("extract", "committed", "1"), "{}");
    EXPECT_EQ(count("SELECT COUNT(*) FROM cache"), 1);
    // Still writable after recovery.
    c->insert_submission(sample_submission("S-after"));
    EXPECT_EQ(c->submissions().size(), 2u);
}

}  // namespace
}  // namespace kc::test
