#include "unpack/unpack.h"

#include "unpack/archive_handle.h"
#include "unpack/unpacker.h"

namespace kc::unpack {
namespace fs = std::filesystem;

Result unpack_archive(const fs::path& archive, const BlobStore& store, const Limits& limits,
                      const std::string& legacy_charset) {
    Result out;
    Utf8LocaleScope utf8_names;
    Unpacker unpacker(store, limits, legacy_charset, out);
    std::error_code ec;
    const auto size = fs::file_size(archive, ec);
    if (!ec) unpacker.add_input_bytes(size);
    std::string error;
    ArchivePtr a = open_archive(archive, true, error);
    if (!a) {
        out.format = "unknown";
        unpacker.mark_damaged(std::string(), error);
        return out;
    }
    unpacker.walk_archive(a.get(), std::string(), 0);
    unpacker.finish();
    return out;
}

Result unpack_folder(const fs::path& dir, const BlobStore& store, const Limits& limits,
                     const std::string& legacy_charset) {
    Result out;
    out.format = "folder";
    Utf8LocaleScope utf8_names;
    Unpacker unpacker(store, limits, legacy_charset, out);
    std::error_code ec;
    const auto st = fs::symlink_status(dir, ec);
    if (fs::is_symlink(st)) {
        out.reasons.push_back(make_reason(ReasonCode::SYMLINK_ENTRY, "the dropped folder is a link"));
        return out;
    }
    if (!fs::is_directory(st)) {
        unpacker.mark_damaged(std::string(), "not a folder");
        return out;
    }
    unpacker.walk_folder(dir, std::string());
    unpacker.finish();
    return out;
}

}  // namespace kc::unpack
