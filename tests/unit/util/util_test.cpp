// tests/unit/util/util_test.cpp — text, dates, masking, the blob store and
// atomic writes.
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "util/atomic_file.h"
#include "util/blob_store.h"
#include "util/date.h"
#include "util/hash.h"
#include "util/mask.h"
#include "util/text.h"

namespace {

namespace fs = std::filesystem;
using namespace kc;

// ---- text ------------------------------------------------------------------------

struct StringCase {
    const char* name;
    std::string in;
    std::string out;
};

class FoldTest : public ::testing::TestWithParam<StringCase> {};

TEST_P(FoldTest, Key) { EXPECT_EQ(text::fold(GetParam().in), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(
    Text, FoldTest,
    ::testing::Values(StringCase{"Office", "Phòng Nội vụ", "phong noi vu"}, StringCase{"UpperDd", "ĐỒNG", "dong"},
                      StringCase{"LowerDd", "đường", "duong"}, StringCase{"District", "Quảng Điền", "quang dien"},
                      StringCase{"Whitespace", "  Ủy   ban\tnhân\ndân  ", "uy ban nhan dan"},
                      StringCase{"Decomposed", "Pho\xCC\x80ng No\xCC\x82\xCC\xA3i vu\xCC\xA3", "phong noi vu"},
                      StringCase{"Ascii", "UBND-Tinh", "ubnd-tinh"}, StringCase{"Empty", "", ""},
                      StringCase{"OnlySpaces", "   ", ""}),
    [](const auto& info) { return std::string(info.param.name); });

class NfcTest : public ::testing::TestWithParam<StringCase> {};

TEST_P(NfcTest, Normalised) { EXPECT_EQ(text::nfc(GetParam().in), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(
    Text, NfcTest,
    ::testing::Values(
        // e + combining circumflex (U+0302) + combining dot below (U+0323) → ệ (U+1EC7)
        StringCase{"Decomposed", "Vie\xCC\x82\xCC\xA3t", "Vi\xE1\xBB\x87t"},
        // the marks in the other order are canonically equivalent
        StringCase{"MarksReordered", "Vie\xCC\xA3\xCC\x82t", "Vi\xE1\xBB\x87t"},
        StringCase{"AlreadyNfc", "Việt Nam", "Việt Nam"},
        StringCase{"InvalidBytesReplaced", "a\xFF" "b", "a\xEF\xBF\xBD" "b"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Text, DecodeWindows1258) {
    // windows-1258 writes tones as combining marks: ê (EA) + dot below (F2); Đ (D0), ô (F4) + grave (CC).
    std::string s = text::decode("Vi\xEA\xF2t Nam \xD0\xF4\xCCng", "windows-1258");
    EXPECT_EQ(s, "Việt Nam Đồng");
    EXPECT_EQ(s, text::nfc(s));
    EXPECT_TRUE(text::is_valid_utf8(s));
}

TEST(Text, IsValidUtf8) {
    EXPECT_TRUE(text::is_valid_utf8("Phòng Nội vụ"));
    EXPECT_TRUE(text::is_valid_utf8(""));
    EXPECT_FALSE(text::is_valid_utf8("Ph\xF2ng"));     // a windows-1258 byte
    EXPECT_FALSE(text::is_valid_utf8("\xE1\xBB"));      // cut sequence
    EXPECT_FALSE(text::is_valid_utf8("\xC0\xAF"));      // overlong
}

struct TruncateCase {
    const char* name;
    std::string in;
    std::size_t n;
    std::string out;
};

class TruncateTest : public ::testing::TestWithParam<TruncateCase> {};

TEST_P(TruncateTest, KeepsWholeCodePoints) {
    const auto& c = GetParam();
    std::string t = text::truncate(c.in, c.n);
    EXPECT_EQ(t, c.out);
    EXPECT_TRUE(text::is_valid_utf8(t));
}

INSTANTIATE_TEST_SUITE_P(
    Text, TruncateTest,
    ::testing::Values(TruncateCase{"Ascii", "abcdef", 3, "abc"}, TruncateCase{"Shorter", "ab", 5, "ab"},
                      TruncateCase{"Zero", "Việt", 0, ""}, TruncateCase{"ThreeByteChar", "Việt Nam", 3, "Việ"},
                      TruncateCase{"TwoByteChar", "đường", 1, "đ"},
                      TruncateCase{"FourByteChar", "a\xF0\x9F\x93\x84" "b", 2, "a\xF0\x9F\x93\x84"},
                      TruncateCase{"Decomposed", "e\xCC\x82x", 2, "e\xCC\x82"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Text, Helpers) {
    EXPECT_EQ(text::lower("ĐỒNG Ý"), "đồng ý");
    EXPECT_EQ(text::upper("quảng điền"), "QUẢNG ĐIỀN");
    EXPECT_EQ(text::trim(" \t x y \r\n"), "x y");
    EXPECT_EQ(text::trim("   "), "");
    EXPECT_EQ(text::split("a,,b", ','), (std::vector<std::string>{"a", "", "b"}));
    EXPECT_EQ(text::split("", ','), (std::vector<std::string>{""}));
    EXPECT_TRUE(text::starts_with("KH-UBND", "KH"));
    EXPECT_FALSE(text::starts_with("K", "KH"));
}

// ---- dates -------------------------------------------------------------------------

struct MakeCase {
    const char* name;
    int y, m, d;
    bool ok;
};

class DateMakeTest : public ::testing::TestWithParam<MakeCase> {};

TEST_P(DateMakeTest, RealDaysOnly) {
    const auto& c = GetParam();
    EXPECT_EQ(date::make(c.y, c.m, c.d).has_value(), c.ok);
}

INSTANTIATE_TEST_SUITE_P(Date, DateMakeTest,
                         ::testing::Values(MakeCase{"Ordinary", 2022, 1, 5, true}, MakeCase{"Feb31", 2022, 2, 31, false},
                                           MakeCase{"Feb29Leap", 2024, 2, 29, true},
                                           MakeCase{"Feb29NotLeap", 2023, 2, 29, false},
                                           MakeCase{"Apr31", 2022, 4, 31, false}, MakeCase{"Dec31", 2022, 12, 31, true},
                                           MakeCase{"Month13", 2022, 13, 1, false}, MakeCase{"Month0", 2022, 0, 1, false},
                                           MakeCase{"Day0", 2022, 1, 0, false},
                                           MakeCase{"NegativeMonth", 2022, -1, 1, false}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Date, ParseIso) {
    EXPECT_TRUE(date::parse_iso("2022-01-05").has_value());
    EXPECT_FALSE(date::parse_iso("2022-02-31").has_value());
    EXPECT_FALSE(date::parse_iso("05/01/2022").has_value());
    EXPECT_FALSE(date::parse_iso("2022-1-5").has_value());
    EXPECT_FALSE(date::parse_iso("").has_value());
    EXPECT_FALSE(date::parse_iso("2022-01-05T00:00").has_value());
}

TEST(Date, IsoAndVi) {
    Date d = *date::make(2022, 1, 5);
    EXPECT_EQ(date::iso(d), "2022-01-05");
    EXPECT_EQ(date::vi(d), "05/01/2022");
    EXPECT_EQ(date::iso(*date::parse_iso("2021-12-30")), "2021-12-30");
}

TEST(Date, AddDaysAndBetween) {
    Date d = *date::make(2021, 12, 31);
    EXPECT_EQ(date::iso(date::add_days(d, 1)), "2022-01-01");
    EXPECT_EQ(date::iso(date::add_days(*date::make(2024, 2, 28), 1)), "2024-02-29");
    EXPECT_EQ(date::iso(date::add_days(*date::make(2022, 3, 1), -1)), "2022-02-28");
    EXPECT_EQ(date::iso(date::add_days(d, 0)), "2021-12-31");
    EXPECT_EQ(date::days_between(*date::make(2022, 1, 1), *date::make(2022, 12, 31)), 364);
    EXPECT_EQ(date::days_between(*date::make(2022, 1, 5), *date::make(2022, 1, 1)), -4);
}

TEST(Date, TimestampVnAroundMidnight) {
    const std::int64_t t = 1640969999;  // 2021-12-31T16:59:59Z
    EXPECT_EQ(date::timestamp_vn(t), "2021-12-31T23:59:59+07:00");
    EXPECT_EQ(date::timestamp_vn(t + 1), "2022-01-01T00:00:00+07:00");
    EXPECT_EQ(date::iso(date::day_vn(t)), "2021-12-31");
    EXPECT_EQ(date::iso(date::day_vn(t + 1)), "2022-01-01");
    EXPECT_EQ(date::timestamp_vn(0), "1970-01-01T07:00:00+07:00");
}

TEST(Date, TodayIsNearNow) {
    Date today = date::today_vn();
    EXPECT_EQ(date::iso(today), date::timestamp_vn(date::now_unix()).substr(0, 10));
}

// ---- masking ------------------------------------------------------------------------

class MaskTest : public ::testing::TestWithParam<StringCase> {};

TEST_P(MaskTest, Masked) { EXPECT_EQ(mask_identifiers(GetParam().in), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(
    Mask, MaskTest,
    ::testing::Values(StringCase{"Cccd", "CCCD 012345678901", "CCCD *********901"},
                      StringCase{"CccdInFileName", "Nguyen_Van_A_079203001234.pdf", "Nguyen_Van_A_*********234.pdf"},
                      StringCase{"Cmnd", "CMND: 191234567", "CMND: ******567"},
                      StringCase{"Mst10", "MST 0101234567", "MST *******567"},
                      StringCase{"DocumentNumber", "191/KH-UBND", "191/KH-UBND"},
                      StringCase{"VietnameseDate", "30/12/2021", "30/12/2021"},
                      StringCase{"IsoDate", "2022-01-05", "2022-01-05"},
                      StringCase{"DecisionNumber", "Số 1234/QĐ-UBND ngày 30/12/2021", "Số 1234/QĐ-UBND ngày 30/12/2021"},
                      StringCase{"ShortNumber", "12345678", "12345678"},
                      StringCase{"TwoIds", "012345678901,012345678902", "*********901,*********902"},
                      StringCase{"Empty", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

// ---- blob store ------------------------------------------------------------------------

class TempDir {
public:
    TempDir() {
        static int n = 0;
        m_path = fs::temp_directory_path() / ("kc-util-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<fs::path> files_under(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) out.push_back(e.path());
    return out;
}

const char* k_abc_sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

TEST(BlobStore, PutTwiceOneFileAddressedByHash) {
    TempDir t;
    fs::path src = t.path() / "in.txt";
    std::ofstream(src, std::ios::binary) << "abc";
    DirectoryBlobStore store(t.path() / "blobs");
    auto a = store.put_file(src);
    ASSERT_TRUE(a.ok()) << a.error().detail;
    auto b = store.put_file(src);
    ASSERT_TRUE(b.ok()) << b.error().detail;
    EXPECT_EQ(*a, k_abc_sha);
    EXPECT_EQ(*b, *a);
    EXPECT_EQ(store.path_of(*a), t.path() / "blobs" / "ba" / k_abc_sha);
    EXPECT_TRUE(store.contains(*a));
    EXPECT_FALSE(store.contains(std::string(64, '0')));
    auto files = files_under(store.root());
    ASSERT_EQ(files.size(), 1u);  // one blob, no temporary left in blobs/tmp
    EXPECT_EQ(files[0], store.path_of(*a));
    EXPECT_EQ(read(files[0]), "abc");
}

TEST(BlobStore, StreamedWriteAndDiscard) {
    TempDir t;
    DirectoryBlobStore store(t.path() / "blobs");
    {
        auto w = store.begin();
        ASSERT_TRUE(w.ok());
        ASSERT_TRUE(w->write("ab", 2));
        ASSERT_TRUE(w->write("c", 1));
        EXPECT_EQ(w->size(), 3u);
        auto sha = w->commit();
        ASSERT_TRUE(sha.ok()) << sha.error().detail;
        EXPECT_EQ(*sha, k_abc_sha);
        EXPECT_FALSE(w->commit().ok());  // already closed
    }
    {
        auto w = store.begin();
        ASSERT_TRUE(w.ok());
        ASSERT_TRUE(w->write("never committed", 15));
    }  // destroyed: the temporary goes away
    auto files = files_under(store.root());
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0], store.path_of(k_abc_sha));
}

TEST(BlobStore, LargeFileHashMatches) {
    TempDir t;
    fs::path src = t.path() / "big.bin";
    std::string content(200000, 'x');
    for (std::size_t i = 0; i < content.size(); i += 7) content[i] = static_cast<char>(i % 251);
    std::ofstream(src, std::ios::binary) << content;
    DirectoryBlobStore store(t.path() / "blobs");
    auto sha = store.put_file(src);
    ASSERT_TRUE(sha.ok());
    EXPECT_EQ(*sha, hash::sha256_hex(content));
    EXPECT_EQ(read(store.path_of(*sha)), content);
}

TEST(BlobStore, MissingSourceIsUnreadable) {
    TempDir t;
    DirectoryBlobStore store(t.path() / "blobs");
    auto r = store.put_file(t.path() / "nope");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "UNREADABLE");
}

// ---- atomic writes ------------------------------------------------------------------------

TEST(AtomicFile, WritesCreatesAndReplaces) {
    TempDir t;
    fs::path f = t.path() / "a" / "b" / "index.json";
    auto r = write_file_atomically(f, "{\"v\":1}");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(read(f), "{\"v\":1}");
    ASSERT_TRUE(write_file_atomically(f, "{}").ok());
    EXPECT_EQ(read(f), "{}");
    ASSERT_TRUE(write_file_atomically(f, "").ok());
    EXPECT_EQ(read(f), "");
    auto files = files_under(t.path());
    ASSERT_EQ(files.size(), 1u);  // no temporary left beside it
    EXPECT_EQ(files[0], f);
}

TEST(AtomicFile, UnwritableFolderIsAnError) {
    TempDir t;
    fs::path blocker = t.path() / "file";
    std::ofstream(blocker) << "x";
    auto r = write_file_atomically(blocker / "child.json", "{}");  // parent is a file
    EXPECT_FALSE(r.ok());
}

}  // namespace

TEST(MaskIdentifiers, BranchTaxCodeWithDashIsMasked) {
    // A personal/branch tax code "MST 0123456789-001": the 10-digit part is masked.
    EXPECT_EQ(kc::mask_identifiers("MST 0123456789-001"), "MST *******789-001");
    EXPECT_EQ(kc::mask_identifiers("2022-01-20"), "2022-01-20");
}
