#include "queue/worker.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "queue/jobs.h"
#include "util/date.h"
#include "queue/queue.h"
#include "util/log.h"

namespace kc::queue {
namespace {

std::string host_name() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0) return "host";
    return buf;
}

// Heartbeat on its own connection: worker row + lease of the job in hand.
class Heartbeat {
public:
    Heartbeat(std::unique_ptr<Queue> q, std::string worker, int lease_seconds)
        : m_q(std::move(q)), m_worker(std::move(worker)), m_lease(lease_seconds), m_thread([this] { loop(); }) {}
    ~Heartbeat() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_quit = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    void set_job(std::optional<std::int64_t> job, std::size_t done) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_job = job;
        m_done = done;
    }

private:
    void loop() {
        const auto period = std::chrono::milliseconds(std::max(200, m_lease * 1000 / 3));
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_quit) {
            auto job = m_job;
            auto done = m_done;
            lock.unlock();
            try {
                if (job && !m_q->extend(*job, m_worker, m_lease))
                    log::warn("", "", "job " + std::to_string(*job) + ": lease lost (taken by another worker)");
                m_q->beat(m_worker, job, static_cast<std::int64_t>(done));
            } catch (const std::exception& e) {
                log::warn("", "", std::string("heartbeat: ") + e.what());
            }
            lock.lock();
            m_cv.wait_for(lock, period, [this] { return m_quit; });
        }
    }

    std::unique_ptr<Queue> m_q;
    std::string m_worker;
    int m_lease;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_quit = false;
    std::optional<std::int64_t> m_job;
    std::size_t m_done = 0;
    std::thread m_thread;  // last: starts after the members it uses
};

void idle_wait(int ms, const std::atomic<bool>& stop) {
    for (int waited = 0; waited < ms && !stop; waited += 50) std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

}  // namespace

Result<WorkerSummary> run_worker(Engine& e, const WorkerOptions& o, const std::atomic<bool>& stop) {
    const std::string location = e.config.catalog_location();
    auto q = Queue::open(location);
    if (!q) return q.error();
    auto hb_q = Queue::open(location);
    if (!hb_q) return hb_q.error();
    const std::string id = o.id.empty() ? host_name() + "-" + std::to_string(getpid()) : o.id;
    Queue& queue = *q.value();
    WorkerSummary sum;
    try {
        queue.register_worker(id, host_name(), getpid());
        Heartbeat hb(std::move(hb_q.value()), id, o.lease_seconds);
        log::info("", "", "worker " + id + " started (lease " + std::to_string(o.lease_seconds) + " s)");
        while (!stop) {
            auto job = queue.claim(id, o.lease_seconds);
            if (!job) {
                if (o.drain && queue.pending() == 0) break;
                idle_wait(o.poll_ms, stop);
                continue;
            }
            hb.set_job(job->id, sum.done);
            log::info("", "", "job " + std::to_string(job->id) + " " + job->kind + ": attempt " +
                                  std::to_string(job->attempts) + "/" + std::to_string(job->max_attempts));
            if (o.follow_today) e.as_of = date::today_vn();  // judge/report jobs enqueued by this one carry the day
            JobOutcome out = run_job(e, *job, o.test_delay_ms, &queue);
            if (out.ok) {
                if (queue.complete(job->id, id, out.result)) {
                    ++sum.done;
                    log::info("", "", "job " + std::to_string(job->id) + " done: " + out.result);
                } else {
                    ++sum.lost;  // another worker holds it now; the fence kept the effect single
                    log::warn("", "", "job " + std::to_string(job->id) + ": finished after its lease was lost");
                }
            } else {
                std::string state = queue.fail(*job, id, out.result, !out.retry);
                ++(state == "parked" ? sum.parked : sum.failed);
                log::warn("", "", "job " + std::to_string(job->id) + " failed (" + state + "): " + out.result);
                if (out.result.rfind("CATALOG_SCHEMA_MISMATCH", 0) == 0) {  // pg_errors.h: not this binary's catalog
                    queue.worker_stopped(id);                                // stop before parking every job
                    return Error{"CATALOG_SCHEMA_MISMATCH", out.result};
                }
            }
            hb.set_job(std::nullopt, sum.done);
        }
        queue.worker_stopped(id);
    } catch (const CatalogError& ex) {  // queue.cpp: by SQLSTATE (catalog/pg_errors.h)
        return Error{ex.code(), ex.what()};
    } catch (const std::exception& ex) {
        return Error{"CATALOG_UNAVAILABLE", ex.what()};
    }
    return sum;
}

}  // namespace kc::queue
