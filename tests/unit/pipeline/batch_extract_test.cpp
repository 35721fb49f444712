// tests/unit/pipeline/batch_extract_test.cpp — documents extracted many per
// child (pipeline/batch_extract.h) with the REAL binary (KC_BINARY): answers
// come back to the right document, and a crash or a hang in one document
// costs that document only (fault injection: KC_ENABLE_FAULT_INJECTION=1 and
// files holding "KC-FAULT:segv|hang", pipeline/child_main.h).
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/batch_extract.h"

namespace kc {
namespace {

namespace fs = std::filesystem;

class BatchExtractTest : public ::testing::Test {
protected:
    void SetUp() override {
        ::setenv("KC_ENABLE_FAULT_INJECTION", "1", 1);
        m_dir = fs::temp_directory_path() / ("kc-batch-extract-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
        ::unsetenv("KC_ENABLE_FAULT_INJECTION");
    }
    std::string write(const std::string& name, const std::string& content) {
        fs::path p = m_dir / name;
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    static supervise::ChildLimits limits(int wall) {
        supervise::ChildLimits l;
        l.memory_bytes = 1ull << 30;
        l.cpu_seconds = 20;
        l.wall_seconds = wall;
        return l;
    }
    fs::path m_dir;
};

TEST_F(BatchExtractTest, EachDocumentGetsItsOwnAnswerInInputOrder) {
    std::vector<std::string> files;
    for (int i = 0; i < 11; ++i)
        files.push_back(write("doc" + std::to_string(i) + ".txt", "Quyết định số " + std::to_string(100 + i) + "/QĐ-UBND"));
    Slots slots(2);
    auto answers = extract_in_batches(supervise::Supervisor(KC_BINARY), slots, files, {}, limits(30));
    ASSERT_EQ(answers.size(), files.size());
    for (int i = 0; i < 11; ++i) {
        ASSERT_TRUE(answers[i].analysis) << i << ": " << (answers[i].failure ? answers[i].failure->detail : "");
        EXPECT_FALSE(answers[i].failure);
        ASSERT_EQ(answers[i].analysis->pages.size(), 1u);
        EXPECT_EQ(answers[i].analysis->pages[0].text, "Quyết định số " + std::to_string(100 + i) + "/QĐ-UBND");
        EXPECT_EQ(answers[i].analysis->text_source, "text_layer");
    }
}

TEST_F(BatchExtractTest, ACrashOrAHangCostsOnlyItsOwnDocument) {
    std::vector<std::string> files = {write("a.txt", "Kế hoạch số 1"), write("crash.txt", "KC-FAULT:segv"),
                                      write("b.txt", "Kế hoạch số 2"), write("hang.txt", "KC-FAULT:hang"),
                                      write("c.txt", "Kế hoạch số 3")};
    Slots slots(1);  // one batch child for all five
    auto answers = extract_in_batches(supervise::Supervisor(KC_BINARY), slots, files, {}, limits(3));
    ASSERT_EQ(answers.size(), 5u);
    for (int i : {0, 2, 4}) {
        ASSERT_TRUE(answers[i].analysis) << i;
        EXPECT_EQ(answers[i].analysis->pages.at(0).text, "Kế hoạch số " + std::to_string(i / 2 + 1));
    }
    ASSERT_TRUE(answers[1].failure);
    EXPECT_FALSE(answers[1].analysis);
    EXPECT_EQ(answers[1].failure->code, "PARSER_CRASHED");
    ASSERT_TRUE(answers[3].failure);
    EXPECT_EQ(answers[3].failure->code, "PARSER_TIMEOUT");
}

TEST_F(BatchExtractTest, NoFilesNoChild) {
    Slots slots(1);
    auto answers = extract_in_batches(supervise::Supervisor("/nonexistent"), slots, {}, {}, limits(3));
    EXPECT_TRUE(answers.empty());
}

}  // namespace
}  // namespace kc
