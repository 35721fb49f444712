#include "util/blob_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "util/hash.h"

namespace kc {
namespace fs = std::filesystem;

// ---- the interface's own parts ------------------------------------------------

BlobWriter::BlobWriter(std::unique_ptr<BlobSink> sink) : m_sink(std::move(sink)) {}
BlobWriter::BlobWriter(BlobWriter&& o) noexcept = default;
BlobWriter::~BlobWriter() = default;  // the sink discards what was not committed

Result<std::string> BlobStore::read(const std::string& sha256) const {
    auto in = open(sha256);
    if (!in) return Error{"NOT_FOUND", "blob " + sha256 + " is not in the store"};
    std::ostringstream out;
    out << in->rdbuf();
    return out.str();
}

std::unique_ptr<BlobStore> open_blob_store(const fs::path& dir) { return std::make_unique<DirectoryBlobStore>(dir); }

// ---- DirectoryBlobStore ---------------------------------------------------------

namespace {

// A temporary file in <root>/tmp, hashed as written; commit = fsync + rename to <root>/<aa>/<sha256>.
class FileSink final : public BlobSink {
public:
    FileSink(const DirectoryBlobStore* store, fs::path tmp, int fd) : m_store(store), m_tmp(std::move(tmp)), m_fd(fd) {}
    ~FileSink() override { discard(); }

    bool write(const void* data, std::size_t size) override {
        const char* p = static_cast<const char*>(data);
        std::size_t left = size;
        while (left > 0) {
            ssize_t n = ::write(m_fd, p, left);
            if (n < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        m_hash.update(data, size);
        m_size += size;
        return true;
    }

    std::uint64_t size() const override { return m_size; }

    void discard() override {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
            std::error_code ec;
            fs::remove(m_tmp, ec);
        }
    }

    Result<std::string> commit() override {
        if (m_fd < 0) return Error{"INTERNAL_ERROR", "blob writer already closed"};
        if (::fsync(m_fd) != 0) {
            discard();
            return Error{"DISK_FULL", std::string("fsync: ") + std::strerror(errno)};
        }
        ::close(m_fd);
        m_fd = -1;
        std::string sha = m_hash.hex();
        fs::path dest = m_store->local_path(sha);
        std::error_code ec;
        fs::create_directories(dest.parent_path(), ec);
        if (fs::exists(dest, ec)) {
            fs::remove(m_tmp, ec);
            return sha;
        }
        fs::rename(m_tmp, dest, ec);
        if (ec) return Error{"INTERNAL_ERROR", "blob rename: " + ec.message()};
        return sha;
    }

private:
    const DirectoryBlobStore* m_store;
    fs::path m_tmp;
    int m_fd;
    std::uint64_t m_size = 0;
    hash::Sha256 m_hash;
};

}  // namespace

DirectoryBlobStore::DirectoryBlobStore(fs::path root) : m_root(std::move(root)) {}

fs::path DirectoryBlobStore::local_path(const std::string& sha) const { return m_root / sha.substr(0, 2) / sha; }

bool DirectoryBlobStore::contains(const std::string& sha) const {
    std::error_code ec;
    return fs::exists(local_path(sha), ec);
}

std::unique_ptr<std::istream> DirectoryBlobStore::open(const std::string& sha) const {
    auto in = std::make_unique<std::ifstream>(local_path(sha), std::ios::binary);
    if (!*in) return nullptr;
    return in;
}

Result<BlobWriter> DirectoryBlobStore::begin() const {
    std::error_code ec;
    fs::create_directories(m_root / "tmp", ec);
    static std::atomic<unsigned> counter{0};
    fs::path tmp = m_root / "tmp" /
                   ("w" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".part");
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0) return Error{"INTERNAL_ERROR", std::string("blob store: ") + std::strerror(errno)};
    return BlobWriter(std::make_unique<FileSink>(this, tmp, fd));
}

Result<std::string> DirectoryBlobStore::put_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error{"UNREADABLE", "cannot open " + file.filename().string()};
    auto w = begin();
    if (!w) return w.error();
    std::vector<char> buf(1 << 16);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        if (!w->write(buf.data(), static_cast<std::size_t>(in.gcount())))
            return Error{"DISK_FULL", "write failed"};
    }
    return w->commit();
}

}  // namespace kc
