// catalog/session_tx.h — run a body in one transaction on a bare Poco::Data::Session
// (the queue, the appraisal store: stores that keep their own session beside the Catalog).
//
// Contract: `begin` (e.g. "BEGIN", or "BEGIN IMMEDIATE" for SQLite, which the PostgreSQL
// session translates, catalog/dialect.h); COMMIT when body returns, ROLLBACK (errors of the
// rollback itself ignored) and rethrow when it throws. Returns what body returns.
#pragma once
#include <Poco/Data/Session.h>

namespace kc::catalog {

template <typename F>
auto in_transaction(Poco::Data::Session& s, F&& body, const char* begin = "BEGIN") -> decltype(body()) {
    using Poco::Data::Keywords::now;
    s << begin, now;
    try {
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            s << "COMMIT", now;
        } else {
            auto out = body();
            s << "COMMIT", now;
            return out;
        }
    } catch (...) {
        try {
            s << "ROLLBACK", now;
        } catch (...) {
        }
        throw;
    }
}

}  // namespace kc::catalog
