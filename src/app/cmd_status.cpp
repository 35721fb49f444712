// app/cmd_status.cpp — `kiemchung status --config FILE [--format text|json] [--window MINUTES]`:
// the work queue at a glance (PostgreSQL catalog): jobs by kind and state, workers alive
// (heartbeat within the lease), the oldest waiting job, throughput over the last minutes,
// parked jobs with their reasons. Exit 0 (parked jobs are listed, not an error).
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdio>
#include <iostream>

#include "app/commands.h"
#include "app/setup.h"
#include "core/model_json.h"
#include "core/reason.h"
#include "queue/queue.h"
#include "util/text.h"

namespace kc::app {
namespace {

// "CODE: detail" from the queue → "CODE — Vietnamese / English (detail)" when CODE is a reason code.
std::string bilingual(const std::string& stored) {
    const auto colon = stored.find(':');
    if (colon == std::string::npos || !reason_code_from_name(stored.substr(0, colon))) return stored;
    const Reason r = make_reason(stored.substr(0, colon), text::trim(stored.substr(colon + 1)));
    return r.code + " — " + r.vi + " / " + r.en + " (" + r.detail + ")";
}

std::string fixed(double v, int decimals = 1) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string to_json(const queue::QueueStatus& s) {
    auto root = json::ordered();
    auto kinds = new Poco::JSON::Array;
    for (const auto& k : s.kinds) {
        auto o = json::ordered();
        o->set("kind", k.kind);
        o->set("queued", k.queued);
        o->set("running", k.running);
        o->set("done", k.done);
        o->set("parked", k.parked);
        o->set("done_in_window", k.done_recently);
        kinds->add(o);
    }
    root->set("jobs", Poco::JSON::Array::Ptr(kinds));
    auto workers = new Poco::JSON::Array;
    int alive = 0;
    for (const auto& w : s.workers) {
        auto o = json::ordered();
        o->set("id", w.id);
        o->set("host", w.host);
        o->set("pid", w.pid);
        o->set("alive", w.alive);
        o->set("started_at", w.started_at);
        o->set("heartbeat_at", w.heartbeat_at);
        o->set("jobs_done", w.jobs_done);
        if (w.current_job) o->set("current_job", *w.current_job);
        workers->add(o);
        alive += w.alive ? 1 : 0;
    }
    root->set("workers_alive", alive);
    root->set("workers", Poco::JSON::Array::Ptr(workers));
    if (s.oldest_job) {
        auto o = json::ordered();
        o->set("id", *s.oldest_job);
        o->set("kind", s.oldest_kind);
        o->set("created_at", s.oldest_created_at);
        o->set("age_seconds", static_cast<std::int64_t>(s.oldest_age_seconds));
        root->set("oldest_job", o);
    }
    root->set("window_minutes", s.window_minutes);
    root->set("jobs_per_minute", s.jobs_per_minute);
    auto parked = new Poco::JSON::Array;
    for (const auto& p : s.parked) {
        auto o = json::ordered();
        o->set("id", p.id);
        o->set("kind", p.kind);
        o->set("key", p.key);
        o->set("attempts", p.attempts);
        o->set("reason", p.reason);
        parked->add(o);
    }
    root->set("parked", Poco::JSON::Array::Ptr(parked));
    return json::stringify(root, true);
}

std::string to_text(const queue::QueueStatus& s) {
    std::string out = "Hàng đợi / queue        chờ/queued  chạy/running  xong/done  giữ/parked\n";
    for (const auto& k : s.kinds) {
        char line[160];
        std::snprintf(line, sizeof line, "  %-20s %10lld %13lld %10lld %11lld\n", k.kind.c_str(),
                      static_cast<long long>(k.queued), static_cast<long long>(k.running),
                      static_cast<long long>(k.done), static_cast<long long>(k.parked));
        out += line;
    }
    if (s.kinds.empty()) out += "  (trống / empty)\n";
    int alive = 0;
    for (const auto& w : s.workers) alive += w.alive ? 1 : 0;
    out += "Worker còn chạy / workers alive: " + std::to_string(alive) + "\n";
    for (const auto& w : s.workers) {
        if (!w.alive) continue;
        out += "  " + w.id + "  nhịp / heartbeat " + fixed(w.seconds_since_heartbeat) + " s, xong / done " +
               std::to_string(w.jobs_done) + (w.current_job ? ", đang làm / on job " + std::to_string(*w.current_job) : "") +
               "\n";
    }
    if (s.oldest_job)
        out += "Việc cũ nhất / oldest job: " + std::to_string(*s.oldest_job) + " (" + s.oldest_kind + "), chờ / waiting " +
               fixed(s.oldest_age_seconds, 0) + " s, từ / since " + s.oldest_created_at + "\n";
    else
        out += "Việc cũ nhất / oldest job: — (không còn việc chờ / nothing waiting)\n";
    out += "Năng suất / throughput: " + fixed(s.jobs_per_minute) + " việc/phút / jobs/min (" +
           std::to_string(s.window_minutes) + " phút gần nhất / last minutes)\n";
    for (const auto& p : s.parked)
        out += "Tạm giữ / parked: job " + std::to_string(p.id) + " " + p.kind + " sau / after " +
               std::to_string(p.attempts) + " lần / attempts: " + bilingual(p.reason) + "\n";
    return out;
}

}  // namespace

int cmd_status(const Options& o) {
    auto cfg = config_from(o);
    if (!cfg) return k_exit_usage;
    std::string format = o.get("format").value_or("text");
    if (format != "text" && format != "json") {
        std::cerr << "--format text|json\n";
        return k_exit_usage;
    }
    int window = 5;
    if (auto v = o.get("window")) {
        try {
            window = std::stoi(*v);
        } catch (const std::exception&) {
            window = 0;
        }
        if (window <= 0) {
            std::cerr << "--window phải > 0 (phút) / --window must be > 0 (minutes)\n";
            return k_exit_usage;
        }
    }
    if (!cfg->catalog_is_postgresql()) {
        std::cerr << "kiemchung status: cần catalog PostgreSQL / needs a PostgreSQL catalog (catalog: postgresql://…)\n";
        return k_exit_usage;
    }
    auto q = queue::Queue::open(cfg->catalog_location());
    if (!q) {
        std::cerr << "Không chạy được / cannot run: " << q.error().detail << "\n";
        return k_exit_run_error;
    }
    auto s = q.value()->status(window, std::max(1, cfg->queue_lease_seconds));
    std::cout << (format == "json" ? to_json(s) + "\n" : to_text(s));
    return k_exit_ok;
}

}  // namespace kc::app
