#include "signature/certificate.h"

#include <gtest/gtest.h>

#include "signature/pdf_signatures.h"

namespace kc::signature {
namespace {

TEST(MaskIdentifier, KeepsPrefixAndLastThree) {
    EXPECT_EQ(mask_identifier("CCCD:001234567890"), "CCCD:*********890");
    EXPECT_EQ(mask_identifier("MST:0101234567"), "MST:*******567");
    EXPECT_EQ(mask_identifier("123456789"), "******789");
    EXPECT_EQ(mask_identifier("CMND:12"), "CMND:**");
}

TEST(FormatName, OneLineMaskedByDefault) {
    NameParts p = {{"UID", "CCCD:001234567890"}, {"CN", "Nguyễn Văn Thử"}, {"O", "UBND huyện"}, {"C", "VN"}};
    EXPECT_EQ(format_name(p, true), "UID=CCCD:*********890, CN=Nguyễn Văn Thử, O=UBND huyện, C=VN");
    EXPECT_EQ(format_name(p, false), "UID=CCCD:001234567890, CN=Nguyễn Văn Thử, O=UBND huyện, C=VN");
}

TEST(FormatName, MasksIdNumbersOutsideUidToo) {
    NameParts p = {{"CN", "Trần Thị B 001234567890"}};
    EXPECT_EQ(format_name(p, true), "CN=Trần Thị B *********890");
    EXPECT_EQ(format_name({{"OU", "Phòng 12345"}}, true), "OU=Phòng 12345");
}

struct GuessCase {
    const char* name;
    NameParts subject;
    const char* expected;
};

const GuessCase k_guess[] = {
    {"cccd_uid_is_person", {{"UID", "CCCD:001234567890"}, {"CN", "ANYTHING"}}, "person"},
    {"cmnd_uid_is_person", {{"UID", "CMND:123456789"}, {"CN", "Lê C"}}, "person"},
    {"mst_uid_is_agency", {{"UID", "MST:0101234567"}, {"CN", "Công ty X"}}, "agency"},
    {"capital_cn_is_agency", {{"CN", "UBND HUYỆN QUẢNG ĐIỀN"}, {"O", "UBND tỉnh"}}, "agency"},
    {"unit_word_is_agency", {{"CN", "Sở Nội vụ tỉnh Thừa Thiên Huế"}, {"O", "UBND tỉnh"}}, "agency"},
    {"name_under_org_is_person", {{"CN", "Nguyễn Văn Thử"}, {"OU", "Phòng Nội vụ"}}, "person"},
    {"name_without_org_is_unknown", {{"CN", "Nguyễn Văn Thử"}}, "unknown"},
    {"no_cn_is_unknown", {{"O", "Example"}}, "unknown"},
};

class GuessTable : public ::testing::TestWithParam<GuessCase> {};
TEST_P(GuessTable, Guess) { EXPECT_EQ(guess_agency_or_person(GetParam().subject), GetParam().expected); }
INSTANTIATE_TEST_SUITE_P(Cases, GuessTable, ::testing::ValuesIn(k_guess),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ParsePdfDate, OffsetsAndDefaults) {
    // 2022-01-04T09:00:00+07:00 = 2022-01-04T02:00:00Z
    EXPECT_EQ(parse_pdf_date("D:20220104090000+07'00'"), 1641261600);
    EXPECT_EQ(parse_pdf_date("D:20220104020000Z"), 1641261600);
    EXPECT_EQ(parse_pdf_date("D:20220104020000"), 1641261600);
    EXPECT_EQ(parse_pdf_date("D:20220103190000-07'00"), 1641261600);
    EXPECT_EQ(parse_pdf_date("D:2022"), 1640995200);
    EXPECT_FALSE(parse_pdf_date("D:2022AB04"));
    EXPECT_FALSE(parse_pdf_date("D:20220231000000Z"));
    EXPECT_FALSE(parse_pdf_date(""));
}

TEST(DescribeCertificate, GarbageIsUnreadable) {
    EXPECT_FALSE(describe_certificate("not a certificate", true).readable);
}

TEST(CheckChain, NoAnchorsMeansUntrusted) {
    const auto r = check_chain("garbage", {}, {}, 0);
    EXPECT_EQ(r.status, ChainStatus::untrusted);
}

}  // namespace
}  // namespace kc::signature
