// tests/unit/extract/office_text_test.cpp — DOCX/XLSX/ODT/ODS text.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

#include "extract/extract.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

using test::fixture;

TEST(OfficeText, DocxParagraphsAndSections) {
    Analysis a = extract_file(fixture("plan.docx"), Limits{});
    EXPECT_EQ(a.format, "docx");
    EXPECT_EQ(a.text_source, "text_layer");
    EXPECT_TRUE(a.reasons.empty());
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].text,
              "ỦY BAN NHÂN DÂN\nSố: 191/KH-UBND\nQuảng Điền, ngày 30\ttháng 12 năm 2021\nHết phần một");
    EXPECT_EQ(a.pages[1].text, "Phần hai");
    EXPECT_EQ(a.pages[0].text.find("bị xóa"), std::string::npos);  // tracked deletion
}

TEST(OfficeText, XlsxSheetsInWorkbookOrderWithSharedStrings) {
    Analysis a = extract_file(fixture("table.xlsx"), Limits{});
    EXPECT_EQ(a.format, "xlsx");
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].text, "Tiêu chí\tTỷ lệ hồ sơ đúng hạn\n1.1.1\t98.5");
    EXPECT_EQ(a.pages[1].text, "Xã Quảng Phú\tTRUE");
}

TEST(OfficeText, OdtParagraphs) {
    Analysis a = extract_file(fixture("plan.odt"), Limits{});
    EXPECT_EQ(a.format, "odt");
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_EQ(a.pages[0].text, "KẾ HOẠCH\nSố: 191/KH-UBND\nQuảng Điền,  ngày 30");
}

TEST(OfficeText, OdsTablesAsPagesWithoutExpandingRepeats) {
    auto t0 = std::chrono::steady_clock::now();
    Analysis a = extract_file(fixture("table.ods"), Limits{});
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
    EXPECT_EQ(a.format, "ods");
    ASSERT_EQ(a.pages.size(), 2u);
    EXPECT_EQ(a.pages[0].text, "Đơn vị\t98");
    EXPECT_EQ(a.pages[1].text, "Hai");
}

TEST(OfficeText, TruncatedDocxIsUnreadable) {
    std::ifstream in(fixture("plan.docx"), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto cut = std::filesystem::temp_directory_path() / "kc_extract_cut.docx";
    std::ofstream(cut, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size() * 2 / 3));
    Analysis a = extract_file(cut, Limits{});
    std::filesystem::remove(cut);
    EXPECT_TRUE(has_reason(a.reasons, ReasonCode::UNREADABLE) || has_reason(a.reasons, ReasonCode::UNSUPPORTED_FORMAT))
        << a.format;
}

TEST(OfficeText, PartOverTheSizeLimitIsTooLarge) {
    Limits limits;
    limits.max_entry_bytes = 100;
    Analysis a = extract_file(fixture("plan.docx"), limits);
    EXPECT_TRUE(has_reason(a.reasons, ReasonCode::TOO_LARGE));
    EXPECT_TRUE(a.pages.empty());
}

}  // namespace
}  // namespace kc::extract

// ---- headers/footers and dates (extract-2) -----------------------------------
namespace kc::extract {
namespace {

TEST(OfficeText, DocxHeadersBeforeAndFootersAfterTheText) {
    Analysis a = extract_file(test::fixture("header_footer.docx"), Limits{});
    ASSERT_EQ(a.format, "docx");
    ASSERT_EQ(a.pages.size(), 2u);
    const std::string header = kc::text::nfc("UBND HUYỆN QUẢNG ĐIỀN");
    EXPECT_EQ(a.pages[0].text.rfind(header + "\n", 0), 0u) << a.pages[0].text;
    EXPECT_EQ(a.pages[0].text.find(header, 1), std::string::npos);  // two identical headers: once
    const std::string footer = kc::text::nfc("Trang 1/1 - Văn phòng HĐND và UBND");
    const std::string& last = a.pages[1].text;
    ASSERT_GE(last.size(), footer.size());
    EXPECT_EQ(last.substr(last.size() - footer.size()), footer) << last;
}

TEST(OfficeText, XlsxDateCellsAsDayMonthYear) {
    Analysis a = extract_file(test::fixture("dates.xlsx"), Limits{});
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_EQ(a.pages[0].text, "31/12/2021\t15/03/2022\t44561\t44561");
}

}  // namespace
}  // namespace kc::extract
