// dossier/naming.h: Windows-safe names, table-driven.
#include <gtest/gtest.h>

#include "dossier/naming.h"

using namespace kc::dossier;

struct SafeCase {
    const char* name;
    const char* in;
    const char* out;
};

TEST(WindowsSafe, Table) {
    const SafeCase cases[] = {
        {"slash in số ký hiệu", "191/KH-UBND", "191-KH-UBND"},
        {"backslash and colon", "a\\b:c", "a-b-c"},
        {"forbidden dropped", "a<b>c?d*e", "abcde"},
        {"pipe", "a|b", "a-b"},
        {"double quote", "\"Cải cách\"", "'Cải cách'"},
        {"trailing dot and space", "Báo cáo. . ", "Báo cáo"},
        {"leading space, runs", "  a   b\tc", "a b c"},
        {"control characters", "a\x01\x1f" "b", "ab"},
        {"reserved CON", "CON", "_CON"},
        {"reserved with extension", "nul.txt", "_nul.txt"},
        {"reserved COM1", "com1.pdf", "_com1.pdf"},
        {"reserved LPT9", "LPT9", "_LPT9"},
        {"not reserved COM10", "COM10", "COM10"},
        {"not reserved CONSOLE", "console.pdf", "console.pdf"},
        {"empty", "", "_"},
        {"dots only", "...", "_"},
        {"Vietnamese kept", "Kế hoạch cải cách hành chính năm 2022.pdf", "Kế hoạch cải cách hành chính năm 2022.pdf"},
        // NFD "ế" (e + U+0302 + U+0301) becomes NFC U+1EBF
        {"NFC", "K\x65\xCC\x82\xCC\x81 ho\xE1\xBA\xA1" "ch", "K\xE1\xBA\xBF ho\xE1\xBA\xA1" "ch"},
    };
    for (const auto& c : cases) EXPECT_EQ(windows_safe(c.in), c.out) << c.name;
}

TEST(WindowsSafe, LengthLimitKeepsExtensionAndWholeLetters) {
    std::string long_name;
    for (int i = 0; i < 100; ++i) long_name += "Điểm ";
    long_name += ".pdf";
    auto s = windows_safe(long_name, 40);
    EXPECT_EQ(s.substr(s.size() - 4), ".pdf");
    std::size_t cps = 0;
    for (unsigned char ch : s) cps += (ch & 0xC0) != 0x80;
    EXPECT_LE(cps, 40u);
    EXPECT_NE(s[s.size() - 5], ' ');  // no space before the extension
    EXPECT_EQ(windows_safe(s, 40), s);  // idempotent
}

TEST(EvidenceFileName, CodeNumberSubject) {
    EXPECT_EQ(number_symbol("191", "KH-UBND"), "191/KH-UBND");
    EXPECT_EQ(number_symbol("", "KH-UBND"), "KH-UBND");
    EXPECT_EQ(evidence_file_name("1.1.1", "191/KH-UBND", "Cải cách hành chính năm 2022", "PDF"),
              "1.1.1 - 191-KH-UBND - Cải cách hành chính năm 2022.pdf");
    EXPECT_EQ(evidence_file_name("1.2", "", "Báo cáo quý I", "pdf"), "1.2 - Báo cáo quý I.pdf");
    EXPECT_EQ(evidence_file_name("2.1.2", "", "", "jpg", "anh hop"), "2.1.2 - anh hop.jpg");
    EXPECT_EQ(evidence_file_name("3.1", "12/QĐ-UBND", "V/v: kiểm tra?", "pdf"), "3.1 - 12-QĐ-UBND - V-v- kiểm tra.pdf");
}

TEST(EvidenceFileName, LongSubjectShortenedAtAWord) {
    const std::string subject =
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2022 và phương hướng, nhiệm vụ trọng tâm quý II "
        "năm 2022 trên địa bàn huyện Quảng Điền, tỉnh Thừa Thiên Huế";
    auto n = evidence_file_name("1.2", "45/BC-UBND", subject, "pdf");
    std::size_t cps = 0;
    for (unsigned char ch : n) cps += (ch & 0xC0) != 0x80;
    EXPECT_LE(cps, k_max_name_chars);
    EXPECT_EQ(n.rfind("1.2 - 45-BC-UBND - Kết quả thực hiện", 0), 0u) << n;
    EXPECT_EQ(n.substr(n.size() - 4), ".pdf");
    const std::string stem = n.substr(0, n.size() - 4);
    // cut between words: what is left of the subject is a prefix of it ending at a whole word
    const std::string kept = stem.substr(std::string("1.2 - 45-BC-UBND - ").size());
    ASSERT_EQ(subject.rfind(kept, 0), 0u) << kept;
    EXPECT_TRUE(subject[kept.size()] == ' ' || subject[kept.size()] == ',') << kept;
}

TEST(UniqueName, NumbersCaseInsensitively) {
    std::set<std::string> taken;
    EXPECT_EQ(unique_name("a.pdf", taken), "a.pdf");
    EXPECT_EQ(unique_name("A.PDF", taken), "A (2).PDF");
    EXPECT_EQ(unique_name("a.pdf", taken), "a (3).pdf");
    EXPECT_EQ(unique_name("b", taken), "b");
    EXPECT_EQ(unique_name("b", taken), "b (2)");
}
