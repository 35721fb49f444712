#include "signature/byte_range.h"

#include <gtest/gtest.h>

namespace kc::signature {
namespace {

struct ByteRangeCase {
    const char* name;
    std::vector<std::int64_t> byte_range;
    std::int64_t file_size;
    std::optional<Span> contents;
    bool ok;
    const char* problem;  // when !ok
    bool last;            // when ok
};

// A 1000-byte file whose /Contents hex string sits at [100, 200).
const ByteRangeCase k_cases[] = {
    {"whole_file", {0, 100, 200, 800}, 1000, Span{100, 200}, true, "", true},
    {"later_revision_follows", {0, 100, 200, 600}, 1000, Span{100, 200}, true, "", false},
    {"three_numbers", {0, 100, 200}, 1000, Span{100, 200}, false, "not_four_numbers", false},
    {"two_numbers_one_range", {0, 100}, 1000, Span{100, 200}, false, "not_four_numbers", false},
    {"six_numbers", {0, 100, 200, 300, 500, 500}, 1000, Span{100, 200}, false, "not_four_numbers", false},
    {"empty", {}, 1000, Span{100, 200}, false, "not_four_numbers", false},
    {"does_not_start_at_zero", {10, 90, 200, 800}, 1000, Span{100, 200}, false, "does_not_start_at_zero", false},
    {"negative_length", {0, 100, 200, -5}, 1000, Span{100, 200}, false, "negative_number", false},
    {"overlapping_ranges", {0, 300, 200, 800}, 1000, Span{100, 200}, false, "ranges_overlap", false},
    {"beyond_eof", {0, 100, 200, 801}, 1000, Span{100, 200}, false, "beyond_end_of_file", false},
    {"huge_numbers_do_not_overflow", {0, 100, 200, INT64_MAX}, 1000, Span{100, 200}, false,
     "beyond_end_of_file", false},
    {"gap_larger_than_contents", {0, 90, 200, 800}, 1000, Span{100, 200}, false, "gap_not_contents", false},
    {"gap_smaller_than_contents", {0, 100, 190, 810}, 1000, Span{100, 200}, false, "gap_not_contents", false},
    {"gap_elsewhere", {0, 10, 20, 30}, 1000, Span{100, 200}, false, "gap_not_contents", false},
    {"contents_not_found", {0, 100, 200, 800}, 1000, std::nullopt, false, "contents_not_found", false},
    {"empty_second_range", {0, 100, 200, 0}, 1000, Span{100, 200}, false, "empty_range", false},
};

class ByteRangeTable : public ::testing::TestWithParam<ByteRangeCase> {};

TEST_P(ByteRangeTable, Check) {
    const auto& c = GetParam();
    const auto r = check_byte_range(c.byte_range, c.file_size, c.contents);
    EXPECT_EQ(r.ok, c.ok);
    if (c.ok) {
        EXPECT_EQ(r.signed_revision_is_last, c.last);
        EXPECT_EQ(r.signed_end, c.byte_range[2] + c.byte_range[3]);
    } else {
        EXPECT_EQ(r.problem, c.problem);
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, ByteRangeTable, ::testing::ValuesIn(k_cases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(FindContentsSpans, FindsTheHexStringWithBrackets) {
    const std::string bytes = "1 0 obj << /Type /Sig /Contents <0A0b00> /ByteRange [0 1 2 3] >>";
    const auto spans = find_contents_spans(bytes, std::string("\x0a\x0b\x00", 3));
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(bytes.substr(spans[0].begin, spans[0].end - spans[0].begin), "<0A0b00>");
}

TEST(FindContentsSpans, IgnoresOtherValuesAndPageContents) {
    const std::string bytes = "/Contents 4 0 R /Contents <<>> /Contents <FFFF> /Contents <0A 0B>";
    const auto spans = find_contents_spans(bytes, "\x0a\x0b");
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(bytes.substr(spans[0].begin, spans[0].end - spans[0].begin), "<0A 0B>");
}

TEST(FindContentsSpans, OddDigitCountPadsWithZero) {
    const auto spans = find_contents_spans("/Contents <0A1>", "\x0a\x10");
    EXPECT_EQ(spans.size(), 1u);
}

TEST(FindContentsSpans, UnterminatedStringIsNotFound) {
    EXPECT_TRUE(find_contents_spans("/Contents <0A0B", "\x0a\x0b").empty());
}

TEST(ChooseContentsSpan, PrefersTheSpanAtTheGap) {
    std::vector<Span> spans = {{10, 20}, {100, 200}};
    EXPECT_EQ(choose_contents_span(spans, {0, 100, 200, 50}), (Span{100, 200}));
    EXPECT_EQ(choose_contents_span(spans, {0, 5, 200, 50}), (Span{10, 20}));
    EXPECT_FALSE(choose_contents_span({}, {0, 5, 200, 50}));
}

TEST(RevisionBoundary, AfterEofMarkerWithOptionalEol) {
    EXPECT_TRUE(ends_at_revision_boundary("abc\n%%EOF\nmore", 10));
    EXPECT_TRUE(ends_at_revision_boundary("abc\n%%EOF\r\nmore", 11));
    EXPECT_TRUE(ends_at_revision_boundary("abc\n%%EOFmore", 9));
    EXPECT_FALSE(ends_at_revision_boundary("abc\n%%EOF\nmore", 12));
    EXPECT_FALSE(ends_at_revision_boundary("abc\n%%EO", 8));
    EXPECT_FALSE(ends_at_revision_boundary("abc", 0));
    EXPECT_FALSE(ends_at_revision_boundary("abc", 10));
}

}  // namespace
}  // namespace kc::signature
