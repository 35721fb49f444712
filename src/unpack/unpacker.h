// unpack/unpacker.h — the walk behind unpack_archive/unpack_folder: one
// Unpacker per dropped item carries the shared budget (entries seen, bytes
// produced, input bytes) through every nesting level, so a bomb split over
// nested archives or folder files is still bounded as a whole.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include "unpack/unpack.h"

struct archive;
struct archive_entry;

namespace kc::unpack {

class Unpacker {
public:
    Unpacker(const BlobStore& store, const Limits& limits, std::string legacy_charset, Result& out);

    // Walks the members of an open archive; `prefix` is "" at the top and
    // "inner.zip/" below; `level` counts the archives around these members.
    void walk_archive(archive* a, const std::string& prefix, int level);
    void walk_folder(const std::filesystem::path& dir, const std::string& prefix);
    void add_input_bytes(std::uint64_t n) { m_input_bytes += n; }
    void mark_damaged(const std::string& where, const std::string& detail, bool encrypted = false);
    void finish();  // archive-level conclusions (EMPTY_SUBMISSION)

private:
    // Reads up to `size` bytes: > 0 bytes read, 0 at the end, < 0 a libarchive status.
    using ReadFn = std::function<long long(char* buf, std::size_t size, std::string& error)>;
    // Input bytes the archive reader has consumed so far (libarchive's raw
    // position); absent for plain files of a folder drop.
    using ConsumedFn = std::function<std::uint64_t()>;
    enum class StoreStatus { stored, refused, read_failed, stop };

    bool count_header();
    Entry name_entry(const std::string& raw, const std::string& prefix, bool name_readable);
    void handle_archive_member(archive* a, archive_entry* ae, Entry e, int level, bool& fatal);
    void handle_folder_file(const std::filesystem::path& file, Entry e);
    StoreStatus store(const ReadFn& read, const ConsumedFn& consumed, Entry& e, std::string& read_error,
                      long long& read_status);
    bool entry_ratio_exceeded(std::uint64_t entry_in, std::uint64_t entry_out) const;
    void close_group(std::uint64_t entry_in, std::uint64_t entry_out);
    void open_if_nested(std::size_t index, int level);
    void stop(ReasonCode code, const std::string& detail, Entry& e);
    void push(Entry e);  // records it; reports DUPLICATE_NAME on a name seen before in this drop

    const BlobStore& m_store;
    const Limits& m_limits;
    std::string m_legacy;
    Result& m_out;
    std::uint64_t m_headers = 0;
    std::uint64_t m_produced = 0;
    std::uint64_t m_input_bytes = 0;
    bool m_stopped = false;
    // Per-entry ratio: a "group" is an entry that consumed input plus the
    // entries after it that consumed none (members of one solid 7z/rar block
    // decoded together); its output is judged against its input.
    std::uint64_t m_group_in = 0;
    std::uint64_t m_group_out = 0;
    std::map<std::string, std::string> m_names;  // lower-case path → first path as recorded
};

}  // namespace kc::unpack
