// tests/unit/pipeline/page_ocr_test.cpp — the child pool of page OCR: slot
// counting, worker sizing, and pages merged back (the page-per-child path with
// a real child and a page over its limit is tests/integration/page_limits_test.sh).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "pipeline/page_ocr.h"

namespace kc {
namespace {

TEST(PageOcr, WorkersDefaultToTheCores) {
    EXPECT_EQ(worker_count(3), 3u);
    EXPECT_EQ(worker_count(0), std::max(1u, std::thread::hardware_concurrency()));
    EXPECT_GE(worker_count(-1), 1u);
}

TEST(PageOcr, SlotsBoundHowManyRunAtOnce) {
    Slots slots(2);
    std::atomic<int> running{0}, most{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] {
            SlotGuard g(slots);
            int now = ++running;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) {
            }
            std::this_thread::yield();
            --running;
        });
    for (auto& t : threads) t.join();
    EXPECT_LE(most.load(), 2);
    EXPECT_GE(most.load(), 1);
}

TEST(PageOcr, NothingPendingOnlySummarises) {
    Analysis a;
    a.pages.push_back(PageText{1, "Số: 191", "text_layer", 1.0, {}});
    a.pages.push_back(PageText{2, "", "none", 0, {}});
    Slots slots(1);
    supervise::Supervisor sup("/bin/false");  // never started: nothing is pending
    ocr_pending_pages(sup, slots, "/nonexistent.pdf", Limits{}, a);
    EXPECT_EQ(a.text_source, "text_layer");
    EXPECT_TRUE(a.reasons.empty());
}

TEST(PageOcr, PendingPageWhoseChildFailsBecomesNoneWithAReasonNamingThePage) {
    Analysis a;
    a.pages.push_back(PageText{1, "Số: 191", "text_layer", 1.0, {}});
    a.pages.push_back(PageText{2, "", "pending_ocr", 0, {}});
    Slots slots(1);
    supervise::Supervisor sup("/bin/false");  // a child that exits 1 at once
    ocr_pending_pages(sup, slots, "/nonexistent.pdf", Limits{}, a);
    EXPECT_EQ(a.pages[1].source, "none");
    ASSERT_EQ(a.reasons.size(), 1u);
    EXPECT_NE(a.reasons[0].detail.find("page 2"), std::string::npos) << a.reasons[0].detail;
    EXPECT_EQ(a.text_source, "text_layer");
}

}  // namespace
}  // namespace kc
