// app/cmd_nightly_queue.cpp — `kiemchung nightly --enqueue [--wait]` (PostgreSQL catalog only,
// docs/scale-out.md): the nightly run as queue jobs done by `kiemchung worker`s — one
// `judge` job per assessed unit, then one nightly `report` job after them (index, every
// report, digests, diff: pipeline/nightly.h), as of --as-of (default today, UTC+7).
// Enqueueing the same catalog state and day again adds nothing (queue/stage_jobs.h).
// Without --wait it returns at once (exit 0). With --wait it waits until the report job
// is done — exit 0, or 3 when the run found a regression, as `nightly` does — or parked
// (exit 1). Plain `kiemchung nightly` (no --enqueue) runs in this process, on either backend.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "app/commands.h"
#include "app/setup.h"
#include "core/model_json.h"
#include "queue/queue.h"
#include "queue/stage_jobs.h"

namespace kc::app {

int cmd_nightly_enqueue(const Options& o) {
    auto cfg = config_from(o);
    auto as_of = as_of_from(o);
    if (!cfg || !as_of) return k_exit_usage;
    if (!cfg->catalog_is_postgresql()) {
        std::cerr << "kiemchung nightly --enqueue: cần catalog PostgreSQL (catalog: postgresql://…); với SQLite hãy chạy "
                     "`kiemchung nightly` / needs a PostgreSQL catalog; with SQLite run `kiemchung nightly`\n";
        return k_exit_usage;
    }
    auto e = open_engine(*cfg, "nightly", *as_of);
    if (!e) {
        std::cerr << "Không chạy được / cannot run: " << e.error().detail << "\n";
        return e.error().code == "CONFIG" ? k_exit_usage : k_exit_run_error;
    }
    auto q = queue::Queue::open(cfg->catalog_location());
    if (!q) {
        std::cerr << "Không chạy được / cannot run: " << q.error().detail << "\n";
        return k_exit_run_error;
    }
    auto jobs = queue::enqueue_nightly(*e.value(), *q.value(), std::max(1, cfg->queue_max_attempts));
    std::cout << "kiemchung nightly --enqueue (xét đến ngày / as of " << date::vi(*as_of) << ", " << jobs.generation
              << "): " << jobs.judge.size() << " việc chấm / judge jobs, việc báo cáo / report job " << jobs.report
              << (jobs.created ? "" : " (đã có / already queued)") << "\n";
    if (!o.get("wait")) return k_exit_ok;
    for (;;) {
        auto state = q.value()->state_of(jobs.report);
        if (state == "parked") {
            std::cerr << "Việc báo cáo đêm bị tạm giữ / the nightly report job was parked: kiemchung status --config "
                         "FILE\n";
            return k_exit_run_error;
        }
        if (state == "done") break;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    auto file = cfg->state_dir / "nightly" / (date::iso(*as_of) + ".json");
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    bool regression = false;
    try {
        regression = json::parse_object(text.str())->optValue<bool>("regression", false);
    } catch (const std::exception&) {
        std::cerr << "Không đọc được / cannot read " << file.string() << "\n";
        return k_exit_run_error;
    }
    std::cout << "  Báo cáo đêm / nightly report: " << file.string() << (regression ? " — có thụt lùi / regression" : "")
              << "\n";
    return regression ? k_exit_finding : k_exit_ok;
}

}  // namespace kc::app
