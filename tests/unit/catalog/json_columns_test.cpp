// tests/unit/catalog/json_columns_test.cpp — the direct decoder of the *_json
// columns (catalog/json_columns.cpp) gives what core/model_json.h's Poco path
// gives, for what the encoders write (escapes, non-ASCII, empty and full
// values) and for hand-written JSON (spacing, unknown keys, nulls).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "catalog/json_columns.h"
#include "core/model_json.h"

namespace {

using namespace kc;

SignatureResult full_signature() {
    SignatureResult s;
    s.status = "untrusted";
    SignerInfo a;
    a.status = "untrusted";
    a.subject = "CN=Nguyễn Văn A, O=UBND huyện \"Quảng Điền\"\\x, UID=CCCD:***";
    a.issuer = "CN=CA\tthử\nnghiệm";
    a.signed_at = "2022-11-20T15:30:12+07:00";
    a.time_source = "timestamp";
    a.notes = {"ghi chú 1", "note \u00e9 \U0001F600"};
    a.field = "Signature1";
    a.subfilter = "ETSI.CAdES.detached";
    a.serial = "0a1b";
    a.not_before = "2021-01-01T00:00:00+07:00";
    a.not_after = "2024-01-01T00:00:00+07:00";
    a.agency_or_person = "agency";
    a.byte_range = {0, 1234, 5678, 9000000000LL};
    a.whole_file = true;
    a.signed_revision_is_last = false;
    a.later_changes = {"annotation"};
    a.unit = "phong-noi-vu";
    s.signers = {a, SignerInfo{}};
    return s;
}

void expect_equal(const SignatureResult& x, const SignatureResult& y) {
    EXPECT_EQ(json::stringify(json::to_json(x)), json::stringify(json::to_json(y)));
    ASSERT_EQ(x.signers.size(), y.signers.size());
    for (std::size_t i = 0; i < x.signers.size(); ++i) {
        EXPECT_EQ(x.signers[i].byte_range, y.signers[i].byte_range);
        EXPECT_EQ(x.signers[i].whole_file, y.signers[i].whole_file);
        EXPECT_EQ(x.signers[i].unit, y.signers[i].unit);
    }
}

TEST(JsonColumns, SignatureRoundTripMatchesThePocoPath) {
    const auto text = catalog::signature_column(full_signature());
    expect_equal(catalog::signature_from_column(text), json::signature_from(json::parse_object(text)));
    expect_equal(catalog::signature_from_column(text), full_signature());
    const auto absent = catalog::signature_column(SignatureResult{});
    EXPECT_EQ(catalog::signature_from_column(absent).status, "absent");
}

TEST(JsonColumns, HeaderWithExifAndEscapes) {
    DocumentHeader h;
    h.issuer = "ỦY BAN NHÂN DÂN \"HUYỆN\" QUẢNG ĐIỀN";
    h.number = "05";
    h.symbol = "KH-UBND";
    h.type = "KH";
    h.date = "2022-01-04";
    h.subject = "Kế hoạch\\CCHC /2022\n";
    h.period = "2022";
    const auto text = catalog::header_column(h, "2022-03-15T09:41:07+07:00");
    DocumentHeader got;
    std::string exif;
    catalog::header_and_exif_from_column(text, got, exif);
    EXPECT_EQ(json::stringify(json::to_json(got)), json::stringify(json::to_json(h)));
    EXPECT_EQ(exif, "2022-03-15T09:41:07+07:00");
    EXPECT_EQ(exif, catalog::exif_date_from_header_column(text));
    EXPECT_EQ(catalog::header_from_column(text).subject, h.subject);
}

TEST(JsonColumns, HandWrittenJsonWithNullsUnicodeEscapesAndUnknownKeys) {
    const std::string text =
        R"( { "issuer" : null, "number": "\u0053\u1ed1 1", "extra": {"a": [1, 2.5e3, true, null, "x"]},)"
        R"( "date": "2022-01-04", "signer": "Tr\u1ea7n \ud83d\ude00" } )";
    DocumentHeader got;
    std::string exif;
    catalog::header_and_exif_from_column(text, got, exif);
    auto poco = json::header_from(json::parse_object(text));
    EXPECT_EQ(got.issuer, "");
    EXPECT_EQ(got.number, poco.number);
    EXPECT_EQ(got.number, "Số 1");
    EXPECT_EQ(got.signer, poco.signer);
    EXPECT_EQ(got.date, "2022-01-04");
    EXPECT_EQ(exif, "");
}

TEST(JsonColumns, ReasonsAndClassifications) {
    std::vector<Reason> rs = {make_reason(ReasonCode::UNSIGNED), make_reason(ReasonCode::MISSING, "1/3 đơn vị")};
    const auto rt = catalog::reasons_column(rs);
    auto got = catalog::reasons_from_column(rt);
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(json::stringify(json::to_json(got)), rt);
    EXPECT_TRUE(catalog::reasons_from_column("[]").empty());

    Classification c;
    c.criterion = "1.1";
    c.product = "1.1/sp1";
    c.confidence = 0.875;
    c.status = "classified";
    c.signals = {"trích yếu: \"kế hoạch\"", "loại: KH"};
    const auto ct = catalog::classifications_column({c, Classification{}});
    auto cs = catalog::classifications_from_column(ct);
    ASSERT_EQ(cs.size(), 2u);
    EXPECT_EQ(catalog::classifications_column(cs), ct);
    EXPECT_DOUBLE_EQ(catalog::classification_from_column(catalog::classification_column(c)).confidence, 0.875);
}

TEST(JsonColumns, MalformedTextStillThrows) {
    EXPECT_ANY_THROW(catalog::signature_from_column("{\"status\": "));
    EXPECT_ANY_THROW(catalog::reasons_from_column("[{]"));
}

}  // namespace
