// tests/unit/pipeline/pipeline_test.cpp — pipeline files, configuration and
// drops (command-line paths → submissions).
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/config.h"
#include "pipeline/drops.h"
#include "pipeline/pipeline_def.h"

namespace {

namespace fs = std::filesystem;
using namespace kc;

class TempDir {
public:
    TempDir() {
        static int n = 0;
        m_path = fs::temp_directory_path() /
                 ("kc-pipeline-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }
    fs::path write(const fs::path& rel, const std::string& content) const {
        fs::path p = m_path / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }
    fs::path mkdir(const fs::path& rel) const {
        fs::create_directories(m_path / rel);
        return m_path / rel;
    }

private:
    fs::path m_path;
};

std::vector<std::string> stage_names(const PipelineDef& d) {
    std::vector<std::string> out;
    for (const auto& s : d.stages) out.push_back(s.name);
    return out;
}

// ---- the real pipeline files -----------------------------------------------------

TEST(LoadPipeline, RealIngest) {
    auto r = load_pipeline(fs::path(KC_SOURCE_DIR) / "pipelines", "ingest");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(r->name, "ingest");
    EXPECT_EQ(stage_names(*r), (std::vector<std::string>{"receive", "unpack", "extract", "verify_signature",
                                                         "understand", "record", "judge", "index", "report"}));
    for (const auto& s : r->stages) {
        bool parses_untrusted = s.name == "unpack" || s.name == "extract" || s.name == "verify_signature";
        EXPECT_EQ(s.isolated, parses_untrusted) << s.name;
        EXPECT_GT(s.line, 0) << s.name;
    }
    EXPECT_TRUE(r->has("judge"));
    EXPECT_FALSE(r->has("diff"));
}

TEST(LoadPipeline, RealNightly) {
    auto r = load_pipeline(fs::path(KC_SOURCE_DIR) / "pipelines", "nightly");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(stage_names(*r), (std::vector<std::string>{"reextract", "rejudge", "judge", "index", "report", "diff"}));
    // Only re-extraction parses document bytes (in supervised children).
    for (const auto& s : r->stages) EXPECT_EQ(s.isolated, s.name == "reextract") << s.name;
}

TEST(LoadPipeline, MissingFile) {
    TempDir t;
    auto r = load_pipeline(t.path(), "nope");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "CONFIG");
    EXPECT_NE(r.error().detail.find("nope.yaml"), std::string::npos);
}

// ---- errors with file:line -----------------------------------------------------

struct PipelineErrorCase {
    const char* name;
    const char* yaml;
    int line;
    const char* message;
};

class PipelineErrorTest : public ::testing::TestWithParam<PipelineErrorCase> {};

TEST_P(PipelineErrorTest, FileLineMessage) {
    const auto& c = GetParam();
    TempDir t;
    fs::path f = t.write("run.yaml", c.yaml);
    auto r = load_pipeline(t.path(), "run");
    ASSERT_FALSE(r.ok()) << c.yaml;
    EXPECT_EQ(r.error().code, "CONFIG");
    // line 0: any line (where a YAML syntax error is reported is yaml-cpp's business)
    const std::string prefix = f.string() + ":" + (c.line ? std::to_string(c.line) + ": " : "");
    EXPECT_EQ(r.error().detail.substr(0, prefix.size()), prefix) << r.error().detail;
    EXPECT_NE(r.error().detail.find(c.message), std::string::npos) << r.error().detail;
}

INSTANTIATE_TEST_SUITE_P(
    Pipeline, PipelineErrorTest,
    ::testing::Values(
        PipelineErrorCase{"UnknownStage", "name: run\nstages:\n  - receive\n  - unzip\n", 4,
                          "unknown stage 'unzip' (known: receive, unpack"},
        PipelineErrorCase{"StageBeforeItsRequirement", "stages:\n  - receive\n  - extract\n  - unpack\n", 3,
                          "stage 'extract' needs 'unpack' before it"},
        PipelineErrorCase{"RequirementMissing", "stages:\n  - judge\n  - report\n  - record\n", 4,
                          "stage 'record' needs 'unpack' before it"},
        PipelineErrorCase{"DuplicateStage", "stages:\n  - receive\n  - unpack\n  - receive\n", 4,
                          "stage 'receive' listed twice"},
        PipelineErrorCase{"UnknownTopLevelKey", "name: run\ncolour: red\nstages:\n  - receive\n", 2,
                          "unknown key 'colour'"},
        PipelineErrorCase{"UnknownStageKey", "stages:\n  - receive\n  - stage: unpack\n    retries: 3\n", 4,
                          "unknown key 'retries'"},
        PipelineErrorCase{"IsolatedStageThatCannotBe", "stages:\n  - judge\n  - stage: index\n    isolated: true\n", 4,
                          "stage 'index' cannot run isolated"},
        PipelineErrorCase{"BadIsolatedValue", "stages:\n  - receive\n  - stage: unpack\n    isolated: maybe\n", 4,
                          "isolated"},
        PipelineErrorCase{"NameIsNotTheFileName", "name: other\nstages:\n  - receive\n", 1, "name must be 'run'"},
        PipelineErrorCase{"NoStages", "name: run\n", 1, "'stages' must be a non-empty list"},
        PipelineErrorCase{"StageWithoutName", "stages:\n  - receive\n  - isolated: true\n", 3, "a stage needs a name"},
        PipelineErrorCase{"YamlSyntax", "stages:\n  - receive\n  - [unpack\n", 0, ""},
        PipelineErrorCase{"NotAMapping", "- receive\n- unpack\n", 1, "a pipeline file is a mapping"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LoadPipeline, IsolatedByDefaultAndExplicitlyOff) {
    TempDir t;
    t.write("run.yaml",
            "stages:\n  - receive\n  - stage: unpack\n    note: zip or folder\n  - stage: extract\n    isolated: false\n"
            "  - verify_signature\n");
    auto r = load_pipeline(t.path(), "run");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    ASSERT_EQ(r->stages.size(), 4u);
    EXPECT_TRUE(r->stages[1].isolated);   // map without `isolated`: the default holds
    EXPECT_FALSE(r->stages[2].isolated);  // said so
    EXPECT_TRUE(r->stages[3].isolated);   // plain name
    EXPECT_EQ(r->stages[1].line, 3);
    EXPECT_FALSE(r->stages[0].isolated);
}

TEST(KnownStages, RequirementsAreKnownStagesListedEarlier) {
    const auto& k = known_stages();
    for (std::size_t i = 0; i < k.size(); ++i)
        for (const auto& need : k[i].requires_) {
            bool earlier = false;
            for (std::size_t j = 0; j < i; ++j) earlier |= k[j].name == need;
            EXPECT_TRUE(earlier) << k[i].name << " needs " << need;
        }
}

// ---- configuration -----------------------------------------------------------

TEST(LoadConfig, NoFileGivesDefaults) {
    auto r = load_config({});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rules_id, "cchc-2022");
    EXPECT_EQ(r->origin.at("state_dir"), "default");
    EXPECT_EQ(r->outbox_dir(), fs::path("var") / "outbox");
}

TEST(LoadConfig, UnknownKeyIsAnErrorWithFileLine) {
    TempDir t;
    fs::path f = t.write("kc.yaml", "rules_id: cchc-2022\nunpack:\n  max_entries: 10\n  max_entires: 10\n");
    auto r = load_config(f);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "CONFIG");
    EXPECT_EQ(r.error().detail, f.string() + ":4: unknown key 'unpack.max_entires'");
}

TEST(LoadConfig, UnknownTopLevelKey) {
    TempDir t;
    fs::path f = t.write("kc.yaml", "\nstate_dri: /x\n");
    auto r = load_config(f);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().detail, f.string() + ":2: unknown key 'state_dri'");
}

TEST(LoadConfig, BadValue) {
    TempDir t;
    fs::path f = t.write("kc.yaml", "workers: many\n");
    auto r = load_config(f);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().detail.find(f.string() + ":1: bad value for 'workers'"), std::string::npos)
        << r.error().detail;
}

TEST(LoadConfig, NotAMappingIsAnError) {
    TempDir t;
    fs::path f = t.write("kc.yaml", "- state_dir: /x\n");
    auto r = load_config(f);
    EXPECT_FALSE(r.ok());
}

TEST(LoadConfig, EmptyFileGivesDefaults) {
    TempDir t;
    fs::path f = t.write("kc.yaml", "# nothing\n");
    auto r = load_config(f);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(r->rules_id, "cchc-2022");
}

TEST(LoadConfig, RelativePathsAgainstTheFileFolder) {
    TempDir t;
    fs::path f = t.write("etc/kc.yaml",
                         "state_dir: var/kc\nrules_dir: ../rules\npipelines_dir: /opt/kc/pipelines\n"
                         "outbox: out\ntrust_dir: trust\ninbox: in\nrules_id: x-2023\n");
    auto r = load_config(f);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    fs::path base = fs::absolute(t.path() / "etc");
    EXPECT_EQ(r->state_dir, base / "var/kc");
    EXPECT_EQ(r->rules_dir, base / "../rules");
    EXPECT_EQ(r->pipelines_dir, fs::path("/opt/kc/pipelines"));
    EXPECT_EQ(r->outbox_dir(), base / "out");
    EXPECT_EQ(r->trust_dir, base / "trust");
    EXPECT_EQ(r->inbox, base / "in");
    EXPECT_EQ(r->rules_id, "x-2023");  // not a path
    EXPECT_EQ(r->origin.at("state_dir"), f.string() + ":1");
    EXPECT_EQ(r->origin.at("rules_id"), f.string() + ":7");
    EXPECT_EQ(r->origin.at("workers"), "default");
}

TEST(LoadConfig, NestedLimits) {
    TempDir t;
    fs::path f = t.write("kc.yaml",
                         "unpack:\n  max_entries: 10\n  max_ratio: 50.5\nchild:\n  memory_bytes: 536870912\n"
                         "  wall_seconds: 9\nextract:\n  max_pages: 7\n  max_text_bytes: 1024\nmask_identifiers: false\n"
                         "workers: 3\n");
    auto r = load_config(f);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(r->limits.max_entries, 10u);
    EXPECT_DOUBLE_EQ(r->limits.max_ratio, 50.5);
    EXPECT_EQ(r->limits.child_memory_bytes, 536870912u);
    EXPECT_EQ(r->limits.child_wall_seconds, 9);
    EXPECT_EQ(r->limits.max_pages, 7);
    EXPECT_EQ(r->limits.max_text_bytes, 1024u);
    EXPECT_FALSE(r->mask_identifiers);
    EXPECT_EQ(r->workers, 3);
    std::string described = describe_config(*r);
    EXPECT_NE(described.find("unpack.max_entries: 10  (" + f.string() + ":2)"), std::string::npos) << described;
    EXPECT_NE(described.find("workers: 3"), std::string::npos) << described;
    EXPECT_NE(described.find("unpack.max_ratio: 50.5"), std::string::npos) << described;
    EXPECT_NE(described.find("extract.max_text_bytes: 1024"), std::string::npos) << described;
}

// ---- ignored names ---------------------------------------------------------------

struct IgnoredCase {
    const char* name;
    const char* file;
    bool ignored;
};

class IgnoredNameTest : public ::testing::TestWithParam<IgnoredCase> {};

TEST_P(IgnoredNameTest, Decision) { EXPECT_EQ(is_ignored_name(GetParam().file), GetParam().ignored) << GetParam().file; }

INSTANTIATE_TEST_SUITE_P(
    Drops, IgnoredNameTest,
    ::testing::Values(IgnoredCase{"Zip", "ho-so.zip", false}, IgnoredCase{"Pdf", "Kế hoạch 191.pdf", false},
                      IgnoredCase{"Partial", "ho-so.zip.part", true}, IgnoredCase{"PartialUpper", "HO-SO.ZIP.PART", true},
                      IgnoredCase{"Tmp", "x.tmp", true}, IgnoredCase{"Chrome", "x.zip.crdownload", true},
                      IgnoredCase{"OfficeOwner", "~$ke-hoach.docx", true}, IgnoredCase{"LibreLock", ".~lock.x.odt#", true},
                      IgnoredCase{"Thumbs", "Thumbs.db", true}, IgnoredCase{"DesktopIni", "desktop.ini", true},
                      IgnoredCase{"DotFile", ".DS_Store", true}, IgnoredCase{"Empty", "", true},
                      IgnoredCase{"TildeInside", "bao~cao.pdf", false}, IgnoredCase{"TmpInside", "tmp-report.pdf", false}),
    [](const auto& info) { return std::string(info.param.name); });

// ---- drops -------------------------------------------------------------------------

rules::RuleSet unit_rules() {
    rules::RuleSet r;
    r.id = "test";
    r.units = {{"phong-noi-vu", "Phòng Nội vụ", "office", "", {"PNV"}, false},
               {"phong-tu-phap", "Phòng Tư pháp", "office", "", {"Tư pháp"}, false},
               {"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {}, true}};
    return r;
}

TEST(FindDrops, UnitSubfoldersWithAliases) {
    TempDir t;
    fs::path root = t.mkdir("inbox");
    t.write("inbox/Phong Noi vu/ho-so-1.zip", "zip");
    t.write("inbox/Phong Noi vu/~$tam.docx", "x");
    t.write("inbox/Phong Noi vu/dang-tai.zip.part", "x");
    t.write("inbox/Phong Noi vu/.hidden", "x");
    t.mkdir("inbox/Phong Noi vu/thu-muc-2");
    t.write("inbox/TƯ PHÁP/bao-cao.zip", "zip");
    t.write("inbox/Thumbs.db", "x");     // a file at the top: not a unit folder
    t.mkdir("inbox/.git");               // ignored folder
    auto r = find_drops({root.string()}, "", unit_rules());
    ASSERT_TRUE(r.ok()) << r.error().detail;
    ASSERT_EQ(r->size(), 3u);
    EXPECT_EQ((*r)[0].path, root / "Phong Noi vu" / "ho-so-1.zip");
    EXPECT_EQ((*r)[0].unit, "phong-noi-vu");
    EXPECT_FALSE((*r)[0].folder);
    EXPECT_EQ((*r)[1].path, root / "Phong Noi vu" / "thu-muc-2");
    EXPECT_TRUE((*r)[1].folder);
    EXPECT_EQ((*r)[2].unit, "phong-tu-phap");
}

TEST(FindDrops, UnknownUnitFolderListsKnownUnits) {
    TempDir t;
    fs::path root = t.mkdir("inbox");
    t.write("inbox/Phong Van hoa/a.zip", "zip");
    auto r = find_drops({root.string()}, "", unit_rules());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "UNKNOWN_UNIT");
    EXPECT_NE(r.error().detail.find("'Phong Van hoa'"), std::string::npos) << r.error().detail;
    EXPECT_NE(r.error().detail.find("phong-noi-vu  (Phòng Nội vụ)"), std::string::npos) << r.error().detail;
    EXPECT_NE(r.error().detail.find("phong-tu-phap"), std::string::npos);
}

TEST(FindDrops, UnitArgument) {
    TempDir t;
    fs::path zip = t.write("anywhere/x.zip", "zip");
    fs::path folder = t.mkdir("folder-drop");
    auto r = find_drops({zip.string(), folder.string()}, "pnv", unit_rules());
    ASSERT_TRUE(r.ok()) << r.error().detail;
    ASSERT_EQ(r->size(), 2u);
    EXPECT_EQ((*r)[0].unit, "phong-noi-vu");
    EXPECT_FALSE((*r)[0].folder);
    EXPECT_EQ((*r)[1].unit, "phong-noi-vu");
    EXPECT_TRUE((*r)[1].folder);

    auto bad = find_drops({zip.string()}, "phong-khong-co", unit_rules());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, "UNKNOWN_UNIT");
    EXPECT_NE(bad.error().detail.find("ubnd-quang-dien"), std::string::npos);
}

TEST(FindDrops, ZipNamedByItsParentFolder) {
    TempDir t;
    fs::path zip = t.write("Phòng Tư pháp/x.zip", "zip");
    auto r = find_drops({zip.string()}, "", unit_rules());
    ASSERT_TRUE(r.ok()) << r.error().detail;
    ASSERT_EQ(r->size(), 1u);
    EXPECT_EQ((*r)[0].unit, "phong-tu-phap");

    fs::path stray = t.write("misc/y.zip", "zip");
    auto r2 = find_drops({stray.string()}, "", unit_rules());
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.error().code, "UNKNOWN_UNIT");
    EXPECT_NE(r2.error().detail.find("give --unit"), std::string::npos);
}

TEST(FindDrops, NotFound) {
    auto r = find_drops({"/nonexistent/kc/x.zip"}, "phong-noi-vu", unit_rules());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "NOT_FOUND");
}

TEST(FindDrops, KnownUnitsList) {
    auto s = known_units_list(unit_rules());
    EXPECT_EQ(s,
              "  phong-noi-vu  (Phòng Nội vụ)\n  phong-tu-phap  (Phòng Tư pháp)\n  ubnd-quang-dien  (UBND huyện Quảng "
              "Điền)\n");
}

}  // namespace
