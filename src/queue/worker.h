// queue/worker.h — the loop of `kiemchung worker`: claim a job, run it (queue/jobs.h),
// record the outcome, until stopped.
//
// Contract
//  - A heartbeat thread (its own database connection) marks the worker alive and
//    extends the current job's lease every lease/3 seconds; a worker killed with
//    SIGKILL stops both, so its job is taken again once the lease expires.
//  - `stop` (SIGTERM/SIGINT) is checked between jobs: the current job finishes and
//    is recorded, then the worker marks itself stopped and returns (graceful).
//  - `drain`: return once no job is queued or running (tests, benchmarks); a job
//    whose worker died still counts as running until its lease expires, so a
//    draining worker waits for it and takes it.
//  - Failures: a job that fails goes back to the queue, or is parked after
//    max_attempts (queue/queue.h). A database that goes away ends the loop with an
//    error (exit 1); jobs in hand are left to their leases.
//  - Logs: job ids, kinds, submission ids; never document contents or the catalog URL.
#pragma once
#include <atomic>
#include <string>

#include "pipeline/engine.h"
#include "util/result.h"

namespace kc::queue {

struct WorkerOptions {
    std::string id;          // unique; default <host>-<pid>
    int lease_seconds = 60;
    int poll_ms = 500;       // idle wait between claims
    bool drain = false;
    int test_delay_ms = 0;   // KC_TEST_JOB_DELAY_MS (queue/jobs.h)
    bool follow_today = false;  // no --as-of: each job is run as of today in UTC+7 (a worker runs for weeks)
};

struct WorkerSummary {
    std::size_t done = 0, failed = 0, parked = 0, lost = 0;
};

// Errors: QUEUE_NEEDS_POSTGRESQL (exit 2), CATALOG_UNAVAILABLE (exit 1).
Result<WorkerSummary> run_worker(Engine& engine, const WorkerOptions& options, const std::atomic<bool>& stop);

}  // namespace kc::queue
