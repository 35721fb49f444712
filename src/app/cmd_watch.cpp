// app/cmd_watch.cpp — `kiemchung watch --config FILE [--interval S] [--settle S] [--once]`:
// the shared-folder watcher (watch/watch.h). SIGTERM/SIGINT end it after the current step.
#include <atomic>
#include <csignal>
#include <iostream>

#include "app/commands.h"
#include "app/setup.h"
#include "pipeline/engine.h"
#include "watch/watch.h"

namespace kc::app {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void on_stop_signal(int) { g_stop = true; }

std::optional<int> seconds_option(const Options& o, const std::string& key) {
    auto v = o.get(key);
    if (!v) return std::nullopt;
    try {
        std::size_t used = 0;
        int n = std::stoi(*v, &used);
        if (used == v->size() && n >= 0) return n;
    } catch (const std::exception&) {
    }
    return -1;
}

}  // namespace

int cmd_watch(const Options& o) {
    auto cfg = config_from(o);
    if (!cfg) return k_exit_usage;
    watch::WatchOptions w;
    w.interval_seconds = cfg->watch_interval_seconds;
    w.settle_seconds = cfg->watch_settle_seconds;
    if (auto v = seconds_option(o, "interval")) w.interval_seconds = *v;
    if (auto v = seconds_option(o, "settle")) w.settle_seconds = *v;
    if (w.interval_seconds <= 0 || w.settle_seconds < 0) {
        std::cerr << "--interval phải > 0, --settle ≥ 0 (giây) / --interval must be > 0, --settle ≥ 0 (seconds)\n";
        return k_exit_usage;
    }
    w.once = o.get("once").has_value();
    if (o.get("as-of")) {
        auto d = as_of_from(o);
        if (!d) return k_exit_usage;
        w.fixed_as_of = d;
    }
    auto e = open_engine(*cfg, "ingest", w.fixed_as_of.value_or(date::today_vn()));
    if (!e) {
        std::cerr << "Không chạy được / cannot run: " << e.error().detail << "\n";
        return e.error().code == "CONFIG" ? k_exit_usage : k_exit_run_error;
    }
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    auto r = watch::run_watch(*e.value(), w, g_stop);
    if (!r) {
        std::cerr << "Không chạy được / cannot run: " << r.error().detail << "\n";
        return r.error().code == "CONFIG" ? k_exit_usage : k_exit_run_error;
    }
    std::cout << "kiemchung watch: đã nhận / taken " << r->taken << ", ghi nhận / recorded " << r->recorded
              << ", trùng / duplicates " << r->duplicates << ", lỗi / failed " << r->failed
              << (g_stop ? " — dừng theo yêu cầu / stopped on request" : "") << "\n";
    return k_exit_ok;
}

}  // namespace kc::app
