#include "unpack/entry_name.h"

#include <gtest/gtest.h>

namespace kc::unpack {
namespace {

struct DecodeCase {
    const char* label;
    std::string raw;
    bool flag;
    std::string expected;
    std::string encoding;
    bool legacy;
};

TEST(EntryName, DecodesTable) {
    const DecodeCase cases[] = {
        {"ascii", "bao_cao.pdf", false, "bao_cao.pdf", "utf8", false},
        {"utf8 with flag", "B\xC3\xA1o c\xC3\xA1o.pdf", true, "Báo cáo.pdf", "utf8-flag", false},
        {"utf8 NFD from macOS becomes NFC", "Ba\xCC\x81o.pdf", false, "Báo.pdf", "utf8", false},
        {"windows-1258 precomposed", "B\xE1o c\xE1o.pdf", false, "Báo cáo.pdf", "windows-1258", true},
        {"windows-1258 combining marks", "K\xEA\xEC hoa\xF2" "ch.pdf", false, "Kế hoạch.pdf", "windows-1258", true},
        {"backslash separator", "TC 1\\a.pdf", false, "TC 1/a.pdf", "utf8", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        DecodedName d = decode_entry_name(c.raw, c.flag, "windows-1258");
        EXPECT_EQ(d.utf8, c.expected);
        EXPECT_EQ(d.encoding, c.encoding);
        EXPECT_EQ(d.legacy, c.legacy);
    }
}

TEST(EntryName, UnsafeTable) {
    struct Case {
        std::string name;
        bool unsafe;
    };
    const Case cases[] = {
        {"docs/a.pdf", false},        {"./docs/a.pdf", false},      {"a..b.pdf", false},
        {"..hidden", false},          {"../../etc/x", true},        {"/abs", true},
        {"\\server\\share", true},    {"C:\\win.txt", true},        {"c:win.txt", true},
        {"a/../../b", true},          {"a\\..\\..\\b", true},       {"..", true},
        {"a/.../b", true},            {"a/.. /b", true},            {"", true},
        {"a\x01" "b", true},          {"a\x1b[31m", true},          {"\xEF\xBC\x8E\xEF\xBC\x8E/x", true},
        {"..\xEF\xBC\x8Fx", true},    {"a/b:c", true},  {"a/ab:c", false},             {std::string(5000, 'a'), true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name.substr(0, 40));
        EXPECT_EQ(!unsafe_reason(c.name).empty(), c.unsafe) << unsafe_reason(c.name);
    }
}

TEST(EntryName, CleanPath) {
    EXPECT_EQ(clean_path("./a//b/./c.pdf"), "a/b/c.pdf");
    EXPECT_EQ(clean_path("dir/"), "dir");
}

TEST(EntryName, IgnoredTable) {
    struct Case {
        const char* name;
        bool ignored;
    };
    const Case cases[] = {
        {"Thumbs.db", true},          {"a/THUMBS.DB", true},      {"desktop.ini", true},
        {".DS_Store", true},          {"__MACOSX/._a.pdf", true}, {"a/~$bao cao.docx", true},
        {"x.tmp", true},              {"x.part", true},           {".git/config", true},
        {"TC 1.1/Báo cáo.pdf", false}, {"a.pdf", false},          {"partial.pdf", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(is_ignored_name(c.name), c.ignored);
    }
}

TEST(EntryName, DocumentPackages) {
    EXPECT_TRUE(has_document_package_extension("a/Báo cáo.DOCX"));
    EXPECT_TRUE(has_document_package_extension("x.ods"));
    EXPECT_FALSE(has_document_package_extension("inner.zip"));
}

TEST(EntryName, HexRoundTrip) {
    EXPECT_EQ(to_hex("B\xE1"), "42e1");
    EXPECT_EQ(from_hex("42e1"), "B\xE1");
    EXPECT_EQ(from_hex("4"), "");
    EXPECT_EQ(from_hex("zz"), "");
}

}  // namespace
}  // namespace kc::unpack
