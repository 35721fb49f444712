// queue/jobs.h — the job kinds a worker runs, built from the existing pipeline
// functions, and how their effects are made to happen once.
//
// The job graph of one drop
//
//   ingest (unpack) ──► extract × N (N = documents not yet extracted) ──► record
//                         └─ a scan with P ≥ 2 pages to OCR: ──► ocr_page × P ──► extract_merge ──┘
//                            (queue/page_jobs.h; the record job waits for the merge too)
//   record ──► judge × assessed units of its rule set ──► report (queue/stage_jobs.h)
//
//  ingest   (unpack) one drop (zip or folder). Payload {"path", "unit", "folder",
//           "claim"?}; the drop must be readable by every worker (the watcher's spool
//           or another shared folder). Key: the watcher's claim id, or
//           "<sha256>|<unit>|<absolute path>" from `kiemchung enqueue`. It runs the
//           unpack stage (pipeline/ingest.h unpack_drop: blobs into the shared store),
//           keeps its result for the record job (queue/unpack_once.h) and enqueues one `extract` job per distinct document of the drop with no
//           cached extraction (also for one: it may be a long scan); in every case it enqueues
//           one `record` job that comes after them (queue/queue.h dependencies), then
//           completes with "split: N extract jobs, record job M". (A duplicate,
//           damaged or guard-rejected drop gets no extract jobs.) Its effect is only
//           enqueues, idempotent on (kind, key): a second run adds nothing, even when
//           the cache has meanwhile been filled. Without a queue (run_job's queue
//           null) it records the drop in place, as `record` does.
//  extract  one document's extraction (text layer / OCR of pending pages), stored in
//           the catalog's cache (stage "extract", sha256, extract_cache_version()):
//           the record job (or any later ingest of the same bytes) reuses it. Payload
//           {"sha256"}; the blob is in the shared store. Key: "<sha256>|<version>", so
//           identical bytes in many drops are extracted once, by whichever worker
//           claims the job. This is where a big drop's work is spread over workers.
//           A document with ≥ 2 pages pending OCR is split further instead: one
//           `ocr_page` job per page and an `extract_merge` that stores the entry
//           (queue/page_jobs.h) — one long scan spread over workers.
//  record   the drop through the whole `ingest` pipeline (pipeline/ingest.h:
//           the ingest job's unpack result (unpacked again only when it is missing,
//           queue/unpack_once.h) → extract → verify_signature → understand → record), finding the
//           extractions in the cache; two identical drops recorded at once: one first
//           copy, the other its duplicate (Catalog::claim_first_copy); the catalog write is one transaction per
//           submission, as in the single-process path. Payload: the ingest job's;
//           key: the ingest job's key. An extract job that was parked (poison
//           document) leaves no cache entry: record extracts that document itself in
//           a supervised child and records its failure reason, as ingest would.
//  judge, report  (queue/stage_jobs.h) after a record job commits submission S, it
//           enqueues (idempotently) one `judge` job per assessed unit of S's rule set
//           and a `report` job for S after them: record ──► judge ──► report (S's report
//           + the index). `kiemchung nightly --enqueue` enqueues one judge job per
//           assessed unit and one nightly `report` job after them.
//
// Exactly once, visibly: the effect and the fence key "queue.job.<id>" are written in
// ONE catalog transaction (Catalog::insert_meta_if_absent). A second run of the same
// job (its first worker was presumed dead but was only slow) finds the key — before it
// starts, or at its own commit, where it waits for the first transaction and rolls
// back — and reports the first run's result. Cache writes are upserts keyed by
// content hash and version: repeating them changes nothing visible.
// Test hook: KC_TEST_JOB_DELAY_MS=N (environment, read by `kiemchung worker` only)
// sleeps N ms inside the effect's transaction, after the fence key is taken, so a
// test can kill a worker in the middle of a job deterministically.
#pragma once
#include <string>

#include "pipeline/drops.h"
#include "pipeline/engine.h"
#include "queue/queue.h"
#include "util/result.h"

namespace kc::queue {

inline constexpr const char* k_kind_ingest = "ingest";
inline constexpr const char* k_kind_extract = "extract";
inline constexpr const char* k_kind_record = "record";

struct JobOutcome {
    bool ok = false;
    std::string result;  // ok: e.g. the submission id; else the reason (code: detail)
    bool retry = true;   // false: a permanent failure (bad payload): park at once
};

// Payloads (JSON text) and keys.
std::string ingest_payload(const Drop& drop, const std::string& claim_id = "");
std::string ingest_key(const Drop& drop);  // "<sha256>|<unit>|<absolute path>" (folder: sha256 of the listing)
std::string extract_payload(const std::string& sha256);
std::string extract_key(const std::string& sha256);

// Runs one job with the worker's engine. delay_ms > 0: the test hook above. queue: where
// an ingest job enqueues its extract and record jobs (null: it records the drop itself).
JobOutcome run_job(Engine& engine, const Job& job, int delay_ms = 0, Queue* queue = nullptr);

}  // namespace kc::queue
