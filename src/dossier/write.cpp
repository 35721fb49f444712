#include "dossier/write.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "dossier/naming.h"
#include "dossier/ooxml.h"
#include "dossier/zip_writer.h"
#include "util/hash.h"

namespace kc::dossier {
namespace fs = std::filesystem;

namespace {

Result<bool> write_text(const fs::path& file, const std::string& content) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) return Error{"DISK_FULL", file.string() + ": write failed"};
    return true;
}

// Noon of the as-of day in UTC+7: the zips' fixed time.
std::time_t as_of_time(const Date& d) {
    const auto days = std::chrono::sys_days(d).time_since_epoch().count();
    return static_cast<std::time_t>(days) * 86400 + 5 * 3600;  // 12:00 +07:00
}

Result<bool> sync_tree(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) {
        if (fd >= 0) ::close(fd);
        return Error{"DISK_FULL", dir.string() + ": sync failed"};
    }
    ::close(fd);
    return true;
}

// Replaces `target` by `tmp`: a rename when it does not exist, an atomic exchange when it does.
Result<bool> replace_dir(const fs::path& tmp, const fs::path& target) {
    std::error_code ec;
    if (!fs::exists(target, ec)) {
        fs::rename(tmp, target, ec);
        if (ec) return Error{"RUN", target.string() + ": " + ec.message()};
        return true;
    }
    if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0)
        return Error{"RUN", target.string() + ": cannot replace the existing dossier"};
    fs::remove_all(tmp, ec);  // now the old dossier
    return true;
}

Result<bool> fill(const Dossier& d, const BlobStore& store, const fs::path& root, Written& w) {
    std::vector<std::pair<std::string, std::string>> files;  // relative path, sha256
    auto add_text = [&](const std::string& rel, const std::string& content) -> Result<bool> {
        if (auto r = write_text(root / fs::u8path(rel), content); !r) return r;
        files.emplace_back(rel, hash::sha256_hex(content));
        return true;
    };
    for (const auto& row : d.rows) {
        const bool explain = row.leaf && !row.explanation.vi.empty();
        if (row.evidence.empty() && !explain) continue;
        const std::string folder = windows_safe(row.code);
        std::error_code ec;
        fs::create_directories(root / fs::u8path(folder), ec);
        if (ec) return Error{"RUN", (root / folder).string() + ": " + ec.message()};
        for (const auto& e : row.evidence) {
            const fs::path blob = store.local_path(e.sha256);
            const std::string rel = folder + "/" + e.file_name;
            fs::copy_file(blob, root / fs::u8path(rel), fs::copy_options::overwrite_existing, ec);
            if (ec) return Error{"RUN", "blob " + e.sha256 + ": " + ec.message()};
            auto copied = hash::sha256_file(root / fs::u8path(rel));
            if (!copied || *copied != e.sha256)
                return Error{"BLOB_MISMATCH", "blob " + e.sha256 + " does not hash to its name"};
            files.emplace_back(rel, e.sha256);
            ++w.evidence_files;
            if (!e.pages.empty()) {
                const auto dot = e.file_name.rfind('.');
                const std::string note = windows_safe(e.file_name.substr(0, dot) + " - Ghi chú trang.txt");
                if (auto r = add_text(folder + "/" + note, pages_note(row.code, e)); !r) return r;
            }
        }
        if (explain) {
            std::string text = "Tiêu chí " + row.code + ": " + row.title + "\n\nGiải trình:\n" + row.explanation.vi + "\n";
            if (!row.explanation.en.empty()) text += "\n(English draft) " + row.explanation.en + "\n";
            if (auto r = add_text(folder + "/Giải trình.txt", text); !r) return r;
        }
    }
    const std::time_t mtime = as_of_time(d.as_of);
    for (const auto& [ext, parts] : {std::pair{std::string(".xlsx"), xlsx_parts(d)}, std::pair{std::string(".docx"), docx_parts(d)}}) {
        std::vector<ZipEntry> entries;
        for (const auto& p : parts) entries.push_back({p.name, p.content, {}});
        const std::string rel = std::string(k_table_name) + ext;
        if (auto r = write_zip(root / fs::u8path(rel), entries, mtime); !r) return r;
        auto sha = hash::sha256_file(root / fs::u8path(rel));
        if (!sha) return Error{"RUN", rel + ": cannot read back"};
        files.emplace_back(rel, *sha);
    }
    std::sort(files.begin(), files.end());
    std::string manifest;
    for (const auto& [rel, sha] : files) {
        manifest += sha + "  " + rel + "\n";
        w.files.push_back(rel);
    }
    return add_text(k_manifest_name, manifest);
}

}  // namespace

std::string pages_note(const std::string& code, const EvidenceFile& e) {
    return "Tài liệu: " + e.file_name + "\nVăn bản: " + evidence_line(e) + "\nTiêu chí " + code +
           ": chỉ áp dụng các trang " + e.pages + " (tài liệu có " + std::to_string(e.page_count) + " trang).\n\n" +
           "Document: " + evidence_line(e, true) + "\nCriterion " + code + ": only pages " + e.pages +
           " apply (of " + std::to_string(e.page_count) + ").\n";
}

Result<Written> write_dossier(const Dossier& d, const BlobStore& store, const fs::path& dir_in) {
    const fs::path dir = fs::absolute(dir_in).lexically_normal();
    const fs::path parent = dir.parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) return Error{"RUN", parent.string() + ": " + ec.message()};
    const fs::path tmp = parent / ("." + dir.filename().string() + ".tmp" + std::to_string(::getpid()));
    fs::remove_all(tmp, ec);
    fs::create_directory(tmp, ec);
    if (ec) return Error{"RUN", tmp.string() + ": " + ec.message()};
    // The zip is built from the temp folder BEFORE the swap, so that replacing the pair is two
    // renames in a row (folder, then zip), not a folder rename followed by seconds of zipping.
    const fs::path next_zip = parent / ("." + dir.filename().string() + ".zip.next");
    Written w;
    auto filled = fill(d, store, tmp, w);
    if (filled) {
        std::vector<ZipEntry> entries;
        const std::string top = dir.filename().string();
        for (const auto& rel : w.files) entries.push_back({top + "/" + rel, {}, tmp / fs::u8path(rel)});
        entries.push_back({top + "/" + k_manifest_name, {}, tmp / k_manifest_name});
        filled = write_zip(next_zip, entries, as_of_time(d.as_of));
    }
    if (filled) filled = sync_tree(tmp);
    if (filled) filled = replace_dir(tmp, dir);
    if (!filled) {
        fs::remove_all(tmp, ec);
        fs::remove(next_zip, ec);
        return filled.error();
    }
    w.dir = dir;
    w.manifest = dir / k_manifest_name;
    w.zip = dir;
    w.zip += ".zip";
    fs::rename(next_zip, w.zip, ec);
    if (ec) return Error{"RUN", w.zip.string() + ": " + ec.message()};
    return w;
}

}  // namespace kc::dossier
