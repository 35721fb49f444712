// dossier/write.h — the dossier on disk (I/O).
//
// Contract: write_dossier(d, store, dir) builds, in a temp folder beside `dir`:
//   <code>/<evidence file>            the ORIGINAL bytes from the content store
//                                     (copied, never rewritten: PDF signatures
//                                     stay valid); the copy's SHA-256 is checked
//                                     against the blob's name before it counts;
//   <code>/<evidence stem> - Ghi chú trang.txt   where only some pages apply;
//   <code>/Giải trình.txt             the criterion's explanation, when it has one;
//   Bảng tự chấm điểm.xlsx / .docx    the table (dossier/ooxml.h);
//   MANIFEST.sha256                   "<sha256>  <path>" for every other file,
//                                     sorted, `sha256sum -c` checks it from `dir`;
// and `dir`.zip (every file under the folder's name, built from the temp folder
// beside it as .<name>.zip.next); then replaces `dir` by the temp folder in one
// rename (an existing `dir` is swapped out atomically with
// renameat2(RENAME_EXCHANGE) and removed) and renames the zip into place right
// after. A failure before the swap leaves `dir` and its zip as they were and
// removes the temp files; only a crash between the two renames can leave the new
// folder beside the previous zip (the zip carries its MANIFEST, so the mismatch
// shows; the next run replaces both). Errors: RUN (I/O, a
// missing blob), DISK_FULL, BLOB_MISMATCH (a blob whose bytes do not match its name).
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "dossier/dossier.h"
#include "util/blob_store.h"
#include "util/result.h"

namespace kc::dossier {

struct Written {
    std::filesystem::path dir, zip, manifest;
    std::vector<std::string> files;  // relative paths, sorted (the manifest's lines)
    int evidence_files = 0;
};

inline constexpr const char* k_manifest_name = "MANIFEST.sha256";
inline constexpr const char* k_table_name = "Bảng tự chấm điểm";

Result<Written> write_dossier(const Dossier& d, const BlobStore& store, const std::filesystem::path& dir);

// The note for a partly applying document (Vietnamese, then English). Pure.
std::string pages_note(const std::string& code, const EvidenceFile& e);

}  // namespace kc::dossier
