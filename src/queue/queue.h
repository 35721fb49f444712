// queue/queue.h — the work queue of many workers, in the PostgreSQL catalog database.
//
// Contract
// - Lives in the same PostgreSQL database as the catalog (config `catalog:
//   postgresql://…`), in tables kc_jobs and kc_workers created by open() under an
//   advisory lock (CREATE … IF NOT EXISTS; queue schema version in kc_queue_schema).
//   SQLite catalogs have no queue: open() refuses them (QUEUE_NEEDS_POSTGRESQL).
// - Enqueue is idempotent on (kind, key): the key names the work (a claim id, a
//   content hash + version); enqueueing it again returns the existing job.
// - Dependencies (table kc_job_deps, queue schema 2): a job enqueued `after` other
//   jobs is not claimable while one of them is queued or running; once they are
//   done or parked it is (the job itself copes with a parked dependency). The job
//   and its dependency rows are inserted in one transaction. The job graph built on
//   this (ingest → extract × N → record) is described in queue/jobs.h.
// - Claim: `SELECT … FOR UPDATE SKIP LOCKED` — concurrent workers never take the
//   same job; a job is claimable when queued, or running with an expired lease
//   (its worker died or hung). Each claim counts an attempt and sets a lease of
//   lease_seconds, which the worker extends (heartbeat) while it works.
// - A job whose lease expired after max_attempts takes, or that failed
//   max_attempts times, is parked (state 'parked') with its reason; it is never
//   taken again (a poison job cannot stall the queue). A failure before that
//   returns the job to the queue.
// - complete()/fail() only act when the caller still holds the lease (same worker,
//   state running): a worker that lost its job to another one cannot overwrite
//   the outcome. The job's visible effect itself is fenced in the catalog
//   (Catalog::insert_meta_if_absent("queue.job.<id>") in the effect's transaction),
//   so a job run twice after a lost lease has its effect once (queue/jobs.h).
// - Errors: open() returns Error values (QUEUE_NEEDS_POSTGRESQL, CATALOG_UNAVAILABLE);
//   afterwards database failures throw CatalogError (a std::runtime_error) whose code is the
//   reason by SQLSTATE (catalog/pg_errors.h); conflicts are retried inside the transaction.
// - Threads: one connection per Queue; use one Queue per thread.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "util/result.h"

namespace kc::queue {

struct Job {
    std::int64_t id = 0;
    std::string kind;     // jobs.h: ingest, extract, record
    std::string key;      // idempotency key within the kind
    std::string payload;  // JSON object
    int attempts = 0;     // including this one
    int max_attempts = 3;
};

struct KindCounts {
    std::string kind;
    std::int64_t queued = 0, running = 0, done = 0, parked = 0;
    std::int64_t done_recently = 0;  // finished within the status window
};

struct WorkerRow {
    std::string id, host;
    std::int64_t pid = 0;
    std::string started_at, heartbeat_at;  // ISO 8601, +07:00
    double seconds_since_heartbeat = 0;
    bool alive = false;                    // heartbeat within the lease and not stopped
    std::int64_t jobs_done = 0;
    std::optional<std::int64_t> current_job;
};

struct ParkedRow {
    std::int64_t id = 0;
    std::string kind, key, reason;
    int attempts = 0;
};

struct QueueStatus {
    std::vector<KindCounts> kinds;  // by kind name
    std::vector<WorkerRow> workers; // alive first, then by id
    std::vector<ParkedRow> parked;  // newest first, at most 20
    std::optional<std::int64_t> oldest_job;  // oldest queued or running job
    std::string oldest_kind, oldest_created_at;
    double oldest_age_seconds = 0;
    int window_minutes = 5;
    double jobs_per_minute = 0;  // done within the window / window
};

class Queue {
public:
    // location: the catalog's PostgreSQL location (config catalog_location()).
    static Result<std::unique_ptr<Queue>> open(const std::string& location);
    ~Queue();
    Queue(const Queue&) = delete;
    Queue& operator=(const Queue&) = delete;

    // Returns the job id and whether this call created it. `after`: jobs this one waits for
    // (recorded only when this call creates the job).
    std::pair<std::int64_t, bool> enqueue(const std::string& kind, const std::string& key, const std::string& payload,
                                          int max_attempts, const std::vector<std::int64_t>& after = {});
    // Parks expired jobs at their attempt limit, then claims the oldest claimable job.
    std::optional<Job> claim(const std::string& worker, int lease_seconds);
    // Extends the lease; false when the worker no longer holds the job.
    bool extend(std::int64_t job, const std::string& worker, int lease_seconds);
    bool complete(std::int64_t job, const std::string& worker, const std::string& result);
    // Back to the queue, or parked with reason when attempts reached max_attempts (or at once when
    // permanent: a job that cannot succeed). Returns the new state ("lost": the lease was not ours).
    std::string fail(const Job& job, const std::string& worker, const std::string& reason, bool permanent = false);
    // Jobs queued or running (drained when 0).
    std::int64_t pending();
    std::optional<Job> job(std::int64_t id);
    std::string state_of(std::int64_t id);
    // Every job that waits for `job` waits for `also` too (idempotent): how a running job
    // hands the jobs after it a job it enqueued (queue/page_jobs.h: extract → extract_merge).
    void add_to_dependents(std::int64_t job, std::int64_t also);

    void register_worker(const std::string& worker, const std::string& host, std::int64_t pid);
    void beat(const std::string& worker, std::optional<std::int64_t> current_job, std::int64_t jobs_done);
    void worker_stopped(const std::string& worker);

    QueueStatus status(int window_minutes, int lease_seconds);

private:
    struct Impl;
    explicit Queue(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace kc::queue
