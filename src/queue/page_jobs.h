// queue/page_jobs.h — page-level OCR jobs: one scanned document's pages OCR'd by
// many workers at once, then merged into the document's extraction.
//
// The job graph of one scanned document (inside the drop's graph, queue/jobs.h)
//
//   extract ──► ocr_page × P (P = pages pending OCR, when ≥ 2) ──► extract_merge ──► record
//
//  extract        (queue/jobs.cpp) extracts the text layer with --defer-ocr. When
//                 the document has ≥ k_min_pages_to_split pages pending OCR and the
//                 job runs under a queue, it hands them out instead of OCR'ing them
//                 itself (split_into_page_jobs): it stores the partial Analysis in the
//                 cache (stage "extract.partial", sha256, extract_cache_version()),
//                 enqueues one `ocr_page` job per pending page and one `extract_merge`
//                 job after them, and makes every job that waits for it (the drop's
//                 `record` job) wait for the merge too (Queue::add_to_dependents) —
//                 all before it completes, so the record job, which cannot run while
//                 the extract job is queued or running, never runs ahead of the merge.
//                 Then it completes with "split: P ocr_page jobs, merge M" (fenced).
//  ocr_page       one page of one document. Payload {"sha256", "page"}; key
//                 "<sha256>|<page>|<version>". OCRs the page in one supervised child
//                 (pipeline/page_ocr.h ocr_pages: extract.seconds_per_page, memory
//                 limit, OMP_THREAD_LIMIT=1 by the supervisor) and upserts the answer
//                 — the page and its reasons, e.g. PARSER_TIMEOUT for a hung page,
//                 which is an answer, not a job failure — in the cache (stage
//                 "extract.page", sha256, page_cache_version(page)), with the fence
//                 key in the same transaction.
//  extract_merge  Payload {"sha256", "pages": [n…], "jobs": [id…]} (the page jobs, in
//                 page order); key "<sha256>|<version>". Assembles the Analysis the
//                 single-process path builds (merge_pages: each page's text, its
//                 reasons appended in page order, extract::summarise) and stores the
//                 normal "extract" cache entry, fenced. A page whose job was PARKED
//                 (its workers died on every attempt) is not OCR'd again: the page
//                 becomes source "none" with LEASE_EXPIRED naming it, so a poison page
//                 cannot stall its document. A page job neither answered nor parked
//                 (cannot happen through the dependencies) fails the merge, which is
//                 retried, then parked; then `record` extracts the document itself.
// Same bytes in a second drop while the split is in flight: the split records its
// merge job in meta "queue.merge.<sha256>|<version>" before handing it over, and the
// second drop's ingest job puts that merge among its record job's dependencies
// (merge_job_of). Left open: a second ingest that reads the meta key just before the
// split writes it and enqueues its record just after the hand-over; that record job
// may run before the merge and extract the document itself (correct, redundant).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "pipeline/engine.h"
#include "queue/jobs.h"
#include "queue/queue.h"
#include "util/result.h"

namespace kc::queue {

inline constexpr const char* k_kind_ocr_page = "ocr_page";
inline constexpr const char* k_kind_extract_merge = "extract_merge";
inline constexpr std::size_t k_min_pages_to_split = 2;

// ---- pure: keys, payloads, merge ----
std::string page_job_key(const std::string& sha256, int page, const std::string& version);  // "<sha>|<page>|<version>"
std::string page_job_payload(const std::string& sha256, int page);
std::string page_cache_version(int page, const std::string& version);  // "<version>|page <n>"
std::string merge_job_key(const std::string& sha256, const std::string& version);  // "<sha>|<version>"
std::string merge_job_payload(const std::string& sha256, const std::vector<int>& pages,
                              const std::vector<std::int64_t>& jobs);
struct MergePayload {
    std::string sha256;
    std::vector<int> pages;
    std::vector<std::int64_t> jobs;  // same length as pages
};
Result<MergePayload> parse_merge_payload(const std::string& json);

// Page numbers with source "pending_ocr", in page order.
std::vector<int> pending_pages(const Analysis& a);

// What became of one page job: its answer (an Analysis with that one page and
// its reasons, as the ocr_page job stored it), or the reason it has none.
struct PageOutcome {
    std::optional<Analysis> answer;
    std::optional<Reason> failure;  // the job was parked: the page gives up with this reason
};
// Parked page job J for page N: LEASE_EXPIRED "page N: OCR job J parked …".
Reason parked_page_reason(int page, std::int64_t job);

// The document's Analysis from the partial one (text layer, pages "pending_ocr")
// and the outcome of every pending page: what ocr_pending_pages would give — each
// pending page replaced by its answer (or source "none" + the failure reason),
// the pages' reasons appended after the partial's in page order, then
// extract::summarise. Error INTERNAL_ERROR naming the first pending page without
// an outcome. Pure.
Result<Analysis> merge_pages(Analysis partial, const std::map<int, PageOutcome>& outcomes);

// ---- jobs (I/O) ----
// Called by the extract job after the text-layer child: when `a` has ≥
// k_min_pages_to_split pending pages, splits as described above and returns the
// job's outcome; otherwise nullopt (the extract job OCRs the pages itself).
std::optional<JobOutcome> split_into_page_jobs(Engine& engine, Queue& queue, const Job& job, const std::string& sha256,
                                               const Analysis& a, int delay_ms);

// The extract_merge job of a document whose extract job split it (meta key above), if any.
std::optional<std::int64_t> merge_job_of(Engine& engine, const std::string& sha256);

bool is_page_job_kind(const std::string& kind);
// Runs an ocr_page or extract_merge job (queue: for the merge, to see parked page jobs).
JobOutcome run_page_job(Engine& engine, const Job& job, int delay_ms, Queue* queue);

}  // namespace kc::queue
