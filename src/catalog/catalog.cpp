#include "catalog/catalog.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>

#include "catalog/dialect.h"
#include "catalog/json_columns.h"
#include "catalog/migrations.h"
#include "catalog/pg_errors.h"
#include "catalog/session_tx.h"
#include "util/date.h"

namespace kc {

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace {

// Long enough to ride out a nightly run's commit while a report reads, short
// enough that a stuck writer surfaces as an error instead of a hang.
constexpr int k_busy_timeout_ms = 10'000;

void register_connector_once() {
    static std::once_flag once;
    std::call_once(once, [] { Poco::Data::SQLite::Connector::registerConnector(); });
}

// Maps a Poco/SQLite failure to the reason code the pipeline reports; PostgreSQL's by
// SQLSTATE (catalog/pg_errors.h).
std::string code_of(const Poco::Exception& e) {
    if (dynamic_cast<const Poco::Data::PostgreSQL::PostgreSQLException*>(&e)) return catalog::reason_of_pg_exception(e);
    if (dynamic_cast<const Poco::Data::SQLite::DatabaseFullException*>(&e)) return "DISK_FULL";
    if (dynamic_cast<const Poco::Data::SQLite::ConstraintViolationException*>(&e)) return "INTERNAL_ERROR";
    if (dynamic_cast<const Poco::Data::SQLite::InvalidSQLStatementException*>(&e)) return "INTERNAL_ERROR";
    return "CATALOG_UNAVAILABLE";
}

// Runs body; Poco exceptions leave the catalog as CatalogError so callers need
// no Poco headers. Other exceptions (JSON decode of a damaged column) likewise.
template <typename F>
auto guarded(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const CatalogError&) {
        throw;
    } catch (const Poco::Exception& e) {
        throw CatalogError(code_of(e), std::string(what) + ": " + e.displayText());
    } catch (const std::exception& e) {
        throw CatalogError("INTERNAL_ERROR", std::string(what) + ": " + e.what());
    }
}

std::string text(RecordSet& rs, const std::string& column) {
    return rs.isNull(column) ? std::string() : rs[column].convert<std::string>();
}

Submission submission_from(RecordSet& rs) {
    Submission s;
    s.id = text(rs, "id");
    s.unit = text(rs, "unit");
    s.file = text(rs, "file");
    s.sha256 = text(rs, "sha256");
    s.received_at = text(rs, "received_at");
    s.rules = text(rs, "rules");
    s.status = text(rs, "status");
    s.reasons = catalog::reasons_from_column(text(rs, "reasons_json"));
    return s;
}

Document document_from(RecordSet& rs) {
    Document d;
    d.id = text(rs, "id");
    if (!rs.isNull("sha256")) d.sha256 = rs["sha256"].convert<std::string>();
    d.submission = text(rs, "submission");
    d.submitted_by = text(rs, "submitted_by");
    d.path_in_archive = text(rs, "path_in_archive");
    d.format = text(rs, "format");
    d.text_source = text(rs, "text_source");
    d.pages = rs["pages"].convert<int>();
    d.header = catalog::header_from_column(text(rs, "header_json"));
    d.exif_date = catalog::exif_date_from_header_column(text(rs, "header_json"));
    d.classification = catalog::classification_from_column(text(rs, "classification_json"));
    d.classifications = catalog::classifications_from_column(text(rs, "classifications_json"));
    d.signature = catalog::signature_from_column(text(rs, "signature_json"));
    d.verdict = text(rs, "verdict");
    d.reasons = catalog::reasons_from_column(text(rs, "reasons_json"));
    d.refused = rs["refused"].convert<int>() != 0;
    return d;
}

template <typename T, typename Row>
std::vector<T> rows(Statement& st, Row convert) {
    st.execute();
    RecordSet rs(st);
    std::vector<T> out;
    if (rs.moveFirst()) {
        do out.push_back(convert(rs));
        while (rs.moveNext());
    }
    return out;
}

constexpr const char* k_submission_columns = "id, unit, file, sha256, received_at, rules, status, reasons_json";
constexpr const char* k_document_columns =
    "d.id, d.submission, d.sha256, d.submitted_by, d.path_in_archive, d.format, d.text_source, d.pages, "
    "d.header_json, d.classification_json, d.classifications_json, d.signature_json, d.verdict, "
    "d.reasons_json, d.refused";

}  // namespace

struct Catalog::Impl {
    // SQLite file or PostgreSQL URL (catalog/dialect.h: the one place the backends differ).
    explicit Impl(const std::string& location)
        : session(catalog::open_session(location)), backend(catalog::backend_of(location)) {}
    Session session;
    catalog::Backend backend;
    int version = 0;
    int depth = 0;  // transaction nesting: only the outermost one talks to SQLite

    void exec(const std::string& sql) { session << sql, now; }

    int stored_version() {
        int v = 0;
        session << "SELECT COALESCE(MAX(version), 0) FROM schema_version", into(v), now;
        return v;
    }

    // IMMEDIATE: take the write lock now, so a concurrent writer waits on the
    // busy timeout here instead of failing later on a lock upgrade.
    void begin() { exec("BEGIN IMMEDIATE"); }
    void rollback_quietly() noexcept {
        try {
            exec("ROLLBACK");
        } catch (...) {  // SQLite may already have rolled back (e.g. on SQLITE_FULL)
        }
    }

    // Brings the schema to target; returns the refusal for a newer database.
    std::optional<Error> migrate(int target) {
        begin();
        try {
            if (backend == catalog::Backend::postgresql) {  // workers starting together migrate one at a time
                exec(catalog::migration_lock(backend));
                for (const auto& sql : catalog::postgresql_prologue()) exec(sql);
            }
            exec("CREATE TABLE IF NOT EXISTS schema_version ("
                 " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            int current = stored_version();
            if (current > catalog::latest_version()) {
                rollback_quietly();
                return Error{"SCHEMA_TOO_NEW", "database schema version " + std::to_string(current) +
                                                   " is newer than this binary's " +
                                                   std::to_string(catalog::latest_version())};
            }
            for (const auto& m : catalog::migrations()) {
                if (m.version <= current || m.version > target) continue;
                for (auto sql : m.statements) exec(std::string(sql));
                std::string description(m.description);
                std::string applied_at = date::timestamp_vn(date::now_unix());
                int v = m.version;
                session << "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    use(v), use(description), use(applied_at), now;
            }
            version = std::max(current, target);
            exec("COMMIT");
            return std::nullopt;
        } catch (...) {
            rollback_quietly();
            throw;
        }
    }
};

Catalog::Catalog(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Catalog::~Catalog() = default;

int Catalog::latest_schema_version() { return catalog::latest_version(); }
int Catalog::schema_version() const { return m_impl->version; }

Result<std::unique_ptr<Catalog>> Catalog::open(const std::filesystem::path& db_file) {
    return open(db_file, latest_schema_version());
}

Result<std::unique_ptr<Catalog>> Catalog::open(const std::filesystem::path& db_file, int max_version) {
    if (max_version < 1 || max_version > latest_schema_version())
        throw std::invalid_argument("Catalog::open: max_version out of range");
    register_connector_once();
    if (catalog::is_postgresql(db_file.string())) {  // `catalog: postgresql://…` in the config
        try {
            auto impl = std::make_unique<Impl>(db_file.string());
            if (auto err = impl->migrate(max_version)) return *err;
            return std::unique_ptr<Catalog>(new Catalog(std::move(impl)));
        } catch (const Poco::Exception& e) {  // the URL may hold a password: not echoed
            return Error{catalog::reason_of_pg_exception(e), "PostgreSQL: " + e.displayText()};
        }
    }
    // SQLite would create a missing directory's file lazily and fail obscurely; say it plainly.
    std::error_code ec;
    if (db_file.has_parent_path() && !std::filesystem::is_directory(db_file.parent_path(), ec))
        return Error{"CATALOG_UNAVAILABLE", "directory does not exist: " + db_file.parent_path().string()};
    try {
        auto impl = std::make_unique<Impl>(db_file.string());
        // Busy timeout first: the pragmas below may already need a lock.
        impl->exec("PRAGMA busy_timeout = " + std::to_string(k_busy_timeout_ms));
        std::string mode;
        impl->session << "PRAGMA journal_mode = WAL", into(mode), now;
        if (mode != "wal")  // e.g. a file system without shared memory: refuse rather than run unprotected
            return Error{"CATALOG_UNAVAILABLE", "cannot enable WAL journal (got '" + mode + "')"};
        // FULL: a commit that returned survives power loss (NORMAL may lose the last ones in WAL).
        impl->exec("PRAGMA synchronous = FULL");
        impl->exec("PRAGMA foreign_keys = ON");
        if (auto err = impl->migrate(max_version)) return *err;
        return std::unique_ptr<Catalog>(new Catalog(std::move(impl)));
    } catch (const Poco::Exception& e) {
        return Error{code_of(e) == "DISK_FULL" ? "DISK_FULL" : "CATALOG_UNAVAILABLE",
                     db_file.string() + ": " + e.displayText()};
    }
}

void Catalog::transaction(const std::function<void()>& fn) {
    Impl& impl = *m_impl;
    if (impl.depth > 0) {  // joined: the outermost call commits or rolls back
        ++impl.depth;
        try {
            fn();
        } catch (...) {
            --impl.depth;
            throw;
        }
        --impl.depth;
        return;
    }
    // A serialization failure or deadlock (PostgreSQL 40001 / 40P01) runs fn again, as
    // catalog/session_tx.h does; after the last try the CatalogError CATALOG_CONFLICT escapes.
    for (int attempt = 1;; ++attempt) {
        try {
            guarded("begin", [&] { impl.begin(); });
            impl.depth = 1;
            try {
                fn();
            } catch (...) {
                impl.depth = 0;
                impl.rollback_quietly();
                throw;
            }
            impl.depth = 0;
            try {
                guarded("commit", [&] { impl.exec("COMMIT"); });
            } catch (...) {
                impl.rollback_quietly();
                throw;
            }
            return;
        } catch (const CatalogError& err) {
            if (err.code() != "CATALOG_CONFLICT" || attempt >= catalog::k_conflict_attempts) throw;
        }
        catalog::conflict_backoff(attempt);
    }
}

// ---- submissions ------------------------------------------------------------

void Catalog::insert_submission(const Submission& s) {
    guarded("insert_submission", [&] {
        std::string reasons = catalog::reasons_column(s.reasons);
        m_impl->session << "INSERT INTO submissions (" << k_submission_columns
                        << ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            useRef(s.id), useRef(s.unit), useRef(s.file), useRef(s.sha256), useRef(s.received_at), useRef(s.rules),
            useRef(s.status), use(reasons), now;
    });
}

void Catalog::update_submission(const Submission& s) {
    guarded("update_submission", [&] {
        std::string reasons = catalog::reasons_column(s.reasons);
        Statement st(m_impl->session);
        st << "UPDATE submissions SET status = ?, reasons_json = ? WHERE id = ?", useRef(s.status), use(reasons),
            useRef(s.id);
        std::size_t changed = st.execute();  // rows changed, on both backends
        if (changed != 1) throw CatalogError("INTERNAL_ERROR", "update_submission: unknown submission " + s.id);
    });
}

std::optional<Submission> Catalog::submission(const std::string& id) const {
    return guarded("submission", [&]() -> std::optional<Submission> {
        Statement st(m_impl->session);
        st << "SELECT " << k_submission_columns << " FROM submissions WHERE id = ?", useRef(id);
        auto found = rows<Submission>(st, submission_from);
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

std::optional<Submission> Catalog::first_submission_with_sha256(const std::string& sha256) const {
    return guarded("first_submission_with_sha256", [&]() -> std::optional<Submission> {
        Statement st(m_impl->session);
        st << "SELECT " << k_submission_columns
           << " FROM submissions WHERE sha256 = ? AND status <> 'duplicate' ORDER BY received_at, id LIMIT 1",
            useRef(sha256);
        auto found = rows<Submission>(st, submission_from);
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

std::vector<Submission> Catalog::submissions() const {
    return guarded("submissions", [&] {
        Statement st(m_impl->session);
        st << "SELECT " << k_submission_columns << " FROM submissions ORDER BY received_at, id";
        return rows<Submission>(st, submission_from);
    });
}

// ---- documents --------------------------------------------------------------

void Catalog::insert_document(const Document& d) {
    guarded("insert_document", [&] {
        Poco::Nullable<std::string> sha256;
        if (d.sha256) sha256 = *d.sha256;
        int pages = d.pages;
        int refused = d.refused ? 1 : 0;
        std::string header = catalog::header_column(d.header, d.exif_date);
        std::string classification = catalog::classification_column(d.classification);
        std::string classifications = catalog::classifications_column(d.classifications);
        std::string signature = catalog::signature_column(d.signature);
        std::string reasons = catalog::reasons_column(d.reasons);
        m_impl->session << "INSERT INTO documents (id, submission, sha256, submitted_by, path_in_archive, format,"
                           " text_source, pages, header_json, classification_json, classifications_json,"
                           " signature_json, verdict, reasons_json, refused)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            useRef(d.id), useRef(d.submission), use(sha256), useRef(d.submitted_by), useRef(d.path_in_archive),
            useRef(d.format), useRef(d.text_source), use(pages), use(header), use(classification),
            use(classifications), use(signature), useRef(d.verdict), use(reasons), use(refused), now;
    });
}

std::vector<Document> Catalog::documents() const {
    return guarded("documents", [&] {
        // Column vectors filled by one execution (no RecordSet of Dynamic::Var
        // copies, no per-row statement stepping), the JSON columns decoded straight
        // into the structs (catalog/json_columns.h): the nightly run reads every
        // document (bench/README.md, nightly_bench).
        std::vector<std::string> id, submission, submitted_by, path, format, text_source, header, classification,
            classifications, signature, verdict, reasons;
        std::vector<Poco::Nullable<std::string>> sha256;
        std::vector<int> pages, refused;
        m_impl->session << "SELECT " << k_document_columns
                        << " FROM documents d JOIN submissions s ON s.id = d.submission"
                           " ORDER BY s.received_at, s.id, d.path_in_archive, d.id",
            into(id), into(submission), into(sha256), into(submitted_by), into(path), into(format), into(text_source),
            into(pages), into(header), into(classification), into(classifications), into(signature), into(verdict),
            into(reasons), into(refused), now;
        std::vector<Document> out(id.size());
        for (std::size_t i = 0; i < id.size(); ++i) {
            Document& d = out[i];
            d.id = std::move(id[i]);
            if (!sha256[i].isNull()) d.sha256 = sha256[i].value();
            d.submission = std::move(submission[i]);
            d.submitted_by = std::move(submitted_by[i]);
            d.path_in_archive = std::move(path[i]);
            d.format = std::move(format[i]);
            d.text_source = std::move(text_source[i]);
            d.pages = pages[i];
            catalog::header_and_exif_from_column(header[i], d.header, d.exif_date);
            std::string().swap(header[i]);
            d.classification = catalog::classification_from_column(classification[i]);
            std::string().swap(classification[i]);
            d.classifications = catalog::classifications_from_column(classifications[i]);
            std::string().swap(classifications[i]);
            d.signature = catalog::signature_from_column(signature[i]);
            std::string().swap(signature[i]);
            d.verdict = std::move(verdict[i]);
            d.reasons = catalog::reasons_from_column(reasons[i]);
            std::string().swap(reasons[i]);
            d.refused = refused[i] != 0;
        }
        return out;
    });
}

std::vector<Document> Catalog::documents_of(const std::string& submission_id) const {
    return guarded("documents_of", [&] {
        Statement st(m_impl->session);
        st << "SELECT " << k_document_columns
           << " FROM documents d WHERE d.submission = ? ORDER BY d.path_in_archive, d.id",
            useRef(submission_id);
        return rows<Document>(st, document_from);
    });
}

// ---- cache and meta ---------------------------------------------------------

std::optional<std::string> Catalog::cached(const std::string& stage, const std::string& sha256,
                                           const std::string& version) const {
    return guarded("cached", [&]() -> std::optional<std::string> {
        std::vector<std::string> found;
        m_impl->session << "SELECT json FROM cache WHERE stage = ? AND sha256 = ? AND version = ?", useRef(stage),
            useRef(sha256), useRef(version), into(found), now;
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

void Catalog::store_cached(const std::string& stage, const std::string& sha256, const std::string& version,
                           const std::string& json) {
    guarded("store_cached", [&] {
        std::string created_at = date::timestamp_vn(date::now_unix());
        m_impl->session << "INSERT INTO cache (stage, sha256, version, json, created_at) VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT (stage, sha256, version) DO UPDATE SET json = excluded.json,"
                           " created_at = excluded.created_at",
            useRef(stage), useRef(sha256), useRef(version), useRef(json), use(created_at), now;
    });
}

std::optional<std::string> Catalog::meta(const std::string& key) const {
    return guarded("meta", [&]() -> std::optional<std::string> {
        std::vector<std::string> found;
        m_impl->session << "SELECT value FROM meta WHERE key = ?", useRef(key), into(found), now;
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

void Catalog::set_meta(const std::string& key, const std::string& value) {
    guarded("set_meta", [&] {
        m_impl->session << "INSERT INTO meta (key, value) VALUES (?, ?)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            useRef(key), useRef(value), now;
    });
}

// ---- facts and reviewer decisions (append-only) -----------------------------

Fact Catalog::append_fact(const Fact& f) {
    return guarded("append_fact", [&] {
        Fact out = f;
        out.at = date::timestamp_vn(date::now_unix());
        m_impl->session << "INSERT INTO facts (kind, key, value, action, document, author, comment, at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            useRef(out.kind), useRef(out.key), useRef(out.value), useRef(out.action), useRef(out.document),
            useRef(out.by), useRef(out.comment), useRef(out.at), now;
        Poco::Int64 seq = 0;
        m_impl->session << "SELECT last_insert_rowid()", into(seq), now;
        out.seq = seq;
        return out;
    });
}

std::vector<Fact> Catalog::facts() const {
    return guarded("facts", [&] {
        Statement st(m_impl->session);
        st << "SELECT seq, kind, key, value, action, document, author, comment, at FROM facts ORDER BY seq", now;
        RecordSet rs(st);
        std::vector<Fact> out;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            Fact f;
            f.seq = rs["seq"].convert<Poco::Int64>();
            f.kind = text(rs, "kind");
            f.key = text(rs, "key");
            f.value = text(rs, "value");
            f.action = text(rs, "action");
            f.document = text(rs, "document");
            f.by = text(rs, "author");
            f.comment = text(rs, "comment");
            f.at = text(rs, "at");
            out.push_back(std::move(f));
        }
        return out;
    });
}

Decision Catalog::append_decision(const Decision& d) {
    return guarded("append_decision", [&] {
        Decision out = d;
        out.at = date::timestamp_vn(date::now_unix());
        m_impl->session << "INSERT INTO decisions (document, action, product, field, value, author, comment, at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            useRef(out.document), useRef(out.action), useRef(out.product), useRef(out.field), useRef(out.value),
            useRef(out.by), useRef(out.comment), useRef(out.at), now;
        Poco::Int64 seq = 0;
        m_impl->session << "SELECT last_insert_rowid()", into(seq), now;
        out.seq = seq;
        return out;
    });
}

std::vector<Decision> Catalog::decisions() const {
    return guarded("decisions", [&] {
        Statement st(m_impl->session);
        st << "SELECT seq, document, action, product, field, value, author, comment, at FROM decisions ORDER BY seq", now;
        RecordSet rs(st);
        std::vector<Decision> out;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            Decision d;
            d.seq = rs["seq"].convert<Poco::Int64>();
            d.document = text(rs, "document");
            d.action = text(rs, "action");
            d.product = text(rs, "product");
            d.field = text(rs, "field");
            d.value = text(rs, "value");
            d.by = text(rs, "author");
            d.comment = text(rs, "comment");
            d.at = text(rs, "at");
            out.push_back(std::move(d));
        }
        return out;
    });
}

}  // namespace kc

// ---- additions for the PostgreSQL backend and the work queue ------------------

namespace kc {

bool Catalog::insert_meta_if_absent(const std::string& key, const std::string& value) {
    return guarded("insert_meta_if_absent", [&] {
        Statement st(m_impl->session);
        st << "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", useRef(key), useRef(value);
        return st.execute() == 1;
    });
}

bool Catalog::is_postgresql() const { return m_impl->backend == catalog::Backend::postgresql; }

bool Catalog::claim_first_copy(const std::string& sha256, const std::string& submission_id) {
    return guarded("claim_first_copy", [&] {
        // PostgreSQL: a concurrent uncommitted claim of the same sha256 makes this wait for its
        // commit, then do nothing (ON CONFLICT DO NOTHING): "already there" is a value, not 23505.
        Statement st(m_impl->session);
        st << "INSERT OR IGNORE INTO first_copies (sha256, submission) VALUES (?, ?)", useRef(sha256),
            useRef(submission_id);
        return st.execute() == 1;
    });
}

std::optional<std::string> Catalog::first_copy_of(const std::string& sha256) const {
    return guarded("first_copy_of", [&]() -> std::optional<std::string> {
        std::vector<std::string> found;
        m_impl->session << "SELECT submission FROM first_copies WHERE sha256 = ?", useRef(sha256), into(found), now;
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

}  // namespace kc
