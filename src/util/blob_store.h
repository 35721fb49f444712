// util/blob_store.h — content-addressed file store: <root>/<aa>/<sha256>.
// Writes go to a temporary file in <root>/tmp, are fsync'ed, then renamed into
// place, so a crash never leaves a half blob under its final name. Storing the
// same bytes twice is a no-op. Names come only from hashes, never from archives.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "util/result.h"

namespace kc {

class BlobWriter;

class BlobStore {
public:
    explicit BlobStore(std::filesystem::path root);
    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path path_of(const std::string& sha256) const;
    bool contains(const std::string& sha256) const;
    // Copies a file in; returns its sha256.
    Result<std::string> put_file(const std::filesystem::path& file);
    // Starts a streamed write; finish with BlobWriter::commit().
    Result<BlobWriter> begin() const;

private:
    std::filesystem::path m_root;
};

class BlobWriter {
public:
    BlobWriter(BlobWriter&&) noexcept;
    BlobWriter& operator=(BlobWriter&&) = delete;
    ~BlobWriter();  // discards the temporary file unless committed
    bool write(const void* data, std::size_t size);
    std::uint64_t size() const { return m_size; }
    // fsync + rename to its hash; returns the sha256.
    Result<std::string> commit();
    void discard();

private:
    friend class BlobStore;
    BlobWriter(const BlobStore* store, std::filesystem::path tmp, int fd);
    const BlobStore* m_store;
    std::filesystem::path m_tmp;
    int m_fd;
    std::uint64_t m_size = 0;
    void* m_hash;  // kc::hash::Sha256*
};

}  // namespace kc
