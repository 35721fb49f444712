#include <gtest/gtest.h>

#include "watch/journal.h"

using namespace kc::watch;

namespace {
std::string begin_line(const std::string& id, const std::string& mode = "rename") {
    return journal_line({"begin", id, mode, "phong-noi-vu", "phong-noi-vu/2022/a\tb.zip", "file", "/s/" + id + "/a.zip",
                         "/in/phong-noi-vu/2022/a.zip"});
}
}  // namespace

TEST(Journal, FoldsToTheLastStateOfEachClaim) {
    std::string t = begin_line("C1") + journal_line({"claimed", "C1"}) + begin_line("C2", "copy") +
                    journal_line({"copied", "C2", "abc"}) + journal_line({"recorded", "C1", "S1"}) +
                    journal_line({"done", "C1"});
    auto m = fold_journal(t);
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m["C1"].state, ClaimState::done);
    EXPECT_EQ(m["C1"].submission, "S1");
    EXPECT_EQ(m["C1"].rel, "phong-noi-vu/2022/a\tb.zip");  // escaped and back
    EXPECT_FALSE(m["C1"].copy);
    EXPECT_EQ(m["C2"].state, ClaimState::copied);
    EXPECT_EQ(m["C2"].sha256, "abc");
    EXPECT_TRUE(m["C2"].copy);
    EXPECT_LT(m["C1"].order, m["C2"].order);
}

TEST(Journal, TornLastLineIsIgnored) {
    std::string t = begin_line("C1") + "claimed\tC";  // crash in the middle of an append
    auto m = fold_journal(t);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m["C1"].state, ClaimState::begun);
}

TEST(Journal, RecordsOfUnknownClaimsAndGarbageAreSkipped) {
    std::string t = journal_line({"claimed", "C9"}) + "garbage\n\n" + begin_line("C1") + journal_line({"copied", "C1"});
    auto m = fold_journal(t);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m["C1"].state, ClaimState::begun);  // `copied` without its hash is not trusted
}
