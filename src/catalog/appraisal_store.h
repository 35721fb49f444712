// catalog/appraisal_store.h — the province's appraised scores beside the
// provisional ones, in the catalog's `appraisals` table (migration 4).
//
// Contract
// - open(): a connection of its own to the catalog (catalog::open_session: SQLite
//   or PostgreSQL, the SQL translated by catalog/dialect.h); the table must exist,
//   i.e. Catalog::open() has run the migrations first (else Error
//   CATALOG_UNAVAILABLE). Plain SQL with `?` placeholders and text/integer
//   columns only, so the statements do not depend on the backend.
// - append(): one import = one transaction; every row keeps who imported it and
//   when (`at`, ISO 8601 +07:00, set here). Rows are never updated or deleted:
//   a re-import of a criterion appends a row that supersedes the older one
//   (appraisals_in_force() in core/appraisal.h), so the history stays.
// - all(): every row in seq order. Failures after open() throw CatalogError.
#pragma once
#include <filesystem>
#include <memory>
#include <vector>

#include "catalog/catalog.h"
#include "core/appraisal.h"
#include "util/result.h"

namespace kc {

class AppraisalStore {
public:
    // `location`: Config::catalog_location() — a SQLite file or a postgresql:// URI (catalog/dialect.h).
    static Result<std::unique_ptr<AppraisalStore>> open(const std::string& location);
    ~AppraisalStore();
    AppraisalStore(const AppraisalStore&) = delete;
    AppraisalStore& operator=(const AppraisalStore&) = delete;

    // The seq and at of the arguments are ignored; the stored rows are returned.
    std::vector<Appraisal> append(const std::vector<Appraisal>& rows);
    std::vector<Appraisal> all() const;

private:
    struct Impl;
    explicit AppraisalStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace kc
