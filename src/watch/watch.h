// watch/watch.h — the watch stage: the shared inbox folder → claimed drops →
// the `ingest` run → receipts. Entry point of `kiemchung watch`.
//
// Contract
//  Inputs   config.inbox laid out as inbox/<unit-code>/… (watch/inbox.h says
//           what a drop is), the Engine of the `ingest` pipeline.
//  Loop     Poco::DirectoryWatcher events (inotify, where the file system
//           delivers them) only wake the loop early; a full scan runs every
//           interval in every case (CIFS/NFS deliver no events) — the scan
//           is the truth, events are hints.
//  Taken    a drop is taken only when complete: unchanged (size, mtime; for a
//           folder, its whole listing) for settle seconds (watch/settle.h),
//           readable, and its format probe passes (watch/probe.h; every file
//           of a folder drop) — or, when the probe still fails after
//           watch.probe_grace_settles (default 10) settle periods without
//           change, the upload is damaged, not slow: it is taken and ingest
//           records it as damaged. Ignored names are never taken. Drops of one
//           unit are taken in order of arrival (ctime in ns, then path; see
//           watch/inbox.h for why not the mtime).
//  Unknown  a first path component that RuleSet::find_unit does not know:
//           logged, left in place, explained in outbox/_unknown/<folder>.txt
//           (Vietnamese + English), rewritten only when its content changes.
//  Claim    into the spool (config watch.spool_dir, default <state>/spool),
//           exactly once, crash-safe (watch/spool.h). Free space is checked
//           first (state disk and spool disk: the drop's worst case plus
//           min_free_bytes): when short, nothing is taken, DISK_FULL is logged
//           and shown in <state>/watch-status.txt; the drop waits in the inbox.
//  Process  each claimed drop: ingest_drop (which records in the SAME catalog
//           transaction the meta key watch.claim.<claim-id> = submission id, so
//           a crash after the commit never ingests it twice) → receipt
//           outbox/<unit>/<submission-id>.receipt.txt (watch/receipt.h) →
//           publish (index + that submission's report) → the original bytes are
//           kept in <state>/received/<submission-id>/ — or, when rejected, in
//           the quarantine (watch.quarantine_dir, default <state>/quarantine;
//           watch/quarantine.h) beside a bilingual note of the reasons —
//           (duplicates: dropped, the first copy is kept) → journal `done`. A crash at any step resumes
//           on the next start, before the first scan.
//  Stop     `stop` (set by SIGTERM/SIGINT) is checked between steps: the current
//           step finishes, nothing is left half-done. `once`: one scan, process
//           what is complete, return.
//  Logs     submission and claim ids, unit codes, inbox paths; never contents.
#pragma once
#include <atomic>
#include <optional>

#include "pipeline/engine.h"

namespace kc::watch {

struct WatchOptions {
    int interval_seconds = 10;
    int settle_seconds = 30;
    bool once = false;
    std::optional<Date> fixed_as_of;  // --as-of; default: today (UTC+7) at each drop
};

struct WatchSummary {
    std::size_t taken = 0, recorded = 0, duplicates = 0, failed = 0;
};

// Errors: CONFIG (no inbox configured / not a folder) — exit 2.
Result<WatchSummary> run_watch(Engine& engine, const WatchOptions& options, const std::atomic<bool>& stop);

}  // namespace kc::watch
