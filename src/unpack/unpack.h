// unpack/unpack.h — the unpack stage: turns one dropped archive (or dropped
// folder) into a list of entries whose bytes sit in the BlobStore.
//
// Contract
//  Inputs   a path to the dropped archive (zip, 7z, rar, tar.*, cab, iso …) or
//           folder; the BlobStore; the Limits; the legacy code page used for
//           entry names that are not valid UTF-8 (ICU name, "windows-1258").
//           All of it is hostile: names, sizes, types, nesting, compression.
//  Outputs  a Result: the container format, one Entry per non-directory member
//           in archive order (nested archives depth-first, their members named
//           "inner.zip/doc.pdf"; folders walked in byte order of names), the
//           archive-level reasons and a damaged flag. An Entry with sha256 set
//           has exactly `size` bytes in the store. A nested archive that was
//           opened is itself listed (container = true) before its members.
//  Side effects  writes blobs into the BlobStore only, under content-addressed
//           names (BlobStore::begin/BlobWriter); a name taken from an archive
//           never reaches the file system. Partial blobs are discarded. Runs in
//           the current thread's locale switched to C.UTF-8 for the duration
//           (uselocale, thread-local) so libarchive hands over Unicode names.
//           Nothing is logged.
//  Reasons  entry level: UNSAFE_PATH, SYMLINK_ENTRY (symlink, hardlink,
//           device, fifo, socket), ENCRYPTED_ENTRY, TOO_LARGE (one entry over
//           max_entry_bytes), NESTING_TOO_DEEP, ARCHIVE_DAMAGED (this entry's
//           data could not be read), NAME_ENCODING (informational: a legacy
//           code page decoded the name), IGNORED_SYSTEM_FILE, DUPLICATE_NAME
//           (informational, on the later entry: its name — compared without
//           letter case, as Windows and macOS extract — was already used in
//           this drop; both are kept, by hash), COMPRESSION_RATIO (this entry
//           broke max_entry_ratio; also archive level, stop).
//           archive level: ARCHIVE_DAMAGED (damaged = true), ENCRYPTED_ENTRY
//           (encrypted headers), TOO_MANY_ENTRIES, TOO_LARGE (total output),
//           COMPRESSION_RATIO, EMPTY_SUBMISSION (no entry with bytes stored),
//           INTERNAL_ERROR / DISK_FULL (the store failed).
//  Refusal  refused = true means "not accepted as a document": for UNSAFE_PATH,
//           links, encrypted, too large and damaged entries nothing is stored
//           (sha256 empty); for NESTING_TOO_DEEP the inner archive's own bytes
//           are stored (sha256 set, for the record) but it is not opened.
//  Limits   max_entries (headers seen, directories included, across all
//           nesting levels → TOO_MANY_ENTRIES, stop); max_entry_bytes (→
//           TOO_LARGE on the entry, go on); max_total_bytes (bytes produced at
//           all levels → TOO_LARGE, stop); max_ratio (produced / input bytes,
//           checked once more than k_ratio_floor_bytes were produced so tiny
//           files compressing well are not flagged → COMPRESSION_RATIO, stop);
//           max_entry_ratio (one entry: bytes produced / raw archive bytes the
//           reader consumed while producing them — libarchive reports no
//           compressed sizes; members of one solid 7z/rar block that consume
//           nothing are judged with the block; same floor → COMPRESSION_RATIO,
//           stop: catches a bomb entry hidden among incompressible files and
//           overlapping-entry bombs, whose entries re-read the same bytes);
//           max_depth (an archive inside `max_depth` archives is not opened).
//           Bytes are counted as they stream out, never taken from headers.
//           Time and memory are bounded by the supervisor that runs this code.
//  Formats  zip, 7z, rar, rar5, tar (gnu, pax, ustar; every filter: gz, bz2,
//           xz, zst, Z …). Never "raw" (any file would "open"), never mtree (its
//           entries read files named in the archive from the local disk), and
//           none of the rarer readers (iso, cpio, cab, lha, xar …): no office
//           sends them and their bugs would be ours. Such a file dropped alone
//           is ARCHIVE_DAMAGED; inside an archive it is an ordinary entry.
//           Office/ODF/EPUB containers (docx, xlsx, odt …) are documents, not
//           nested archives.
//  Idempotence  the same input bytes give the same Result and the same blobs;
//           storing a blob twice is a no-op.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/limits.h"
#include "core/reason.h"
#include "util/blob_store.h"

namespace kc::unpack {

// Below this many produced bytes the ratio is not judged (a 300-byte zip of a
// 70 KB text file has a ratio above 200 and is harmless).
inline constexpr std::uint64_t k_ratio_floor_bytes = 1ull << 20;

struct Entry {
    std::string path_in_archive;   // '/'-separated, NFC; nested archives as "inner.zip/doc.pdf"; never the outer zip's name
    std::string raw_name_hex;      // the raw name bytes as stored (hex), for the record
    std::string name_encoding;     // "utf8-flag" | "utf8" | "windows-1258" | … (what was used to decode)
    std::optional<std::string> sha256;  // set when the bytes were stored in the BlobStore
    std::uint64_t size = 0;        // bytes produced
    bool refused = false;          // not stored: unsafe, encrypted, link, too large …
    bool ignored = false;          // system/temp file: recorded, not a document
    bool container = false;        // a nested archive that was opened; its members follow
    std::vector<Reason> reasons;
};

struct Result {
    std::string format;            // "zip", "7z", "rar", "tar.gz", "folder" …
    std::vector<Entry> entries;    // in archive order, depth-first through nested archives
    std::vector<Reason> reasons;   // archive-level findings
    bool damaged = false;          // the archive (or part of it) could not be read
};

Result unpack_archive(const std::filesystem::path& archive, const BlobStore& store, const Limits& limits,
                      const std::string& legacy_charset = "windows-1258");
// A dropped folder: walked without following symlinks (they are refused);
// archives inside are unpacked like nested ones (depth 1).
Result unpack_folder(const std::filesystem::path& dir, const BlobStore& store, const Limits& limits,
                     const std::string& legacy_charset = "windows-1258");

Poco::JSON::Object::Ptr to_json(const Result&);
Result result_from_json(const Poco::JSON::Object::Ptr&);

}  // namespace kc::unpack
