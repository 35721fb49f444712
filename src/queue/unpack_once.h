// queue/unpack_once.h — a drop is unpacked once in queue mode: the `ingest` job unpacks
// it (to find the documents to extract) and keeps the result; the `record` job hands
// that result to ingest_drop (pipeline/ingest.h, `unpacked_already`) instead of reading
// the archive again.
//
// Contract
//  - Stored in the catalog cache: stage "unpack", keyed by the drop's identity (a file:
//    its sha256; a folder: the sha256 of its listing — relative path, size, mtime) and a
//    version naming everything else the result depends on: k_unpack_cache_version, the
//    unpack limits, the legacy charset and the drop's file name (a single non-archive
//    file's entry is named after it). Value: unpack::to_json of the result.
//  - Reused only when every stored entry's blob is still in the engine's blob store;
//    otherwise (or with no row, or a row that does not parse) the caller unpacks again.
//  - An unpack that failed (damaged archive, crashed child) is not stored: record unpacks
//    it itself and records why, as the single-process path does.
//  - Upserts keyed by content: running the ingest job twice changes nothing visible.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "pipeline/drops.h"
#include "pipeline/engine.h"
#include "unpack/unpack.h"

namespace kc::queue {

inline constexpr const char* k_unpack_cache_stage = "unpack";
inline constexpr const char* k_unpack_cache_version = "unpack-1";  // bump when unpack's output changes

// A folder drop's listing: "relative path\tsize\tmtime\n" per file, sorted (its identity
// for job keys and the unpack cache).
std::string folder_listing(const std::filesystem::path& dir);
// (identity, version) of a drop's cache row; nullopt when the drop cannot be read.
std::optional<std::pair<std::string, std::string>> unpack_cache_key(const Engine& e, const Drop& d);
void store_unpacked(Engine& e, const Drop& d, const unpack::Result& r);
std::optional<unpack::Result> cached_unpack(Engine& e, const Drop& d);

}  // namespace kc::queue
