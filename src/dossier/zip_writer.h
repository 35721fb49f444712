// dossier/zip_writer.h — writes a zip file with libarchive's zip writer
// (archive_write_set_format_zip): entries from memory or copied from files,
// deflated, names stored as UTF-8 (flag 0x800), a fixed modification time so
// the same content gives the same bytes. The file is written to a temp name
// beside the target, fsync'ed and renamed: readers see no half zip.
#pragma once
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "util/result.h"

namespace kc::dossier {

struct ZipEntry {
    std::string name;                  // '/'-separated path inside the zip (UTF-8)
    std::string content;               // used when `file` is empty
    std::filesystem::path file;        // copy this file's bytes instead
};

Result<bool> write_zip(const std::filesystem::path& target, const std::vector<ZipEntry>& entries, std::time_t mtime);

}  // namespace kc::dossier
