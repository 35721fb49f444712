#include <gtest/gtest.h>

#include "util/text.h"
#include "watch/receipt.h"

using namespace kc::watch;

namespace {
ReceiptInput input(const std::string& status) {
    ReceiptInput in;
    in.submission.id = "S20221120-153012-1a2b3c4d";
    in.submission.unit = "phong-noi-vu";
    in.submission.file = "nộp lần 1.zip";
    in.submission.sha256 = std::string(64, 'a');
    in.submission.received_at = "2022-11-20T15:30:12+07:00";
    in.submission.status = status;
    in.unit_name = "Phòng Nội vụ";
    in.inbox_path = "phong-noi-vu/2022/quy1/nộp lần 1.zip";
    if (status == "duplicate") in.duplicate_of = "S20221101-080000-1a2b3c4d";
    return in;
}
}  // namespace

TEST(Receipt, MinuteInVietnameseOrder) {
    EXPECT_EQ(vn_minute("2022-11-20T15:30:12+07:00"), "20/11/2022 15:30");
    EXPECT_EQ(vn_minute("garbage"), "garbage");
}

TEST(Receipt, BilingualWithEverythingTheUnitNeeds) {
    auto t = receipt_text(input("accepted"));
    for (const char* want : {"BIÊN NHẬN", "RECEIPT", "20/11/2022 15:30 (UTC+7)", "nộp lần 1.zip", "SHA-256",
                             "S20221120-153012-1a2b3c4d.report.html", "Bước tiếp theo", "What happens next",
                             "phong-noi-vu/2022/quy1/"})
        EXPECT_NE(t.find(want), std::string::npos) << want;
    EXPECT_EQ(t, kc::text::nfc(t));
}

TEST(Receipt, DuplicateSaysWhichAndNotCountedTwice) {
    auto t = receipt_text(input("duplicate"));
    EXPECT_NE(t.find("trùng hoàn toàn với hồ sơ S20221101-080000-1a2b3c4d"), std::string::npos);
    EXPECT_NE(t.find("not counted twice"), std::string::npos);
    EXPECT_EQ(t.find("What happens next"), std::string::npos);
}

TEST(Receipt, UnknownUnitNoteListsItemsAndUnits) {
    auto t = unknown_unit_note("phong-noi-vuu", {"phong-noi-vuu/a.zip"}, "  phong-noi-vu  (Phòng Nội vụ)\n");
    EXPECT_NE(t.find("inbox/phong-noi-vuu/"), std::string::npos);
    EXPECT_NE(t.find("phong-noi-vuu/a.zip"), std::string::npos);
    EXPECT_NE(t.find("KHÔNG XÁC ĐỊNH"), std::string::npos);
    EXPECT_NE(t.find("UNKNOWN UNIT"), std::string::npos);
    EXPECT_NE(t.find("phong-noi-vu  (Phòng Nội vụ)"), std::string::npos);
}

TEST(Receipt, StatusShowsDiskFullBilingually) {
    WatchStatus s;
    s.state = "disk_full";
    s.problem = "DISK_FULL";
    auto t = status_text(s);
    EXPECT_NE(t.find("state: disk_full"), std::string::npos);
    EXPECT_NE(t.find("Không đủ dung lượng"), std::string::npos);
    EXPECT_NE(t.find("nothing was taken"), std::string::npos);
}
