// The work queue against a real PostgreSQL (KC_PG_URL from tests/pg/pg_cluster.sh;
// every test is skipped when it is unset). Each test has a schema of its own.
// Leases of 0 seconds are expired as soon as the claiming transaction ends, so
// expiry is tested without sleeping.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include <cstdlib>
#include <random>
#include <set>

#include "catalog/catalog.h"
#include "catalog/dialect.h"
#include "extract/extract.h"
#include "queue/jobs.h"
#include "queue/queue.h"

namespace kc::queue {
namespace {

using namespace Poco::Data::Keywords;

std::string pg_url() {
    const char* v = std::getenv("KC_PG_URL");
    return v ? v : "";
}

class QueueTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (pg_url().empty()) GTEST_SKIP() << "KC_PG_URL unset (tests/pg/pg_cluster.sh sets it)";
        std::random_device rd;
        m_schema = "q" + std::to_string(rd()) + std::to_string(rd() % 1000);
        auto s = catalog::open_session(pg_url());
        s << "CREATE SCHEMA " + m_schema, now;
        std::string url = pg_url();
        m_location = url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + m_schema;
    }
    void TearDown() override {
        if (m_schema.empty()) return;
        auto s = catalog::open_session(pg_url());
        s << "DROP SCHEMA " + m_schema + " CASCADE", now;
    }
    std::unique_ptr<Queue> open() {
        auto q = Queue::open(m_location);
        if (!q) ADD_FAILURE() << q.error().code << ": " << q.error().detail;
        return q ? std::move(q.value()) : nullptr;
    }
    std::string m_schema, m_location;
};

TEST(QueueOpen, RefusesASQLiteCatalog) {
    auto q = Queue::open("/tmp/catalog.sqlite");
    ASSERT_FALSE(q);
    EXPECT_EQ(q.error().code, "QUEUE_NEEDS_POSTGRESQL");
}

TEST_F(QueueTest, EnqueueIsIdempotentOnKindAndKey) {
    auto q = open();
    ASSERT_TRUE(q);
    auto again = open();  // a second open finds the tables and changes nothing
    ASSERT_TRUE(again);
    auto [a, created_a] = q->enqueue("ingest", "claim:1", "{\"path\":\"/x\"}", 3);
    auto [b, created_b] = q->enqueue("ingest", "claim:1", "{\"path\":\"/y\"}", 3);
    auto [c, created_c] = q->enqueue("extract", "claim:1", "{}", 3);
    EXPECT_TRUE(created_a);
    EXPECT_FALSE(created_b);
    EXPECT_TRUE(created_c);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    EXPECT_EQ(q->job(a)->payload, "{\"path\":\"/x\"}");  // the first payload stays
    EXPECT_EQ(q->pending(), 2);
}

TEST_F(QueueTest, ConcurrentClaimsNeverShareAJob) {
    auto q1 = open();
    auto q2 = open();
    ASSERT_TRUE(q1 && q2);
    for (int i = 0; i < 4; ++i) q1->enqueue("ingest", "k" + std::to_string(i), "{}", 3);
    // One claim held open in a transaction (row locked) while the other claims: SKIP LOCKED.
    auto s = catalog::open_session(m_location);
    s << "BEGIN", now;
    Poco::Int64 locked = 0;
    s << "SELECT id FROM kc_jobs ORDER BY id LIMIT 1 FOR UPDATE", into(locked), now;
    std::set<std::int64_t> taken;
    auto j1 = q1->claim("w1", 60);
    auto j2 = q2->claim("w2", 60);
    ASSERT_TRUE(j1 && j2);
    EXPECT_NE(j1->id, locked);
    EXPECT_NE(j2->id, locked);
    EXPECT_NE(j1->id, j2->id);
    s << "ROLLBACK", now;
    auto j3 = q2->claim("w2", 60);
    auto j4 = q1->claim("w1", 60);
    ASSERT_TRUE(j3 && j4);
    taken = {j1->id, j2->id, j3->id, j4->id};
    EXPECT_EQ(taken.size(), 4u);
    EXPECT_FALSE(q1->claim("w1", 60));  // all four running with live leases
    EXPECT_EQ(j1->attempts, 1);
}

TEST_F(QueueTest, ExpiredLeaseIsTakenAgainAndTheOldHolderIsFencedOut) {
    auto q = open();
    ASSERT_TRUE(q);
    auto [id, created] = q->enqueue("ingest", "k", "{}", 3);
    auto first = q->claim("dead-worker", 0);  // lease ends at once: as if its worker was killed
    ASSERT_TRUE(first);
    EXPECT_EQ(first->id, id);
    auto second = q->claim("w2", 60);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->id, id);
    EXPECT_EQ(second->attempts, 2);
    EXPECT_FALSE(q->extend(id, "dead-worker", 60));
    EXPECT_FALSE(q->complete(id, "dead-worker", "S-old"));  // the lost holder cannot record
    EXPECT_EQ(q->fail(*first, "dead-worker", "late"), "lost");
    EXPECT_TRUE(q->extend(id, "w2", 60));
    EXPECT_TRUE(q->complete(id, "w2", "S-new"));
    EXPECT_EQ(q->state_of(id), "done");
    EXPECT_EQ(q->pending(), 0);
}

TEST_F(QueueTest, AJobWaitsForItsDependenciesDoneOrParked) {
    auto q = open();
    ASSERT_TRUE(q);
    auto a = q->enqueue("extract", "a", "{}", 1).first;
    auto b = q->enqueue("extract", "b", "{}", 1).first;
    auto [r, created] = q->enqueue("record", "r", "{}", 3, {a, b});
    EXPECT_TRUE(created);
    EXPECT_EQ(q->enqueue("record", "r", "{}", 3, {a}).first, r);  // idempotent, dependencies unchanged
    auto ja = q->claim("w1", 60);
    auto jb = q->claim("w2", 60);
    ASSERT_TRUE(ja && jb);
    EXPECT_EQ(ja->id, a);
    EXPECT_EQ(jb->id, b);
    EXPECT_FALSE(q->claim("w3", 60));  // r waits while a and b run
    EXPECT_TRUE(q->complete(a, "w1", "ok"));
    EXPECT_FALSE(q->claim("w3", 60));  // b still running
    EXPECT_EQ(q->fail(*jb, "w2", "POISON: x"), "parked");  // a parked dependency releases it too
    auto jr = q->claim("w3", 60);
    ASSERT_TRUE(jr);
    EXPECT_EQ(jr->id, r);
    EXPECT_EQ(jr->kind, "record");
}

TEST_F(QueueTest, FailuresRetryThenParkWithTheReason) {
    auto q = open();
    ASSERT_TRUE(q);
    auto [id, created] = q->enqueue("extract", "poison", "{}", 3);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        auto j = q->claim("w", 60);
        ASSERT_TRUE(j) << attempt;
        EXPECT_EQ(j->attempts, attempt);
        EXPECT_EQ(q->fail(*j, "w", "PARSER_CRASHED: attempt " + std::to_string(attempt)), attempt < 3 ? "queued" : "parked");
    }
    EXPECT_FALSE(q->claim("w", 60));  // parked jobs are never handed out
    auto st = q->status(5, 60);
    ASSERT_EQ(st.parked.size(), 1u);
    EXPECT_EQ(st.parked[0].id, id);
    EXPECT_EQ(st.parked[0].reason, "PARSER_CRASHED: attempt 3");
    EXPECT_EQ(st.parked[0].attempts, 3);
}

TEST_F(QueueTest, PermanentFailureParksAtOnce) {
    auto q = open();
    ASSERT_TRUE(q);
    q->enqueue("ingest", "bad", "{}", 3);
    auto j = q->claim("w", 60);
    ASSERT_TRUE(j);
    EXPECT_EQ(q->fail(*j, "w", "UNKNOWN_UNIT: X", true), "parked");
}

TEST_F(QueueTest, JobThatKeepsKillingWorkersIsParked) {
    auto q = open();
    ASSERT_TRUE(q);
    auto [id, created] = q->enqueue("ingest", "killer", "{}", 2);
    ASSERT_TRUE(q->claim("w1", 0));  // worker dies
    ASSERT_TRUE(q->claim("w2", 0));  // worker dies again: attempts = max
    EXPECT_FALSE(q->claim("w3", 60));
    EXPECT_EQ(q->state_of(id), "parked");
    auto st = q->status(5, 60);
    ASSERT_EQ(st.parked.size(), 1u);
    EXPECT_NE(st.parked[0].reason.find("LEASE_EXPIRED"), std::string::npos) << st.parked[0].reason;
}

TEST_F(QueueTest, StatusCountsKindsWorkersAndOldestJob) {
    auto q = open();
    ASSERT_TRUE(q);
    auto [a, ca] = q->enqueue("ingest", "a", "{}", 3);
    q->enqueue("ingest", "b", "{}", 3);
    q->enqueue("extract", "c", "{}", 3);
    q->register_worker("w1", "may-1", 101);
    q->register_worker("w2", "may-2", 102);
    q->worker_stopped("w2");
    auto j = q->claim("w1", 60);
    ASSERT_TRUE(j);
    EXPECT_EQ(j->id, a);
    q->complete(a, "w1", "S1");
    q->beat("w1", std::nullopt, 1);
    auto st = q->status(5, 60);
    ASSERT_EQ(st.kinds.size(), 2u);
    EXPECT_EQ(st.kinds[0].kind, "extract");
    EXPECT_EQ(st.kinds[0].queued, 1);
    EXPECT_EQ(st.kinds[1].kind, "ingest");
    EXPECT_EQ(st.kinds[1].queued, 1);
    EXPECT_EQ(st.kinds[1].done, 1);
    EXPECT_EQ(st.kinds[1].done_recently, 1);
    EXPECT_DOUBLE_EQ(st.jobs_per_minute, 0.2);
    ASSERT_EQ(st.workers.size(), 2u);
    EXPECT_EQ(st.workers[0].id, "w1");
    EXPECT_TRUE(st.workers[0].alive);
    EXPECT_EQ(st.workers[0].jobs_done, 1);
    EXPECT_FALSE(st.workers[1].alive);  // stopped
    ASSERT_TRUE(st.oldest_job);
    EXPECT_EQ(*st.oldest_job, a + 1);
    EXPECT_EQ(st.oldest_created_at.size(), 25u);  // 2026-11-28T19:30:00+07:00
    EXPECT_EQ(st.oldest_created_at.substr(19), "+07:00");
}

TEST_F(QueueTest, FenceKeyInTheCatalogMakesTheEffectSingle) {
    // The same database holds the catalog and the queue; two runs of one job race to
    // record: the second waits for the first's commit, then finds the key and rolls back.
    auto c1 = Catalog::open(m_location);
    auto c2 = Catalog::open(m_location);
    ASSERT_TRUE(c1 && c2);
    bool first = false, second = true;
    c1.value()->transaction([&] { first = c1.value()->insert_meta_if_absent("queue.job.9", "S1"); });
    c2.value()->transaction([&] { second = c2.value()->insert_meta_if_absent("queue.job.9", "S2"); });
    EXPECT_TRUE(first);
    EXPECT_FALSE(second);
    EXPECT_EQ(c2.value()->meta("queue.job.9"), "S1");
}

TEST(Jobs, KeysAndPayloads) {
    EXPECT_EQ(extract_key(std::string(64, 'a')), std::string(64, 'a') + "|" + extract::k_version);
    EXPECT_EQ(extract_payload("ab"), "{\"sha256\":\"ab\"}");
    Drop d{"/srv/spool/c1/nop.zip", "XA_QUANG_THANH", false};
    EXPECT_EQ(ingest_payload(d, "c1"),
              "{\"path\":\"/srv/spool/c1/nop.zip\",\"unit\":\"XA_QUANG_THANH\",\"folder\":false,\"claim\":\"c1\"}");
}

}  // namespace
}  // namespace kc::queue
