#include <Poco/Delegate.h>
#include <Poco/DirectoryWatcher.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "pipeline/drops.h"
#include "pipeline/ingest.h"
#include "queue/jobs.h"
#include "queue/queue.h"
#include "pipeline/publish.h"
#include "util/atomic_file.h"
#include "util/log.h"
#include "util/text.h"
#include "watch/fault.h"
#include "watch/inbox.h"
#include "watch/probe.h"
#include "watch/quarantine.h"
#include "watch/receipt.h"
#include "watch/settle.h"
#include "watch/spool.h"
#include "watch/watch.h"

namespace kc::watch {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t k_max_directory_watchers = 128;  // one thread each; the periodic scan covers the rest

// inotify watchers on inbox/ and its folders; any event wakes the loop.
class EventHub {
public:
    std::atomic<bool> woken{false};
    void sync(const fs::path& inbox, const std::vector<ListedItem>& listing) {
        std::set<std::string> want = {""};
        for (const auto& i : listing)
            if (i.dir && !i.symlink && want.size() < k_max_directory_watchers) want.insert(i.rel);
        for (auto it = m_watchers.begin(); it != m_watchers.end();)
            it = want.count(it->first) ? std::next(it) : m_watchers.erase(it);
        for (const auto& rel : want) {
            if (m_watchers.count(rel)) continue;
            try {
                auto w = std::make_unique<Poco::DirectoryWatcher>((inbox / rel).string(),
                                                                  Poco::DirectoryWatcher::DW_FILTER_ENABLE_ALL, 2);
                w->itemAdded += Poco::delegate(this, &EventHub::on_event);
                w->itemModified += Poco::delegate(this, &EventHub::on_event);
                w->itemMovedTo += Poco::delegate(this, &EventHub::on_event);
                w->scanError += Poco::delegate(this, &EventHub::on_error);
                m_watchers.emplace(rel, std::move(w));
            } catch (const Poco::Exception&) {
                // no events for this folder (gone, or no inotify): the periodic scan covers it
            }
        }
    }

private:
    void on_event(const Poco::DirectoryWatcher::DirectoryEvent&) { woken = true; }
    void on_error(const Poco::Exception&) {}
    std::map<std::string, std::unique_ptr<Poco::DirectoryWatcher>> m_watchers;
};

class Watcher {
public:
    Watcher(Engine& e, const WatchOptions& o, const std::atomic<bool>& stop)
        : m_e(e), m_o(o), m_stop(stop), m_spool(e.config.spool_dir()), m_tracker(o.settle_seconds) {}

    WatchSummary run() {
        for (auto& c : m_spool.resume()) {
            if (m_stop) return m_summary;
            process(c);
        }
        while (!m_stop) {
            scan_and_take();
            if (m_e.catalog->is_postgresql())  // workers record claims: finish those they have recorded
                for (auto& c : m_spool.resume()) {
                    if (m_stop) break;
                    process(c);
                }
            write_status();
            if (m_o.once) break;
            wait();
        }
        return m_summary;
    }

private:
    Engine& m_e;
    const WatchOptions& m_o;
    const std::atomic<bool>& m_stop;
    Spool m_spool;
    SettleTracker m_tracker;
    EventHub m_events;
    WatchSummary m_summary;
    WatchStatus m_status;
    std::map<std::string, std::string> m_probe_logged;  // rel → last reason logged

    void wait() {
        auto until = std::chrono::steady_clock::now() + std::chrono::seconds(std::max(1, m_o.interval_seconds));
        // A drop seen but not yet settled: look again right when it will be (whole seconds: mtimes are).
        if (auto due = m_tracker.next_settle_in(date::now_unix()))
            until = std::min(until, std::chrono::steady_clock::now() + std::chrono::seconds(*due) +
                                        std::chrono::milliseconds(100));
        while (!m_stop && std::chrono::steady_clock::now() < until) {
            if (m_events.woken.exchange(false)) {  // a change: look again soon, settle still applies
                std::this_thread::sleep_for(std::chrono::milliseconds(500));
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }

    const fs::path& inbox() const { return m_e.config.inbox; }

    void scan_and_take() {
        auto listing = list_inbox(inbox());
        if (!m_o.once) m_events.sync(inbox(), listing);
        auto candidates = plan_drops(listing);
        std::vector<Observation> obs;
        std::map<std::string, std::vector<std::string>> unknown;  // unit folder → items
        std::vector<std::pair<Candidate, std::string>> known;     // with the unit code
        for (const auto& c : candidates) {
            const rules::Unit* u = c.unit_folder.empty() ? nullptr : m_e.rules.find_unit(c.unit_folder);
            if (!u) {
                unknown[c.unit_folder].push_back(c.rel);
                continue;
            }
            obs.push_back({c.rel, c.signature});
            known.emplace_back(c, u->code);
        }
        write_unknown_notes(unknown);
        const std::int64_t now = date::now_unix();
        m_tracker.observe(obs, now);
        // Order of arrival per unit (ctime in ns, then path: watch/inbox.h); units interleave by the same order.
        std::sort(known.begin(), known.end(), [](const auto& a, const auto& b) {
            return std::tie(a.first.arrival_ns, a.first.rel) < std::tie(b.first.arrival_ns, b.first.rel);
        });
        m_status.waiting = 0;
        m_status.problem.clear();
        m_status.problem_detail.clear();
        m_status.state = "ok";
        for (const auto& [c, unit] : known) {
            if (m_stop) return;
            if (!m_tracker.is_settled(c.rel, now) || !complete(c, m_tracker.quiet_for(c.rel, now))) {
                ++m_status.waiting;
                continue;
            }
            if (!enough_space(c)) {
                ++m_status.waiting;
                continue;
            }
            auto claimed = m_spool.claim({inbox() / c.rel, unit, c.rel, c.folder});
            if (!claimed) {
                log::warn("", "", "not taken: " + unit + " " + c.rel + ": " + claimed.error().code + " " +
                                      claimed.error().detail);
                if (claimed.error().code == "DISK_FULL") set_problem("DISK_FULL", claimed.error().detail);
                ++m_status.waiting;
                continue;
            }
            m_tracker.forget(c.rel);
            m_probe_logged.erase(c.rel);
            ++m_summary.taken;
            ++m_status.taken;
            log::info("", "", "claim " + claimed->id + ": took " + unit + " " + c.rel +
                                  (claimed->copy ? " (copied: another file system)" : " (renamed)"));
            process(claimed.value());
        }
    }

    bool complete(const Candidate& c, std::int64_t quiet) {
        // A file whose probe fails but that has not changed for this many settle periods
        // is a damaged upload, not a slow one: it is taken and ingest marks it damaged.
        const std::int64_t grace =
            static_cast<std::int64_t>(std::max(1, m_e.config.watch_probe_grace_settles)) * std::max(1, m_o.settle_seconds);
        std::vector<std::string> files = c.folder ? c.files : std::vector<std::string>{c.rel};
        for (const auto& f : files) {
            auto p = probe_file(inbox() / f);
            if (!p.complete && quiet >= grace) {
                log::warn("", "", "taken although incomplete (unchanged for " + std::to_string(quiet) + " s): " + f +
                                      ": " + p.why);
                continue;
            }
            if (!p.complete) {
                if (m_probe_logged[c.rel] != p.why) log::info("", "", "waiting: " + f + ": " + p.why);
                m_probe_logged[c.rel] = p.why;
                return false;
            }
        }
        return true;
    }

    // Before claiming: the spool copy (another file system: a full copy), the
    // unpacked blobs and the catalog rows must fit with min_free_bytes to spare,
    // on the state disk and on the spool's if it is another one.
    bool enough_space(const Candidate& c) {
        const std::uint64_t reserve = m_e.config.min_free_bytes;
        const std::pair<fs::path, std::uint64_t> needs[] = {
            {m_e.config.state_dir, c.signature.size * 3 + reserve},  // spool copy + blobs (+ quarantine/received: a rename)
            {m_spool.dir(), c.signature.size + reserve},
        };
        for (const auto& [dir, worst] : needs) {
            std::error_code ec;
            auto space = fs::space(dir, ec);
            if (ec || space.available >= worst) continue;
            const std::string detail = std::to_string(space.available) + " bytes available in " + dir.string() + ", " +
                                       std::to_string(worst) + " needed for " + c.rel + " (min_free_bytes " +
                                       std::to_string(reserve) + ")";
            log::error("", "", "DISK_FULL: nothing taken: " + detail);
            set_problem("DISK_FULL", detail);
            return false;
        }
        return true;
    }

    void set_problem(const std::string& code, const std::string& detail) {
        m_status.state = code == "DISK_FULL" ? "disk_full" : "error";
        m_status.problem = code;
        m_status.problem_detail = detail;
        write_status();
    }

    void write_status() {
        m_status.updated_at = date::timestamp_vn(date::now_unix());
        write_file_atomically(m_e.config.state_dir / "watch-status.txt", status_text(m_status));
    }

    void write_unknown_notes(const std::map<std::string, std::vector<std::string>>& unknown) {
        m_status.unknown_units = unknown.size();
        for (const auto& [folder, items] : unknown) {
            std::string name = folder.empty() ? "_inbox" : text::nfc(folder);
            fs::path note = m_e.config.outbox_dir() / "_unknown" / (name + ".txt");
            std::string body = unknown_unit_note(folder, items, known_units_list(m_e.rules));
            std::string old;
            if (std::ifstream in(note, std::ios::binary); in) old.assign(std::istreambuf_iterator<char>(in), {});
            if (old == body) continue;
            log::warn("", "", "unknown unit folder '" + folder + "': " + std::to_string(items.size()) +
                                  " item(s) left in place, note " + note.string());
            write_file_atomically(note, body);
        }
    }

    // A rejected drop (watch/quarantine.h): the note of its reasons is written
    // now; the drop itself is moved beside it by Spool::finish. Returns where.
    std::optional<fs::path> quarantine(const ClaimRecord& c, const Submission& s, const std::string& unit_name) {
        auto findings = quarantine_findings(s, m_e.catalog->documents_of(s.id));
        if (findings.empty()) return std::nullopt;
        const fs::path dir = m_e.config.quarantine_dir() / s.unit / s.id;
        const fs::path kept = dir / c.spool_path.filename();
        const fs::path note = dir / (c.spool_path.filename().string() + ".reasons.txt");
        if (auto w = write_file_atomically(note, quarantine_note({s, unit_name, c.rel, findings})); !w)
            log::error(s.id, "", "quarantine note not written: " + w.error().detail);
        fault_point("quarantine.noted");
        std::string codes;
        for (const auto& f : findings)
            if (codes.find(f.reason.code) == std::string::npos) codes += (codes.empty() ? "" : ",") + f.reason.code;
        log::warn(s.id, "", "quarantined: " + kept.string() + " (" + codes + ")");
        return kept;
    }

    // PostgreSQL catalog: a worker ingests the claimed drop from the (shared) spool and records
    // watch.claim.<id> with the submission; the receipt/publish/finish steps then run here.
    std::unique_ptr<queue::Queue> m_queue;
    void enqueue(const ClaimRecord& c) {
        try {
            if (!m_queue) {
                auto q = queue::Queue::open(m_e.config.catalog_location());
                if (!q) {
                    set_problem(q.error().code, q.error().detail);
                    log::error("", "", "claim " + c.id + ": not queued: " + q.error().code);
                    return;
                }
                m_queue = std::move(q.value());
            }
            Drop d{c.spool_path, c.unit, c.folder};
            auto [id, fresh] = m_queue->enqueue(queue::k_kind_ingest, "claim:" + c.id, queue::ingest_payload(d, c.id),
                                                std::max(1, m_e.config.queue_max_attempts));
            if (fresh) log::info("", "", "claim " + c.id + ": queued as job " + std::to_string(id));
        } catch (const std::exception& ex) {
            m_queue.reset();
            set_problem("CATALOG_UNAVAILABLE", ex.what());
            log::error("", "", "claim " + c.id + ": not queued: " + ex.what());
        }
    }

    void process(ClaimRecord c) {
        if (!m_o.fixed_as_of) m_e.as_of = date::today_vn();
        std::optional<Submission> s;
        if (c.state == ClaimState::recorded) {
            s = m_e.catalog->submission(c.submission);
        } else if (auto id = m_e.catalog->meta("watch.claim." + c.id)) {  // recorded before a crash
            s = m_e.catalog->submission(*id);
        }
        if (!s && m_e.catalog->is_postgresql()) {  // scale-out: only claim and enqueue (queue/jobs.h)
            enqueue(c);
            return;
        }
        if (!s) {
            Drop d{c.spool_path, c.unit, c.folder};
            auto r = ingest_drop(m_e, d, [&](const Submission& sub) {
                m_e.catalog->set_meta("watch.claim." + c.id, sub.id);
            });
            if (!r) {
                ++m_summary.failed;
                log::error("", "", "claim " + c.id + ": not recorded: " + r.error().code + " " + r.error().detail +
                                       " (kept in the spool, tried again later)");
                set_problem(r.error().code, r.error().detail);
                return;
            }
            s = r.value();
            fault_point("ingest.recorded");
        }
        if (!s) {
            log::error("", "", "claim " + c.id + ": the catalog lost submission " + c.submission);
            return;
        }
        if (c.state != ClaimState::recorded) m_spool.mark_recorded(c, s->id);
        fault_point("claim.recorded");
        ++(s->status == "duplicate" ? m_summary.duplicates : m_summary.recorded);

        ReceiptInput in;
        in.submission = *s;
        if (const auto* u = m_e.rules.find_unit(s->unit)) in.unit_name = u->name;
        in.inbox_path = c.rel;
        for (const auto& r : s->reasons)
            if (r.code == "DUPLICATE_SUBMISSION") in.duplicate_of = r.detail;
        std::optional<fs::path> keep;
        if (s->status != "duplicate") keep = m_e.config.state_dir / "received" / s->id / c.spool_path.filename();
        if (auto q = quarantine(c, *s, in.unit_name)) {
            keep = *q;
            in.quarantine_path = q->string();
        }
        fs::path receipt = m_e.config.outbox_dir() / s->unit / (s->id + ".receipt.txt");
        if (auto w = write_file_atomically(receipt, receipt_text(in)); !w)
            log::error(s->id, "", "receipt not written: " + w.error().detail);
        fault_point("receipt.written");
        if (!m_e.catalog->is_postgresql()) {  // PostgreSQL: the record job's `report` job publishes (queue/stage_jobs.h)
            auto pub = publish(m_e, {s->id});
            if (!pub) log::error(s->id, "", "publish: " + pub.error().code + " " + pub.error().detail);
        }
        if (auto f = m_spool.finish(c, keep); !f) log::error(s->id, "", "spool: " + f.error().detail);
        log::info(s->id, "", "claim " + c.id + " done: status=" + s->status + ", receipt " + receipt.string());
    }
};

}  // namespace

Result<WatchSummary> run_watch(Engine& engine, const WatchOptions& options, const std::atomic<bool>& stop) {
    std::error_code ec;
    if (engine.config.inbox.empty())
        return Error{"CONFIG", "no inbox configured: set 'inbox:' in the configuration file"};
    if (!fs::is_directory(engine.config.inbox, ec))
        return Error{"CONFIG", engine.config.inbox.string() + ": the inbox is not a folder"};
    Watcher w(engine, options, stop);
    return w.run();
}

}  // namespace kc::watch
