// The record path on SQLite (no PostgreSQL needed): two identical drops recorded at the
// same instant by two engines (two catalog connections, as two processes) give one first
// copy and one duplicate (Catalog::claim_first_copy), and a drop unpacked by the queue's
// ingest job is not unpacked again by its record job (queue/unpack_once.h). The race is
// ordered, not timed: B's blob store (a spy behind the BlobStore interface) tells when B
// has passed the duplicate read, and only then does A commit.
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "catalog/catalog.h"
#include "pipeline/engine.h"
#include "pipeline/ingest.h"
#include "queue/unpack_once.h"
#include "util/blob_store.h"
#include "util/date.h"

namespace kc::queue {
namespace {
namespace fs = std::filesystem;

// Forwards to the engine's store; counts writes and calls on_put before each put_file.
class SpyStore final : public BlobStore {
public:
    explicit SpyStore(std::unique_ptr<BlobStore> inner) : m_inner(std::move(inner)) {}
    std::function<void()> on_put;
    mutable std::atomic<int> writes{0};
    bool contains(const std::string& sha) const override { return m_inner->contains(sha); }
    Result<std::string> put_file(const fs::path& f) override {
        ++writes;
        if (on_put) on_put();
        return m_inner->put_file(f);
    }
    Result<BlobWriter> begin() const override {
        ++writes;
        return m_inner->begin();
    }
    std::unique_ptr<std::istream> open(const std::string& sha) const override { return m_inner->open(sha); }
    fs::path local_path(const std::string& sha) const override { return m_inner->local_path(sha); }
    fs::path local_root() const override { return m_inner->local_root(); }

private:
    std::unique_ptr<BlobStore> m_inner;
};

class RecordOnce : public ::testing::Test {
protected:
    void SetUp() override {
        std::string tmpl = (fs::temp_directory_path() / "kc-record-once-XXXXXX").string();
        ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
        m_dir = tmpl;
        fs::create_directories(m_dir / "pipelines");
        // In process, no children: the unpack and record stages only.
        std::ofstream(m_dir / "pipelines" / "ingest.yaml") << "name: ingest\nstages:\n  - receive\n"
                                                               "  - stage: unpack\n    isolated: false\n"
                                                               "  - record\n";
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::unique_ptr<Engine> engine() {
        Config c;
        c.state_dir = m_dir / "state";
        c.rules_dir = fs::path(KC_SOURCE_DIR) / "rules";
        c.pipelines_dir = m_dir / "pipelines";
        c.workers = 1;
        c.min_free_bytes = 0;
        fs::create_directories(c.state_dir);
        auto e = open_engine(c, "ingest", date::today_vn());
        if (!e) ADD_FAILURE() << e.error().code << ": " << e.error().detail;
        return e ? std::move(e.value()) : nullptr;
    }
    SpyStore& spy(Engine& e) {
        auto s = std::make_unique<SpyStore>(std::move(e.store));
        SpyStore& out = *s;
        e.store = std::move(s);
        return out;
    }
    Drop drop(const fs::path& p) {
        Drop d;
        d.path = p;
        d.unit = m_unit;
        return d;
    }
    fs::path m_dir;
    std::string m_unit = "phong-noi-vu";
};

TEST_F(RecordOnce, TwoIdenticalDropsAtTheSameInstantGiveOneFirstCopy) {
    auto a = engine(), b = engine();
    ASSERT_TRUE(a && b);
    SpyStore& b_store = spy(*b);
    fs::create_directories(m_dir / "inbox" / "a");
    fs::create_directories(m_dir / "inbox" / "b");
    for (const char* copy : {"a", "b"})
        std::ofstream(m_dir / "inbox" / copy / "bao-cao.txt") << "Báo cáo kết quả CCHC năm 2022\n";

    std::atomic<bool> a_in_transaction{false}, b_passed_read{false};
    b_store.on_put = [&] { b_passed_read = true; };  // B read "no first copy yet" and is unpacking
    std::optional<Result<Submission>> rb;
    std::thread tb([&] {
        while (!a_in_transaction) std::this_thread::yield();
        rb = ingest_drop(*b, drop(m_dir / "inbox" / "b" / "bao-cao.txt"));
    });
    auto ra = ingest_drop(*a, drop(m_dir / "inbox" / "a" / "bao-cao.txt"), [&](const Submission&) {
        a_in_transaction = true;  // A has claimed the first copy and not committed
        while (!b_passed_read) std::this_thread::yield();
    });
    tb.join();
    ASSERT_TRUE(ra.ok()) << ra.error().detail;
    ASSERT_TRUE(rb && rb->ok()) << (rb ? rb->error().detail : "B did not run");
    const Submission& first = ra.value();
    const Submission& second = rb->value();
    EXPECT_EQ(first.status, "accepted");
    EXPECT_EQ(second.status, "duplicate");  // B's read missed A, the key did not
    ASSERT_EQ(second.reasons.size(), 1u);
    EXPECT_EQ(second.reasons[0].code, "DUPLICATE_SUBMISSION");
    EXPECT_NE(second.reasons[0].en.find(first.id), std::string::npos);
    EXPECT_NE(second.id, first.id);
    EXPECT_EQ(a->catalog->first_copy_of(first.sha256), std::optional<std::string>(first.id));
    auto subs = a->catalog->submissions();
    ASSERT_EQ(subs.size(), 2u);
    EXPECT_EQ(a->catalog->documents_of(second.id).size(), 0u);
    EXPECT_EQ(a->catalog->documents_of(first.id).size(), 1u);
}

TEST_F(RecordOnce, RecordReusesTheIngestJobsUnpackResult) {
    auto e = engine();
    ASSERT_TRUE(e);
    SpyStore& store = spy(*e);
    Drop d = drop(fs::path(KC_SOURCE_DIR) / "sample_evidence" / "phong-noi-vu" / "nop-lan-1-2022-01-04.zip");
    EXPECT_EQ(cached_unpack(*e, d), std::nullopt);
    auto unpacked = unpack_drop(*e, d);  // what the ingest job does
    ASSERT_TRUE(unpacked.ok());
    store_unpacked(*e, d, *unpacked);
    const int writes_by_unpack = store.writes;
    EXPECT_GT(writes_by_unpack, 0);
    auto cached = cached_unpack(*e, d);
    ASSERT_TRUE(cached);
    ASSERT_EQ(cached->entries.size(), unpacked->entries.size());
    for (std::size_t i = 0; i < cached->entries.size(); ++i) {
        EXPECT_EQ(cached->entries[i].path_in_archive, unpacked->entries[i].path_in_archive);
        EXPECT_EQ(cached->entries[i].sha256, unpacked->entries[i].sha256);
    }
    // The same limits but another file name, or other limits: another row.
    Drop renamed = d;
    renamed.path = m_dir / "renamed.zip";
    fs::copy_file(d.path, renamed.path);
    EXPECT_EQ(cached_unpack(*e, renamed), std::nullopt);

    auto s = ingest_drop(*e, d, {}, &*cached);  // what the record job does
    ASSERT_TRUE(s.ok()) << s.error().detail;
    EXPECT_EQ(store.writes, writes_by_unpack);  // not unpacked again: no blob written
    std::size_t documents = 0;
    for (const auto& entry : unpacked->entries) documents += entry.container ? 0 : 1;
    EXPECT_EQ(e->catalog->documents_of(s->id).size(), documents);

    // A blob gone from the store: the cached result is not trusted.
    std::string some_blob;
    for (const auto& entry : unpacked->entries)
        if (entry.sha256) some_blob = *entry.sha256;
    ASSERT_FALSE(some_blob.empty());
    fs::remove(e->store->local_path(some_blob));
    EXPECT_EQ(cached_unpack(*e, d), std::nullopt);
}

}  // namespace
}  // namespace kc::queue
