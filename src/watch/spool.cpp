#include "watch/spool.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

#include "util/date.h"
#include "util/hash.h"
#include "util/log.h"
#include "watch/fault.h"

namespace kc::watch {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t k_copy_chunk = 1 << 20;

void fsync_path(const fs::path& p, bool dir) {
    int fd = ::open(p.c_str(), (dir ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

Error io_error(const std::string& what, int err) {
    return Error{err == ENOSPC || err == EDQUOT ? "DISK_FULL" : "INTERNAL_ERROR", what + ": " + std::strerror(err)};
}

// Copies one file, fsyncs it, returns the SHA-256 of the bytes read.
Result<std::string> copy_file_synced(const fs::path& from, const fs::path& to, bool inject_half_fault) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return io_error(from.string(), errno);
    int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0) {
        int err = errno;
        ::close(in);
        return io_error(to.string(), err);
    }
    hash::Sha256 sha;
    std::vector<char> buf(k_copy_chunk);
    bool halfway_done = false;
    for (;;) {
        ssize_t n = ::read(in, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int err = errno;
            ::close(in), ::close(out);
            return io_error(from.string(), err);
        }
        if (n == 0) break;
        sha.update(buf.data(), static_cast<std::size_t>(n));
        for (ssize_t done = 0; done < n;) {
            ssize_t w = ::write(out, buf.data() + done, static_cast<std::size_t>(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) {
                int err = errno;
                ::close(in), ::close(out);
                return io_error(to.string(), err);
            }
            done += w;
            if (inject_half_fault && !halfway_done) {
                halfway_done = true;
                fault_point("claim.copy_half");
            }
        }
    }
    ::close(in);
    bool synced = ::fsync(out) == 0;
    int err = errno;
    ::close(out);
    if (!synced) return io_error(to.string(), err);
    return sha.hex();
}

std::vector<fs::path> files_under(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        if (it->is_regular_file(ec) && !it->is_symlink(ec)) out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string manifest_sha(const std::vector<std::pair<std::string, std::string>>& rel_sha) {
    auto sorted = rel_sha;
    std::sort(sorted.begin(), sorted.end());
    std::string m;
    for (const auto& [rel, sha] : sorted) m += rel + " " + sha + "\n";
    return hash::sha256_hex(m);
}

// Copies a file or a folder tree into `to` (which must not exist); returns the source SHA-256 as read.
Result<std::string> copy_drop(const fs::path& from, const fs::path& to, bool folder) {
    if (!folder) return copy_file_synced(from, to, true);
    std::error_code ec;
    fs::create_directory(to, ec);
    if (ec) return io_error(to.string(), ec.value());
    std::vector<std::pair<std::string, std::string>> rel_sha;
    bool first = true;
    std::vector<fs::path> dirs = {to};
    for (const auto& f : files_under(from)) {
        auto rel = fs::relative(f, from);
        fs::path dest = to / rel;
        fs::create_directories(dest.parent_path(), ec);
        if (ec) return io_error(dest.string(), ec.value());
        dirs.push_back(dest.parent_path());
        auto sha = copy_file_synced(f, dest, first);
        first = false;
        if (!sha) return sha.error();
        rel_sha.emplace_back(rel.generic_string(), *sha);
    }
    std::sort(dirs.begin(), dirs.end());
    dirs.erase(std::unique(dirs.begin(), dirs.end()), dirs.end());
    for (auto d = dirs.rbegin(); d != dirs.rend(); ++d) fsync_path(*d, true);
    return manifest_sha(rel_sha);
}

bool present(const fs::path& p) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec));
}

void remove_drop(const fs::path& p) {
    std::error_code ec;
    fs::remove_all(p, ec);
    fsync_path(p.parent_path(), true);
}

}  // namespace

std::optional<std::string> drop_sha256(const fs::path& p, bool folder) {
    if (!folder) return hash::sha256_file(p);
    std::vector<std::pair<std::string, std::string>> rel_sha;
    for (const auto& f : files_under(p)) {
        auto sha = hash::sha256_file(f);
        if (!sha) return std::nullopt;
        rel_sha.emplace_back(fs::relative(f, p).generic_string(), *sha);
    }
    return manifest_sha(rel_sha);
}

Spool::Spool(fs::path dir) : m_dir(std::move(dir)), m_journal(m_dir / "journal.log") {
    std::error_code ec;
    fs::create_directories(m_dir, ec);
}

std::string Spool::new_claim_id() const {
    std::string stamp = date::timestamp_vn(date::now_unix());  // 2022-11-20T15:30:12+07:00
    std::random_device rd;
    char rnd[9];
    std::snprintf(rnd, sizeof rnd, "%08x", rd());
    return "C" + stamp.substr(0, 4) + stamp.substr(5, 2) + stamp.substr(8, 2) + "-" + stamp.substr(11, 2) +
           stamp.substr(14, 2) + stamp.substr(17, 2) + "-" + rnd;
}

Result<ClaimRecord> Spool::claim(const ClaimRequest& req, bool force_copy) {
    ClaimRecord r;
    r.id = new_claim_id();
    r.unit = req.unit;
    r.rel = req.rel;
    r.folder = req.folder;
    r.source = req.source;
    fs::path box = m_dir / r.id;
    r.spool_path = box / req.source.filename();
    std::error_code ec;
    fs::create_directory(box, ec);
    if (ec) return io_error(box.string(), ec.value());
    fsync_path(m_dir, true);

    auto begin = [&](bool copy) {
        r.copy = copy;
        return m_journal.append({"begin", r.id, copy ? "copy" : "rename", r.unit, r.rel, r.folder ? "folder" : "file",
                                 r.spool_path.string(), r.source.string()});
    };
    auto abandon = [&](const Error& e) -> Result<ClaimRecord> {
        remove_drop(box);
        m_journal.append({"abandoned", r.id, e.code});
        return e;
    };

    if (!force_copy) {
        if (auto j = begin(false); !j) return abandon(j.error());
        fault_point("claim.begun");
        if (::rename(req.source.c_str(), r.spool_path.c_str()) == 0) {
            fsync_path(box, true);
            fsync_path(req.source.parent_path(), true);
            if (auto j = m_journal.append({"claimed", r.id}); !j) return j.error();  // resume() sees it in the spool
            r.state = ClaimState::claimed;
            fault_point("claim.claimed");
            return r;
        }
        int err = errno;
        if (err != EXDEV) return abandon(io_error(req.source.string(), err));
        m_journal.append({"abandoned", r.id, "EXDEV"});
        r.id = new_claim_id();  // the copy is a new claim in a fresh box
        fs::path old_box = box;
        box = m_dir / r.id;
        r.spool_path = box / req.source.filename();
        fs::rename(old_box, box, ec);
        if (ec) return io_error(box.string(), ec.value());
    }

    // Another file system: copy → fsync → verify → remove.
    struct stat before {};
    if (::stat(req.source.c_str(), &before) != 0) return io_error(req.source.string(), errno);
    if (auto j = begin(true); !j) return abandon(j.error());
    fault_point("claim.begun");
    auto copied = copy_drop(req.source, r.spool_path, req.folder);
    if (!copied) return abandon(copied.error());
    auto verify = drop_sha256(r.spool_path, req.folder);
    struct stat after {};
    bool unchanged = ::stat(req.source.c_str(), &after) == 0 && after.st_size == before.st_size &&
                     after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec;
    if (!verify || *verify != *copied) return abandon(Error{"INTERNAL_ERROR", "the copy does not match what was read"});
    if (!unchanged) return abandon(Error{"CHANGED", req.source.string() + ": changed while being copied"});
    fsync_path(box, true);
    if (auto j = m_journal.append({"copied", r.id, *copied}); !j) return abandon(j.error());
    r.sha256 = *copied;
    r.state = ClaimState::copied;
    fault_point("claim.copied");
    remove_drop(req.source);
    if (present(req.source)) return Error{"INTERNAL_ERROR", req.source.string() + ": copied but cannot be removed"};
    if (auto j = m_journal.append({"claimed", r.id}); !j) return j.error();
    r.state = ClaimState::claimed;
    fault_point("claim.claimed");
    return r;
}

std::vector<ClaimRecord> Spool::resume() {
    std::vector<ClaimRecord> pending;
    for (auto& [id, r] : m_journal.read()) {
        switch (r.state) {
            case ClaimState::done:
            case ClaimState::abandoned:
                if (r.state == ClaimState::abandoned && present(m_dir / id)) remove_drop(m_dir / id);
                continue;
            case ClaimState::begun:
                if (!r.copy && present(r.spool_path)) {
                    log::warn("", "", "claim " + id + ": resumed after a crash: the rename had happened");
                    m_journal.append({"claimed", id});
                    r.state = ClaimState::claimed;
                    break;
                }
                log::warn("", "", "claim " + id + ": resumed after a crash: nothing taken, left in the inbox");
                remove_drop(m_dir / id);
                m_journal.append({"abandoned", id, "crash before the claim completed"});
                continue;
            case ClaimState::copied:
                if (present(r.source)) {
                    auto now = drop_sha256(r.source, r.folder);
                    if (now && *now == r.sha256) remove_drop(r.source);
                    else log::warn("", "", "claim " + id + ": the inbox item changed since it was copied; left for a new claim");
                }
                log::warn("", "", "claim " + id + ": resumed after a crash: the verified copy is kept");
                m_journal.append({"claimed", id});
                r.state = ClaimState::claimed;
                break;
            case ClaimState::claimed:
            case ClaimState::recorded:
                break;
        }
        pending.push_back(r);
    }
    std::sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    return pending;
}

Result<bool> Spool::mark_recorded(const ClaimRecord& c, const std::string& submission) {
    return m_journal.append({"recorded", c.id, submission});
}

Result<bool> Spool::finish(const ClaimRecord& c, const std::optional<fs::path>& keep_as) {
    fs::path box = m_dir / c.id;
    if (keep_as && present(c.spool_path)) {
        std::error_code ec;
        fs::create_directories(keep_as->parent_path(), ec);
        if (!present(*keep_as)) fs::rename(c.spool_path, *keep_as, ec);
        if (ec) return io_error(keep_as->string(), ec.value());
        fsync_path(keep_as->parent_path(), true);
    }
    remove_drop(box);
    return m_journal.append({"done", c.id});
}

}  // namespace kc::watch
