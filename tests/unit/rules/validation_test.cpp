// Broken rule files give "file:line:column: message" errors, all at once.
#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "rules/ruleset.h"
#include "util/date.h"

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
    EXPECT_NE(r.error().detail.find(criteria_file() + ":16:27: 1.1/sp1: expected_issuers ghi 'phong-xyz', không phải mã "
                                                      "đơn vị hay nhóm trong rules/units.yaml / expected_issuers names 'phong-xyz'"),
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
    EXPECT_NE(d.find(criteria_file() + ":19:9: sản phẩm của/product of 1.1: khoá không biết 'colour'"), std::string::npos) << d;
    EXPECT_NE(d.find("/ unknown key 'colour'"), std::string::npos) << d;
    EXPECT_NE(d.find(criteria_file() + ":18:43: 1.1/sp1: '2022-02-30' không phải ngày có thật viết YYYY-MM-DD / "
                                       "'2022-02-30' is not a real date"),
              std::string::npos)
        << d;
    EXPECT_NE(d.find(criteria_file() + ":20:11: 1.1: mã đã dùng ở " + criteria_file() + ":7 / code already used at " +
                     criteria_file() + ":7"),
              std::string::npos)
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
    EXPECT_EQ(warnings[0], "1: points: điểm các dòng con cộng lại 1, không phải 2 / points of the rows below it add up to 1, not 2");
}

TEST_F(TempRules, UnlistedCriteriaFileIsAnError) {
    write("t/extra.yaml", "criteria: []\n");
    auto r = load();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().detail.find("extra.yaml:1: không có trong 'criteria' của ruleset.yaml nên sẽ bị bỏ qua / not listed"),
              std::string::npos)
        << r.error().detail;
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
    EXPECT_NE(r.error().detail.find("trùng với đơn vị huyen / name or alias 'pt' also belongs to huyen"), std::string::npos)
        << r.error().detail;
}

// ---- hand-in deadlines and evidence dates: data, loader, lint ---------------

const char* k_hand_in_head =
    "id: t\nyear: 2022\ntitle: Thử\nassessed_unit: huyen\nprovenance: test\ncriteria: [criteria.yaml]\n"
    "hand_in:\n"
    "  default: auto\n"
    "  milestones:\n"
    "    - {id: self-assessment, date: 2022-11-15, title: Hồ sơ tự chấm điểm, seed_line: 402}\n"
    "    - {id: first-half, date: 2022-06-30, title: Báo cáo 6 tháng, seed_line: 402}\n"
    "evidence_dates: {default: document_date, photo: exif_date, link: entered_date}\n";

TEST_F(TempRules, HandInAndEvidenceDatesLoadWithDefaultsFilledIn) {
    write("t/ruleset.yaml", k_hand_in_head);
    write("t/criteria.yaml", criteria("        hand_in: first-half\n") +
                                 "  - code: \"1.2\"\n    title: Ảnh\n    points: 0\n    scoring: presence\n    seed_line: 3\n"
                                 "    products:\n      - id: 1.2/sp1\n        title: Ảnh niêm yết\n"
                                 "        kinds: [photo, link, BC]\n        signature_required: false\n"
                                 "        evidence_dates: {BC: signing_time}\n"
                                 "        deadline: {kind: none}\n");
    auto r = load();
    ASSERT_TRUE(r.ok()) << r.error().detail;
    ASSERT_EQ(r->hand_in.milestones.size(), 2u);
    EXPECT_EQ(r->hand_in.milestones[0].id, "first-half") << "sorted by date";
    EXPECT_EQ(kc::date::iso(r->hand_in.milestones[1].date), "2022-11-15");
    EXPECT_EQ(r->hand_in.milestones[1].seed_line, 402);
    EXPECT_EQ(r->hand_in.default_choice, "auto");
    EXPECT_TRUE(r->hand_in.inclusive);
    EXPECT_EQ(r->product("1.1/sp1")->hand_in, "first-half");
    EXPECT_EQ(r->product("1.1/sp1")->evidence_dates.at("KH"), "document_date");
    const auto* photo = r->product("1.2/sp1");
    EXPECT_EQ(photo->hand_in, "");
    EXPECT_EQ(photo->evidence_dates.at("photo"), "exif_date");
    EXPECT_EQ(photo->evidence_dates.at("link"), "entered_date");
    EXPECT_EQ(photo->evidence_dates.at("BC"), "signing_time") << "the product's own word wins";
}

TEST_F(TempRules, WithoutHandInBlockEachProductIsHandedInByItsDeadline) {
    auto r = load();
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_TRUE(r->hand_in.milestones.empty());
    EXPECT_EQ(r->hand_in.default_choice, "auto");
    // The built-in date sources apply.
    EXPECT_EQ(r->evidence_dates.at("photo"), "exif_date");
    EXPECT_EQ(r->product("1.1/sp1")->evidence_dates.at("KH"), "document_date");
}

TEST_F(TempRules, BadHandInAndEvidenceDatesAreErrorsAtTheirPlace) {
    std::string head = k_hand_in_head;
    head.replace(head.find("2022-06-30"), 10, "2022-06-31");
    head.replace(head.find("default: auto"), 13, "default: ba-thang");
    head.replace(head.find("photo: exif_date"), 16, "table: exif_date");
    write("t/ruleset.yaml", head);
    write("t/criteria.yaml", criteria("        hand_in: cuoi-nam\n        evidence_dates: {photo: exif_date, KH: lunar_date}\n"));
    auto r = load();
    ASSERT_FALSE(r.ok());
    const std::string& d = r.error().detail;
    const std::string head_file = (m_dir / "t" / "ruleset.yaml").string();
    EXPECT_NE(d.find(head_file + ":11:"), std::string::npos) << d;  // the milestone line
    EXPECT_NE(d.find("'2022-06-31' không phải ngày có thật"), std::string::npos) << d;
    EXPECT_NE(d.find("'default' must be auto, none or a milestone id, not 'ba-thang'"), std::string::npos) << d;
    EXPECT_NE(d.find("only a photo has an EXIF date, not 'table'"), std::string::npos) << d;
    EXPECT_NE(d.find(criteria_file() + ":19:18: 1.1/sp1: hand_in 'cuoi-nam'"), std::string::npos) << d;
    EXPECT_NE(d.find("date source 'lunar_date' is not one of"), std::string::npos) << d;
    EXPECT_NE(d.find("evidence_dates names kind 'photo', which the product does not accept"), std::string::npos) << d;
}

TEST_F(TempRules, HandInMilestoneOfAnotherYearIsWarned) {
    std::string head = k_hand_in_head;
    head.replace(head.find("2022-11-15"), 10, "2021-11-15");
    write("t/ruleset.yaml", head);
    auto r = load();
    ASSERT_TRUE(r.ok()) << r.error().detail;
    const auto warnings = kc::rules::check_ruleset(r.value());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0], "ruleset.yaml: hand-in: mốc nộp nội bộ self-assessment (15/11/2021) không thuộc năm 2022 / "
                           "hand-in milestone self-assessment (15/11/2021) is not in 2022");
}

TEST_F(TempRules, HandInEarlierThanTheProductsDeadlineIsWarned) {
    write("t/ruleset.yaml", k_hand_in_head);
    std::string text = criteria("        hand_in: first-half\n");
    text.replace(text.find("2022-01-05"), 10, "2022-09-12");
    write("t/criteria.yaml", text);
    auto r = load();
    ASSERT_TRUE(r.ok()) << r.error().detail;
    const auto warnings = kc::rules::check_ruleset(r.value());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].rfind("1.1/sp1: hand-in: hand_in 'first-half' sớm hơn hạn của sản phẩm 12/09/2022", 0), 0u)
        << warnings[0];
    EXPECT_NE(warnings[0].find(" / hand_in 'first-half' is earlier than the product's deadline 12/09/2022"),
              std::string::npos);
}

}  // namespace
