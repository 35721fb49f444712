// watch/spool.h — claiming drops out of the inbox into the spool, exactly once.
//
// Contract
//  claim(): moves one settled drop (file or folder) from the inbox to
//    <spool>/<claim-id>/<name>. Same file system: one rename(2) (atomic), then
//    fsync of both folders. Otherwise (rename fails with EXDEV: the inbox is a
//    CIFS/NFS mount, another disk, tmpfs) copy → fsync every file and folder →
//    read the copy back and compare its SHA-256 with the source's → remove the
//    source. Every step is announced in the Journal (watch/journal.h) before
//    it is taken, so after a crash at any point resume() knows what to do:
//      begun (rename)   the spool copy exists → claimed; else left in the inbox
//      begun (copy)     the partial copy is deleted → abandoned (left in the inbox)
//      copied           the source is removed if still identical → claimed
//      claimed/recorded handed back to the caller to finish
//    Never both gone (lost) nor taken twice: the source is removed only after a
//    verified copy is on disk and journalled.
//  SHA-256 of a folder: of its manifest ("relpath sha256\n" per file, sorted).
//  Fails (Error) with DISK_FULL (ENOSPC), CHANGED (the source changed while
//  being copied: left in place, try again later) or INTERNAL_ERROR; a failed
//  claim leaves the drop in the inbox and nothing in the spool.
//  Test hook: force_copy takes the copy path on one file system too.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/result.h"
#include "watch/journal.h"

namespace kc::watch {

struct ClaimRequest {
    std::filesystem::path source;  // inbox/<unit>/…/name
    std::string unit;              // resolved unit code
    std::string rel;               // inbox-relative path (for the receipt and the log)
    bool folder = false;
};

class Spool {
public:
    explicit Spool(std::filesystem::path dir);  // creates it
    const std::filesystem::path& dir() const { return m_dir; }
    Journal& journal() { return m_journal; }

    Result<ClaimRecord> claim(const ClaimRequest& request, bool force_copy = false);
    // Finishes interrupted claims; returns the claims in the spool not yet done
    // (states claimed or recorded), in claim order.
    std::vector<ClaimRecord> resume();
    Result<bool> mark_recorded(const ClaimRecord& c, const std::string& submission);
    // Journals `done` after removing the spool copy (keep_as: move it there instead).
    Result<bool> finish(const ClaimRecord& c, const std::optional<std::filesystem::path>& keep_as);

private:
    std::filesystem::path m_dir;
    Journal m_journal;
    std::string new_claim_id() const;
};

// SHA-256 of a file, or of a folder's manifest. nullopt if unreadable.
std::optional<std::string> drop_sha256(const std::filesystem::path& p, bool folder);

}  // namespace kc::watch
