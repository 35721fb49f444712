// catalog/catalog.h — kiemchung's durable record: every submission received,
// every document occurrence found in it with its findings and verdict, caches
// of per-content stage results, and a little run bookkeeping.
//
// Contract
// - Storage is one SQLite file in WAL mode with foreign keys on, synchronous=FULL
//   (a commit that returned is on disk) and a busy timeout, so a nightly run and
//   a report reader can share it. Writes take the lock up front (BEGIN IMMEDIATE).
// - Atomicity: every write method is atomic by itself; transaction(fn) groups
//   several. A crash or kill at any point leaves the database as of the last
//   commit — never half a submission (SQLite atomic commit).
// - Schema: an ordered chain of migrations (catalog/migrations.cpp). open()
//   applies the pending ones in one transaction; an older database is upgraded
//   in place, a newer one is refused with Error{"SCHEMA_TOO_NEW"} and its schema
//   and rows are not modified.
// - Failures: open() returns expected failures as Error values
//   (SCHEMA_TOO_NEW, CATALOG_UNAVAILABLE: missing directory, no permission,
//   not a database, locked beyond the timeout). After a successful open, a
//   failing read or write throws CatalogError (disk full, I/O error, a broken
//   invariant such as a duplicate id or an unknown submission): these abort the run.
// - Nested model parts are stored as JSON text (core/model_json.h); a
//   round trip returns equal values.
// - Ordering: received_at is ISO 8601 with the fixed +07:00 offset, so text
//   order is time order; ties are broken by id so listings are deterministic.
// - Threads: a Catalog is one connection; use it from one thread at a time.
//   Other processes may open the same file concurrently. Never use a Catalog
//   across fork(); open a new one in the child.
// - Backends: open() takes a SQLite file (the default) or a PostgreSQL location
//   (`postgresql://user@host:port/db`, see catalog/dialect.h). Same schema chain,
//   same methods; on PostgreSQL "WAL / BEGIN IMMEDIATE" become the server's own
//   durability and row locks, and text sorts in byte order (COLLATE "C") as in SQLite.
#pragma once
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/decisions.h"
#include "core/model.h"
#include "util/result.h"

namespace kc {

// A catalog read or write that failed after open(). code is a reason code name:
// DISK_FULL, CATALOG_UNAVAILABLE (I/O, lock timeout, lost connection) or INTERNAL_ERROR (a bug);
// on PostgreSQL also CATALOG_CONFLICT, CATALOG_FULL, CATALOG_SCHEMA_MISMATCH (by SQLSTATE,
// catalog/pg_errors.h, with whether a retry can help).
class CatalogError : public std::runtime_error {
public:
    CatalogError(std::string code, const std::string& detail)
        : std::runtime_error(code + ": " + detail), m_code(std::move(code)) {}
    const std::string& code() const { return m_code; }

private:
    std::string m_code;
};

class Catalog {
public:
    // Opens or creates <db_file>, sets WAL + foreign keys + busy timeout, and runs pending migrations in a transaction.
    // An existing older database is upgraded in place; a database newer than this binary is refused (Error SCHEMA_TOO_NEW).
    static Result<std::unique_ptr<Catalog>> open(const std::filesystem::path& db_file);
    // Test hook: like open() but migrates no further than max_version
    // (1 ≤ max_version ≤ latest_schema_version(), else std::invalid_argument).
    static Result<std::unique_ptr<Catalog>> open(const std::filesystem::path& db_file, int max_version);
    ~Catalog();
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    int schema_version() const;
    static int latest_schema_version();
    // Runs fn in one transaction; on exception rolls back and rethrows. Nothing half-written survives a crash (SQLite atomic commit).
    // PostgreSQL: a serialization failure or deadlock (40001/40P01) rolls back and runs fn again,
    // up to catalog::k_conflict_attempts times (catalog/pg_errors.h); then CatalogError CATALOG_CONFLICT.
    // So fn must be safe to run again (its effects outside the catalog idempotent).
    // Nested calls join the outer transaction: an exception that escapes the outermost fn
    // rolls back everything done inside it, including work of inner calls that returned.
    void transaction(const std::function<void()>& fn);

    // submissions
    void insert_submission(const Submission& s);             // throws CatalogError if the id exists
    void update_submission(const Submission& s);             // status + reasons; throws if the id is unknown
    std::optional<Submission> submission(const std::string& id) const;
    std::optional<Submission> first_submission_with_sha256(const std::string& sha256) const;  // earliest non-duplicate
    std::vector<Submission> submissions() const;             // ordered by received_at, id
    // documents: one row per occurrence; the submission must already be inserted
    void insert_document(const Document& d);
    std::vector<Document> documents() const;                 // ordered by submission received_at, then path_in_archive
    std::vector<Document> documents_of(const std::string& submission_id) const;  // ordered by path_in_archive
    // caches of per-content results (extraction, signature …), keyed by (stage, sha256, stage version)
    std::optional<std::string> cached(const std::string& stage, const std::string& sha256, const std::string& version) const;
    // Stores or replaces the entry (a recomputation with the same version overwrites).
    void store_cached(const std::string& stage, const std::string& sha256, const std::string& version, const std::string& json);
    // small key/value for run bookkeeping (e.g. last nightly run)
    std::optional<std::string> meta(const std::string& key) const;
    void set_meta(const std::string& key, const std::string& value);  // insert or overwrite
    // Inserts key=value unless the key exists; true when this call inserted it. Inside
    // transaction(), a concurrent writer of the same key waits for the other's commit
    // and then gets false: the fence that makes a queue job's effect happen once
    // (queue/queue.h). The key stays even if the value differs.
    bool insert_meta_if_absent(const std::string& key, const std::string& value);
    bool is_postgresql() const;
    // The first copy of a drop's bytes (migration 5, table first_copies keyed by sha256): the
    // one submission of those bytes that is not a duplicate. Call inside the transaction that
    // inserts the submission, before inserting it (the foreign key is checked at commit), so a
    // concurrent copy waits here: true when this call made it the first copy; false when another
    // submission already is (on PostgreSQL, a concurrent transaction's claim is waited for
    // and, once committed, wins): record this one as its DUPLICATE_SUBMISSION instead.
    bool claim_first_copy(const std::string& sha256, const std::string& submission_id);
    std::optional<std::string> first_copy_of(const std::string& sha256) const;  // its submission id
    // facts and reviewer decisions (core/decisions.h): appended, never changed
    // (triggers refuse UPDATE/DELETE); listed in seq order. The seq and at of
    // the argument are ignored; the stored row's are returned.
    Fact append_fact(const Fact& f);
    std::vector<Fact> facts() const;
    Decision append_decision(const Decision& d);
    std::vector<Decision> decisions() const;

private:
    struct Impl;
    explicit Catalog(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace kc
