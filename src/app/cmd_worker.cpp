// app/cmd_worker.cpp — the scale-out commands (docs/scale-out.md), PostgreSQL catalog only:
//   kiemchung worker --config FILE [--id NAME] [--once]   takes jobs until SIGTERM/SIGINT
//                                                          (--once: until the queue is drained)
//   kiemchung enqueue PATH... --config FILE [--unit UNIT]  one `ingest` job per drop (idempotent)
// The worker's test hook KC_TEST_JOB_DELAY_MS is described in queue/jobs.h.
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <iostream>

#include "app/commands.h"
#include "app/setup.h"
#include "pipeline/drops.h"
#include "queue/jobs.h"
#include "queue/queue.h"
#include "queue/worker.h"

namespace kc::app {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void on_worker_signal(int) { g_stop = true; }

bool needs_postgresql(const Config& c, const char* command) {
    if (c.catalog_is_postgresql()) return true;
    std::cerr << "kiemchung " << command
              << ": cần catalog PostgreSQL trong cấu hình (catalog: postgresql://…) / needs a PostgreSQL catalog in "
                 "the configuration (catalog: postgresql://…); see docs/scale-out.md\n";
    return false;
}

}  // namespace

int cmd_worker(const Options& o) {
    auto cfg = config_from(o);
    if (!cfg) return k_exit_usage;
    if (!needs_postgresql(*cfg, "worker")) return k_exit_usage;
    auto as_of = as_of_from(o);
    if (!as_of) return k_exit_usage;
    auto e = open_engine(*cfg, "ingest", *as_of);
    if (!e) {
        std::cerr << "Không chạy được / cannot run: " << e.error().detail << "\n";
        return e.error().code == "CONFIG" ? k_exit_usage : k_exit_run_error;
    }
    queue::WorkerOptions w;
    w.id = o.get("id").value_or("");
    w.lease_seconds = std::max(1, cfg->queue_lease_seconds);
    w.drain = o.get("once").has_value();
    w.follow_today = !o.get("as-of").has_value();
    if (const char* d = std::getenv("KC_TEST_JOB_DELAY_MS")) w.test_delay_ms = std::atoi(d);
    struct sigaction sa {};
    sa.sa_handler = on_worker_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    auto r = queue::run_worker(*e.value(), w, g_stop);
    if (!r) {
        std::cerr << "Không chạy được / cannot run: " << r.error().code << ": " << r.error().detail << "\n";
        return r.error().code == "QUEUE_NEEDS_POSTGRESQL" ? k_exit_usage : k_exit_run_error;
    }
    std::cout << "kiemchung worker: xong / done " << r->done << ", lỗi (thử lại) / failed (retried) " << r->failed
              << ", tạm giữ / parked " << r->parked << ", mất lượt / lease lost " << r->lost
              << (g_stop ? " — dừng theo yêu cầu / stopped on request" : "") << "\n";
    return k_exit_ok;
}

int cmd_enqueue(const Options& o) {
    auto cfg = config_from(o);
    if (!cfg) return k_exit_usage;
    if (!needs_postgresql(*cfg, "enqueue")) return k_exit_usage;
    if (o.positional.empty()) {
        std::cerr << "Thiếu đường dẫn / missing PATH: kiemchung enqueue PATH... [--unit UNIT]\n";
        return k_exit_usage;
    }
    auto rules = rules::load_ruleset(cfg->rules_dir, cfg->rules_id);
    if (!rules) {
        std::cerr << "Lỗi cấu hình / configuration error: " << rules.error().detail << "\n";
        return k_exit_usage;
    }
    auto drops = find_drops(o.positional, o.get("unit").value_or(""), rules.value());
    if (!drops) {
        std::cerr << "Không nhận được / cannot take: " << drops.error().code << ": " << drops.error().detail << "\n";
        return drops.error().code == "UNKNOWN_UNIT" ? k_exit_usage : k_exit_run_error;
    }
    auto q = queue::Queue::open(cfg->catalog_location());
    if (!q) {
        std::cerr << "Không chạy được / cannot run: " << q.error().detail << "\n";
        return k_exit_run_error;
    }
    std::size_t created = 0;
    for (const auto& d : drops.value()) {
        auto [id, fresh] = q.value()->enqueue(queue::k_kind_ingest, queue::ingest_key(d), queue::ingest_payload(d),
                                              std::max(1, cfg->queue_max_attempts));
        created += fresh ? 1 : 0;
        std::cout << id << "\t" << (fresh ? "queued" : "exists") << "\t" << d.unit << "\t" << d.path.string() << "\n";
    }
    std::cerr << "kiemchung enqueue: " << created << " việc mới / new jobs, " << drops->size() - created
              << " đã có / already queued\n";
    return k_exit_ok;
}

}  // namespace kc::app
