#include "util/blob_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

#include "util/hash.h"

namespace kc {
namespace fs = std::filesystem;

BlobStore::BlobStore(fs::path root) : m_root(std::move(root)) {}

fs::path BlobStore::path_of(const std::string& sha) const { return m_root / sha.substr(0, 2) / sha; }

bool BlobStore::contains(const std::string& sha) const {
    std::error_code ec;
    return fs::exists(path_of(sha), ec);
}

Result<BlobWriter> BlobStore::begin() const {
    std::error_code ec;
    fs::create_directories(m_root / "tmp", ec);
    static std::atomic<unsigned> counter{0};
    fs::path tmp = m_root / "tmp" /
                   ("w" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".part");
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0) return Error{"INTERNAL_ERROR", std::string("blob store: ") + std::strerror(errno)};
    return BlobWriter(this, tmp, fd);
}

Result<std::string> BlobStore::put_file(const fs::path& file) {
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

BlobWriter::BlobWriter(const BlobStore* store, fs::path tmp, int fd)
    : m_store(store), m_tmp(std::move(tmp)), m_fd(fd), m_hash(new hash::Sha256) {}

BlobWriter::BlobWriter(BlobWriter&& o) noexcept
    : m_store(o.m_store), m_tmp(std::move(o.m_tmp)), m_fd(o.m_fd), m_size(o.m_size), m_hash(o.m_hash) {
    o.m_fd = -1;
    o.m_hash = nullptr;
}

BlobWriter::~BlobWriter() {
    discard();
    delete static_cast<hash::Sha256*>(m_hash);
}

void BlobWriter::discard() {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
        std::error_code ec;
        fs::remove(m_tmp, ec);
    }
}

bool BlobWriter::write(const void* data, std::size_t size) {
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
    static_cast<hash::Sha256*>(m_hash)->update(data, size);
    m_size += size;
    return true;
}

Result<std::string> BlobWriter::commit() {
    if (m_fd < 0) return Error{"INTERNAL_ERROR", "blob writer already closed"};
    if (::fsync(m_fd) != 0) {
        discard();
        return Error{"DISK_FULL", std::string("fsync: ") + std::strerror(errno)};
    }
    ::close(m_fd);
    m_fd = -1;
    std::string sha = static_cast<hash::Sha256*>(m_hash)->hex();
    fs::path dest = m_store->path_of(sha);
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

}  // namespace kc
