// Which recorded drops are quarantined, and the bilingual note kept beside them.
#include <gtest/gtest.h>

#include "util/text.h"
#include "watch/quarantine.h"
#include "watch/receipt.h"

using namespace kc;
using namespace kc::watch;

namespace {

Submission submission(const std::string& status, std::vector<Reason> reasons = {}) {
    Submission s;
    s.id = "S20221120-153012-1a2b3c4d";
    s.unit = "phong-noi-vu";
    s.file = "nộp.zip";
    s.sha256 = std::string(64, 'b');
    s.received_at = "2022-11-20T15:30:12+07:00";
    s.status = status;
    s.reasons = std::move(reasons);
    return s;
}

Document doc(const std::string& path, std::vector<Reason> reasons) {
    Document d;
    d.path_in_archive = path;
    d.reasons = std::move(reasons);
    return d;
}

}  // namespace

TEST(Quarantine, WhichDropsAreRejected) {
    struct Case {
        const char* label;
        Submission s;
        std::vector<Document> docs;
        bool quarantined;
    };
    const Case cases[] = {
        {"accepted, clean", submission("accepted"), {doc("a.pdf", {})}, false},
        {"accepted, encrypted entry only", submission("accepted"), {doc("a.pdf", {make_reason(ReasonCode::ENCRYPTED_ENTRY)})}, false},
        {"accepted, duplicate name only", submission("accepted"), {doc("a.pdf", {make_reason(ReasonCode::DUPLICATE_NAME)})}, false},
        {"damaged", submission("damaged", {make_reason(ReasonCode::ARCHIVE_DAMAGED, "truncated")}), {}, true},
        {"rejected, no reason text", submission("rejected"), {}, true},
        {"bomb stopped", submission("accepted", {make_reason(ReasonCode::COMPRESSION_RATIO)}), {doc("z.bin", {})}, true},
        {"too many entries", submission("accepted", {make_reason(ReasonCode::TOO_MANY_ENTRIES)}), {}, true},
        {"zip slip entry", submission("accepted"), {doc("ok.pdf", {}), doc("../../etc/x", {make_reason(ReasonCode::UNSAFE_PATH)})}, true},
        {"symlink entry", submission("accepted"), {doc("passwd", {make_reason(ReasonCode::SYMLINK_ENTRY, "symlink")})}, true},
        {"duplicate of a damaged drop", submission("duplicate", {make_reason(ReasonCode::DUPLICATE_SUBMISSION, "S1")}), {}, false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        EXPECT_EQ(!quarantine_findings(c.s, c.docs).empty(), c.quarantined);
    }
}

TEST(Quarantine, FindingsNameWhereInTheArchive) {
    auto f = quarantine_findings(submission("accepted", {make_reason(ReasonCode::COMPRESSION_RATIO, "z.bin: over 200")}),
                                 {doc("ok.pdf", {}), doc("../x", {make_reason(ReasonCode::UNSAFE_PATH, "\"..\" component")})});
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].where, "");
    EXPECT_EQ(f[0].reason.code, "COMPRESSION_RATIO");
    EXPECT_EQ(f[1].where, "../x");
    EXPECT_EQ(f[1].reason.code, "UNSAFE_PATH");
}

TEST(Quarantine, NoteIsBilingualAndComplete) {
    auto s = submission("damaged", {make_reason(ReasonCode::ARCHIVE_DAMAGED, "truncated")});
    std::vector<Finding> findings = {{"", s.reasons[0]}, {"a/../../b.pdf", make_reason(ReasonCode::UNSAFE_PATH)}};
    const std::string t = quarantine_note({s, "Phòng Nội vụ", "phong-noi-vu/2022/nộp.zip", findings});
    const std::string sha(64, 'b');
    EXPECT_NE(t.find(sha), std::string::npos);
    for (const char* want : {"TỆP BỊ CÁCH LY", "QUARANTINED DROP", "S20221120-153012-1a2b3c4d", "20/11/2022 15:30 (UTC+7)",
                             "phong-noi-vu/2022/nộp.zip", "Phòng Nội vụ", "[ARCHIVE_DAMAGED]",
                             "[UNSAFE_PATH]", "tại: a/../../b.pdf", "at: a/../../b.pdf", "Cách khắc phục:", "How to fix:",
                             "không bao giờ bị xoá", "never deleted"}) {
        EXPECT_NE(t.find(want), std::string::npos) << want;
    }
    EXPECT_EQ(t, text::nfc(t)) << "Vietnamese text must be NFC";
    EXPECT_NE(t.find(make_reason(ReasonCode::ARCHIVE_DAMAGED).vi), std::string::npos);
    EXPECT_NE(t.find(make_reason(ReasonCode::ARCHIVE_DAMAGED).en), std::string::npos);
}

TEST(Quarantine, LongListsAreCut) {
    std::vector<Finding> findings;
    for (int i = 0; i < 120; ++i) findings.push_back({"../" + std::to_string(i), make_reason(ReasonCode::UNSAFE_PATH)});
    const std::string t = quarantine_note({submission("accepted"), "", "phong-noi-vu/x.zip", findings});
    EXPECT_NE(t.find("và 70 lý do khác"), std::string::npos);
    EXPECT_NE(t.find("and 70 more"), std::string::npos);
    EXPECT_EQ(t.find("at: ../60\n"), std::string::npos);
}

TEST(Quarantine, ReceiptSaysWhereTheDropIsKept) {
    ReceiptInput in;
    in.submission = submission("damaged");
    in.inbox_path = "phong-noi-vu/x.zip";
    in.quarantine_path = "/var/lib/kiemchung/quarantine/phong-noi-vu/S1/x.zip";
    const std::string t = receipt_text(in);
    EXPECT_NE(t.find("Tệp bị cách ly"), std::string::npos);
    EXPECT_NE(t.find("quarantined (kept, never deleted) at /var/lib/kiemchung/quarantine/phong-noi-vu/S1/x.zip"),
              std::string::npos);
}
