#include "queue/queue.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <stdexcept>

#include "catalog/catalog.h"
#include "catalog/dialect.h"
#include "catalog/pg_errors.h"
#include "catalog/session_tx.h"

namespace kc::queue {

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Statement;

namespace {

// The queue schema: created together, idempotently, under the migration lock.
// Written for PostgreSQL (the only backend with a queue); `?` placeholders are
// translated by the catalog's session (catalog/dialect.h).
constexpr int k_queue_schema_version = 2;  // 2: kc_job_deps
const char* const k_schema[] = {
    R"(CREATE TABLE IF NOT EXISTS kc_queue_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now()))",
    R"(CREATE TABLE IF NOT EXISTS kc_jobs (
         id           BIGSERIAL PRIMARY KEY,
         kind         TEXT NOT NULL,
         key          TEXT NOT NULL,
         payload      TEXT NOT NULL,
         state        TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'parked')),
         attempts     INTEGER NOT NULL DEFAULT 0,
         max_attempts INTEGER NOT NULL DEFAULT 3,
         worker       TEXT,
         lease_until  TIMESTAMPTZ,
         last_error   TEXT,
         result       TEXT,
         created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
         started_at   TIMESTAMPTZ,
         finished_at  TIMESTAMPTZ,
         UNIQUE (kind, key)))",
    "CREATE INDEX IF NOT EXISTS kc_jobs_claimable ON kc_jobs (id) WHERE state IN ('queued', 'running')",
    "CREATE INDEX IF NOT EXISTS kc_jobs_finished ON kc_jobs (finished_at) WHERE state = 'done'",
    R"(CREATE TABLE IF NOT EXISTS kc_workers (
         id           TEXT PRIMARY KEY,
         host         TEXT NOT NULL,
         pid          BIGINT NOT NULL,
         started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
         heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         stopped_at   TIMESTAMPTZ,
         current_job  BIGINT,
         jobs_done    BIGINT NOT NULL DEFAULT 0))",
    // A job waits (is not claimable) while one of the jobs it comes after is queued or running.
    R"(CREATE TABLE IF NOT EXISTS kc_job_deps (
         job BIGINT NOT NULL REFERENCES kc_jobs (id),
         dep BIGINT NOT NULL REFERENCES kc_jobs (id),
         PRIMARY KEY (job, dep)))",
};

std::string vn_time(const std::string& column) {  // ISO 8601 with the fixed +07:00 offset
    return "to_char((" + column + ") AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD\"T\"HH24:MI:SS') || '+07:00'";
}

std::string text(RecordSet& rs, const std::string& c) {
    return rs.isNull(c) ? std::string() : rs[c].convert<std::string>();
}

Job job_from(RecordSet& rs) {  // columns id, kind, key, payload, attempts, max_attempts
    Job j;
    j.id = rs["id"].convert<Poco::Int64>();
    j.kind = text(rs, "kind");
    j.key = text(rs, "key");
    j.payload = text(rs, "payload");
    j.attempts = rs["attempts"].convert<int>();
    j.max_attempts = rs["max_attempts"].convert<int>();
    return j;
}

template <typename F>
auto guarded(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const Poco::Exception& e) {  // CatalogError is a std::runtime_error, coded by SQLSTATE
        throw CatalogError(catalog::reason_of_pg_exception(e), std::string("queue ") + what + ": " + e.displayText());
    }
}

}  // namespace

struct Queue::Impl {
    explicit Impl(const std::string& location) : session(catalog::open_session(location)) {}
    Poco::Data::Session session;
};

Queue::Queue(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Queue::~Queue() = default;

Result<std::unique_ptr<Queue>> Queue::open(const std::string& location) {
    if (!catalog::is_postgresql(location))
        return Error{"QUEUE_NEEDS_POSTGRESQL",
                     "the work queue needs a PostgreSQL catalog (config `catalog: postgresql://…`) / "
                     "hàng đợi công việc cần catalog PostgreSQL"};
    try {
        auto impl = std::make_unique<Impl>(location);
        auto& s = impl->session;
        catalog::in_transaction(s, [&] {
            s << catalog::migration_lock(catalog::Backend::postgresql), now;
            for (const char* sql : k_schema) s << sql, now;
            for (int v = 1; v <= k_queue_schema_version; ++v)
                s << "INSERT INTO kc_queue_schema (version) VALUES (?) ON CONFLICT DO NOTHING", use(v), now;
        });
        return std::unique_ptr<Queue>(new Queue(std::move(impl)));
    } catch (const Poco::Exception& e) {
        return Error{catalog::reason_of_pg_exception(e), "PostgreSQL: " + e.displayText()};
    }
}

std::pair<std::int64_t, bool> Queue::enqueue(const std::string& kind, const std::string& key,
                                             const std::string& payload, int max_attempts,
                                             const std::vector<std::int64_t>& after) {
    return guarded("enqueue", [&] {
        auto& s = m_impl->session;
        std::vector<Poco::Int64> ids;
        // One transaction: a job with dependencies is never visible without them.
        catalog::in_transaction(s, [&] {
            ids.clear();  // the body runs again after a conflict (catalog/session_tx.h)
            s << "INSERT INTO kc_jobs (kind, key, payload, max_attempts) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT (kind, key) DO NOTHING RETURNING id",
                useRef(kind), useRef(key), useRef(payload), use(max_attempts), into(ids), now;
            if (ids.empty()) return;
            Poco::Int64 job = ids.front();
            for (std::int64_t d : after) {
                Poco::Int64 dep = d;
                s << "INSERT INTO kc_job_deps (job, dep) VALUES (?, ?) ON CONFLICT DO NOTHING", use(job), use(dep), now;
            }
        });
        if (!ids.empty()) return std::pair<std::int64_t, bool>(ids.front(), true);
        s << "SELECT id FROM kc_jobs WHERE kind = ? AND key = ?", useRef(kind), useRef(key), into(ids), now;
        if (ids.empty()) throw std::runtime_error("queue enqueue: job vanished");
        return std::pair<std::int64_t, bool>(ids.front(), false);
    });
}

std::optional<Job> Queue::claim(const std::string& worker, int lease_seconds) {
    return guarded("claim", [&]() -> std::optional<Job> {
        auto& s = m_impl->session;
        // A lease that expired on the last allowed attempt: the job killed its workers (or
        // they all died on it) — park it instead of handing it out again.
        s << "UPDATE kc_jobs SET state = 'parked', finished_at = now(),"
             " last_error = 'LEASE_EXPIRED: worker ' || COALESCE(worker, '?') || ' stopped heartbeating during attempt '"
             " || attempts || ' of ' || max_attempts"
             " WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts",
            now;
        double lease = lease_seconds;
        Statement st(s);
        st << "UPDATE kc_jobs j SET state = 'running', attempts = j.attempts + 1, worker = ?,"
              " lease_until = now() + interval '1 second' * ?, started_at = now(),"
              " last_error = CASE WHEN j.state = 'running' THEN 'LEASE_EXPIRED: taken again from ' || j.worker"
              " ELSE j.last_error END"
              " WHERE j.id = (SELECT c.id FROM kc_jobs c"
              " WHERE (c.state = 'queued' OR (c.state = 'running' AND c.lease_until < now()))"
              " AND NOT EXISTS (SELECT 1 FROM kc_job_deps d JOIN kc_jobs p ON p.id = d.dep"
              " WHERE d.job = c.id AND p.state IN ('queued', 'running'))"
              " ORDER BY c.id LIMIT 1 FOR UPDATE OF c SKIP LOCKED)"
              " RETURNING j.id, j.kind, j.key, j.payload, j.attempts, j.max_attempts",
            useRef(worker), use(lease);
        st.execute();
        RecordSet rs(st);
        if (!rs.moveFirst()) return std::nullopt;
        return job_from(rs);
    });
}

bool Queue::extend(std::int64_t job, const std::string& worker, int lease_seconds) {
    return guarded("extend", [&] {
        Poco::Int64 id = job;
        double lease = lease_seconds;
        Statement st(m_impl->session);
        st << "UPDATE kc_jobs SET lease_until = now() + interval '1 second' * ? WHERE id = ? AND worker = ?"
              " AND state = 'running'",
            use(lease), use(id), useRef(worker);
        return st.execute() == 1;
    });
}

bool Queue::complete(std::int64_t job, const std::string& worker, const std::string& result) {
    return guarded("complete", [&] {
        Poco::Int64 id = job;
        Statement st(m_impl->session);
        st << "UPDATE kc_jobs SET state = 'done', result = ?, finished_at = now(), lease_until = NULL"
              " WHERE id = ? AND worker = ? AND state = 'running'",
            useRef(result), use(id), useRef(worker);
        return st.execute() == 1;
    });
}

std::string Queue::fail(const Job& job, const std::string& worker, const std::string& reason, bool permanent) {
    return guarded("fail", [&] {
        Poco::Int64 id = job.id;
        int park = permanent ? 1 : 0;
        std::vector<std::string> state;
        m_impl->session << "UPDATE kc_jobs SET last_error = ?, lease_until = NULL,"
                           " state = CASE WHEN attempts >= max_attempts OR ? = 1 THEN 'parked' ELSE 'queued' END,"
                           " finished_at = CASE WHEN attempts >= max_attempts OR ? = 1 THEN now() ELSE NULL END"
                           " WHERE id = ? AND worker = ? AND state = 'running' RETURNING state",
            useRef(reason), use(park), use(park), use(id), useRef(worker), into(state), now;
        return state.empty() ? std::string("lost") : state.front();
    });
}

std::int64_t Queue::pending() {
    return guarded("pending", [&] {
        Poco::Int64 n = 0;
        m_impl->session << "SELECT COUNT(*) FROM kc_jobs WHERE state IN ('queued', 'running')", into(n), now;
        return static_cast<std::int64_t>(n);
    });
}

std::optional<Job> Queue::job(std::int64_t id_) {
    return guarded("job", [&]() -> std::optional<Job> {
        Poco::Int64 id = id_;
        Statement st(m_impl->session);
        st << "SELECT id, kind, key, payload, attempts, max_attempts FROM kc_jobs WHERE id = ?", use(id);
        st.execute();
        RecordSet rs(st);
        if (!rs.moveFirst()) return std::nullopt;
        return job_from(rs);
    });
}

std::string Queue::state_of(std::int64_t id_) {
    return guarded("state_of", [&] {
        Poco::Int64 id = id_;
        std::vector<std::string> state;
        m_impl->session << "SELECT state FROM kc_jobs WHERE id = ?", use(id), into(state), now;
        return state.empty() ? std::string() : state.front();
    });
}

void Queue::add_to_dependents(std::int64_t job_, std::int64_t also_) {
    guarded("add_to_dependents", [&] {
        Poco::Int64 job = job_, also = also_;
        m_impl->session << "INSERT INTO kc_job_deps (job, dep) SELECT d.job, ? FROM kc_job_deps d"
                           " WHERE d.dep = ? AND d.job <> ? ON CONFLICT DO NOTHING",
            use(also), use(job), use(also), now;
    });
}

void Queue::register_worker(const std::string& worker, const std::string& host, std::int64_t pid_) {
    guarded("register_worker", [&] {
        Poco::Int64 pid = pid_;
        m_impl->session << "INSERT INTO kc_workers (id, host, pid) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                           " host = excluded.host, pid = excluded.pid, started_at = now(), heartbeat_at = now(),"
                           " stopped_at = NULL, current_job = NULL, jobs_done = 0",
            useRef(worker), useRef(host), use(pid), now;
    });
}

void Queue::beat(const std::string& worker, std::optional<std::int64_t> current, std::int64_t done_) {
    guarded("beat", [&] {
        Poco::Nullable<Poco::Int64> job;
        if (current) job = *current;
        Poco::Int64 done = done_;
        m_impl->session << "UPDATE kc_workers SET heartbeat_at = now(), current_job = ?, jobs_done = ? WHERE id = ?",
            use(job), use(done), useRef(worker), now;
    });
}

void Queue::worker_stopped(const std::string& worker) {
    guarded("worker_stopped", [&] {
        m_impl->session << "UPDATE kc_workers SET stopped_at = now(), current_job = NULL WHERE id = ?", useRef(worker),
            now;
    });
}

QueueStatus Queue::status(int window_minutes, int lease_seconds) {
    return guarded("status", [&] {
        QueueStatus out;
        out.window_minutes = window_minutes;
        auto& s = m_impl->session;
        double window = window_minutes * 60.0;
        {
            Statement st(s);
            st << "SELECT kind,"
                  " SUM(CASE WHEN state = 'queued' THEN 1 ELSE 0 END) AS queued,"
                  " SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END) AS running,"
                  " SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END) AS done,"
                  " SUM(CASE WHEN state = 'parked' THEN 1 ELSE 0 END) AS parked,"
                  " SUM(CASE WHEN state = 'done' AND finished_at > now() - interval '1 second' * ? THEN 1 ELSE 0 END)"
                  " AS recent"
                  " FROM kc_jobs GROUP BY kind ORDER BY kind",
                use(window);
            st.execute();
            RecordSet rs(st);
            std::int64_t recent = 0;
            for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
                KindCounts k;
                k.kind = text(rs, "kind");
                k.queued = rs["queued"].convert<Poco::Int64>();
                k.running = rs["running"].convert<Poco::Int64>();
                k.done = rs["done"].convert<Poco::Int64>();
                k.parked = rs["parked"].convert<Poco::Int64>();
                k.done_recently = rs["recent"].convert<Poco::Int64>();
                recent += k.done_recently;
                out.kinds.push_back(k);
            }
            out.jobs_per_minute = window_minutes > 0 ? static_cast<double>(recent) / window_minutes : 0;
        }
        {
            double lease = lease_seconds;
            Statement st(s);
            st << "SELECT id, host, pid, " << vn_time("started_at") << " AS started, " << vn_time("heartbeat_at")
               << " AS beat, EXTRACT(EPOCH FROM now() - heartbeat_at)::float8 AS since,"
                  " CASE WHEN stopped_at IS NULL AND heartbeat_at > now() - interval '1 second' * ? THEN 1 ELSE 0 END"
                  " AS alive, jobs_done, current_job FROM kc_workers ORDER BY alive DESC, id",
                use(lease);
            st.execute();
            RecordSet rs(st);
            for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
                WorkerRow w;
                w.id = text(rs, "id");
                w.host = text(rs, "host");
                w.pid = rs["pid"].convert<Poco::Int64>();
                w.started_at = text(rs, "started");
                w.heartbeat_at = text(rs, "beat");
                w.seconds_since_heartbeat = rs["since"].convert<double>();
                w.alive = rs["alive"].convert<int>() == 1;
                w.jobs_done = rs["jobs_done"].convert<Poco::Int64>();
                if (!rs.isNull("current_job")) w.current_job = rs["current_job"].convert<Poco::Int64>();
                out.workers.push_back(w);
            }
        }
        {
            Statement st(s);
            st << "SELECT id, kind, " << vn_time("created_at")
               << " AS created, EXTRACT(EPOCH FROM now() - created_at)::float8 AS age FROM kc_jobs"
                  " WHERE state IN ('queued', 'running') ORDER BY id LIMIT 1";
            st.execute();
            RecordSet rs(st);
            if (rs.moveFirst()) {
                out.oldest_job = rs["id"].convert<Poco::Int64>();
                out.oldest_kind = text(rs, "kind");
                out.oldest_created_at = text(rs, "created");
                out.oldest_age_seconds = rs["age"].convert<double>();
            }
        }
        {
            Statement st(s);
            st << "SELECT id, kind, key, COALESCE(last_error, '') AS reason, attempts FROM kc_jobs"
                  " WHERE state = 'parked' ORDER BY finished_at DESC, id DESC LIMIT 20";
            st.execute();
            RecordSet rs(st);
            for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
                ParkedRow p;
                p.id = rs["id"].convert<Poco::Int64>();
                p.kind = text(rs, "kind");
                p.key = text(rs, "key");
                p.reason = text(rs, "reason");
                p.attempts = rs["attempts"].convert<int>();
                out.parked.push_back(p);
            }
        }
        return out;
    });
}

}  // namespace kc::queue
