// watch/quarantine.h — rejected drops are kept, with their reasons, never deleted.
//
// Contract
//  Which   quarantine_findings() (pure) lists why a recorded drop counts as
//          rejected; empty means it does not. A drop is rejected when
//            - its submission status is `rejected` or `damaged`, or
//            - an archive-level reason shows a guard stopped or refused it
//              (COMPRESSION_RATIO, TOO_LARGE, TOO_MANY_ENTRIES, NESTING_TOO_DEEP,
//              ENCRYPTED_ENTRY, UNSAFE_PATH, SYMLINK_ENTRY, ARCHIVE_DAMAGED,
//              EMPTY_SUBMISSION, PARSER_*, INTERNAL_ERROR), or
//            - one of its entries is a hostile construct (UNSAFE_PATH,
//              SYMLINK_ENTRY, COMPRESSION_RATIO, NESTING_TOO_DEEP): the good
//              documents of such a drop are still recorded and counted, but
//              the archive itself goes to an administrator.
//          Duplicates are never quarantined (their first copy is kept).
//  Where   <quarantine>/<unit>/<submission-id>/<file as dropped> and beside it
//          <file>.reasons.txt (quarantine_note): Vietnamese then English — the
//          unit, the submission, when, SHA-256, status, each finding with its
//          code, message, where (path inside the archive: text, never used as a
//          path) and how to fix it; at most k_max_listed findings, then a count.
//          The watcher writes the note (atomically) before it moves the drop, so
//          a crash in between leaves the note and the drop still in the spool:
//          the next start finishes the move (watch/spool.h, journal).
//  Never   nothing in kiemchung deletes from the quarantine folder.
//  Texts   no document content: codes, messages, archive paths and hashes only.
#pragma once
#include <string>
#include <vector>

#include "core/model.h"

namespace kc::watch {

inline constexpr std::size_t k_max_listed = 50;

struct Finding {
    std::string where;  // "" for the whole drop, else the path inside the archive
    Reason reason;
};

std::vector<Finding> quarantine_findings(const Submission& s, const std::vector<Document>& documents);

struct QuarantineNoteInput {
    Submission submission;
    std::string unit_name;   // "Phòng Nội vụ"
    std::string inbox_path;  // as dropped, inbox-relative
    std::vector<Finding> findings;
};
std::string quarantine_note(const QuarantineNoteInput& in);

}  // namespace kc::watch
