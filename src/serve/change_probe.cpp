#include "serve/change_probe.h"

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>
#include <Poco/Types.h>

#include <filesystem>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/dialect.h"

namespace kc::serve {
using namespace Poco::Data::Keywords;

struct ChangeProbe::Impl {
    explicit Impl(const std::string& location) : session(catalog::open_session(location)) {}
    Poco::Data::Session session;
};

ChangeProbe::ChangeProbe(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ChangeProbe::~ChangeProbe() = default;

Result<std::unique_ptr<ChangeProbe>> ChangeProbe::open(const std::string& location) {
    const bool sqlite = catalog::backend_of(location) == catalog::Backend::sqlite;
    std::error_code ec;
    if (sqlite && !std::filesystem::exists(location, ec)) return Error{"CATALOG_UNAVAILABLE", "no catalog: " + location};
    try {
        auto impl = std::make_unique<Impl>(location);
        if (sqlite) impl->session << "PRAGMA busy_timeout = 10000", now;
        return std::unique_ptr<ChangeProbe>(new ChangeProbe(std::move(impl)));
    } catch (const Poco::Exception& e) {
        return Error{"CATALOG_UNAVAILABLE", "catalog: " + e.displayText()};  // no location: it may hold a password
    }
}

std::string ChangeProbe::stamp() {
    try {
        auto& s = m_impl->session;
        Poco::Int64 documents = 0, cache = 0, meta = 0, facts = 0, decisions = 0, appraisals = 0;
        s << "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM cache), (SELECT COUNT(*) FROM meta),"
             " (SELECT COALESCE(MAX(seq), 0) FROM facts), (SELECT COALESCE(MAX(seq), 0) FROM decisions),"
             " (SELECT COALESCE(MAX(seq), 0) FROM appraisals)",
            into(documents), into(cache), into(meta), into(facts), into(decisions), into(appraisals), now;
        std::vector<std::string> status;
        std::vector<Poco::Int64> count, reasons;
        s << "SELECT status, COUNT(*), COALESCE(SUM(LENGTH(reasons_json)), 0) FROM submissions GROUP BY status ORDER BY status",
            into(status), into(count), into(reasons), now;
        std::string out = "d" + std::to_string(documents) + " c" + std::to_string(cache) + " m" + std::to_string(meta) +
                          " f" + std::to_string(facts) + " r" + std::to_string(decisions) + " a" + std::to_string(appraisals);
        for (std::size_t i = 0; i < status.size(); ++i)
            out += " " + status[i] + "=" + std::to_string(count[i]) + "/" + std::to_string(reasons[i]);
        return out;
    } catch (const Poco::Exception& e) {
        throw CatalogError("CATALOG_UNAVAILABLE", "change probe: " + e.displayText());
    }
}

}  // namespace kc::serve
