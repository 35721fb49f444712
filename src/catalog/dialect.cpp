#include "catalog/dialect.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/Connector.h>
#include <libpq-fe.h>

#include <cctype>
#include <mutex>
#include <regex>

#include "catalog/pg_session.h"

namespace kc::catalog {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

std::string_view trim_left(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    return s;
}

std::string replace_all(std::string s, const std::regex& re, const std::string& with) {
    return std::regex_replace(s, re, with);
}

}  // namespace

Backend backend_of(std::string_view location) {
    return is_postgresql(location) ? Backend::postgresql : Backend::sqlite;
}

bool is_postgresql(std::string_view location) {
    return starts_with_ci(location, "postgresql:") || starts_with_ci(location, "postgres://");
}

std::string libpq_conninfo(std::string_view location) {
    if (!starts_with_ci(location, "postgresql://") && !starts_with_ci(location, "postgres://")) {
        if (starts_with_ci(location, "postgresql:")) return std::string(trim_left(location.substr(11)));
        return std::string(location);
    }
    // Poco's session reads only "key=value key=value": the URI is parsed by libpq itself.
    std::string uri(location);
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(uri.c_str(), &err);
    if (!opts) {
        std::string why = err ? err : "invalid PostgreSQL URI";
        if (err) PQfreemem(err);
        throw Poco::Data::DataException("catalog location: " + why);
    }
    std::string out;
    for (PQconninfoOption* o = opts; o->keyword; ++o)
        if (o->val && *o->val) out += (out.empty() ? "" : " ") + std::string(o->keyword) + "=" + o->val;
    PQconninfoFree(opts);
    return out;
}

std::string dollar_placeholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int n = 0;
    char quote = 0;        // ' or " while inside a quoted literal/identifier
    bool dollar = false;   // inside $$ … $$
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (dollar) {
            if (c == '$' && i + 1 < sql.size() && sql[i + 1] == '$') {
                out += "$$";
                ++i;
                dollar = false;
                continue;
            }
            out += c;
        } else if (quote) {
            out += c;
            if (c == quote) quote = 0;  // a doubled quote re-enters at once: same result
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] == '$') {
            dollar = true;
            out += "$$";
            ++i;
        } else if (c == '?') {
            out += "$" + std::to_string(++n);
        } else {
            out += c;
        }
    }
    return out;
}

std::string ddl_to_postgresql(std::string_view sql_in) {
    std::string sql(sql_in);
    std::string_view head = trim_left(sql);
    static const std::regex autoinc(R"(INTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT)", std::regex::icase);
    static const std::regex rowid(R"(\)\s*WITHOUT\s+ROWID\s*$)", std::regex::icase);
    static const std::regex trigger(
        R"(^\s*CREATE\s+TRIGGER\s+(\w+)\s+BEFORE\s+(UPDATE|DELETE|INSERT)\s+ON\s+(\w+)\s+BEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*('(?:[^']|'')*')\s*\)\s*;\s*END\s*$)",
        std::regex::icase);
    std::smatch m;
    if (std::regex_match(sql, m, trigger))
        return "CREATE TRIGGER " + m[1].str() + " BEFORE " + m[2].str() + " ON " + m[3].str() +
               " FOR EACH ROW EXECUTE FUNCTION kc_refuse(" + m[4].str() + ")";
    if (starts_with_ci(head, "CREATE TABLE") || starts_with_ci(head, "ALTER TABLE")) {
        sql = replace_all(sql, autoinc, "BIGSERIAL PRIMARY KEY");
        sql = replace_all(sql, rowid, ")");
        // TEXT as a column type (upper case by the house style); literals are lower case or quoted.
        std::string out;
        std::size_t last = 0;
        char quote = 0;
        for (std::size_t i = 0; i < sql.size(); ++i) {
            char c = sql[i];
            if (quote) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                continue;
            }
            if (sql.compare(i, 4, "TEXT") == 0 && (i == 0 || (!std::isalnum(static_cast<unsigned char>(sql[i - 1])) && sql[i - 1] != '_')) &&
                (i + 4 >= sql.size() || (!std::isalnum(static_cast<unsigned char>(sql[i + 4])) && sql[i + 4] != '_')) &&
                !starts_with_ci(trim_left(std::string_view(sql).substr(i + 4)), "COLLATE")) {
                out.append(sql, last, i + 4 - last);
                out += " COLLATE \"C\"";
                last = i + 4;
                i += 3;
            }
        }
        out.append(sql, last, std::string::npos);
        sql = out;
    }
    return sql;
}

std::string to_postgresql(std::string_view sql_in) {
    std::string sql(sql_in);
    std::string_view head = trim_left(sql);
    if (starts_with_ci(head, "CREATE ") || starts_with_ci(head, "ALTER ")) sql = ddl_to_postgresql(sql);
    static const std::regex begin_immediate(R"(^\s*BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\s*$)", std::regex::icase);
    static const std::regex last_rowid(R"(last_insert_rowid\s*\(\s*\))", std::regex::icase);
    static const std::regex or_ignore(R"(^\s*INSERT\s+OR\s+IGNORE\s+INTO)", std::regex::icase);
    sql = replace_all(sql, begin_immediate, "BEGIN");
    sql = replace_all(sql, last_rowid, "lastval()");
    if (std::regex_search(sql, or_ignore)) sql = replace_all(sql, or_ignore, "INSERT INTO") + " ON CONFLICT DO NOTHING";
    return dollar_placeholders(sql);
}

const std::vector<std::string>& postgresql_prologue() {
    static const std::vector<std::string> k{
        // The append-only triggers of the migrations (facts, decisions) raise the message they are given.
        "CREATE OR REPLACE FUNCTION kc_refuse() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$",
    };
    return k;
}

std::string migration_lock(Backend b) {
    // A fixed advisory lock key, held to the end of the migration transaction.
    return b == Backend::postgresql ? "SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(7302202211)) AS l" : std::string();
}

Poco::Data::Session open_session(std::string_view location) {
    if (is_postgresql(location)) return open_pg_session(libpq_conninfo(location));
    static std::once_flag once;
    std::call_once(once, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    return Poco::Data::Session("SQLite", std::string(location));
}

}  // namespace kc::catalog
