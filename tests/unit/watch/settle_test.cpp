#include <gtest/gtest.h>

#include "watch/settle.h"

using kc::watch::Observation;
using kc::watch::SettleTracker;

namespace {
Observation obs(const std::string& key, std::uint64_t size, std::int64_t mtime, std::string fp = "") {
    return {key, {size, mtime, std::move(fp)}};
}
}  // namespace

TEST(SettleTracker, OldUnchangedFileIsSettledAtFirstSight) {
    SettleTracker t(30);
    t.observe({obs("u/a.zip", 100, 1000)}, 2000);
    EXPECT_TRUE(t.is_settled("u/a.zip", 2000));
}

TEST(SettleTracker, FreshFileWaitsForTheSettlePeriod) {
    SettleTracker t(30);
    t.observe({obs("u/a.zip", 100, 1995)}, 2000);
    EXPECT_FALSE(t.is_settled("u/a.zip", 2000));
    t.observe({obs("u/a.zip", 100, 1995)}, 2024);
    EXPECT_FALSE(t.is_settled("u/a.zip", 2024));
    t.observe({obs("u/a.zip", 100, 1995)}, 2025);
    EXPECT_TRUE(t.is_settled("u/a.zip", 2025));
}

TEST(SettleTracker, GrowingFileRestartsTheClock) {
    SettleTracker t(10);
    t.observe({obs("u/a.zip", 100, 1000)}, 2000);
    t.observe({obs("u/a.zip", 200, 1000)}, 2005);  // size changed, mtime kept (pre-sized then written)
    EXPECT_FALSE(t.is_settled("u/a.zip", 2014));
    EXPECT_TRUE(t.is_settled("u/a.zip", 2015));
}

TEST(SettleTracker, MtimeChangeAloneRestartsTheClock) {
    SettleTracker t(10);
    t.observe({obs("u/a.zip", 100, 1000)}, 2000);
    t.observe({obs("u/a.zip", 100, 2003)}, 2004);
    EXPECT_FALSE(t.is_settled("u/a.zip", 2010));
    EXPECT_TRUE(t.is_settled("u/a.zip", 2014));
}

TEST(SettleTracker, FolderFingerprintChangeRestartsTheClock) {
    SettleTracker t(10);
    t.observe({obs("u/2022/ho-so", 500, 1000, "aaa")}, 2000);
    EXPECT_TRUE(t.is_settled("u/2022/ho-so", 2000));
    t.observe({obs("u/2022/ho-so", 500, 1000, "bbb")}, 2001);  // a file renamed inside, same sizes and times
    EXPECT_FALSE(t.is_settled("u/2022/ho-so", 2010));
    EXPECT_TRUE(t.is_settled("u/2022/ho-so", 2011));
}

TEST(SettleTracker, FutureMtimeCountsFromNow) {
    SettleTracker t(10);
    t.observe({obs("u/a.zip", 1, 99999)}, 2000);
    EXPECT_FALSE(t.is_settled("u/a.zip", 2009));
    EXPECT_TRUE(t.is_settled("u/a.zip", 2010));
}

TEST(SettleTracker, VanishedItemsAreForgottenAndStartOverWhenBack) {
    SettleTracker t(10);
    t.observe({obs("u/a.zip", 1, 1995), obs("u/b.zip", 1, 1000)}, 2000);
    EXPECT_EQ(t.size(), 2u);
    t.observe({obs("u/b.zip", 1, 1000)}, 2001);
    EXPECT_EQ(t.size(), 1u);
    EXPECT_EQ(t.settled(2001), std::vector<std::string>{"u/b.zip"});
    t.observe({obs("u/a.zip", 1, 2002)}, 2003);
    EXPECT_FALSE(t.is_settled("u/a.zip", 2011));
    EXPECT_FALSE(t.is_settled("u/b.zip", 2011));  // gone now
}

TEST(SettleTracker, NextSettleIsTheEarliestPendingItem) {
    SettleTracker t(30);
    EXPECT_FALSE(t.next_settle_in(2000).has_value()) << "nothing known";
    t.observe({obs("u/old.zip", 1, 1000), obs("u/a.zip", 1, 1990), obs("u/b.zip", 1, 1995)}, 2000);
    ASSERT_TRUE(t.next_settle_in(2000).has_value());
    EXPECT_EQ(*t.next_settle_in(2000), 20) << "a.zip settles at 2020; old.zip is settled and does not count";
    EXPECT_EQ(*t.next_settle_in(2021), 4) << "then b.zip at 2025";
    EXPECT_FALSE(t.next_settle_in(2025).has_value()) << "all settled";
    t.observe({obs("u/old.zip", 1, 1000), obs("u/a.zip", 2, 2026), obs("u/b.zip", 1, 1995)}, 2026);
    EXPECT_EQ(*t.next_settle_in(2026), 30) << "a.zip changed: its clock restarts";
}
