#include "signature/verify.h"

#include <gtest/gtest.h>

#include "core/model_json.h"
#include "test_pdfs.h"

namespace kc::signature {
namespace {

using testing::minimal_pdf;
using testing::TempDir;
using testing::write_file;

TEST(VerifyPdf, UnsignedPdfIsAbsent) {
    const auto r = verify_pdf_bytes(minimal_pdf(), {});
    EXPECT_EQ(r.status, "absent");
    EXPECT_TRUE(r.signers.empty());
}

TEST(VerifyPdf, UnsignedPdfFromDiskIsAbsent) {
    TempDir dir;
    write_file(dir.path() / "a.pdf", minimal_pdf());
    EXPECT_EQ(verify_pdf(dir.path() / "a.pdf", {}).status, "absent");
}

TEST(VerifyPdf, GarbageWithoutByteRangeIsAbsent) {
    EXPECT_EQ(verify_pdf_bytes("this is not a PDF at all", {}).status, "absent");
}

TEST(VerifyPdf, UnparseableFileWithByteRangeIsIndeterminate) {
    EXPECT_EQ(verify_pdf_bytes("junk /ByteRange [0 1 2 3] junk", {}).status, "indeterminate");
}

TEST(VerifyPdf, MissingFileIsIndeterminate) {
    EXPECT_EQ(verify_pdf("/nonexistent/kc/file.pdf", {}).status, "indeterminate");
}

TEST(StatusRank, WorstOrder) {
    const char* order[] = {"valid", "untrusted", "indeterminate", "expired", "modified", "invalid"};
    for (int i = 1; i < 6; ++i) EXPECT_LT(status_rank(order[i - 1]), status_rank(order[i])) << order[i];
    EXPECT_EQ(status_rank("something else"), status_rank("invalid"));
}

TEST(LoadTrustDir, PicksCertificateExtensionsOnly) {
    TempDir dir;
    for (const char* f : {"b.pem", "a.CRT", "c.cer", "d.der", "notes.txt", "key.key"})
        write_file(dir.path() / f, "x");
    std::filesystem::create_directory(dir.path() / "sub.pem");
    const auto t = load_trust_dir(dir.path());
    ASSERT_EQ(t.anchors.size(), 4u);
    EXPECT_EQ(t.anchors[0].filename(), "a.CRT");
    EXPECT_TRUE(load_trust_dir(dir.path() / "missing").anchors.empty());
}

TEST(ToJson, SignaturesWithCoverage) {
    kc::SignatureResult r;
    r.status = "modified";
    kc::SignerInfo si;
    si.status = "modified";
    si.subfilter = "adbe.pkcs7.detached";
    si.byte_range = {0, 10, 20, 30};
    si.later_changes = {"page content or resources changed (obj 4)"};
    r.signers.push_back(si);
    const auto text = kc::json::stringify(to_json(r));
    EXPECT_NE(text.find("\"status\":\"modified\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"signatures\":[{"), std::string::npos) << text;
    EXPECT_NE(text.find("\"byte_range\":[0,10,20,30]"), std::string::npos) << text;
    EXPECT_NE(text.find("\"version\":\"signature-2\""), std::string::npos) << text;
    // Round trip through core's reader keeps the added fields.
    const auto back = kc::json::signature_from(kc::json::to_json(r));
    ASSERT_EQ(back.signers.size(), 1u);
    EXPECT_EQ(back.signers[0].byte_range, si.byte_range);
    EXPECT_EQ(back.signers[0].later_changes, si.later_changes);
    EXPECT_EQ(back.signers[0].subfilter, si.subfilter);
}

}  // namespace
}  // namespace kc::signature

namespace kc::signature {
namespace {

TEST(ReasonFor, EveryStatusHasItsCode) {
    EXPECT_EQ(reason_for("absent"), kc::ReasonCode::UNSIGNED);
    EXPECT_EQ(reason_for("invalid"), kc::ReasonCode::SIGNATURE_INVALID);
    EXPECT_EQ(reason_for("modified"), kc::ReasonCode::MODIFIED_AFTER_SIGNING);
    EXPECT_EQ(reason_for("expired"), kc::ReasonCode::CERT_EXPIRED);
    EXPECT_EQ(reason_for("untrusted"), kc::ReasonCode::SIGNATURE_UNTRUSTED);
    EXPECT_EQ(reason_for("indeterminate"), kc::ReasonCode::SIGNATURE_INDETERMINATE);
    EXPECT_FALSE(reason_for("valid"));
    EXPECT_EQ(reason_for("bogus"), kc::ReasonCode::SIGNATURE_INVALID);
}

}  // namespace
}  // namespace kc::signature

namespace kc::signature {
namespace {

// Nghị định 30/2020: the person's and the agency's signature, each reported as present
// and valid or not.
TEST(SignerKinds, PresenceOfPersonAndAgencySignatures) {
    kc::SignatureResult r;
    auto add = [&](const char* kind, const char* status) {
        kc::SignerInfo si;
        si.agency_or_person = kind;
        si.status = status;
        r.signers.push_back(si);
    };
    auto p = signer_kinds_present(r);
    EXPECT_FALSE(p.agency || p.person);
    add("person", "expired");
    p = signer_kinds_present(r);
    EXPECT_TRUE(p.person);
    EXPECT_FALSE(p.person_valid);
    EXPECT_FALSE(p.agency);
    add("agency", "valid");
    add("person", "valid");
    add("unknown", "valid");
    p = signer_kinds_present(r);
    EXPECT_TRUE(p.agency && p.agency_valid && p.person && p.person_valid);
    const auto text = kc::json::stringify(to_json(r));
    EXPECT_NE(text.find("\"present\":{\"agency\":true,\"agency_valid\":true,\"person\":true,\"person_valid\":true}"),
              std::string::npos)
        << text;
}

}  // namespace
}  // namespace kc::signature
