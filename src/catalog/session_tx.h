// catalog/session_tx.h — run a body in one transaction on a bare Poco::Data::Session
// (the queue, the appraisal store: stores that keep their own session beside the Catalog).
//
// Contract: `begin` (e.g. "BEGIN", or "BEGIN IMMEDIATE" for SQLite, which the PostgreSQL
// session translates, catalog/dialect.h); COMMIT when body returns, ROLLBACK (errors of the
// rollback itself ignored) and rethrow when it throws. Returns what body returns.
// A serialization failure or deadlock (PostgreSQL 40001 / 40P01, catalog/pg_errors.h) rolls
// back and runs body again, up to k_conflict_attempts times in all, after a short growing
// pause; body must therefore do nothing outside the session that cannot be done twice.
// After the last try the exception propagates (its reason: CATALOG_CONFLICT).
#pragma once
#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include <chrono>
#include <thread>
#include <type_traits>

#include "catalog/pg_errors.h"

namespace kc::catalog {

// The pause before try n+1 after a conflict: 20, 40, 80 … ms, so the winner can commit.
inline void conflict_backoff(int attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20 << (attempt - 1)));
}

template <typename F>
auto in_transaction_once(Poco::Data::Session& s, F& body, const char* begin) -> decltype(body()) {
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

template <typename F>
auto in_transaction(Poco::Data::Session& s, F&& body, const char* begin = "BEGIN") -> decltype(body()) {
    for (int attempt = 1;; ++attempt) {
        try {
            return in_transaction_once(s, body, begin);
        } catch (const Poco::Exception& e) {
            if (attempt >= k_conflict_attempts || !is_conflict(e)) throw;
        }
        conflict_backoff(attempt);
    }
}

}  // namespace kc::catalog
