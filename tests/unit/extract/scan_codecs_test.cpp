// tests/unit/extract/scan_codecs_test.cpp — scanned PDF pages whose image is
// coded with CCITT Group 4, JBIG2 or JPEG 2000 (codecs qpdf does not decode,
// so the page is rendered by poppler at 300 dpi, not taken as it is) decode
// and are OCR'd with a character error rate ≤ 2 % against the known text
// (fixtures: make_fixtures.py, make_scan_codecs).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "fixtures.h"
#include "util/text.h"

namespace kc::extract {
namespace {

// Code points of `s` with runs of white space collapsed to one space, trimmed.
std::u32string points(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
        for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        i += static_cast<std::size_t>(n);
        bool space = cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r';
        if (space) {
            if (!out.empty() && out.back() != U' ') out += U' ';
        } else {
            out += cp;
        }
    }
    while (!out.empty() && out.back() == U' ') out.pop_back();
    return out;
}

// Levenshtein distance / length of the ground truth.
double cer(const std::string& truth, const std::string& got) {
    const std::u32string a = points(text::nfc(truth)), b = points(text::nfc(got));
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return a.empty() ? 0.0 : static_cast<double>(prev[b.size()]) / static_cast<double>(a.size());
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

class ScanCodec : public ::testing::TestWithParam<const char*> {};

TEST_P(ScanCodec, PageDecodesAndIsOcrdWithin2PercentCer) {
    const std::string name = GetParam();
    Analysis a = extract_file(test::fixture(name + ".pdf"), Limits{});
    EXPECT_EQ(a.format, "pdf");
    ASSERT_EQ(a.pages.size(), 1u);
    EXPECT_EQ(a.pages[0].source, "ocr") << name;
    EXPECT_EQ(a.text_source, "ocr");
    const double rate = cer(slurp(test::fixture(name + ".gt.txt")), a.pages[0].text);
    EXPECT_LE(rate, 0.02) << name << ": CER " << rate << "\n" << a.pages[0].text;
    for (const auto& r : a.reasons) ADD_FAILURE() << name << ": " << r.code << " " << r.detail;
}

INSTANTIATE_TEST_SUITE_P(Codecs, ScanCodec, ::testing::Values("scan_ccitt", "scan_jbig2", "scan_jpx"));

TEST(ScanCodecCer, CountsEditsPerCodePoint) {
    EXPECT_DOUBLE_EQ(cer("Số 191", "Số 191"), 0.0);
    EXPECT_DOUBLE_EQ(cer("Số 191", "So 191"), 1.0 / 6.0);   // one diacritic letter is one code point
    EXPECT_DOUBLE_EQ(cer("a  b\nc", "a b c"), 0.0);          // white space collapsed
}

}  // namespace
}  // namespace kc::extract
