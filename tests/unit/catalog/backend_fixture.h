// A fresh catalog location per test on either backend: a SQLite file in a temp dir, or
// a PostgreSQL schema of its own behind KC_PG_URL (tests/pg/pg_cluster.sh; PostgreSQL
// cases are skipped when it is unset). Used by first_copy_test and pg_errors_test.
#pragma once
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "catalog/catalog.h"
#include "catalog/dialect.h"

namespace kc::test {

inline std::string kc_pg_url() {
    const char* v = std::getenv("KC_PG_URL");
    return v ? v : "";
}

class OnBackend : public ::testing::TestWithParam<catalog::Backend> {
protected:
    void SetUp() override {
        using namespace Poco::Data::Keywords;
        if (GetParam() == catalog::Backend::postgresql) {
            if (kc_pg_url().empty()) GTEST_SKIP() << "KC_PG_URL unset (tests/pg/pg_cluster.sh sets it)";
            std::random_device rd;
            m_schema = "f" + std::to_string(rd()) + std::to_string(rd() % 1000);
            auto s = catalog::open_session(kc_pg_url());
            s << "CREATE SCHEMA " + m_schema, now;
            std::string url = kc_pg_url();
            m_location = url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + m_schema;
        } else {
            std::string tmpl = (std::filesystem::temp_directory_path() / "kc-onbackend-XXXXXX").string();
            ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
            m_dir = tmpl;
            m_location = (m_dir / "catalog.sqlite").string();
        }
    }
    void TearDown() override {
        using namespace Poco::Data::Keywords;
        if (!m_schema.empty()) {
            auto s = catalog::open_session(kc_pg_url());
            s << "DROP SCHEMA " + m_schema + " CASCADE", now;
        }
        if (!m_dir.empty()) std::filesystem::remove_all(m_dir);
    }
    std::unique_ptr<Catalog> open(int max_version = Catalog::latest_schema_version()) {
        auto r = Catalog::open(m_location, max_version);
        if (!r) ADD_FAILURE() << r.error().code << ": " << r.error().detail;
        return r ? std::move(r.value()) : nullptr;
    }
    Poco::Data::Session raw() { return catalog::open_session(m_location); }
    int count(const std::string& sql) {
        using namespace Poco::Data::Keywords;
        auto s = raw();
        Poco::Int64 n = -1;
        s << sql, into(n), now;
        return static_cast<int>(n);
    }
    bool pg() const { return GetParam() == catalog::Backend::postgresql; }

    std::string m_location, m_schema;
    std::filesystem::path m_dir;
};

}  // namespace kc::test
