#include "dossier/zip_writer.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <memory>

namespace kc::dossier {
namespace {

struct ArchiveFree {
    void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryFree {
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

std::string error_of(archive* a) {
    const char* s = archive_error_string(a);
    return s ? s : "libarchive error";
}

Result<bool> add_entry(archive* a, const ZipEntry& z, std::time_t mtime) {
    std::string bytes = z.content;
    if (!z.file.empty()) {
        std::ifstream in(z.file, std::ios::binary);
        if (!in) return Error{"RUN", z.file.string() + ": cannot read"};
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::unique_ptr<archive_entry, EntryFree> e(archive_entry_new());
    archive_entry_set_pathname_utf8(e.get(), z.name.c_str());
    archive_entry_set_filetype(e.get(), AE_IFREG);
    archive_entry_set_perm(e.get(), 0644);
    archive_entry_set_size(e.get(), static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_mtime(e.get(), mtime, 0);
    if (archive_write_header(a, e.get()) != ARCHIVE_OK) return Error{"RUN", z.name + ": " + error_of(a)};
    if (!bytes.empty() && archive_write_data(a, bytes.data(), bytes.size()) != static_cast<la_ssize_t>(bytes.size()))
        return Error{"RUN", z.name + ": " + error_of(a)};
    return true;
}

}  // namespace

Result<bool> write_zip(const std::filesystem::path& target, const std::vector<ZipEntry>& entries, std::time_t mtime) {
    auto tmp = target;
    tmp += ".tmp" + std::to_string(::getpid());
    {
        std::unique_ptr<archive, ArchiveFree> a(archive_write_new());
        archive_write_set_format_zip(a.get());
        archive_write_set_options(a.get(), "zip:compression=deflate,zip:hdrcharset=UTF-8");
        if (archive_write_open_filename(a.get(), tmp.c_str()) != ARCHIVE_OK)
            return Error{"RUN", tmp.string() + ": " + error_of(a.get())};
        for (const auto& z : entries)
            if (auto r = add_entry(a.get(), z, mtime); !r) {
                archive_write_close(a.get());
                std::error_code ec;
                std::filesystem::remove(tmp, ec);
                return r;
            }
        if (archive_write_close(a.get()) != ARCHIVE_OK) {
            std::error_code ec;
            std::filesystem::remove(tmp, ec);
            return Error{"DISK_FULL", tmp.string() + ": " + error_of(a.get())};
        }
    }
    int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0) ::close(fd);
        return Error{"DISK_FULL", tmp.string() + ": fsync failed"};
    }
    ::close(fd);
    std::error_code ec;
    std::filesystem::rename(tmp, target, ec);
    if (ec) return Error{"RUN", target.string() + ": " + ec.message()};
    return true;
}

}  // namespace kc::dossier
