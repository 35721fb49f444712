// The `catalog:` key (issue 10): a PostgreSQL location is kept as written, a SQLite
// path is relative to the config file, the default stays <state>/catalog.sqlite,
// and show-config never prints a password.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/config.h"

namespace kc {
namespace {
namespace fs = std::filesystem;

fs::path write_config(const std::string& body) {
    std::string tmpl = (fs::temp_directory_path() / "kc-catalog-config-XXXXXX").string();
    EXPECT_NE(mkdtemp(tmpl.data()), nullptr);
    fs::path f = fs::path(tmpl) / "kiemchung.yaml";
    std::ofstream(f) << body;
    return f;
}

TEST(CatalogConfig, DefaultIsTheSQLiteFileInTheStateDir) {
    auto c = load_config({});
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->catalog_location(), (fs::path("var") / "catalog.sqlite").string());
    EXPECT_FALSE(c->catalog_is_postgresql());
    EXPECT_EQ(c->queue_lease_seconds, 60);
    EXPECT_EQ(c->queue_max_attempts, 3);
}

TEST(CatalogConfig, PostgreSQLLocationKeptAndPasswordHidden) {
    fs::path f = write_config("catalog: postgresql://kc:bi-mat@db.sonv.local:5432/kiemchung\nqueue:\n  lease_seconds: 5\n");
    auto c = load_config(f);
    ASSERT_TRUE(c.ok()) << c.error().detail;
    EXPECT_EQ(c->catalog_location(), "postgresql://kc:bi-mat@db.sonv.local:5432/kiemchung");
    EXPECT_TRUE(c->catalog_is_postgresql());
    EXPECT_EQ(c->queue_lease_seconds, 5);
    std::string shown = describe_config(*c);
    EXPECT_EQ(shown.find("bi-mat"), std::string::npos) << shown;
    EXPECT_NE(shown.find("catalog: postgresql://kc:***@db.sonv.local:5432/kiemchung  (" + f.string() + ":1)"),
              std::string::npos)
        << shown;
    fs::remove_all(f.parent_path());
}

TEST(CatalogConfig, SQLitePathIsRelativeToTheFileAndAliasWorks) {
    fs::path f = write_config("catalog_url: data/catalog.sqlite\n");
    auto c = load_config(f);
    ASSERT_TRUE(c.ok()) << c.error().detail;
    EXPECT_EQ(c->catalog_location(), (fs::absolute(f).parent_path() / "data" / "catalog.sqlite").string());
    EXPECT_FALSE(c->catalog_is_postgresql());
    fs::remove_all(f.parent_path());
}

}  // namespace
}  // namespace kc
