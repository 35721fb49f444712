// watch/journal.h — the claim journal: an append-only text file, one record a
// line, each append fsync'ed before the step it announces (or after the step
// it confirms) is taken.
//
// Why a file and not a catalog table: claiming happens BEFORE ingestion, on
// the watcher's own spool; it must work while the catalog is busy with a long
// ingest or locked by a nightly run, and a crash between two fsync'ed lines is
// the only state to recover from — an append-only log gives exactly that with
// no schema migration. A torn last line (crash mid-append) is ignored on read
// and the next append starts on a fresh line. The one fact that must be atomic
// with the catalog — "this claim became submission S" — lives in the catalog
// itself (meta key watch.claim.<id>, written in the submission's transaction);
// the journal's `recorded` line only repeats it.
//
// Records (tab-separated, fields escaped: \t \n \\):
//   begin  <id> <mode: rename|copy> <unit> <inbox-rel> <file|folder> <spool-path> <source-path>
//   copied <id> <sha256>        copy fsync'ed and its SHA-256 verified against the source
//   claimed <id>                the drop is in the spool and gone from the inbox
//   abandoned <id> <why>        nothing was taken (left in the inbox)
//   recorded <id> <submission>  in the catalog
//   done <id>                   receipt written, published, spool cleaned
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "util/result.h"

namespace kc::watch {

enum class ClaimState { begun, copied, claimed, abandoned, recorded, done };

struct ClaimRecord {
    std::string id;
    bool copy = false;
    std::string unit, rel;
    bool folder = false;
    std::filesystem::path spool_path, source;
    std::string sha256;       // after `copied`
    std::string submission;   // after `recorded`
    std::string why;          // after `abandoned`
    ClaimState state = ClaimState::begun;
    std::size_t order = 0;    // position of its `begin`
};

// Pure: folds journal text into the last state of each claim (torn or unknown lines skipped).
std::map<std::string, ClaimRecord> fold_journal(const std::string& text);
std::string journal_line(const std::vector<std::string>& fields);  // escaped, ends with '\n'

class Journal {
public:
    explicit Journal(std::filesystem::path file) : m_file(std::move(file)) {}
    const std::filesystem::path& file() const { return m_file; }
    Result<bool> append(const std::vector<std::string>& fields);  // write + fsync
    std::map<std::string, ClaimRecord> read() const;

private:
    std::filesystem::path m_file;
};

}  // namespace kc::watch
