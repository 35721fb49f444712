// tests/fuzz/unpack_fuzz_entries.h — the entry functions of the unpack fuzz targets
// (unpack_fuzz.cpp, entry_name_fuzz.cpp), shared by libFuzzer (-DKC_BUILD_FUZZ=ON, clang)
// and by the seed replay (replay_main.cpp, every build, gcc included), so a seed or a
// crash reproducer runs through exactly the same code in both.
//
// Contract: arbitrary bytes in; must not crash, hang or leak, and must keep the
// unpacker's promises (checked here, abort() when broken so the fuzzer reports it):
// a stored entry's blob exists with exactly `size` bytes; a refused entry (other than
// NESTING_TOO_DEEP, whose own bytes are kept) has no blob; the scratch store's tmp/ is
// empty afterwards (no half blob); the JSON form round-trips. Returns a small number
// derived from the result, so the replay can check a seed still reaches its code.
#pragma once
#include <stdlib.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>

#include "core/model_json.h"
#include "unpack/entry_name.h"
#include "unpack/unpack.h"

namespace kc::unpack::fuzz {

// Small limits: the fuzzer looks for wrong behaviour, not for slow big inputs.
inline Limits fuzz_limits() {
    Limits l;
    l.max_entries = 2000;
    l.max_total_bytes = 16ull << 20;
    l.max_entry_bytes = 8ull << 20;
    l.max_depth = 3;
    return l;
}

// One scratch folder per process (in /dev/shm when there is one), removed at exit.
inline const std::filesystem::path& scratch() {
    static const std::filesystem::path dir = [] {
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
        std::string pattern = (base / "kc-unpack-fuzz-XXXXXX").string();
        fs::path d = ::mkdtemp(pattern.data()) ? fs::path(pattern) : base / ("kc-unpack-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(d, ec);
        static const fs::path to_remove = d;
        std::atexit([] {
            std::error_code e;
            fs::remove_all(to_remove, e);
        });
        return d;
    }();
    return dir;
}

inline void require(bool ok) {
    if (!ok) std::abort();
}

// Bytes = a dropped archive. Returns stored entries + 100 × distinct reason codes.
inline int unpack_entry(std::string_view bytes) {
    namespace fs = std::filesystem;
    const fs::path input = scratch() / "input";
    const fs::path store_dir = scratch() / "store";
    {
        std::ofstream out(input, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    int stored = 0;
    std::set<std::string> codes;  // distinct reason codes, archive and entries
    {
        DirectoryBlobStore store(store_dir);
        const Result r = unpack_archive(input, store, fuzz_limits(), "windows-1258");
        for (const auto& reason : r.reasons) codes.insert(reason.code);
        for (const auto& e : r.entries) {
            for (const auto& reason : e.reasons) codes.insert(reason.code);
            if (e.sha256) {
                ++stored;
                std::error_code ec;
                require(fs::file_size(store.path_of(*e.sha256), ec) == e.size && !ec);
            } else {
                require(!e.container);
            }
            if (e.refused && e.sha256) require(has_reason(e.reasons, ReasonCode::NESTING_TOO_DEEP));
        }
        std::error_code ec;
        require(!fs::exists(store_dir / "tmp", ec) || fs::is_empty(store_dir / "tmp", ec));
        const Result back = result_from_json(json::parse_object(json::stringify(to_json(r))));
        require(back.entries.size() == r.entries.size() && back.damaged == r.damaged);
    }
    std::error_code ec;
    fs::remove_all(store_dir, ec);
    return stored + 100 * static_cast<int>(codes.size());
}

// Bytes = a selector byte, then raw entry-name bytes. Selector bit 0: the archive's
// UTF-8 flag; bits 1-2: the legacy code page. Returns a bit set: 1 unsafe, 2 ignored,
// 4 legacy code page used, 8 document package.
inline int entry_name_entry(std::string_view bytes) {
    if (bytes.empty()) return 0;
    static const char* const k_charsets[] = {"windows-1258", "ibm-437", "", "windows-1252"};
    const auto selector = static_cast<unsigned char>(bytes[0]);
    const std::string_view raw = bytes.substr(1);
    const DecodedName name = decode_entry_name(raw, selector & 1, k_charsets[(selector >> 1) & 3]);
    require(name.utf8.find('\\') == std::string::npos);
    require(from_hex(to_hex(raw)) == raw);
    int out = name.legacy ? 4 : 0;
    const std::string why = unsafe_reason(name.utf8);
    if (!why.empty()) return out | 1;
    const std::string clean = clean_path(name.utf8);
    require(clean.empty() || (clean.front() != '/' && clean.back() != '/'));
    require(clean.find("//") == std::string::npos);
    if (is_ignored_name(clean)) out |= 2;
    if (has_document_package_extension(clean)) out |= 8;
    return out;
}

}  // namespace kc::unpack::fuzz
