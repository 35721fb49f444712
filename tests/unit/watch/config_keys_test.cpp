// The ingestion keys of the configuration (issue 4): watch.probe_grace_settles,
// watch.quarantine_dir, min_free_bytes, unpack.max_entry_ratio — read from a file, shown
// by show-config with their origin, and present in the shipped example configuration.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/config.h"

namespace fs = std::filesystem;
using namespace kc;

TEST(IngestConfig, DefaultsAndOverrides) {
    auto d = load_config({});
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->watch_probe_grace_settles, 10);
    EXPECT_EQ(d->min_free_bytes, 64ull << 20);
    EXPECT_DOUBLE_EQ(d->limits.max_entry_ratio, 200.0);
    EXPECT_EQ(d->quarantine_dir(), d->state_dir / "quarantine");

    const fs::path dir = fs::temp_directory_path() / ("kc-config-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path f = dir / "kc.yaml";
    std::ofstream(f) << "state_dir: st\nwatch:\n  probe_grace_settles: 4\n  quarantine_dir: q\n"
                        "min_free_bytes: 1000\nunpack:\n  max_entry_ratio: 42.5\n";
    auto c = load_config(f);
    fs::remove_all(dir);
    ASSERT_TRUE(c.ok()) << c.error().detail;
    EXPECT_EQ(c->watch_probe_grace_settles, 4);
    EXPECT_EQ(c->quarantine_dir(), dir / "q");
    EXPECT_EQ(c->min_free_bytes, 1000u);
    EXPECT_DOUBLE_EQ(c->limits.max_entry_ratio, 42.5);
    const std::string shown = describe_config(*c);
    EXPECT_NE(shown.find("watch.probe_grace_settles: 4  (" + f.string() + ":3)"), std::string::npos) << shown;
    EXPECT_NE(shown.find("watch.quarantine_dir: " + (dir / "q").string()), std::string::npos) << shown;
    EXPECT_NE(shown.find("min_free_bytes: 1000  (" + f.string() + ":5)"), std::string::npos) << shown;
    EXPECT_NE(shown.find("unpack.max_entry_ratio: 42.5"), std::string::npos) << shown;
}

TEST(IngestConfig, TheExampleConfigurationDocumentsThem) {
    const fs::path example = fs::path(KC_SOURCE_DIR) / "docs" / "kiemchung.example.yaml";
    auto c = load_config(example);
    ASSERT_TRUE(c.ok()) << c.error().detail;
    for (const char* key : {"watch.probe_grace_settles", "min_free_bytes", "unpack.max_entry_ratio"}) {
        SCOPED_TRACE(key);
        EXPECT_NE(c->origin.at(key), "default") << "not set in the example";
    }
    EXPECT_EQ(c->watch_probe_grace_settles, 10);
}
