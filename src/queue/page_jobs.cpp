#include "queue/page_jobs.h"

#include <Poco/JSON/Array.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "core/model_json.h"
#include "extract/extract.h"
#include "pipeline/page_ocr.h"
#include "pipeline/reextract.h"

namespace kc::queue {
namespace fs = std::filesystem;
namespace {

constexpr const char* k_stage_partial = "extract.partial";
constexpr const char* k_stage_page = "extract.page";

struct AlreadyDone {};

std::string fence_key(const Job& job) { return "queue.job." + std::to_string(job.id); }

void test_delay(int delay_ms) {
    if (delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
}

// The effect and the fence key in one transaction (queue/jobs.h): once, visibly.
template <typename F>
void fenced(Engine& e, const Job& job, const std::string& result, int delay_ms, F&& effect) {
    try {
        e.catalog->transaction([&] {
            if (!e.catalog->insert_meta_if_absent(fence_key(job), result)) throw AlreadyDone{};
            effect();
            test_delay(delay_ms);
        });
    } catch (const AlreadyDone&) {
    }
}

std::string merge_meta_key(const std::string& sha, const std::string& version) {
    return "queue.merge." + sha + "|" + version;
}

std::string page_result(const std::string& sha, int page) { return sha + " page " + std::to_string(page); }

JobOutcome run_ocr_page(Engine& e, const Job& job, int delay_ms) {
    auto p = json::parse_object(job.payload);
    const std::string sha = p->optValue<std::string>("sha256", "");
    const int page = p->optValue<int>("page", 0);
    if (sha.size() != 64 || page < 1) return {false, "INTERNAL_ERROR: ocr_page payload without sha256 or page", false};
    const std::string version = extract_cache_version();
    const std::string result = page_result(sha, page);
    if (e.catalog->cached("extract", sha, version) || e.catalog->cached(k_stage_page, sha, page_cache_version(page, version))) {
        e.catalog->insert_meta_if_absent(fence_key(job), result);  // done already (by the whole document, or a run before)
        return {true, result, true};
    }
    if (!e.store->contains(sha)) return {false, "BLOB_MISSING: blob " + sha + " is not in the shared store", true};
    const std::string blob = fs::absolute(e.store->path_of(sha)).string();
    std::vector<PageText> pages(1);
    pages[0].number = page;
    pages[0].source = "pending_ocr";
    Slots one(1);
    auto reasons = ocr_pages(e.supervisor, one, blob, e.config.limits, pages);
    Analysis answer;
    answer.pages = std::move(pages);
    answer.reasons = std::move(reasons.front());
    const std::string js = json::stringify(json::to_json(answer));
    fenced(e, job, result, delay_ms, [&] { e.catalog->store_cached(k_stage_page, sha, page_cache_version(page, version), js); });
    return {true, result, true};
}

JobOutcome run_merge(Engine& e, const Job& job, int delay_ms, Queue* queue) {
    auto mp = parse_merge_payload(job.payload);
    if (!mp) return {false, mp.error().code + ": " + mp.error().detail, false};
    const std::string& sha = mp->sha256;
    const std::string version = extract_cache_version();
    if (e.catalog->cached("extract", sha, version)) {
        e.catalog->insert_meta_if_absent(fence_key(job), sha);
        return {true, sha, true};
    }
    auto partial = e.catalog->cached(k_stage_partial, sha, version);
    if (!partial) return {false, "INTERNAL_ERROR: no partial extraction of " + sha, false};  // record extracts it
    std::map<int, PageOutcome> outcomes;
    for (std::size_t i = 0; i < mp->pages.size(); ++i) {
        const int page = mp->pages[i];
        if (auto js = e.catalog->cached(k_stage_page, sha, page_cache_version(page, version))) {
            outcomes[page].answer = json::analysis_from(json::parse_object(*js));
        } else if (queue && queue->state_of(mp->jobs[i]) == "parked") {
            outcomes[page].failure = parked_page_reason(page, mp->jobs[i]);
        }
    }
    auto merged = merge_pages(json::analysis_from(json::parse_object(*partial)), outcomes);
    if (!merged) return {false, merged.error().code + ": " + merged.error().detail, true};
    const std::string js = json::stringify(json::to_json(*merged));
    fenced(e, job, sha, delay_ms, [&] { e.catalog->store_cached("extract", sha, version, js); });
    return {true, sha, true};
}

}  // namespace

std::string page_job_key(const std::string& sha256, int page, const std::string& version) {
    return sha256 + "|" + std::to_string(page) + "|" + version;
}

std::string page_job_payload(const std::string& sha256, int page) {
    auto o = json::ordered();
    o->set("sha256", sha256);
    o->set("page", page);
    return json::stringify(o);
}

std::string page_cache_version(int page, const std::string& version) { return version + "|page " + std::to_string(page); }

std::string merge_job_key(const std::string& sha256, const std::string& version) { return sha256 + "|" + version; }

std::string merge_job_payload(const std::string& sha256, const std::vector<int>& pages,
                              const std::vector<std::int64_t>& jobs) {
    auto o = json::ordered();
    o->set("sha256", sha256);
    Poco::JSON::Array::Ptr ps = new Poco::JSON::Array, js = new Poco::JSON::Array;
    for (int p : pages) ps->add(p);
    for (std::int64_t j : jobs) js->add(static_cast<Poco::Int64>(j));
    o->set("pages", ps);
    o->set("jobs", js);
    return json::stringify(o);
}

Result<MergePayload> parse_merge_payload(const std::string& text) {
    try {
        auto o = json::parse_object(text);
        MergePayload m;
        m.sha256 = o->optValue<std::string>("sha256", "");
        auto ps = o->getArray("pages");
        auto js = o->getArray("jobs");
        if (m.sha256.size() != 64 || !ps || !js || ps->size() != js->size())
            return Error{"INTERNAL_ERROR", "extract_merge payload: sha256, pages and jobs expected"};
        for (std::size_t i = 0; i < ps->size(); ++i) {
            m.pages.push_back(ps->getElement<int>(static_cast<unsigned>(i)));
            m.jobs.push_back(js->getElement<Poco::Int64>(static_cast<unsigned>(i)));
        }
        return m;
    } catch (const std::exception& ex) {
        return Error{"INTERNAL_ERROR", std::string("extract_merge payload: ") + ex.what()};
    }
}

std::vector<int> pending_pages(const Analysis& a) {
    std::vector<int> out;
    for (const auto& p : a.pages)
        if (p.source == "pending_ocr") out.push_back(p.number);
    return out;
}

Reason parked_page_reason(int page, std::int64_t job) {
    return make_reason(ReasonCode::LEASE_EXPIRED, "page " + std::to_string(page) + ": OCR job " + std::to_string(job) +
                                                      " parked (its workers stopped, or it failed, on every attempt; `kiemchung status` shows why)");
}

Result<Analysis> merge_pages(Analysis a, const std::map<int, PageOutcome>& outcomes) {
    std::vector<Reason> added;  // in page order, after the partial's own reasons (as ocr_pending_pages)
    for (auto& page : a.pages) {
        if (page.source != "pending_ocr") continue;
        auto it = outcomes.find(page.number);
        if (it != outcomes.end() && it->second.answer) {
            const Analysis& one = *it->second.answer;
            if (!one.pages.empty()) page = one.pages.front();
            added.insert(added.end(), one.reasons.begin(), one.reasons.end());
        } else if (it != outcomes.end() && it->second.failure) {
            page.source = "none";
            page.text.clear();
            page.confidence = 0;
            page.preprocessing.clear();
            added.push_back(*it->second.failure);
        } else {
            return Error{"INTERNAL_ERROR", "page " + std::to_string(page.number) + ": no OCR answer yet"};
        }
    }
    a.reasons.insert(a.reasons.end(), added.begin(), added.end());
    extract::summarise(a);
    return a;
}

std::optional<JobOutcome> split_into_page_jobs(Engine& e, Queue& queue, const Job& job, const std::string& sha,
                                               const Analysis& a, int delay_ms) {
    const std::vector<int> pages = pending_pages(a);
    if (pages.size() < k_min_pages_to_split) return std::nullopt;
    const std::string version = extract_cache_version();
    // 1. the partial, before any job that reads it can run (an upsert: a rerun changes nothing)
    e.catalog->store_cached(k_stage_partial, sha, version, json::stringify(json::to_json(a)));
    // 2. the page jobs, then the merge after them (each idempotent on its key)
    std::vector<std::int64_t> ids;
    for (int p : pages)
        ids.push_back(queue.enqueue(k_kind_ocr_page, page_job_key(sha, p, version), page_job_payload(sha, p),
                                    job.max_attempts)
                          .first);
    const std::int64_t merge =
        queue.enqueue(k_kind_extract_merge, merge_job_key(sha, version), merge_job_payload(sha, pages, ids),
                      job.max_attempts, ids)
            .first;
    // 3. whoever waits for this job (the record job) now waits for the merge too; a later
    //    drop with the same bytes finds the merge through the meta key (merge_job_of)
    e.catalog->set_meta(merge_meta_key(sha, version), std::to_string(merge));
    queue.add_to_dependents(job.id, merge);
    const std::string result =
        "split: " + std::to_string(pages.size()) + " ocr_page jobs, merge job " + std::to_string(merge);
    fenced(e, job, result, delay_ms, [] {});
    return JobOutcome{true, result, true};
}

std::optional<std::int64_t> merge_job_of(Engine& e, const std::string& sha) {
    auto v = e.catalog->meta(merge_meta_key(sha, extract_cache_version()));
    if (!v) return std::nullopt;
    try {
        return std::stoll(*v);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

bool is_page_job_kind(const std::string& kind) { return kind == k_kind_ocr_page || kind == k_kind_extract_merge; }

JobOutcome run_page_job(Engine& e, const Job& job, int delay_ms, Queue* queue) {
    if (job.kind == k_kind_ocr_page) return run_ocr_page(e, job, delay_ms);
    if (job.kind == k_kind_extract_merge) return run_merge(e, job, delay_ms, queue);
    return {false, "INTERNAL_ERROR: not a page job kind '" + job.kind + "'", false};
}

}  // namespace kc::queue
