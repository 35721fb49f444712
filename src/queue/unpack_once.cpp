#include "queue/unpack_once.h"

#include <algorithm>
#include <filesystem>

#include "core/model_json.h"
#include "util/hash.h"
#include "util/log.h"

namespace kc::queue {
namespace fs = std::filesystem;
namespace {

std::string listing_identity(const fs::path& dir) { return hash::sha256_hex("folder\n" + folder_listing(dir)); }

}  // namespace

std::string folder_listing(const fs::path& dir) {
    std::vector<std::string> lines;
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
        if (e.is_regular_file(ec))
            lines.push_back(fs::relative(e.path(), dir, ec).generic_string() + "\t" + std::to_string(e.file_size(ec)) +
                            "\t" + std::to_string(e.last_write_time(ec).time_since_epoch().count()));
    std::sort(lines.begin(), lines.end());
    std::string all;
    for (const auto& l : lines) all += l + "\n";
    return all;
}

std::optional<std::pair<std::string, std::string>> unpack_cache_key(const Engine& e, const Drop& d) {
    std::optional<std::string> identity = d.folder ? std::optional<std::string>(listing_identity(d.path))
                                                   : hash::sha256_file(d.path);
    if (!identity) return std::nullopt;
    const Limits& l = e.config.limits;
    std::string depends = std::to_string(l.max_entries) + "|" + std::to_string(l.max_total_bytes) + "|" +
                          std::to_string(l.max_entry_bytes) + "|" + std::to_string(l.max_ratio) + "|" +
                          std::to_string(l.max_entry_ratio) + "|" + std::to_string(l.max_depth) + "|" +
                          e.config.legacy_charset + "|" + d.path.filename().string();
    return std::make_pair(*identity, std::string(k_unpack_cache_version) + "|" + hash::sha256_hex(depends).substr(0, 16));
}

void store_unpacked(Engine& e, const Drop& d, const unpack::Result& r) {
    auto key = unpack_cache_key(e, d);
    if (!key) return;
    e.catalog->store_cached(k_unpack_cache_stage, key->first, key->second, json::stringify(unpack::to_json(r)));
}

std::optional<unpack::Result> cached_unpack(Engine& e, const Drop& d) {
    auto key = unpack_cache_key(e, d);
    if (!key) return std::nullopt;
    auto row = e.catalog->cached(k_unpack_cache_stage, key->first, key->second);
    if (!row) return std::nullopt;
    try {
        unpack::Result r = unpack::result_from_json(json::parse_object(*row));
        for (const auto& entry : r.entries)
            if (entry.sha256 && !e.store->contains(*entry.sha256)) return std::nullopt;  // blob gone: unpack again
        log::info("", "", "unpack result of " + d.path.filename().string() + " reused (ingest job)");
        return r;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace kc::queue
