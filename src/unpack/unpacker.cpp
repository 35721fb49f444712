#include "unpack/unpacker.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include "unpack/archive_handle.h"
#include "unpack/entry_name.h"
#include "util/text.h"

namespace kc::unpack {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t k_chunk_bytes = 64 * 1024;

bool mentions_encryption(const std::string& s) {
    return s.find("ncrypt") != std::string::npos || s.find("assphrase") != std::string::npos ||
           s.find("assword") != std::string::npos;
}

bool has_code(const std::vector<Reason>& rs, ReasonCode code) { return kc::has_reason(rs, code); }

// Closes a file descriptor on every path out of a scope.
class FdGuard {
public:
    explicit FdGuard(int fd) : m_fd(fd) {}
    ~FdGuard() {
        if (m_fd >= 0) ::close(m_fd);
    }
    FdGuard(const FdGuard&) = delete;
    FdGuard& operator=(const FdGuard&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

}  // namespace

Unpacker::Unpacker(const BlobStore& store, const Limits& limits, std::string legacy_charset, Result& out)
    : m_store(store), m_limits(limits), m_legacy(std::move(legacy_charset)), m_out(out) {}

void Unpacker::mark_damaged(const std::string& where, const std::string& detail, bool encrypted) {
    m_out.damaged = true;
    const std::string d = where.empty() ? detail : where + ": " + detail;
    m_out.reasons.push_back(make_reason(ReasonCode::ARCHIVE_DAMAGED, d));
    if (encrypted) m_out.reasons.push_back(make_reason(ReasonCode::ENCRYPTED_ENTRY, d));
}

bool Unpacker::count_header() {
    if (++m_headers <= m_limits.max_entries) return true;
    m_stopped = true;
    m_out.reasons.push_back(make_reason(ReasonCode::TOO_MANY_ENTRIES,
                                        "more than " + std::to_string(m_limits.max_entries) + " entries"));
    return false;
}

void Unpacker::stop(ReasonCode code, const std::string& detail, Entry& e) {
    e.refused = true;
    e.reasons.push_back(make_reason(code, detail));
    if (!m_stopped) m_out.reasons.push_back(make_reason(code, detail));
    m_stopped = true;
}

Entry Unpacker::name_entry(const std::string& raw, const std::string& prefix, bool name_readable) {
    Entry e;
    e.raw_name_hex = to_hex(raw);
    if (!name_readable) {
        // libarchive could not convert a Unicode name; keep the member, name it by position.
        e.path_in_archive = prefix + "(entry " + std::to_string(m_headers) + ")";
        e.name_encoding = "unknown";
        e.reasons.push_back(make_reason(ReasonCode::NAME_ENCODING, "name could not be decoded"));
        return e;
    }
    DecodedName name = decode_entry_name(raw, false, m_legacy);
    e.name_encoding = name.encoding;
    if (name.legacy) e.reasons.push_back(make_reason(ReasonCode::NAME_ENCODING, name.encoding));
    std::string why = unsafe_reason(name.utf8);
    std::string cleaned = why.empty() ? clean_path(name.utf8) : std::string();
    if (why.empty() && cleaned.empty()) why = "empty name";
    if (!why.empty()) {
        // Recorded as decoded (never used as a path) so a reviewer sees the trick.
        e.path_in_archive = prefix + name.utf8;
        e.refused = true;
        e.reasons.push_back(make_reason(ReasonCode::UNSAFE_PATH, why));
        return e;
    }
    e.path_in_archive = prefix + cleaned;
    if (is_ignored_name(cleaned)) {
        e.ignored = true;
        e.reasons.push_back(make_reason(ReasonCode::IGNORED_SYSTEM_FILE));
    }
    return e;
}

void Unpacker::walk_archive(archive* a, const std::string& prefix, int level) {
    const std::string where = prefix.empty() ? std::string() : prefix.substr(0, prefix.size() - 1);
    bool first = true;
    while (!m_stopped) {
        archive_entry* ae = nullptr;
        int r = archive_read_next_header(a, &ae);
        if (first && level == 0) m_out.format = format_label(a);
        first = false;
        if (r == ARCHIVE_EOF) return;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN && r != ARCHIVE_FAILED) {
            // FATAL (or RETRY, which we do not loop on): what was read so far stays.
            std::string err = error_text(a);
            // Encrypted headers (zip central directory, 7z, rar) end here.
            mark_damaged(where, err, mentions_encryption(err) || archive_read_has_encrypted_entries(a) > 0);
            return;
        }
        if (!count_header()) return;
        if (archive_entry_filetype(ae) == AE_IFDIR) continue;
        const char* raw = archive_entry_pathname(ae);
        Entry e = name_entry(raw ? raw : "", prefix, raw != nullptr);
        if (r == ARCHIVE_FAILED) {
            // libarchive could not set this member up; it says the next one may work.
            std::string err = error_text(a);
            bool encrypted = mentions_encryption(err) || archive_entry_is_encrypted(ae);
            e.refused = true;
            e.reasons.push_back(make_reason(encrypted ? ReasonCode::ENCRYPTED_ENTRY : ReasonCode::ARCHIVE_DAMAGED, err));
            if (!encrypted) mark_damaged(where, err);
            push(std::move(e));
            continue;
        }
        bool fatal = false;
        handle_archive_member(a, ae, std::move(e), level, fatal);
        if (fatal) return;
    }
}

void Unpacker::handle_archive_member(archive* a, archive_entry* ae, Entry e, int level, bool& fatal) {
    if (e.refused || e.ignored) return push(std::move(e));
    const auto type = archive_entry_filetype(ae);
    if (archive_entry_hardlink(ae) || type == AE_IFLNK) {
        e.refused = true;
        e.reasons.push_back(make_reason(ReasonCode::SYMLINK_ENTRY, type == AE_IFLNK ? "symlink" : "hardlink"));
        return push(std::move(e));
    }
    if (type != AE_IFREG && type != 0) {  // 0: format without types; its bytes are still just bytes
        e.refused = true;
        e.reasons.push_back(make_reason(ReasonCode::SYMLINK_ENTRY, "device or special file"));
        return push(std::move(e));
    }
    if (archive_entry_is_data_encrypted(ae) || archive_entry_is_metadata_encrypted(ae)) {
        e.refused = true;
        e.reasons.push_back(make_reason(ReasonCode::ENCRYPTED_ENTRY));
        return push(std::move(e));
    }
    std::string read_error;
    long long read_status = 0;
    ReadFn read = [a](char* buf, std::size_t size, std::string&) -> long long {
        return archive_read_data(a, buf, size);
    };
    ConsumedFn consumed = [a]() -> std::uint64_t {
        const auto n = archive_filter_bytes(a, -1);  // raw bytes taken from the file so far
        return n > 0 ? static_cast<std::uint64_t>(n) : 0;
    };
    StoreStatus s = store(read, consumed, e, read_error, read_status);
    if (s == StoreStatus::read_failed) {
        read_error = error_text(a);
        bool encrypted = mentions_encryption(read_error) || archive_entry_is_data_encrypted(ae);
        e.refused = true;
        e.reasons.push_back(
            make_reason(encrypted ? ReasonCode::ENCRYPTED_ENTRY : ReasonCode::ARCHIVE_DAMAGED, read_error));
        if (!encrypted) {
            const std::string& path = e.path_in_archive;
            mark_damaged(std::string(), path + ": " + read_error);
        }
        fatal = read_status == ARCHIVE_FATAL;
        return push(std::move(e));
    }
    push(std::move(e));
    if (s == StoreStatus::stored) open_if_nested(m_out.entries.size() - 1, level);
}

void Unpacker::push(Entry e) {
    const bool named = !has_code(e.reasons, ReasonCode::UNSAFE_PATH) && e.name_encoding != "unknown";
    if (named) {
        // Windows and macOS extract case-insensitively: "A.pdf" and "a.pdf" overwrite each other too.
        const std::string key = text::lower(e.path_in_archive);
        auto [it, fresh] = m_names.emplace(key, e.path_in_archive);
        if (!fresh) {
            const bool exact = it->second == e.path_in_archive;
            e.reasons.push_back(make_reason(ReasonCode::DUPLICATE_NAME,
                                            exact ? "same name as an earlier entry"
                                                  : "differs only in letter case from " + it->second));
        }
    }
    m_out.entries.push_back(std::move(e));
}

// libarchive reports no compressed sizes, so an entry's input is the raw bytes
// the reader consumed while its data streamed out. An entry that consumed none
// (the next member of a solid 7z/rar block, decoded with the one before) is
// judged with its group: the last entry that consumed input and every
// zero-input entry after it.
bool Unpacker::entry_ratio_exceeded(std::uint64_t entry_in, std::uint64_t entry_out) const {
    const std::uint64_t in = entry_in > 0 ? entry_in : m_group_in;
    const std::uint64_t out = entry_in > 0 ? entry_out : m_group_out + entry_out;
    if (out <= k_ratio_floor_bytes) return false;
    return static_cast<double>(out) > m_limits.max_entry_ratio * static_cast<double>(std::max<std::uint64_t>(in, 1));
}

void Unpacker::close_group(std::uint64_t entry_in, std::uint64_t entry_out) {
    if (entry_in > 0) {
        m_group_in = entry_in;
        m_group_out = entry_out;
    } else {
        m_group_out += entry_out;
    }
}

Unpacker::StoreStatus Unpacker::store(const ReadFn& read, const ConsumedFn& consumed, Entry& e,
                                      std::string& read_error, long long& read_status) {
    const std::uint64_t start = consumed ? consumed() : 0;
    auto entry_in = [&]() -> std::uint64_t {
        if (!consumed) return 0;
        const std::uint64_t now = consumed();
        return now > start ? now - start : 0;
    };
    auto writer = m_store.begin();
    if (!writer) {
        stop(ReasonCode::INTERNAL_ERROR, writer.error().detail, e);
        return StoreStatus::stop;
    }
    std::vector<char> buf(k_chunk_bytes);
    for (;;) {
        long long n = read(buf.data(), buf.size(), read_error);
        if (n == 0) break;
        if (n < 0) {
            read_status = n;
            writer->discard();
            return StoreStatus::read_failed;
        }
        const auto got = static_cast<std::uint64_t>(n);
        m_produced += got;  // counted even when refused: the work was done
        if (e.size + got > m_limits.max_entry_bytes) {
            writer->discard();
            e.size += got;
            e.refused = true;
            e.reasons.push_back(make_reason(ReasonCode::TOO_LARGE,
                                            "entry over " + std::to_string(m_limits.max_entry_bytes) + " bytes"));
            close_group(entry_in(), e.size);
            return StoreStatus::refused;
        }
        if (m_produced > m_limits.max_total_bytes) {
            writer->discard();
            e.size += got;
            stop(ReasonCode::TOO_LARGE, "output over " + std::to_string(m_limits.max_total_bytes) + " bytes", e);
            return StoreStatus::stop;
        }
        if (m_produced > k_ratio_floor_bytes &&
            static_cast<double>(m_produced) > m_limits.max_ratio * static_cast<double>(std::max<std::uint64_t>(m_input_bytes, 1))) {
            writer->discard();
            e.size += got;
            stop(ReasonCode::COMPRESSION_RATIO,
                 "output/input over " + std::to_string(static_cast<long long>(m_limits.max_ratio)), e);
            return StoreStatus::stop;
        }
        if (consumed && entry_ratio_exceeded(entry_in(), e.size + got)) {
            writer->discard();
            e.size += got;
            stop(ReasonCode::COMPRESSION_RATIO,
                 e.path_in_archive + ": output/input of this entry over " +
                     std::to_string(static_cast<long long>(m_limits.max_entry_ratio)),
                 e);
            return StoreStatus::stop;
        }
        if (!writer->write(buf.data(), got)) {
            writer->discard();
            stop(ReasonCode::DISK_FULL, "blob write failed", e);
            return StoreStatus::stop;
        }
        e.size += got;
    }
    auto sha = writer->commit();
    if (!sha) {
        auto code = reason_code_from_name(sha.error().code).value_or(ReasonCode::INTERNAL_ERROR);
        stop(code, sha.error().detail, e);
        return StoreStatus::stop;
    }
    e.sha256 = *sha;
    close_group(entry_in(), e.size);
    return StoreStatus::stored;
}

void Unpacker::open_if_nested(std::size_t index, int level) {
    const std::string path = m_out.entries[index].path_in_archive;
    if (has_document_package_extension(path)) return;
    const fs::path blob = m_store.local_path(*m_out.entries[index].sha256);
    std::string error;
    ArchivePtr inner = open_archive(blob, false, error);
    if (!inner || looks_like_document_package(blob)) return;
    if (level + 1 > m_limits.max_depth) {
        Entry& e = m_out.entries[index];
        e.refused = true;
        e.reasons.push_back(make_reason(ReasonCode::NESTING_TOO_DEEP,
                                        "deeper than " + std::to_string(m_limits.max_depth) + " levels"));
        return;
    }
    m_out.entries[index].container = true;  // no reference kept: the walk below grows the vector
    walk_archive(inner.get(), path + "/", level + 1);
}

void Unpacker::walk_folder(const fs::path& dir, const std::string& prefix) {
    std::error_code ec;
    std::vector<fs::directory_entry> children;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) children.push_back(*it);
    if (ec) mark_damaged(prefix, "cannot list folder: " + ec.message());
    // Directory order is arbitrary; sorting by name bytes keeps the result stable.
    std::sort(children.begin(), children.end(),
              [](const auto& x, const auto& y) { return x.path().filename().native() < y.path().filename().native(); });
    for (const auto& child : children) {
        if (m_stopped) return;
        if (!count_header()) return;
        Entry e = name_entry(child.path().filename().native(), prefix, true);
        const auto st = child.symlink_status(ec);
        if (!e.refused && fs::is_directory(st)) {
            if (!is_ignored_name(child.path().filename().native()))
                walk_folder(child.path(), e.path_in_archive + "/");
            else
                push(std::move(e));
            continue;
        }
        if (e.refused || e.ignored) {
            push(std::move(e));
            continue;
        }
        if (fs::is_symlink(st)) {
            e.refused = true;
            e.reasons.push_back(make_reason(ReasonCode::SYMLINK_ENTRY, "symlink"));
        } else if (!fs::is_regular_file(st)) {
            e.refused = true;
            e.reasons.push_back(make_reason(ReasonCode::SYMLINK_ENTRY, "device or special file"));
        } else {
            handle_folder_file(child.path(), std::move(e));
            continue;
        }
        push(std::move(e));
    }
}

void Unpacker::handle_folder_file(const fs::path& file, Entry e) {
    // O_NOFOLLOW + fstat: the file may have been swapped for a link or a FIFO
    // since the directory was listed.
    FdGuard fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    struct stat st {};
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        e.refused = true;
        e.reasons.push_back(make_reason(fd.get() < 0 && errno == ELOOP ? ReasonCode::SYMLINK_ENTRY
                                                                       : ReasonCode::UNREADABLE,
                                        "cannot open as a regular file"));
        return push(std::move(e));
    }
    add_input_bytes(static_cast<std::uint64_t>(st.st_size));
    ReadFn read = [&fd](char* buf, std::size_t size, std::string& error) -> long long {
        for (;;) {
            ssize_t n = ::read(fd.get(), buf, size);
            if (n >= 0) return n;
            if (errno == EINTR) continue;
            error = "read failed";
            return ARCHIVE_FATAL;
        }
    };
    std::string read_error;
    long long status = 0;
    StoreStatus s = store(read, nullptr, e, read_error, status);
    if (s == StoreStatus::read_failed) {
        e.refused = true;
        e.reasons.push_back(make_reason(ReasonCode::UNREADABLE, read_error));
    }
    push(std::move(e));
    if (s == StoreStatus::stored) open_if_nested(m_out.entries.size() - 1, 0);
}

void Unpacker::finish() {
    if (m_out.damaged) return;
    bool any_document = std::any_of(m_out.entries.begin(), m_out.entries.end(), [](const Entry& e) {
        return e.sha256 && !e.refused && !e.ignored && !e.container;
    });
    if (!any_document && !has_code(m_out.reasons, ReasonCode::EMPTY_SUBMISSION))
        m_out.reasons.push_back(make_reason(ReasonCode::EMPTY_SUBMISSION));
}

}  // namespace kc::unpack
