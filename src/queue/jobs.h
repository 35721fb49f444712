// queue/jobs.h — the job kinds a worker runs, built from the existing pipeline
// functions, and how their effects are made to happen once.
//
// Kinds
//  ingest   one drop (zip or folder) through the `ingest` pipeline (pipeline/ingest.h:
//           unpack → extract → verify_signature → understand → record). Payload
//           {"path", "unit", "folder", "claim"?}. The drop must be readable by every
//           worker (the watcher's spool or another shared folder). Key: the watcher's
//           claim id, or "<sha256>|<unit>|<absolute path>" from `kiemchung enqueue`.
//  extract  one document's extraction (text layer / OCR of pending pages), stored in
//           the catalog's cache (stage "extract", sha256, extract::k_version): an
//           ingest of a drop holding the same bytes then reuses it. Payload {"sha256"};
//           the blob must be in the shared blob store. Key: "<sha256>|<k_version>".
//  (judge and report run in `kiemchung nightly` / publish, once per catalog: not queued.)
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

// Runs one job with the worker's engine. delay_ms > 0: the test hook above.
JobOutcome run_job(Engine& engine, const Job& job, int delay_ms = 0);

}  // namespace kc::queue
