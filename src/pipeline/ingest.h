// pipeline/ingest.h — one drop (zip or folder) through the `ingest` stages up to
// `record`: receive → unpack → extract → verify_signature → understand → record.
//
// Contract
//  - never loses a submission: whatever happens (damaged archive, crashing
//    parser, unknown format) the submission and every entry are recorded with
//    reasons. A drop whose bytes were already submitted is recorded as a
//    `duplicate` submission with no documents (counted once).
//  - the catalog write is one transaction: a kill mid-run leaves either the
//    whole submission or nothing (blobs may remain; they are content-addressed
//    and harmless). Re-running the same drop after such a kill ingests it.
//  - per-content results (extraction, signature) are cached by sha256+version:
//    the same bytes are never parsed twice.
//  - an archive stopped by an unpack guard (COMPRESSION_RATIO, TOO_MANY_ENTRIES,
//    TOO_LARGE at archive level) is `rejected` as a whole: its entries are recorded
//    (refused, with that reason), none is extracted or counted.
//  - free space: the drop's size × 2 + config min_free_bytes must be available in
//    the state directory, else DISK_FULL and nothing is recorded.
//  - reason codes: DISK_FULL (nothing taken), DUPLICATE_SUBMISSION,
//    ARCHIVE_DAMAGED and the unpack/extract/signature codes, PARSER_*.
//  - `in_transaction` (optional) runs inside the transaction that records the
//    submission (duplicate or not), so the caller can record a fact atomically
//    with it (the watcher: which claim became which submission).
#pragma once
#include <functional>

#include "unpack/unpack.h"

#include "pipeline/drops.h"
#include "pipeline/engine.h"

namespace kc {

//  - first copy: two drops of the same bytes recorded at the same instant (two queue
//    workers) cannot both be first: the submission claims its sha256 in the catalog's
//    first_copies table inside the recording transaction (Catalog::claim_first_copy);
//    the loser is recorded as a DUPLICATE_SUBMISSION of the winner.
//  - `unpacked_already` (optional): the drop's unpack result computed earlier by the
//    caller (the queue's ingest job, queue/unpack_once.h), its blobs in the store; the
//    drop is then not unpacked again.
Result<Submission> ingest_drop(Engine& engine, const Drop& drop,
                               const std::function<void(const Submission&)>& in_transaction = {},
                               const unpack::Result* unpacked_already = nullptr);

// The unpack stage alone: the drop's entries, their blobs put in the engine's store
// (in a supervised child when the pipeline says isolated). A single non-archive file
// is one entry. Used by ingest_drop and by the queue's ingest job (queue/jobs.h),
// which enqueues one extract job per document before the drop is recorded.
Result<unpack::Result> unpack_drop(Engine& engine, const Drop& drop);

// The limits as the `__child` tasks take them (--max-entries N …): every supervised
// unpack/extract call passes these.
std::vector<std::string> child_limit_args(const Limits& limits);

}  // namespace kc
