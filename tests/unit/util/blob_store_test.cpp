// The BlobStore interface (util/blob_store.h): the directory implementation reached
// only through the interface, as the pipeline does (open_blob_store), and a second,
// non-directory implementation (an in-memory "object store" with a local cache) to
// show what the interface asks of one.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <map>
#include <sstream>

#include "util/blob_store.h"
#include "util/hash.h"

namespace kc::test {
namespace {
namespace fs = std::filesystem;

struct TempDir {
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "kc-blob-XXXXXX").string();
        path = mkdtemp(tmpl.data());
    }
    ~TempDir() { fs::remove_all(path); }
    fs::path path;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

TEST(BlobStoreInterface, DirectoryStoreThroughTheInterface) {
    TempDir t;
    std::unique_ptr<BlobStore> store = open_blob_store(t.path / "blobs");
    std::ofstream(t.path / "a.txt", std::ios::binary) << "abc";
    auto sha = store->put_file(t.path / "a.txt");
    ASSERT_TRUE(sha.ok()) << sha.error().detail;
    EXPECT_EQ(*sha, hash::sha256_hex("abc"));
    EXPECT_TRUE(store->contains(*sha));
    EXPECT_EQ(store->local_root(), t.path / "blobs");
    EXPECT_EQ(store->local_path(*sha), t.path / "blobs" / sha->substr(0, 2) / *sha);
    EXPECT_EQ(store->path_of(*sha), store->local_path(*sha));  // the older name
    EXPECT_EQ(slurp(store->local_path(*sha)), "abc");
    auto bytes = store->read(*sha);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(*bytes, "abc");
    auto in = store->open(*sha);
    ASSERT_TRUE(in);
    std::string first;
    *in >> first;
    EXPECT_EQ(first, "abc");

    const std::string missing(64, '0');
    EXPECT_FALSE(store->contains(missing));
    EXPECT_EQ(store->open(missing), nullptr);
    auto r = store->read(missing);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "NOT_FOUND");
}

TEST(BlobStoreInterface, StreamedWriteIsInvisibleUntilCommitted) {
    TempDir t;
    std::unique_ptr<BlobStore> store = open_blob_store(t.path / "blobs");
    const std::string sha = hash::sha256_hex("hello world");
    auto w = store->begin();
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->write("hello ", 6));
    EXPECT_FALSE(store->contains(sha));  // half written: not under its name
    ASSERT_TRUE(w->write("world", 5));
    EXPECT_FALSE(store->contains(sha));
    auto done = w->commit();
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(*done, sha);
    EXPECT_TRUE(store->contains(sha));
    {  // moved writer, then destroyed without commit: nothing stored, no temporary left
        auto w2 = store->begin();
        ASSERT_TRUE(w2.ok());
        BlobWriter moved(std::move(w2.value()));
        ASSERT_TRUE(moved.write("lost", 4));
    }
    EXPECT_FALSE(store->contains(hash::sha256_hex("lost")));
    EXPECT_TRUE(fs::is_empty(t.path / "blobs" / "tmp"));
}

// An object store with a local cache: objects live in `remote` (a map standing in for
// S3); local_path() fetches into the cache directory on first use.
class CachedObjectStore final : public BlobStore {
public:
    explicit CachedObjectStore(fs::path cache) : m_cache(std::move(cache)) { fs::create_directories(m_cache); }
    std::map<std::string, std::string> remote;
    mutable int fetches = 0;

    bool contains(const std::string& sha) const override { return remote.count(sha) > 0; }
    Result<std::string> put_file(const fs::path& file) override {
        std::ifstream in(file, std::ios::binary);
        if (!in) return Error{"UNREADABLE", file.filename().string()};
        std::ostringstream b;
        b << in.rdbuf();
        return put(b.str());
    }
    Result<BlobWriter> begin() const override {
        return BlobWriter(std::make_unique<Sink>(const_cast<CachedObjectStore*>(this)));
    }
    std::unique_ptr<std::istream> open(const std::string& sha) const override {
        auto it = remote.find(sha);
        if (it == remote.end()) return nullptr;
        return std::make_unique<std::istringstream>(it->second);
    }
    fs::path local_path(const std::string& sha) const override {
        fs::path p = m_cache / sha;
        if (!fs::exists(p) && remote.count(sha)) {
            ++fetches;
            std::ofstream(p, std::ios::binary) << remote.at(sha);
        }
        return p;
    }
    fs::path local_root() const override { return m_cache; }

private:
    struct Sink final : BlobSink {
        explicit Sink(CachedObjectStore* s) : store(s) {}
        bool write(const void* d, std::size_t n) override {
            bytes.append(static_cast<const char*>(d), n);
            return true;
        }
        std::uint64_t size() const override { return bytes.size(); }
        Result<std::string> commit() override { return store->put(bytes); }
        void discard() override { bytes.clear(); }
        CachedObjectStore* store;
        std::string bytes;
    };
    std::string put(const std::string& bytes) {
        std::string sha = hash::sha256_hex(bytes);
        remote[sha] = bytes;  // an upload; the same bytes twice: the same object
        return sha;
    }
    fs::path m_cache;
};

TEST(BlobStoreInterface, AnObjectStoreWithALocalCacheFitsTheInterface) {
    TempDir t;
    CachedObjectStore objects(t.path / "cache");
    BlobStore& store = objects;  // used only through the interface below
    auto w = store.begin();
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->write("%PDF-1.4 …", 12));
    auto sha = w->commit();
    ASSERT_TRUE(sha.ok());
    EXPECT_TRUE(store.contains(*sha));
    EXPECT_EQ(*store.read(*sha), "%PDF-1.4 …");
    EXPECT_EQ(objects.fetches, 0);
    fs::path local = store.local_path(*sha);  // a library needs a file: fetched once into the cache
    EXPECT_EQ(slurp(local), "%PDF-1.4 …");
    store.local_path(*sha);
    EXPECT_EQ(objects.fetches, 1);
    EXPECT_EQ(local.parent_path(), store.local_root());
}

}  // namespace
}  // namespace kc::test
