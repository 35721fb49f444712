#include "catalog/pg_errors.h"

#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Exception.h>

#include <cctype>

namespace kc::catalog {
namespace {

bool sqlstate_char(char c) { return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'A' && c <= 'Z'); }

bool is_state_at(std::string_view s, std::size_t i) {
    if (i + 5 > s.size()) return false;
    for (std::size_t k = 0; k < 5; ++k)
        if (!sqlstate_char(s[i + k])) return false;
    return i + 5 == s.size() || !sqlstate_char(s[i + 5]);
}

}  // namespace

std::string sqlstate_of(std::string_view m) {
    // Poco 1.11 StatementExecutor::execute: "… Severity: ERROR State: 40P01 …"
    for (std::size_t at = m.find(" State: "); at != std::string_view::npos; at = m.find(" State: ", at + 1))
        if (is_state_at(m, at + 8)) return std::string(m.substr(at + 8, 5));
    // libpq PQERRORS_VERBOSE: "ERROR:  42P01: relation \"x\" does not exist" (also FATAL, PANIC)
    for (std::string_view level : {"ERROR:  ", "FATAL:  ", "PANIC:  "})
        for (std::size_t at = m.find(level); at != std::string_view::npos; at = m.find(level, at + 1)) {
            std::size_t i = at + level.size();
            if (is_state_at(m, i) && i + 5 < m.size() && m[i + 5] == ':') return std::string(m.substr(i, 5));
        }
    return {};
}

std::string reason_of_sqlstate(std::string_view st) {
    if (st.size() != 5) return "CATALOG_UNAVAILABLE";
    std::string_view cls = st.substr(0, 2);
    if (cls == "08" || st == "57P01" || st == "57P02" || st == "57P03") return "CATALOG_UNAVAILABLE";
    if (st == "40001" || st == "40P01") return "CATALOG_CONFLICT";
    if (cls == "53") return "CATALOG_FULL";
    if (cls == "42") return "CATALOG_SCHEMA_MISMATCH";
    return "INTERNAL_ERROR";
}

std::string reason_of_pg_exception(const Poco::Exception& e) {
    const std::string text = e.displayText();
    std::string st = sqlstate_of(text);
    if (st.empty()) {
        // No SQLSTATE: libpq could not reach the server, or lost it (ConnectionException, or
        // "server closed the connection unexpectedly"): the server may be back on the next try.
        return "CATALOG_UNAVAILABLE";
    }
    return reason_of_sqlstate(st);
}

bool is_conflict(const Poco::Exception& e) {
    std::string st = sqlstate_of(e.displayText());
    return st == "40001" || st == "40P01";
}

bool is_retryable(std::string_view code) {
    return code != "CATALOG_SCHEMA_MISMATCH" && code != "SCHEMA_TOO_NEW";
}

}  // namespace kc::catalog
