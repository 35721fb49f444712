// tests/unit/extract/format_test.cpp — detection by content, unsupported formats.
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "fixtures.h"

namespace kc::extract {
namespace {

using test::fixture;

TEST(DetectFormat, UsesContentNotExtension) {
    struct Case {
        const char* file;
        const char* format;
    } cases[] = {
        {"header.pdf", "pdf"},       {"really_pdf.docx", "pdf"}, {"image_named.pdf", "png"},
        {"plan.docx", "docx"},       {"table.xlsx", "xlsx"},     {"plan.odt", "odt"},
        {"table.ods", "ods"},        {"legacy.doc", "doc"},      {"photo.jpg", "jpeg"},
        {"two.tiff", "tiff"},        {"one.bmp", "bmp"},         {"text.png", "png"},
        {"plain.zip", "zip"},        {"notes.txt", "text"},      {"random.bin", "unknown"},
    };
    for (const auto& c : cases) {
        std::string mime;
        EXPECT_EQ(detect_format(fixture(c.file), &mime), c.format) << c.file << " (" << mime << ")";
        EXPECT_FALSE(mime.empty()) << c.file;
    }
    if (std::filesystem::exists(fixture("one.webp"))) {
        EXPECT_EQ(detect_format(fixture("one.webp")), "webp");
    }
}

TEST(DetectFormat, MimeOfOoxmlIsTheDocumentType) {
    std::string mime;
    detect_format(fixture("table.xlsx"), &mime);
    EXPECT_EQ(mime, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

TEST(ExtractFile, LegacyDocIsUnsupportedWithPdfHint) {
    Analysis a = extract_file(fixture("legacy.doc"), Limits{});
    EXPECT_EQ(a.format, "doc");
    EXPECT_EQ(a.mime, "application/msword");
    ASSERT_TRUE(has_reason(a.reasons, ReasonCode::UNSUPPORTED_FORMAT));
    EXPECT_NE(a.reasons[0].hint.find("PDF"), std::string::npos);
    EXPECT_NE(a.reasons[0].hint_en.find("PDF"), std::string::npos);
    EXPECT_EQ(a.text_source, "none");
    EXPECT_TRUE(a.pages.empty());
    EXPECT_FALSE(has_reason(a.reasons, ReasonCode::NO_TEXT));  // one reason says it all
}

TEST(ExtractFile, UnknownIsUnsupportedWithMimeInDetail) {
    Analysis a = extract_file(fixture("random.bin"), Limits{});
    EXPECT_EQ(a.format, "unknown");
    ASSERT_EQ(a.reasons.size(), 1u);
    EXPECT_EQ(a.reasons[0].code, "UNSUPPORTED_FORMAT");
    EXPECT_EQ(a.reasons[0].detail, "application/octet-stream");
}

TEST(ExtractFile, ZipIsUnsupported) {
    Analysis a = extract_file(fixture("plain.zip"), Limits{});
    EXPECT_EQ(a.format, "zip");
    EXPECT_TRUE(has_reason(a.reasons, ReasonCode::UNSUPPORTED_FORMAT));
}

TEST(ExtractFile, MissingFileIsUnreadable) {
    Analysis a = extract_file(fixture("no-such-file.pdf"), Limits{});
    EXPECT_TRUE(has_reason(a.reasons, ReasonCode::UNREADABLE));
    EXPECT_EQ(a.text_source, "none");
}

TEST(ExtractFile, PlainTextIsOnePage) {
    Analysis a = extract_file(fixture("notes.txt"), Limits{});
    EXPECT_EQ(a.format, "text");
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_EQ(a.pages[0].text, "Báo cáo số 12/BC-UBND");
    EXPECT_EQ(a.text_source, "text_layer");
}

}  // namespace
}  // namespace kc::extract
