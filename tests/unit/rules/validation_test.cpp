// Broken rule files give "file:line:column: message" errors, all at once.
#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "rules/ruleset.h"

namespace {

namespace fs = std::filesystem;

// A throw-away rules/ folder with a minimal, valid rule set "t".
class TempRules : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("kc-rules-test-" + std::to_string(std::random_device{}()));
        fs::create_directories(m_dir / "t");
        write("units.yaml",
              "units:\n"
              "  - {code: huyen, name: UBND huyện Thử, level: district, assessed: true}\n"
              "  - {code: phong, name: Phòng Thử, level: office, parent: huyen, aliases: [PT]}\n"
              "groups:\n"
              "  moi-phong: {name: Các phòng, members: [phong]}\n");
        write("calendar.yaml", "provenance: test\nholidays:\n  - {date: 2022-09-02, name: Quốc khánh}\n");
        write("t/ruleset.yaml",
              "id: t\nyear: 2022\ntitle: Thử\nassessed_unit: huyen\nprovenance: test\ncriteria: [criteria.yaml]\n");
        write("t/criteria.yaml", criteria(""));
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static std::string criteria(const std::string& extra_product_line) {
        return "criteria:\n"
               "  - code: \"1\"\n"
               "    title: Nhóm\n"
               "    points: 1\n"
               "    scoring: parent\n"
               "    seed_line: 1\n"
               "  - code: \"1.1\"\n"
               "    title: Kế hoạch\n"
               "    points: 1\n"
               "    scoring: presence\n"
               "    seed_line: 2\n"
               "    products:\n"
               "      - id: 1.1/sp1\n"
               "        title: Kế hoạch\n"
               "        lead_agencies: [moi-phong]\n"
               "        expected_issuers: [huyen]\n"
               "        kinds: [KH]\n"
               "        deadline: {kind: absolute, dates: [2022-01-05]}\n" +
               extra_product_line;
    }

    void write(const std::string& rel, const std::string& text) { std::ofstream(m_dir / rel) << text; }
    kc::Result<kc::rules::RuleSet> load() { return kc::rules::load_ruleset(m_dir, "t"); }
    std::string criteria_file() const { return (m_dir / "t" / "criteria.yaml").string(); }

    fs::path m_dir;
};

TEST_F(TempRules, MinimalRuleSetLoadsWithDefaults) {
    auto r = load();
    ASSERT_TRUE(r.ok()) << r.error().detail;
    const auto* p = r->product("1.1/sp1");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->period, "2022");
    EXPECT_EQ(p->quantifier, "one");
    EXPECT_TRUE(p->signature_required);
    EXPECT_TRUE(p->deadline.inclusive);
    EXPECT_EQ(r->criterion("1.1")->group, "1");
    EXPECT_EQ(r->criterion("1.1")->parent, "1");
    EXPECT_TRUE(kc::rules::check_ruleset(r.value()).empty());
}

TEST_F(TempRules, ShaChangesWithAnyFile) {
    auto before = load();
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->sha256, load()->sha256);
    write("t/notes.txt", "x");
    EXPECT_NE(before->sha256, load()->sha256);
}

TEST_F(TempRules, MalformedYamlGivesFileAndLine) {
    write("t/criteria.yaml", "criteria:\n  - code: \"1\"\n    title: [unclosed\n");
    auto r = load();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "RULES_INVALID");
    EXPECT_EQ(r.error().detail.rfind(criteria_file() + ":", 0), 0u) << r.error().detail;
    EXPECT_NE(r.error().detail.find("YAML syntax"), std::string::npos);
}

TEST_F(TempRules, UnknownUnitIsAnErrorAtItsLine) {
    std::string text = criteria("");
    text.replace(text.find("[huyen]"), 7, "[phong-xyz]");
    write("t/criteria.yaml", text);
    auto r = load();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().detail.find(criteria_file() + ":16:27: 1.1/sp1: expected_issuers names 'phong-xyz'"),
              std::string::npos)
        << r.error().detail;
}

TEST_F(TempRules, UnknownKeyBadDateAndDuplicateAreAllReported) {
    std::string text = criteria("        colour: red\n");
    text.replace(text.find("2022-01-05"), 10, "2022-02-30");
    text += "  - code: \"1.1\"\n    title: Lặp\n    points: 0\n    scoring: presence\n    seed_line: 3\n";
    write("t/criteria.yaml", text);
    auto r = load();
    ASSERT_FALSE(r.ok());
    const std::string& d = r.error().detail;
    EXPECT_NE(d.find(criteria_file() + ":19:9: product of 1.1: unknown key 'colour'"), std::string::npos) << d;
    EXPECT_NE(d.find(criteria_file() + ":18:43: 1.1/sp1: '2022-02-30' is not a real date"), std::string::npos) << d;
    EXPECT_NE(d.find(criteria_file() + ":20:11: 1.1: code already used at " + criteria_file() + ":7"), std::string::npos)
        << d;
}

TEST_F(TempRules, PointsThatDoNotAddUpAreAWarningNotAnError) {
    std::string text = criteria("");
    text.replace(text.find("points: 1\n    scoring: parent"), 9, "points: 2");
    write("t/criteria.yaml", text);
    auto r = load();
    ASSERT_TRUE(r.ok()) << r.error().detail;
    const auto warnings = kc::rules::check_ruleset(r.value());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0], "1: points of the rows below it add up to 1, not 2");
}

TEST_F(TempRules, UnlistedCriteriaFileIsAnError) {
    write("t/extra.yaml", "criteria: []\n");
    auto r = load();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().detail.find("extra.yaml:1: not listed"), std::string::npos) << r.error().detail;
}

TEST_F(TempRules, AliasSharedByTwoUnitsIsAnError) {
    write("units.yaml",
          "units:\n"
          "  - {code: huyen, name: UBND huyện Thử, level: district, assessed: true, aliases: [PT]}\n"
          "  - {code: phong, name: Phòng Thử, level: office, parent: huyen, aliases: [pt]}\n"
          "groups:\n"
          "  moi-phong: {name: Các phòng, members: [phong]}\n");
    auto r = load();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().detail.find("also belongs to huyen"), std::string::npos) << r.error().detail;
}

}  // namespace
