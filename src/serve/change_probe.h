// serve/change_probe.h — has the catalog changed since last asked? For the
// dashboard's snapshots (serve/provider.h), on both catalog backends.
//
// Contract
//  - open(location): a connection of its own to Config::catalog_location() —
//    a SQLite file or a postgresql:// URI — through catalog::open_session, as
//    the rest of the program opens the catalog. Error when it cannot connect.
//  - stamp(): one line summing up what the judgement reads — row counts and the
//    highest seq of the append-only tables (facts, decisions, appraisals), the
//    submissions by status plus the length of their reasons (update_submission
//    changes those), the documents and the cache rows. Any insert or status
//    change alters it; equal stamps mean "nothing to judge again". Throws
//    catalog::CatalogError (CATALOG_UNAVAILABLE) when the query fails.
//  - Not thread-safe: the provider calls it under its mutex.
#pragma once
#include <memory>
#include <string>

#include "util/result.h"

namespace kc::serve {

class ChangeProbe {
public:
    static Result<std::unique_ptr<ChangeProbe>> open(const std::string& location);
    ~ChangeProbe();
    std::string stamp();

private:
    struct Impl;
    explicit ChangeProbe(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace kc::serve
