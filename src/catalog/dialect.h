// catalog/dialect.h — where the two catalog backends differ, in one place.
//
// The catalog (catalog/catalog.h) and the work queue (queue/queue.h) write their
// SQL once, in SQLite's spelling (`?` placeholders, SQLite DDL). A Dialect turns
// it into the backend's spelling:
//  - SQLite (default; a file path): unchanged.
//  - PostgreSQL (`postgresql://…` or `postgres://…`, a libpq URI; or a libpq
//    "host=… dbname=…" string behind `postgresql:`): placeholders `?` → `$1, $2 …`
//    (outside quotes and $$ bodies), BEGIN IMMEDIATE → BEGIN,
//    last_insert_rowid() → lastval(), INSERT OR IGNORE → ON CONFLICT DO NOTHING;
//    DDL: INTEGER PRIMARY KEY AUTOINCREMENT → BIGSERIAL PRIMARY KEY, no
//    WITHOUT ROWID, TEXT columns COLLATE "C" (byte order, as SQLite sorts), and
//    SQLite's `BEFORE … BEGIN SELECT RAISE(ABORT, 'msg'); END` append-only
//    triggers → a plpgsql trigger raising the same message.
//  Statements are translated at prepare time by the session this file opens
//  (open_session), so SQL written for SQLite elsewhere in src/catalog runs on
//  both backends unchanged.
//  Pure functions apart from open_session (which connects).
#pragma once
#include <Poco/Data/Session.h>

#include <string>
#include <string_view>
#include <vector>

namespace kc::catalog {

enum class Backend { sqlite, postgresql };

// The backend a catalog location names: postgresql:// postgres:// postgresql: → postgresql, else sqlite.
Backend backend_of(std::string_view location);
bool is_postgresql(std::string_view location);
// The "key=value …" connection string of a postgresql location (a URI parsed by libpq, or what
// follows "postgresql:"). Throws Poco::Data::DataException on a malformed URI.
std::string libpq_conninfo(std::string_view location);

// `?` → `$n` outside '…', "…" and $$…$$. Pure.
std::string dollar_placeholders(std::string_view sql);
// Runtime statements written for SQLite, in PostgreSQL's spelling (placeholders included).
std::string to_postgresql(std::string_view sql);
// A migration statement (DDL) in PostgreSQL's spelling.
std::string ddl_to_postgresql(std::string_view sql);
// Statements PostgreSQL needs before the migrations (helper functions used by translated DDL).
const std::vector<std::string>& postgresql_prologue();
// The statement that serialises concurrent migrations (all workers start at once);
// empty for SQLite, whose BEGIN IMMEDIATE already does.
std::string migration_lock(Backend b);

// A Poco session on the location: SQLite file, or PostgreSQL through libpq with every
// statement passed through to_postgresql() at prepare time. Throws Poco::Exception.
Poco::Data::Session open_session(std::string_view location);

}  // namespace kc::catalog
