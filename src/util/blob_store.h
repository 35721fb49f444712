// util/blob_store.h — the content-addressed blob store: where the bytes of every
// document (and nested archive) live, named by their sha256, never by a name taken
// from an archive. Storing the same bytes twice is a no-op.
//
// BlobStore is the interface every user goes through (unpack, ingest, the queue's
// jobs, fsck, the dashboard, dossiers); open_blob_store() picks the implementation.
//  - contains(sha)       the blob is stored.
//  - put_file(file)      copies a file in, committed atomically; returns its sha256.
//  - begin()             a streamed write (BlobWriter: write … commit), committed
//                        atomically under its hash: a crash or a failed write never
//                        leaves a half blob under a final name. Not committed when
//                        the writer is destroyed or discarded.
//  - open(sha) / read(sha)  the bytes, as a stream / whole (small blobs).
//  - local_path(sha)     a file on this machine holding the bytes, for libraries and
//                        supervised children that need a path (poppler, qpdf,
//                        `kiemchung __child`). This is where an object store (S3,
//                        MinIO) plugs in: its implementation keeps a local cache
//                        directory, fetches the object there on first use and returns
//                        the cached file; put/commit upload and then keep the file.
//  - local_root()        that local directory (the children's `--store`, which they
//                        open as a DirectoryBlobStore; fsck walks it).
//  path_of() and root() are the older names of local_path() and local_root().
//
// DirectoryBlobStore — the implementation today: <root>/<aa>/<sha256> (the shared
// directory of docs/scale-out.md). Writes go to a temporary file in <root>/tmp, are
// fsync'ed, then renamed into place.
#pragma once
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "util/result.h"

namespace kc {

// One streamed write in progress (implementations of BlobStore provide one).
class BlobSink {
public:
    virtual ~BlobSink() = default;  // discards the bytes unless committed
    virtual bool write(const void* data, std::size_t size) = 0;
    virtual std::uint64_t size() const = 0;
    virtual Result<std::string> commit() = 0;  // durable under its hash; returns the sha256
    virtual void discard() = 0;
};

// A move-only handle on a BlobSink; the API users write through.
class BlobWriter {
public:
    explicit BlobWriter(std::unique_ptr<BlobSink> sink);
    BlobWriter(BlobWriter&&) noexcept;
    BlobWriter& operator=(BlobWriter&&) = delete;
    ~BlobWriter();  // discards unless committed
    bool write(const void* data, std::size_t size) { return m_sink->write(data, size); }
    std::uint64_t size() const { return m_sink->size(); }
    Result<std::string> commit() { return m_sink->commit(); }
    void discard() { m_sink->discard(); }

private:
    std::unique_ptr<BlobSink> m_sink;
};

class BlobStore {
public:
    virtual ~BlobStore() = default;
    virtual bool contains(const std::string& sha256) const = 0;
    // Copies a file in; returns its sha256. Errors: UNREADABLE (the source), DISK_FULL, INTERNAL_ERROR.
    virtual Result<std::string> put_file(const std::filesystem::path& file) = 0;
    // Starts a streamed write; finish with BlobWriter::commit().
    virtual Result<BlobWriter> begin() const = 0;
    // The bytes as a stream; nullptr when the blob is not stored.
    virtual std::unique_ptr<std::istream> open(const std::string& sha256) const = 0;
    // A local file holding the bytes (see above); for a blob not stored, where it would be.
    virtual std::filesystem::path local_path(const std::string& sha256) const = 0;
    virtual std::filesystem::path local_root() const = 0;

    // The whole blob (through open()); NOT_FOUND when it is not stored.
    Result<std::string> read(const std::string& sha256) const;
    std::filesystem::path path_of(const std::string& sha256) const { return local_path(sha256); }
    std::filesystem::path root() const { return local_root(); }
};

class DirectoryBlobStore final : public BlobStore {
public:
    explicit DirectoryBlobStore(std::filesystem::path root);
    bool contains(const std::string& sha256) const override;
    Result<std::string> put_file(const std::filesystem::path& file) override;
    Result<BlobWriter> begin() const override;
    std::unique_ptr<std::istream> open(const std::string& sha256) const override;
    std::filesystem::path local_path(const std::string& sha256) const override;
    std::filesystem::path local_root() const override { return m_root; }

private:
    std::filesystem::path m_root;
};

// The store of a state directory's blobs (today a DirectoryBlobStore on `dir`).
std::unique_ptr<BlobStore> open_blob_store(const std::filesystem::path& dir);

}  // namespace kc
