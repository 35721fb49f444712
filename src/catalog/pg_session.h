// catalog/pg_session.h — a Poco::Data PostgreSQL session whose statements are
// written in SQLite's spelling: each one passes through catalog::to_postgresql()
// (catalog/dialect.h) when prepared. Internal to src/catalog.
#pragma once
#include <Poco/Data/Session.h>

#include <string>

namespace kc::catalog {

// Connects with libpq (PQconnectdb: a URI or "host=… dbname=…"). Throws Poco::Exception.
Poco::Data::Session open_pg_session(const std::string& conninfo);

}  // namespace kc::catalog
