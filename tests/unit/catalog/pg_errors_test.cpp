// PostgreSQL failures by SQLSTATE (catalog/pg_errors.h): the pure mapping, and real
// errors from a throwaway cluster (KC_PG_URL; skipped when unset): a lost connection,
// a schema this binary does not know, and deadlocks retried by the transaction helpers
// (Catalog::transaction, catalog/session_tx.h).
#include <gtest/gtest.h>

#include <Poco/Data/PostgreSQL/PostgreSQLException.h>

#include <atomic>
#include <thread>

#include "backend_fixture.h"
#include "catalog/pg_errors.h"
#include "catalog/session_tx.h"
#include "catalog_fixture.h"
#include "core/reason.h"

namespace kc::test {
namespace {

using namespace Poco::Data::Keywords;

TEST(PgErrors, SqlstateFromBothMessageForms) {
    EXPECT_EQ(catalog::sqlstate_of("postgresql_stmt_execute error: ERROR:  deadlock detected\nDETAIL: … "
                                   "Severity: ERROR State: 40P01 Primary Message: deadlock detected"),
              "40P01");
    EXPECT_EQ(catalog::sqlstate_of("postgresql_stmt_prepare error: ERROR:  42P01: relation \"submissions\" does "
                                   "not exist\nLOCATION:  parserOpenTable, parse_relation.c:1392"),
              "42P01");
    EXPECT_EQ(catalog::sqlstate_of("FATAL:  57P01: terminating connection due to administrator command"), "57P01");
    EXPECT_EQ(catalog::sqlstate_of("server closed the connection unexpectedly"), "");
    EXPECT_EQ(catalog::sqlstate_of("ERROR:  relation \"x\" does not exist"), "");  // terse form: none
    EXPECT_EQ(catalog::sqlstate_of("Severity: ERROR State: N/A"), "");
}

TEST(PgErrors, ReasonAndRetryOfEachClass) {
    struct Case {
        const char* state;
        const char* reason;
        bool retry;
    } cases[] = {
        {"08006", "CATALOG_UNAVAILABLE", true},     {"08001", "CATALOG_UNAVAILABLE", true},
        {"57P01", "CATALOG_UNAVAILABLE", true},     {"", "CATALOG_UNAVAILABLE", true},
        {"40001", "CATALOG_CONFLICT", true},        {"40P01", "CATALOG_CONFLICT", true},
        {"53100", "CATALOG_FULL", true},            {"53300", "CATALOG_FULL", true},
        {"42P01", "CATALOG_SCHEMA_MISMATCH", false}, {"42703", "CATALOG_SCHEMA_MISMATCH", false},
        {"23503", "INTERNAL_ERROR", true},          {"P0001", "INTERNAL_ERROR", true},
    };
    for (const auto& c : cases) {
        std::string reason = catalog::reason_of_sqlstate(c.state);
        EXPECT_EQ(reason, c.reason) << c.state;
        EXPECT_EQ(catalog::is_retryable(reason), c.retry) << c.state;
        EXPECT_TRUE(reason_code_from_name(reason).has_value()) << reason << " is not in core/reason.h";
    }
    Poco::Data::PostgreSQL::StatementException deadlock("postgresql_stmt_execute error: … Severity: ERROR State: 40P01");
    EXPECT_TRUE(catalog::is_conflict(deadlock));
    Poco::Data::PostgreSQL::ConnectionException lost("Connection Error: could not connect to server");
    EXPECT_FALSE(catalog::is_conflict(lost));
    EXPECT_EQ(catalog::reason_of_pg_exception(lost), "CATALOG_UNAVAILABLE");
    // the new reasons speak both languages
    for (ReasonCode code : {ReasonCode::CATALOG_CONFLICT, ReasonCode::CATALOG_FULL, ReasonCode::CATALOG_SCHEMA_MISMATCH}) {
        Reason r = make_reason(code);
        EXPECT_FALSE(r.vi.empty() || r.en.empty() || r.hint.empty() || r.hint_en.empty()) << r.code;
        EXPECT_NE(r.vi, r.en);
    }
}

class PgErrors : public OnBackend {
protected:
    void SetUp() override {
        OnBackend::SetUp();
        if (!IsSkipped() && !pg()) GTEST_SKIP() << "PostgreSQL only";
    }
};

TEST_P(PgErrors, UnknownSchemaIsAMismatchNotAnOutage) {
    auto c = open();
    ASSERT_TRUE(c);
    {  // as if a newer kiemchung had renamed the table under this one
        auto s = raw();
        s << "ALTER TABLE submissions RENAME TO submissions_v9", now;
    }
    try {
        (void)c->submissions();
        FAIL() << "no error";
    } catch (const CatalogError& e) {
        EXPECT_EQ(e.code(), "CATALOG_SCHEMA_MISMATCH") << e.what();  // an error at prepare time: 42P01
        EXPECT_FALSE(catalog::is_retryable(e.code()));
    }
}

TEST_P(PgErrors, TerminatedConnectionIsUnavailable) {
    auto c = open();
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->submissions().empty());
    {  // an administrator (or a server restart) ends every other session of the database
        auto s = raw();
        Poco::Int64 n = 0;
        s << "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database()"
             " AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
            into(n), now;
        EXPECT_GE(n, 1);
    }
    try {
        (void)c->submissions();
        FAIL() << "no error";
    } catch (const CatalogError& e) {
        EXPECT_EQ(e.code(), "CATALOG_UNAVAILABLE") << e.what();
        EXPECT_TRUE(catalog::is_retryable(e.code()));
    }
}

// Two transactions lock k1 and k2 in opposite orders: PostgreSQL aborts one (40P01), whose
// helper runs it again once the other has committed. Each body waits for the other only
// on its first run. Returns the number of runs of both bodies.
template <typename RunA, typename RunB>
int deadlock(RunA run_a, RunB run_b) {
    std::atomic<int> locked{0}, runs{0};
    auto body = [&](auto&& first, auto&& second, int& mine) {
        ++runs;
        first();
        if (++mine == 1) {
            ++locked;
            while (locked < 2) std::this_thread::yield();
        }
        second();
    };
    int na = 0, nb = 0;
    std::thread tb([&] { run_b([&](auto&& f, auto&& s) { body(f, s, nb); }); });
    run_a([&](auto&& f, auto&& s) { body(f, s, na); });
    tb.join();
    return runs;
}

TEST_P(PgErrors, CatalogTransactionRetriesADeadlock) {
    auto a = open();
    auto b = open();
    ASSERT_TRUE(a && b);
    a->set_meta("k1", "0");
    a->set_meta("k2", "0");
    int runs = deadlock(
        [&](auto with) {
            a->transaction([&] { with([&] { a->set_meta("k1", "a"); }, [&] { a->set_meta("k2", "a"); }); });
        },
        [&](auto with) {
            b->transaction([&] { with([&] { b->set_meta("k2", "b"); }, [&] { b->set_meta("k1", "b"); }); });
        });
    EXPECT_EQ(runs, 3);  // one of the two ran again, and both committed
    auto k1 = a->meta("k1"), k2 = a->meta("k2");
    EXPECT_EQ(k1, k2);  // the second to commit wrote both
}

TEST_P(PgErrors, SessionTransactionRetriesADeadlock) {
    {
        auto c = open();
        ASSERT_TRUE(c);
        c->set_meta("k1", "0");
        c->set_meta("k2", "0");
    }
    auto sa = raw(), sb = raw();
    auto set = [](Poco::Data::Session& s, const char* key, const char* value) {
        std::string k = key, v = value;
        s << "UPDATE meta SET value = ? WHERE key = ?", use(v), use(k), now;
    };
    int runs = deadlock(
        [&](auto with) {
            catalog::in_transaction(sa, [&] { with([&] { set(sa, "k1", "a"); }, [&] { set(sa, "k2", "a"); }); });
        },
        [&](auto with) {
            catalog::in_transaction(sb, [&] { with([&] { set(sb, "k2", "b"); }, [&] { set(sb, "k1", "b"); }); });
        });
    EXPECT_EQ(runs, 3);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT value) FROM meta WHERE key IN ('k1', 'k2')"), 1);
}

INSTANTIATE_TEST_SUITE_P(Catalog, PgErrors, ::testing::Values(catalog::Backend::postgresql),
                         [](const auto&) { return std::string("postgresql"); });

}  // namespace
}  // namespace kc::test
