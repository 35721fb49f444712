// Timestamps, legacy SHA-1, revocation and signer sets, over the fixture set written by
// tests/tools/make_signature_fixtures.py (fixture PKI, FOR TESTS ONLY). Skips when the
// tooling or /usr/bin/python3 with its Debian modules is missing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "signature/verify.h"
#include "test_pdfs.h"

namespace kc::signature {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

const fs::path k_root = KC_SOURCE_DIR;
const fs::path k_pki = k_root / "tests/fixtures/pki";

std::string all_notes(const SignerInfo& si) {
    std::string s;
    for (const auto& n : si.notes) s += n + "; ";
    return s;
}

class SignatureFixtures : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir;
        const auto cmd = "/usr/bin/python3 '" + (k_root / "tests/tools/make_signature_fixtures.py").string() +
                         "' '" + s_dir->path().string() + "' >/dev/null 2>&1";
        s_made = fs::exists("/usr/bin/python3") && std::system(cmd.c_str()) == 0;
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override {
        if (!s_made) GTEST_SKIP() << "make_signature_fixtures.py could not run (python3-cryptography/reportlab?)";
        m_options.as_of = kc::date::make(2022, 1, 10);
    }
    kc::SignatureResult verify(const std::string& name, const fs::path& trust_dir = k_pki / "trust") {
        return verify_pdf(s_dir->path() / (name + ".pdf"), load_trust_dir(trust_dir), m_options);
    }

    static inline TempDir* s_dir = nullptr;
    static inline bool s_made = false;
    Options m_options;
};

TEST_F(SignatureFixtures, TrustDirLoadsTheCrl) {
    const auto t = load_trust_dir(k_pki / "trust");
    ASSERT_EQ(t.crls.size(), 1u);
    EXPECT_EQ(t.crls[0].filename(), "issuing-ca.crl");
    EXPECT_EQ(t.anchors.size(), 1u);  // the CRL is not an anchor
}

TEST_F(SignatureFixtures, TimestampGivesTheSigningTime) {
    const auto r = verify("timestamped");
    ASSERT_EQ(r.signers.size(), 1u);
    const auto& si = r.signers[0];
    EXPECT_EQ(r.status, "valid") << all_notes(si);
    EXPECT_EQ(si.time_source, "timestamp");
    // genTime is the signing time + 60 s, unlike the signingTime attribute.
    EXPECT_EQ(si.signed_at, "2022-01-04T09:01:00+07:00");
    EXPECT_NE(all_notes(si).find("timestamp verified"), std::string::npos) << all_notes(si);
}

TEST_F(SignatureFixtures, TimestampFromAnUntrustedTsaStillTimesButSaysSo) {
    TempDir empty;
    const auto r = verify("timestamped", empty.path());
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.signers[0].status, "untrusted");
    EXPECT_EQ(r.signers[0].time_source, "timestamp");
    EXPECT_NE(all_notes(r.signers[0]).find("timestamp authority not trusted"), std::string::npos);
}

TEST_F(SignatureFixtures, WithoutTimestampTheSigningTimeAttributeIsUsed) {
    const auto r = verify("valid");
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.signers[0].time_source, "signing_time");
    EXPECT_EQ(r.signers[0].signed_at, "2022-01-04T09:00:00+07:00");
}

TEST_F(SignatureFixtures, LegacySha1IsVerified) {
    const auto r = verify("sha1");
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.status, "valid") << all_notes(r.signers[0]);
    EXPECT_EQ(r.signers[0].subfilter, "adbe.pkcs7.sha1");
}

TEST_F(SignatureFixtures, RevokedBeforeSigningIsInvalid) {
    const auto r = verify("revoked");
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.status, "invalid");
    EXPECT_NE(all_notes(r.signers[0]).find("revoked on 2021-06-01"), std::string::npos) << all_notes(r.signers[0]);
}

TEST_F(SignatureFixtures, WithoutACoveringCrlRevocationIsNotChecked) {
    TempDir only_root;
    fs::copy_file(k_pki / "trust/root-ca.cert.pem", only_root.path() / "root.pem");
    for (const char* name : {"valid", "revoked"}) {
        const auto r = verify(name, only_root.path());
        ASSERT_EQ(r.signers.size(), 1u);
        EXPECT_EQ(r.status, "valid") << name;
        EXPECT_NE(all_notes(r.signers[0]).find("revocation not checked"), std::string::npos) << name;
    }
}

TEST_F(SignatureFixtures, GoodSignerIsCheckedAgainstTheCrl) {
    const auto r = verify("valid");
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_NE(all_notes(r.signers[0]).find("not revoked"), std::string::npos) << all_notes(r.signers[0]);
}

TEST_F(SignatureFixtures, PersonThenAgencyAreBothReportedInOrder) {
    const auto r = verify("two-signatures");
    ASSERT_EQ(r.signers.size(), 2u);
    EXPECT_EQ(r.status, "valid");
    EXPECT_EQ(r.signers[0].agency_or_person, "person");
    EXPECT_EQ(r.signers[1].agency_or_person, "agency");
    EXPECT_FALSE(r.signers[0].signed_revision_is_last);
    EXPECT_TRUE(r.signers[1].signed_revision_is_last);
}

TEST_F(SignatureFixtures, OtherRootIsUntrustedAndExpiredIsExpired) {
    EXPECT_EQ(verify("other-root").status, "untrusted");
    EXPECT_EQ(verify("self-signed").status, "untrusted");
    EXPECT_EQ(verify("expired").status, "expired");
    const auto other = verify("other-unit");
    ASSERT_EQ(other.signers.size(), 1u);
    EXPECT_EQ(other.status, "valid");
    EXPECT_NE(other.signers[0].subject.find("QUẢNG THÀNH"), std::string::npos);
}

}  // namespace
}  // namespace kc::signature
