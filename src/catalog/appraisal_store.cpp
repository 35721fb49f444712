#include "catalog/appraisal_store.h"

#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

#include <cstdio>
#include <mutex>
#include <tuple>

#include "catalog/dialect.h"
#include "catalog/session_tx.h"
#include "util/date.h"

namespace kc {

using namespace Poco::Data::Keywords;

namespace {

std::string points_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

template <typename F>
auto guarded(const char* what, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const Poco::Exception& e) {
        throw CatalogError("CATALOG_UNAVAILABLE", std::string(what) + ": " + e.displayText());
    }
}

}  // namespace

struct AppraisalStore::Impl {
    explicit Impl(const std::string& location) : session(catalog::open_session(location)) {}
    Poco::Data::Session session;
};

AppraisalStore::AppraisalStore(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
AppraisalStore::~AppraisalStore() = default;

Result<std::unique_ptr<AppraisalStore>> AppraisalStore::open(const std::string& location) {
    const bool sqlite = catalog::backend_of(location) == catalog::Backend::sqlite;
    std::error_code ec;
    if (sqlite && !std::filesystem::exists(location, ec)) return Error{"CATALOG_UNAVAILABLE", "no catalog: " + location};
    std::unique_ptr<Impl> impl;
    try {
        impl = std::make_unique<Impl>(location);
        if (sqlite) impl->session << "PRAGMA busy_timeout = 10000", now;
    } catch (const Poco::Exception& e) {
        return Error{"CATALOG_UNAVAILABLE", "catalog: " + e.displayText()};  // no location: it may hold a password
    }
    try {  // the table exists once Catalog::open() has migrated the catalog
        long n = 0;
        impl->session << "SELECT COUNT(*) FROM appraisals", into(n), now;
    } catch (const Poco::Exception&) {
        return Error{"CATALOG_UNAVAILABLE", "the catalog has no appraisals table (open it with this kiemchung first)"};
    }
    return std::unique_ptr<AppraisalStore>(new AppraisalStore(std::move(impl)));
}

std::vector<Appraisal> AppraisalStore::append(const std::vector<Appraisal>& rows) {
    return guarded("append appraisals", [&] {
        auto& s = m_impl->session;
        const std::string at = date::timestamp_vn(date::now_unix());
        std::vector<Appraisal> out;
        catalog::in_transaction(
            s,
            [&] {
                out.clear();  // the body runs again after a conflict (catalog/session_tx.h)
                for (auto a : rows) {
                    std::string pts = points_text(a.points);
                    s << "INSERT INTO appraisals (unit, criterion, points, comment, source, source_sha256, author, at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        use(a.unit), use(a.criterion), use(pts), use(a.comment), use(a.source), use(a.source_sha256),
                        use(a.by), bind(at), now;
                    Poco::Int64 seq = 0;
                    s << "SELECT MAX(seq) FROM appraisals", into(seq), now;
                    a.seq = seq;
                    a.at = at;
                    out.push_back(a);
                }
            },
            "BEGIN IMMEDIATE");
        return out;
    });
}

std::vector<Appraisal> AppraisalStore::all() const {
    return guarded("read appraisals", [&] {
        using Row = Poco::Tuple<Poco::Int64, std::string, std::string, std::string, std::string, std::string,
                                std::string, std::string, std::string>;
        std::vector<Row> rows;
        m_impl->session << "SELECT seq, unit, criterion, points, comment, source, source_sha256, author, at "
                           "FROM appraisals ORDER BY seq",
            into(rows), now;
        std::vector<Appraisal> out;
        for (const auto& r : rows) {
            Appraisal a;
            a.seq = r.get<0>();
            a.unit = r.get<1>();
            a.criterion = r.get<2>();
            a.points = std::stod(r.get<3>());
            a.comment = r.get<4>();
            a.source = r.get<5>();
            a.source_sha256 = r.get<6>();
            a.by = r.get<7>();
            a.at = r.get<8>();
            out.push_back(std::move(a));
        }
        return out;
    });
}

}  // namespace kc
