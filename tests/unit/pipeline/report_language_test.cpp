// The report language key (issue 9): `report.language` in the configuration file
// (vi | en, default vi), shown by show-config with its origin, anything else an
// error that names the line; the shipped example sets it.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/config.h"

namespace fs = std::filesystem;
using namespace kc;

namespace {
fs::path write(const std::string& name, const std::string& text) {
    const fs::path dir = fs::temp_directory_path() / ("kc-lang-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / name) << text;
    return dir / name;
}
}  // namespace

TEST(ReportLanguage, DefaultVietnamese) {
    auto c = load_config({});
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->report_language, "vi");
}

TEST(ReportLanguage, EnglishFromTheFile) {
    auto f = write("en.yaml", "state_dir: st\nreport:\n  language: en\n");
    auto c = load_config(f);
    ASSERT_TRUE(c.ok()) << c.error().detail;
    EXPECT_EQ(c->report_language, "en");
    EXPECT_NE(describe_config(*c).find("report.language: en  (" + f.string() + ":3)"), std::string::npos)
        << describe_config(*c);
    fs::remove_all(f.parent_path());
}

TEST(ReportLanguage, OtherValuesRefusedWithTheLine) {
    auto f = write("fr.yaml", "report:\n  language: fr\n");
    auto c = load_config(f);
    fs::remove_all(f.parent_path());
    ASSERT_FALSE(c.ok());
    EXPECT_NE(c.error().detail.find(":2: bad value for 'report.language'"), std::string::npos) << c.error().detail;
}

TEST(ReportLanguage, TheExampleConfigurationSetsIt) {
    auto c = load_config(fs::path(KC_SOURCE_DIR) / "docs" / "kiemchung.example.yaml");
    ASSERT_TRUE(c.ok()) << c.error().detail;
    EXPECT_NE(c->origin.at("report.language"), "default");
    EXPECT_EQ(c->report_language, "vi");
}
