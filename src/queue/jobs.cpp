#include "queue/jobs.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/model_json.h"
#include "extract/extract.h"
#include "pipeline/ingest.h"
#include "pipeline/page_ocr.h"
#include "pipeline/reextract.h"
#include "queue/page_jobs.h"
#include "queue/stage_jobs.h"
#include "queue/unpack_once.h"
#include "catalog/pg_errors.h"
#include "util/hash.h"
#include "util/log.h"

namespace kc::queue {
namespace fs = std::filesystem;
namespace {

// The job's effect already happened (fence key present): not an error.
struct AlreadyDone {
    std::string result;
};

std::string fence_key(const Job& job) { return "queue.job." + std::to_string(job.id); }

void test_delay(int delay_ms) {
    if (delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
}

// A folder drop's identity: its listing (relative path, size, mtime) — cheap, and changes when it does.
std::string folder_identity(const fs::path& dir) { return hash::sha256_hex(folder_listing(dir)); }


Drop drop_of(const Poco::JSON::Object::Ptr& p) {
    Drop d;
    d.path = p->optValue<std::string>("path", "");
    d.unit = p->optValue<std::string>("unit", "");
    d.folder = p->optValue<bool>("folder", false);
    return d;
}

// The ingest job's split (jobs.h): the distinct documents of the drop with no cached
// extraction, or nothing when the drop is better recorded in place.
std::vector<std::string> documents_to_extract(Engine& e, const Drop& d) {
    if (!e.pipeline.has("extract")) return {};
    auto sha = d.folder ? std::optional<std::string>() : hash::sha256_file(d.path);
    if (sha && e.catalog->first_submission_with_sha256(*sha)) return {};  // a duplicate: nothing to extract
    auto unpacked = unpack_drop(e, d);
    if (!unpacked) return {};  // damaged: record says why
    store_unpacked(e, d, *unpacked);  // the record job reuses it (queue/unpack_once.h)
    for (const auto& r : unpacked->reasons)  // a guard rejected the archive as a whole: none is parsed
        if (r.code == reason_code_name(ReasonCode::COMPRESSION_RATIO) ||
            r.code == reason_code_name(ReasonCode::TOO_MANY_ENTRIES) || r.code == reason_code_name(ReasonCode::TOO_LARGE))
            return {};
    std::vector<std::string> out;
    const std::string version = extract_cache_version();
    for (const auto& entry : unpacked->entries) {
        if (entry.container || entry.refused || entry.ignored || !entry.sha256) continue;
        if (std::find(out.begin(), out.end(), *entry.sha256) != out.end()) continue;
        if (!e.catalog->cached("extract", *entry.sha256, version)) out.push_back(*entry.sha256);
    }
    return out;
}

JobOutcome run_ingest(Engine& e, const Job& job, int delay_ms, Queue* queue) {
    auto p = json::parse_object(job.payload);
    Drop d = drop_of(p);
    std::string claim = p->optValue<std::string>("claim", "");
    if (d.path.empty() || d.unit.empty()) return {false, "INTERNAL_ERROR: ingest payload without path or unit", false};
    if (!e.rules.find_unit(d.unit)) return {false, "UNKNOWN_UNIT: " + d.unit, false};
    if (queue && job.kind == k_kind_ingest) {
        // Always a record job (also for 0–1 document to extract): a second run of this job,
        // whatever the cache holds by then, only finds the jobs of the first one.
        auto shas = documents_to_extract(e, d);
        std::vector<std::int64_t> after;
        for (const auto& sha : shas) {  // also one: it may be a long scan, split into ocr_page jobs (queue/page_jobs.h)
            after.push_back(queue->enqueue(k_kind_extract, extract_key(sha), extract_payload(sha), job.max_attempts).first);
            if (auto merge = merge_job_of(e, sha)) after.push_back(*merge);  // same bytes already split by another drop
        }
        auto record = queue->enqueue(k_kind_record, job.key, job.payload, job.max_attempts, after).first;
        return {true, "split: " + std::to_string(after.size()) + " extract jobs, record job " + std::to_string(record),
                true};
    }
    try {
        // record: the ingest job's unpack result, not a second unpack (queue/unpack_once.h)
        auto pre = job.kind == k_kind_record ? cached_unpack(e, d) : std::nullopt;
        auto r = ingest_drop(e, d, [&](const Submission& s) {
            if (!e.catalog->insert_meta_if_absent(fence_key(job), s.id))  // another run recorded it first
                throw AlreadyDone{e.catalog->meta(fence_key(job)).value_or("")};
            if (!claim.empty()) e.catalog->set_meta("watch.claim." + claim, s.id);  // the watcher's receipt step
            test_delay(delay_ms);
        }, pre ? &*pre : nullptr);
        if (!r) return {false, r.error().code + ": " + r.error().detail, catalog::is_retryable(r.error().code)};
        return {true, r->id, true};
    } catch (const AlreadyDone& done) {
        return {true, done.result, true};
    }
}

JobOutcome run_extract(Engine& e, const Job& job, int delay_ms, Queue* queue) {
    auto p = json::parse_object(job.payload);
    std::string sha = p->optValue<std::string>("sha256", "");
    if (sha.size() != 64) return {false, "INTERNAL_ERROR: extract payload without sha256", false};
    if (!e.store->contains(sha)) return {false, "BLOB_MISSING: blob " + sha + " is not in the shared store", true};
    const std::string version = extract_cache_version();
    if (e.catalog->cached("extract", sha, version)) {  // done already (by a job or an ingest)
        e.catalog->insert_meta_if_absent(fence_key(job), sha);
        return {true, sha, true};
    }
    std::string blob = fs::absolute(e.store->local_path(sha)).string();
    std::vector<std::string> args = {"extract", "--file", blob, "--defer-ocr", "1"};
    auto la = child_limit_args(e.config.limits);
    args.insert(args.end(), la.begin(), la.end());
    auto out = e.supervisor.run(args, e.child_limits());
    if (!out.ok) return {false, out.reason ? out.reason->code + ": " + out.reason->detail : "PARSER_FAILED", true};
    Analysis a = json::analysis_from(json::parse_object(out.output));
    if (queue)  // ≥ 2 pages to OCR: one ocr_page job each, then extract_merge (queue/page_jobs.h)
        if (auto split = split_into_page_jobs(e, *queue, job, sha, a, delay_ms)) return *split;
    Slots slots(worker_count(e.config.workers));
    ocr_pending_pages(e.supervisor, slots, blob, e.config.limits, a);
    std::string js = json::stringify(json::to_json(a));
    try {
        e.catalog->transaction([&] {
            if (!e.catalog->insert_meta_if_absent(fence_key(job), sha)) throw AlreadyDone{sha};
            e.catalog->store_cached("extract", sha, version, js);
            test_delay(delay_ms);
        });
    } catch (const AlreadyDone&) {
    }
    return {true, sha, true};
}

}  // namespace

std::string ingest_payload(const Drop& drop, const std::string& claim_id) {
    auto o = json::ordered();
    o->set("path", fs::absolute(drop.path).string());
    o->set("unit", drop.unit);
    o->set("folder", drop.folder);
    if (!claim_id.empty()) o->set("claim", claim_id);
    return json::stringify(o);
}

std::string ingest_key(const Drop& drop) {
    std::string identity = drop.folder ? folder_identity(drop.path) : hash::sha256_file(drop.path).value_or("unreadable");
    return identity + "|" + drop.unit + "|" + fs::absolute(drop.path).lexically_normal().string();
}

std::string extract_payload(const std::string& sha256) {
    auto o = json::ordered();
    o->set("sha256", sha256);
    return json::stringify(o);
}

std::string extract_key(const std::string& sha256) { return sha256 + "|" + extract_cache_version(); }

JobOutcome run_job(Engine& e, const Job& job, int delay_ms, Queue* queue) {
    try {
        if (auto done = e.catalog->meta(fence_key(job))) {  // effect recorded by an earlier run of this job
            // a record job that died after its commit: its judge + report jobs (stage_jobs.h), idempotently
            if (job.kind == k_kind_record && queue) enqueue_after_record(e, *queue, *done, job.max_attempts);
            return {true, *done, true};
        }
        if (job.kind == k_kind_record && queue) {
            auto out = run_ingest(e, job, delay_ms, queue);
            if (out.ok) enqueue_after_record(e, *queue, out.result, job.max_attempts);  // stage_jobs.h
            return out;
        }
        if (job.kind == k_kind_ingest || job.kind == k_kind_record) return run_ingest(e, job, delay_ms, queue);
        if (is_stage_kind(job.kind)) return run_stage_job(e, job, delay_ms);  // judge, report
        if (job.kind == k_kind_extract) return run_extract(e, job, delay_ms, queue);
        if (is_page_job_kind(job.kind)) return run_page_job(e, job, delay_ms, queue);
        return {false, "INTERNAL_ERROR: unknown job kind '" + job.kind + "'", false};
    } catch (const CatalogError& err) {
        return {false, err.code() + ": " + err.what(), catalog::is_retryable(err.code())};  // pg_errors.h
    } catch (const std::exception& ex) {
        return {false, std::string("INTERNAL_ERROR: ") + ex.what(), true};
    }
}

}  // namespace kc::queue
