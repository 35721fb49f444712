#include "pipeline/ingest.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <optional>
#include <thread>

#include "core/model_json.h"
#include "extract/extract.h"
#include "pipeline/batch_extract.h"
#include "pipeline/drops.h"
#include "pipeline/page_ocr.h"
#include "pipeline/reextract.h"
#include "pipeline/route.h"
#include "signature/verify.h"
#include "understand/classify.h"
#include "understand/header.h"
#include "unpack/unpack.h"
#include "util/hash.h"
#include "util/log.h"
#include "util/text.h"

namespace kc {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t k_header_chars = 6000;           // the header lives on the first page(s)

bool looks_like_archive(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    char b[262] = {};
    in.read(b, sizeof b);
    std::string_view h(b, static_cast<std::size_t>(in.gcount()));
    auto starts = [&](std::string_view m) { return h.substr(0, m.size()) == m; };
    if (starts("PK\x03\x04") || starts("PK\x05\x06") || starts("7z\xBC\xAF\x27\x1C") || starts("Rar!") ||
        starts("\x1F\x8B") || starts("BZh") || starts("\xFD" "7zXZ") || (h.size() >= 262 && h.substr(257, 5) == "ustar"))
        return true;
    std::string ext = text::lower(p.extension().string());
    return ext == ".zip" || ext == ".7z" || ext == ".rar" || ext == ".tar" || ext == ".tgz" || ext == ".gz";
}

std::optional<std::string> folder_sha256(const fs::path& dir) {
    std::vector<std::string> lines;
    for (const auto& e : fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied)) {
        if (!e.is_regular_file() || e.is_symlink()) continue;
        auto sha = hash::sha256_file(e.path());
        lines.push_back(fs::relative(e.path(), dir).generic_string() + " " + sha.value_or("unreadable"));
    }
    std::sort(lines.begin(), lines.end());
    std::string manifest;
    for (const auto& l : lines) manifest += l + "\n";
    return hash::sha256_hex(manifest);
}

std::uint64_t size_of(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) return fs::file_size(p, ec);
    std::uint64_t total = 0;
    for (const auto& e : fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec))
        if (e.is_regular_file(ec)) total += e.file_size(ec);
    return total;
}

std::string new_submission_id(const Catalog& catalog, std::int64_t now, const std::string& sha) {
    std::string stamp = date::timestamp_vn(now);  // 2022-11-20T15:30:12+07:00
    std::string base = "S" + stamp.substr(0, 4) + stamp.substr(5, 2) + stamp.substr(8, 2) + "-" + stamp.substr(11, 2) +
                       stamp.substr(14, 2) + stamp.substr(17, 2) + "-" + sha.substr(0, 8);
    std::string id = base;
    for (int n = 2; catalog.submission(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

}  // namespace

std::vector<std::string> child_limit_args(const Limits& l) {
    return {"--max-entries", std::to_string(l.max_entries), "--max-total-bytes", std::to_string(l.max_total_bytes),
            "--max-entry-bytes", std::to_string(l.max_entry_bytes), "--max-ratio", std::to_string(l.max_ratio),
            "--max-entry-ratio", std::to_string(l.max_entry_ratio),
            "--max-depth", std::to_string(l.max_depth), "--max-pages", std::to_string(l.max_pages),
            "--max-text-bytes", std::to_string(l.max_text_bytes)};
}

// unpack → entries, in a child when the pipeline says isolated.
Result<unpack::Result> unpack_drop(Engine& e, const Drop& drop) {
    // Counted by tests/pg/first_copy_test.sh (unpack once per drop in queue mode).
    log::info("", "", "unpacking drop " + text::nfc(drop.path.filename().string()));
    if (!drop.folder && !looks_like_archive(drop.path)) {  // a single document dropped as is
        unpack::Result r;
        r.format = "file";
        unpack::Entry entry;
        entry.path_in_archive = text::nfc(drop.path.filename().string());
        auto sha = e.store->put_file(drop.path);
        if (!sha) return sha.error();
        entry.sha256 = *sha;
        entry.size = size_of(drop.path);
        r.entries.push_back(entry);
        return r;
    }
    const StageDef* stage = nullptr;
    for (const auto& s : e.pipeline.stages)
        if (s.name == "unpack") stage = &s;
    if (stage && !stage->isolated)
        return drop.folder ? unpack::unpack_folder(drop.path, *e.store, e.config.limits, e.config.legacy_charset)
                           : unpack::unpack_archive(drop.path, *e.store, e.config.limits, e.config.legacy_charset);
    std::vector<std::string> args = {"unpack", drop.folder ? "--folder" : "--archive", fs::absolute(drop.path).string(),
                                     "--store", fs::absolute(e.store->local_root()).string(), "--charset",
                                     e.config.legacy_charset};
    auto la = child_limit_args(e.config.limits);
    args.insert(args.end(), la.begin(), la.end());
    auto out = e.supervisor.run(args, e.child_limits());
    if (!out.ok) return Error{out.reason->code, out.reason->detail};
    try {
        return unpack::result_from_json(json::parse_object(out.output));
    } catch (const std::exception& ex) {
        return Error{"INTERNAL_ERROR", std::string("unpack answer: ") + ex.what()};
    }
}

namespace {

struct Job {
    Document* doc;
    std::string blob;
    bool need_extract = false, need_signature = false;
    bool extracted = false;  // by extract_in_batches: only pending OCR pages are left
    Analysis analysis;
    std::optional<SignatureResult> signature;
    std::optional<Reason> extract_failure, signature_failure;
};

std::string signature_cache_version(const Engine& e) {
    return std::string(signature::k_version) + "|" + e.config.trust_dir.string();
}

void run_job(const Engine& e, Slots& slots, Job& job) {
    if (job.need_extract && job.extracted) {  // text came from a batch child (run_jobs)
        if (!job.extract_failure) ocr_pending_pages(e.supervisor, slots, job.blob, e.config.limits, job.analysis);
    } else if (job.need_extract) {
        // PDF pages needing OCR come back pending: each is OCR'd in its own
        // child under extract.seconds_per_page (pipeline/page_ocr.h).
        std::vector<std::string> args = {"extract", "--file", job.blob, "--defer-ocr", "1"};
        auto la = child_limit_args(e.config.limits);
        args.insert(args.end(), la.begin(), la.end());
        supervise::ChildOutcome out;
        {
            SlotGuard slot(slots);
            out = e.supervisor.run(args, e.child_limits());
        }
        if (!out.ok) {
            job.extract_failure = *out.reason;
        } else {
            try {
                job.analysis = json::analysis_from(json::parse_object(out.output));
                ocr_pending_pages(e.supervisor, slots, job.blob, e.config.limits, job.analysis);
            } catch (const std::exception& ex) {
                job.extract_failure = make_reason(ReasonCode::INTERNAL_ERROR, std::string("extract answer: ") + ex.what());
            }
        }
    }
    if (job.need_signature && (job.analysis.format == "pdf")) {
        std::vector<std::string> args = {"verify_signature", "--file", job.blob, "--trust", e.config.trust_dir.string(),
                                         "--as-of", date::iso(e.as_of)};
        SlotGuard slot(slots);
        auto out = e.supervisor.run(args, e.child_limits());
        if (!out.ok) {
            job.signature_failure = *out.reason;
        } else {
            try {
                job.signature = json::signature_from(json::parse_object(out.output));
            } catch (const std::exception& ex) {
                job.signature_failure = make_reason(ReasonCode::INTERNAL_ERROR, ex.what());
            }
        }
    }
}

void run_jobs(const Engine& e, std::vector<Job>& jobs) {
    unsigned workers = worker_count(e.config.workers);
    Slots slots(workers);  // children at once, documents and pages together
    {   // text first, many documents per child (pipeline/batch_extract.h): one process start per batch
        std::vector<std::string> files;
        std::vector<Job*> owners;
        for (auto& job : jobs)
            if (job.need_extract) files.push_back(job.blob), owners.push_back(&job);
        std::vector<std::string> extra = {"--defer-ocr", "1"};
        auto la = child_limit_args(e.config.limits);
        extra.insert(extra.end(), la.begin(), la.end());
        auto answers = extract_in_batches(e.supervisor, slots, files, extra, e.child_limits());
        for (std::size_t i = 0; i < answers.size(); ++i) {
            owners[i]->extracted = true;
            if (answers[i].analysis) owners[i]->analysis = std::move(*answers[i].analysis);
            else owners[i]->extract_failure = answers[i].failure;
        }
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < std::min<std::size_t>(workers, jobs.size()); ++w)
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < jobs.size(); i = next++) run_job(e, slots, jobs[i]);
        });
    for (auto& t : pool) t.join();
}

void understand_document(const Engine& e, const rules::RuleSet& rules, Document& d, const Analysis& a) {
    std::string head, all;
    for (const auto& p : a.pages) {
        if (head.size() < k_header_chars) head += p.text + "\n";
        all += p.text + "\n";
    }
    if (e.pipeline.has("understand")) {
        auto parsed = understand::parse_header(head);
        d.header = parsed.header;
        understand::ClassifyInput in{d.path_in_archive, d.header, all, d.format, d.submitted_by};
        auto candidates = understand::classify(in, rules);
        for (const auto& c : candidates)
            if (c.status != "unclassified" && d.classifications.size() < 5) d.classifications.push_back(c);
        if (!candidates.empty()) d.classification = candidates.front();
    }
    if (a.pages.empty() || all.find_first_not_of(" \n\t\r\f") == std::string::npos)
        if (!has_reason(d.reasons, ReasonCode::NO_TEXT) && !has_reason(d.reasons, ReasonCode::UNSUPPORTED_FORMAT) &&
            !has_reason(d.reasons, ReasonCode::UNREADABLE))
            d.reasons.push_back(make_reason(ReasonCode::NO_TEXT));
}

// With several rule sets configured, the one this submission is judged by
// (pipeline/route.h): read each document's header and ask each rule set's
// classifier whether it recognises a product about that very period.
const rules::RuleSet& route_rules(const Engine& e, const std::vector<Job>& jobs, Submission& s) {
    if (e.other_rules.empty() || !e.pipeline.has("understand")) return e.rules;
    std::vector<const rules::RuleSet*> others;
    for (const auto& r : e.other_rules) others.push_back(&r);
    std::vector<DocumentPeriod> periods;
    for (const auto& job : jobs) {
        std::string head, all;
        for (const auto& p : job.analysis.pages) {
            if (head.size() < k_header_chars) head += p.text + "\n";
            all += p.text + "\n";
        }
        DocumentPeriod dp;
        const DocumentHeader header = understand::parse_header(head).header;
        dp.period = header.period;
        if (dp.period.size() >= 4) {
            const understand::ClassifyInput in{job.doc->path_in_archive, header, all, job.analysis.format, s.unit};
            std::vector<const rules::RuleSet*> all_rules{&e.rules};
            all_rules.insert(all_rules.end(), others.begin(), others.end());
            for (const auto* rs : all_rules) {
                const auto best = understand::classify(in, *rs).front();
                const rules::Product* p = best.status == "unclassified" ? nullptr : rs->product(best.product);
                if (p && p->period.compare(0, 4, dp.period, 0, 4) == 0) dp.claimed_by.push_back(rs->id);
            }
        }
        periods.push_back(std::move(dp));
    }
    const std::string received = s.received_at.substr(0, 10);  // written in UTC+7
    const Route route = route_submission(e.rules, others, periods, received);
    s.rules = route.rules->id;
    if (route.basis == "configured") s.reasons.push_back(make_reason(ReasonCode::RULE_SET_FALLBACK, e.rules.id));
    log::info(s.id, "", "rule set " + s.rules + " (by " + route.basis + ", " + std::to_string(route.votes) + " documents)");
    return *route.rules;
}

}  // namespace

Result<Submission> ingest_drop(Engine& e, const Drop& drop, const std::function<void(const Submission&)>& in_transaction,
                               const unpack::Result* unpacked_already) {
    Catalog& catalog = *e.catalog;
    Submission s;
    s.unit = drop.unit;
    s.file = text::nfc(drop.path.filename().string());
    s.rules = e.rules.id;
    auto sha = drop.folder ? folder_sha256(drop.path) : hash::sha256_file(drop.path);
    if (!sha) return Error{"UNREADABLE", drop.path.string() + ": cannot be read"};
    s.sha256 = *sha;
    std::int64_t now = date::now_unix();
    s.received_at = date::timestamp_vn(now);
    s.id = new_submission_id(catalog, now, s.sha256);
    log::info(s.id, "", "received " + s.file + " from " + s.unit + " sha256=" + s.sha256);

    std::error_code ec;
    auto space = fs::space(e.config.state_dir, ec);
    std::uint64_t worst = size_of(drop.path) * 2 + e.config.min_free_bytes;  // blobs + catalog, then the reserve
    if (!ec && space.available < worst) {
        const std::string detail = std::to_string(space.available) + " bytes available in " +
                                   e.config.state_dir.string() + ", " + std::to_string(worst) + " needed";
        log::error(s.id, "", "DISK_FULL: nothing taken: " + detail);
        return Error{"DISK_FULL", make_reason(ReasonCode::DISK_FULL, detail).en};
    }

    auto record_duplicate = [&](const std::string& first_id) {
        s.status = "duplicate";
        s.reasons.clear();
        s.reasons.push_back(make_reason(ReasonCode::DUPLICATE_SUBMISSION, first_id));
        catalog.transaction([&] {
            catalog.insert_submission(s);
            if (in_transaction) in_transaction(s);
        });
        log::info(s.id, "", "duplicate of " + first_id);
        return s;
    };
    if (auto first = catalog.first_submission_with_sha256(s.sha256)) return record_duplicate(first->id);

    // The queue's ingest job may have unpacked the drop already (queue/unpack_once.h): its
    // entries and blobs are reused, the archive is not read again.
    Result<unpack::Result> unpacked = unpacked_already ? Result<unpack::Result>(*unpacked_already) : unpack_drop(e, drop);
    std::vector<Document> docs;
    if (!unpacked) {
        s.status = "damaged";
        s.reasons.push_back(make_reason(unpacked.error().code, unpacked.error().detail));
    } else {
        s.reasons = unpacked->reasons;
        s.status = unpacked->damaged ? "damaged" : "accepted";
        // A guard that stopped the unpacking (bomb, size, entry count) rejects the drop as a
        // whole: its entries are recorded, none is taken as evidence or parsed further —
        // parsing thousands of entries of a hostile archive would be the attack.
        std::optional<Reason> stopped_by;
        for (const auto& r : s.reasons)
            if (!stopped_by && (r.code == reason_code_name(ReasonCode::COMPRESSION_RATIO) ||
                                r.code == reason_code_name(ReasonCode::TOO_MANY_ENTRIES) ||
                                r.code == reason_code_name(ReasonCode::TOO_LARGE)))
                stopped_by = r;
        if (stopped_by) s.status = "rejected";
        int n = 0;
        for (const auto& entry : unpacked->entries) {
            if (entry.container) continue;  // a nested archive: its members are the documents
            Document d;
            char num[16];
            std::snprintf(num, sizeof num, "%03d", ++n);
            d.id = "D" + s.id.substr(1) + "-" + num;
            d.sha256 = entry.sha256;
            d.submission = s.id;
            d.submitted_by = s.unit;
            d.path_in_archive = entry.path_in_archive;
            d.reasons = entry.reasons;
            d.refused = entry.refused || entry.ignored || !entry.sha256 || stopped_by.has_value();
            if (stopped_by && !entry.refused && !entry.ignored && !has_reason(d.reasons, reason_code_from_name(stopped_by->code).value()))
                d.reasons.push_back(make_reason(stopped_by->code, "the whole archive was rejected"));
            if (entry.ignored && !has_reason(d.reasons, ReasonCode::IGNORED_SYSTEM_FILE))
                d.reasons.push_back(make_reason(ReasonCode::IGNORED_SYSTEM_FILE));
            d.format = "unknown";
            d.text_source = "none";
            d.signature.status = "absent";
            docs.push_back(std::move(d));
        }
        if (docs.empty() && !has_reason(s.reasons, ReasonCode::EMPTY_SUBMISSION))
            s.reasons.push_back(make_reason(ReasonCode::EMPTY_SUBMISSION));
        if (docs.empty()) s.status = s.status == "damaged" ? "damaged" : "rejected";
    }

    // extract + verify_signature, from the cache or in supervised children
    std::vector<Job> jobs;
    const std::string sig_version = signature_cache_version(e);
    for (auto& d : docs) {
        if (d.refused) continue;
        Job job;
        job.doc = &d;
        job.blob = fs::absolute(e.store->local_path(*d.sha256)).string();
        if (auto cached = catalog.cached("extract", *d.sha256, extract_cache_version()))
            job.analysis = json::analysis_from(json::parse_object(*cached));
        else
            job.need_extract = e.pipeline.has("extract");
        if (e.pipeline.has("verify_signature")) {
            if (auto cached = catalog.cached("signature", *d.sha256, sig_version))
                job.signature = json::signature_from(json::parse_object(*cached));
            else
                job.need_signature = true;
        }
        jobs.push_back(std::move(job));
    }
    for (auto& job : jobs)  // the signature child needs the format: known from cache or after extract
        if (!job.need_extract && job.analysis.format != "pdf") job.need_signature = false;
    run_jobs(e, jobs);
    const rules::RuleSet& rules = route_rules(e, jobs, s);

    std::vector<std::pair<std::string, std::string>> cache_writes_extract, cache_writes_signature;
    for (auto& job : jobs) {
        Document& d = *job.doc;
        if (job.extract_failure) {
            d.reasons.push_back(*job.extract_failure);
        } else {
            if (job.need_extract) cache_writes_extract.emplace_back(*d.sha256, json::stringify(json::to_json(job.analysis)));
            d.format = job.analysis.format.empty() ? "unknown" : job.analysis.format;
            d.text_source = job.analysis.text_source.empty() ? "none" : job.analysis.text_source;
            d.pages = static_cast<int>(job.analysis.pages.size());
            d.exif_date = job.analysis.exif_date;
            d.reasons.insert(d.reasons.end(), job.analysis.reasons.begin(), job.analysis.reasons.end());
        }
        if (job.signature_failure) {
            d.signature.status = "indeterminate";
            d.reasons.push_back(*job.signature_failure);
        } else if (job.signature) {
            if (job.need_signature)
                cache_writes_signature.emplace_back(*d.sha256, json::stringify(json::to_json(*job.signature)));
            d.signature = *job.signature;
        } else if (!e.pipeline.has("verify_signature") && d.format == "pdf") {
            d.signature.status = "not_checked";
        }
        understand_document(e, rules, d, job.analysis);
        log::info(s.id, d.id, "format=" + d.format + " classification=" + d.classification.status + " " +
                                  d.classification.product + " signature=" + d.signature.status);
    }

    // Not first after all: another process recorded the same bytes after the check above
    // (two workers at the same instant). The first-copy key decides, inside the transaction.
    struct NotFirstCopy {};
    try {
        catalog.transaction([&] {
            // The claim first: a concurrent copy (perhaps with the same second-based id) waits here.
            if (!catalog.claim_first_copy(s.sha256, s.id)) throw NotFirstCopy{};
            catalog.insert_submission(s);
            for (const auto& d : docs) catalog.insert_document(d);
            for (const auto& [sha256, js] : cache_writes_extract) catalog.store_cached("extract", sha256, extract_cache_version(), js);
            if (!cache_writes_extract.empty()) note_extracted(catalog, extract_cache_version());
            for (const auto& [sha256, js] : cache_writes_signature) catalog.store_cached("signature", sha256, sig_version, js);
            if (in_transaction) in_transaction(s);
        });
    } catch (const NotFirstCopy&) {
        const std::string first = catalog.first_copy_of(s.sha256).value_or("?");
        log::info(s.id, "", "first copy taken meanwhile by " + first + " (first-copy key): recorded as its duplicate");
        s.id = new_submission_id(catalog, now, s.sha256);  // the first copy may hold the same id (same second)
        s.rules = e.rules.id;                              // as the duplicate found by the read above
        return record_duplicate(first);
    }
    log::info(s.id, "", "recorded: status=" + s.status + " documents=" + std::to_string(docs.size()));
    return s;
}

}  // namespace kc
