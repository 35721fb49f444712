// catalog/pg_errors.h — what a failed catalog statement means, from PostgreSQL's
// SQLSTATE (https://www.postgresql.org/docs/15/errcodes-appendix.html), as a reason
// code (core/reason.h) and whether trying again can help.
//
//   SQLSTATE                       reason code               retried
//   08xxx connection, 57P01–57P03  CATALOG_UNAVAILABLE       yes (the queue job)
//   (no SQLSTATE: libpq lost the server, cannot connect)
//   40001 serialization, 40P01     CATALOG_CONFLICT          yes: the transaction, up to
//     deadlock                                               k_conflict_attempts times
//                                                            (session_tx.h, Catalog::transaction),
//                                                            then the queue job
//   53xxx disk full, out of memory CATALOG_FULL              yes (the queue job; 53300 too
//     or connections                                         many connections passes)
//   42xxx syntax / undefined table CATALOG_SCHEMA_MISMATCH   no: park the job, stop the worker
//     or column (e.g. a catalog migrated by a newer version)
//   23505 unique violation         — handled as a value where it means "already there"
//                                    (INSERT … ON CONFLICT DO NOTHING); elsewhere INTERNAL_ERROR
//   other classes (23xxx, 22xxx,   INTERNAL_ERROR            yes (as before: a bug, or bad data)
//     P0001 append-only trigger)
//
// The SQLSTATE is read from the exception text: Poco's statement executor appends
// " State: XXXXX" to execution errors, and open_pg_session() sets libpq's verbose error
// format, whose message starts "ERROR:  XXXXX: …", for errors at prepare time (42P01
// undefined table is one). Pure functions.
#pragma once
#include <string>
#include <string_view>

namespace Poco {
class Exception;
}

namespace kc::catalog {

inline constexpr int k_conflict_attempts = 4;  // tries of one transaction on 40001 / 40P01

// The five-character SQLSTATE in a PostgreSQL error text; empty when there is none.
std::string sqlstate_of(std::string_view message);
// The reason code name of a SQLSTATE (table above); CATALOG_UNAVAILABLE for an empty one.
std::string reason_of_sqlstate(std::string_view sqlstate);
// The reason code name of a PostgreSQL failure (Poco::Data::PostgreSQL exceptions).
std::string reason_of_pg_exception(const Poco::Exception& e);
// 40001 / 40P01 in the exception: the transaction may simply be run again.
bool is_conflict(const Poco::Exception& e);
// Whether a failure with this reason code may succeed when the queue job is tried again.
bool is_retryable(std::string_view reason_code);

}  // namespace kc::catalog
