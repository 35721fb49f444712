// tests/unit/pipeline/nightly_test.cpp — the nightly run's comparison with the
// previous run (what changed, what regressed) and the file writers it uses
// (streamed index file, batched reports), on real files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "pipeline/nightly.h"
#include "pipeline/publish.h"

namespace {

using namespace kc;
namespace fs = std::filesystem;

struct CompareCase {
    const char* name;
    StatusMap before, after;
    std::vector<std::string> changed;  // "kind id before>after"
    bool regression;
};

void PrintTo(const CompareCase& c, std::ostream* os) { *os << c.name; }

std::vector<std::string> describe(const std::vector<Change>& cs) {
    std::vector<std::string> out;
    for (const auto& c : cs) out.push_back(c.kind + " " + c.id + " " + c.before + ">" + c.after);
    return out;
}

class CompareTest : public ::testing::TestWithParam<CompareCase> {};

TEST_P(CompareTest, ChangesAndRegression) {
    const auto& p = GetParam();
    auto changes = compare_snapshots(p.before, p.after);
    EXPECT_EQ(describe(changes), p.changed);
    bool regression = false;
    for (const auto& c : changes) regression = regression || c.regression;
    EXPECT_EQ(regression, p.regression);
}

INSTANTIATE_TEST_SUITE_P(
    Nightly, CompareTest,
    ::testing::Values(
        CompareCase{"NothingChanged", {{"document D1", "accepted"}}, {{"document D1", "accepted"}}, {}, false},
        CompareCase{"LostAcceptance",
                    {{"document D1", "accepted"}},
                    {{"document D1", "rejected"}},
                    {"document D1 accepted>rejected"},
                    true},
        CompareCase{"NewlyAcceptedIsNoRegression",
                    {{"product 1.1/sp1", "not_due"}},
                    {{"product 1.1/sp1", "accepted"}},
                    {"product 1.1/sp1 not_due>accepted"},
                    false},
        CompareCase{"NewlyMissingProductRegresses",
                    {{"product 1.1/sp1", "not_due"}},
                    {{"product 1.1/sp1", "missing"}},
                    {"product 1.1/sp1 not_due>missing"},
                    true},
        CompareCase{"NewDocumentIsAChangeNotARegression",
                    {},
                    {{"document D2", "rejected"}, {"late D2", "LATE_DOCUMENT_DATE"}},
                    {"document D2 >rejected", "late D2 >LATE_DOCUMENT_DATE"},
                    false},
        CompareCase{"NoLongerLateIsListed",
                    {{"late D3", "SUBMITTED_LATE"}},
                    {},
                    {"late D3 SUBMITTED_LATE>"},
                    false},
        CompareCase{"MergeKeepsKeyOrder",
                    {{"document A", "accepted"}, {"document C", "rejected"}},
                    {{"document B", "accepted"}, {"document C", "accepted"}},
                    {"document A accepted>", "document B >accepted", "document C rejected>accepted"},
                    true}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(NightlySnapshot, VerdictsLatenessAndProducts) {
    rules::Product p;
    p.id = "1.1/sp1";
    judge::Judgement j;
    Document d;
    d.id = "D1";
    d.verdict = "accepted";
    d.reasons = {make_reason(ReasonCode::SUBMITTED_LATE), make_reason(ReasonCode::DUPLICATE)};
    Document e;
    e.id = "D2";
    e.verdict = "rejected";
    e.reasons = {make_reason(ReasonCode::LATE_DOCUMENT_DATE), make_reason(ReasonCode::SIGNED_AFTER_DEADLINE)};
    j.documents = {d, e};
    judge::ProductVerdict pv;
    pv.product = &p;
    pv.status = "partial";
    judge::CriterionVerdict cv;
    cv.products = {pv};
    judge::UnitVerdict uv;
    uv.criteria = {cv};
    j.units = {uv};
    const StatusMap want = {{"document D1", "accepted"},
                            {"document D2", "rejected"},
                            {"late D1", "SUBMITTED_LATE"},
                            {"late D2", "LATE_DOCUMENT_DATE+SIGNED_AFTER_DEADLINE"},
                            {"product 1.1/sp1", "partial"}};
    EXPECT_EQ(nightly_snapshot(j), want);
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("kc-nightly-test-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir).string());
    std::sort(out.begin(), out.end());
    return out;
}

TEST(WriteStreamAtomically, ReplacesTheFileAndLeavesNoTemp) {
    TempDir t;
    const auto file = t.path / "sub" / "index.json";
    ASSERT_TRUE(write_stream_atomically(file, [](std::ostream& os) { os << "old\n"; }));
    ASSERT_TRUE(write_stream_atomically(file, [](std::ostream& os) {
        for (int i = 0; i < 200000; ++i) os << i << '\n';  // larger than the 1 MiB buffer
    }));
    auto text = slurp(file);
    EXPECT_EQ(text.substr(0, 4), "0\n1\n");
    EXPECT_EQ(text.substr(text.size() - 7), "199999\n");
    EXPECT_EQ(names_in(t.path), std::vector<std::string>{"sub/index.json"});
}

TEST(WriteStreamAtomically, AFailedStreamKeepsTheOldFile) {
    TempDir t;
    const auto file = t.path / "index.csv";
    ASSERT_TRUE(write_stream_atomically(file, [](std::ostream& os) { os << "old"; }));
    auto r = write_stream_atomically(file, [](std::ostream& os) {
        os << "half";
        os.setstate(std::ios::badbit);
    });
    EXPECT_FALSE(r);
    EXPECT_EQ(slurp(file), "old");
    EXPECT_EQ(names_in(t.path), std::vector<std::string>{"index.csv"});
}

TEST(FileBatch, NothingVisibleBeforeCommit) {
    TempDir t;
    ASSERT_TRUE(write_stream_atomically(t.path / "a" / "r1.html", [](std::ostream& os) { os << "old"; }));
    {
        FileBatch b;
        ASSERT_TRUE(b.add(t.path / "a" / "r1.html", "new 1"));
        ASSERT_TRUE(b.add(t.path / "b" / "r2.html", "new 2"));
        EXPECT_EQ(slurp(t.path / "a" / "r1.html"), "old");
        EXPECT_FALSE(fs::exists(t.path / "b" / "r2.html"));
        ASSERT_TRUE(b.commit());
    }
    EXPECT_EQ(slurp(t.path / "a" / "r1.html"), "new 1");
    EXPECT_EQ(slurp(t.path / "b" / "r2.html"), "new 2");
    EXPECT_EQ(names_in(t.path), (std::vector<std::string>{"a/r1.html", "b/r2.html"}));
}

TEST(FileBatch, AbandonedBatchLeavesOldFilesAndNoTemp) {
    TempDir t;
    ASSERT_TRUE(write_stream_atomically(t.path / "r1.html", [](std::ostream& os) { os << "old"; }));
    {
        FileBatch b;
        ASSERT_TRUE(b.add(t.path / "r1.html", "new"));
    }  // an error elsewhere: never committed
    EXPECT_EQ(slurp(t.path / "r1.html"), "old");
    EXPECT_EQ(names_in(t.path), std::vector<std::string>{"r1.html"});
}

}  // namespace
