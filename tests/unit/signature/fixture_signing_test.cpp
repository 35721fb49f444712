// Signs fresh PDFs with the fixture PKI (tests/fixtures/pki, FOR TESTS ONLY) using
// tests/tools/sign_pdf.py and damages them with tests/tools/pdf_mutate.py, then
// checks our verdicts. Skips when the tools or /usr/bin/python3 are missing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "signature/verify.h"
#include "test_pdfs.h"

namespace kc::signature {
namespace {

namespace fs = std::filesystem;
using testing::minimal_pdf;
using testing::read_file;
using testing::TempDir;
using testing::write_file;

const fs::path k_root = KC_SOURCE_DIR;
const fs::path k_tools = k_root / "tests/tools";
const fs::path k_pki = k_root / "tests/fixtures/pki";
constexpr const char* k_python = "/usr/bin/python3";

std::string quote(const fs::path& p) { return "'" + p.string() + "'"; }

class FixtureSigning : public ::testing::Test {
protected:
    void SetUp() override {
        for (const auto& need : {k_tools / "sign_pdf.py", k_tools / "pdf_mutate.py", k_pki / "root-ca.cert.pem",
                                 fs::path(k_python)})
            if (!fs::exists(need)) GTEST_SKIP() << "fixture tooling missing: " << need;
        write_file(m_dir.path() / "in.pdf", minimal_pdf());
        m_trust = load_trust_dir(k_pki / "trust");
        m_options.as_of = kc::date::make(2022, 1, 10);
    }

    // Signs in.pdf with `who` (agency, person, expired, untrusted …); returns the path.
    fs::path sign(const std::string& who, const std::string& extra = {}) {
        const auto out = m_dir.path() / (who + std::to_string(extra.size()) + ".pdf");
        const auto cmd = std::string(k_python) + " " + quote(k_tools / "sign_pdf.py") + " " +
                         quote(m_dir.path() / "in.pdf") + " " + quote(out) + " --key " +
                         quote(k_pki / (who + ".key.pem")) + " --cert " + quote(k_pki / (who + ".cert.pem")) +
                         " --chain " + quote(k_pki / "chain.pem") +
                         " --signing-time 2022-01-04T09:00:00+07:00 " + extra + " >/dev/null 2>&1";
        EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
        return out;
    }

    fs::path mutate(const std::string& how, const fs::path& in) {
        const auto out = m_dir.path() / (how + "-" + in.filename().string());
        const auto cmd = std::string(k_python) + " " + quote(k_tools / "pdf_mutate.py") + " " + how + " " +
                         quote(in) + " " + quote(out) + " >/dev/null 2>&1";
        EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
        return out;
    }

    TempDir m_dir;
    TrustStore m_trust;
    Options m_options;
};

TEST_F(FixtureSigning, AgencySignatureIsValidWithRootAsAnchor) {
    const auto r = verify_pdf(sign("agency"), m_trust, m_options);
    ASSERT_EQ(r.signers.size(), 1u);
    const auto& si = r.signers[0];
    EXPECT_EQ(r.status, "valid");
    EXPECT_EQ(si.status, "valid");
    EXPECT_EQ(si.time_source, "signing_time");
    EXPECT_EQ(si.signed_at, "2022-01-04T09:00:00+07:00");
    EXPECT_EQ(si.subfilter, "adbe.pkcs7.detached");
    EXPECT_TRUE(si.whole_file);
    EXPECT_TRUE(si.signed_revision_is_last);
    EXPECT_EQ(si.agency_or_person, "agency");
    EXPECT_NE(si.subject.find("CN=UBND HUYỆN QUẢNG ĐIỀN (TEST)"), std::string::npos) << si.subject;
    EXPECT_NE(si.issuer.find("Issuing CA"), std::string::npos) << si.issuer;
}

TEST_F(FixtureSigning, WithoutAnchorsItIsUntrusted) {
    EXPECT_EQ(verify_pdf(sign("agency"), {}, m_options).status, "untrusted");
}

TEST_F(FixtureSigning, SelfSignedSignerIsUntrusted) {
    EXPECT_EQ(verify_pdf(sign("untrusted"), m_trust, m_options).status, "untrusted");
}

TEST_F(FixtureSigning, ExpiredCertificateAtSigningTime) {
    EXPECT_EQ(verify_pdf(sign("expired"), m_trust, m_options).status, "expired");
}

TEST_F(FixtureSigning, PersonalUidIsMaskedAndCadesAccepted) {
    const auto pdf = sign("person", "--subfilter ETSI.CAdES.detached");
    const auto r = verify_pdf(pdf, m_trust, m_options);
    ASSERT_EQ(r.signers.size(), 1u);
    const auto& si = r.signers[0];
    EXPECT_EQ(si.status, "valid");
    EXPECT_EQ(si.subfilter, "ETSI.CAdES.detached");
    EXPECT_EQ(si.agency_or_person, "person");
    EXPECT_NE(si.subject.find("UID=CCCD:*********890"), std::string::npos) << si.subject;
    EXPECT_EQ(si.subject.find("001234567890"), std::string::npos);
    Options unmasked = m_options;
    unmasked.mask_identifiers = false;
    const auto raw = verify_pdf(pdf, m_trust, unmasked);
    ASSERT_EQ(raw.signers.size(), 1u);
    EXPECT_NE(raw.signers[0].subject.find("001234567890"), std::string::npos);
}

TEST_F(FixtureSigning, FlippedByteInSignedRangeIsInvalid) {
    const auto signed_pdf = sign("agency");
    auto bytes = read_file(signed_pdf);
    // A byte of the page content stream, inside the first signed range.
    const auto at = bytes.find("(Hello)");
    ASSERT_NE(at, std::string::npos);
    bytes[at + 1] = 'J';
    write_file(m_dir.path() / "flipped.pdf", bytes);
    const auto r = verify_pdf(m_dir.path() / "flipped.pdf", m_trust, m_options);
    EXPECT_EQ(r.status, "invalid");
    // The fixture tool's own flip must agree.
    EXPECT_EQ(verify_pdf(mutate("flip", signed_pdf), m_trust, m_options).status, "invalid");
}

TEST_F(FixtureSigning, ReplacedPageContentAfterSigningIsModified) {
    const auto r = verify_pdf(mutate("modify", sign("agency")), m_trust, m_options);
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.status, "modified");
    EXPECT_FALSE(r.signers[0].signed_revision_is_last);
    EXPECT_FALSE(r.signers[0].later_changes.empty());
}

TEST_F(FixtureSigning, AnnotationAddedAfterSigningIsAllowed) {
    const auto r = verify_pdf(mutate("annotate", sign("agency")), m_trust, m_options);
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.status, "valid");
    EXPECT_FALSE(r.signers[0].signed_revision_is_last);
    EXPECT_FALSE(r.signers[0].later_changes.empty());
}

TEST_F(FixtureSigning, RewrittenByteRangeIsInvalid) {
    EXPECT_EQ(verify_pdf(mutate("gap", sign("agency")), m_trust, m_options).status, "invalid");
}

TEST_F(FixtureSigning, ValidSignatureWithExtraUnsignedGapIsInvalid) {
    // Cryptographically fine, but the unsigned gap is larger than /Contents.
    const auto r = verify_pdf(sign("agency", "--unsafe-extra-gap 8"), m_trust, m_options);
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.status, "invalid");
}

TEST_F(FixtureSigning, SecondSignatureKeepsTheFirstValid) {
    const auto first = sign("agency");
    const auto second = m_dir.path() / "twice.pdf";
    const auto cmd = std::string(k_python) + " " + quote(k_tools / "sign_pdf.py") + " " + quote(first) + " " +
                     quote(second) + " --key " + quote(k_pki / "person.key.pem") + " --cert " +
                     quote(k_pki / "person.cert.pem") + " --chain " + quote(k_pki / "chain.pem") +
                     " --signing-time 2022-01-05T10:00:00+07:00 >/dev/null 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    const auto r = verify_pdf(second, m_trust, m_options);
    ASSERT_EQ(r.signers.size(), 2u);
    EXPECT_EQ(r.signers[0].status, "valid");
    EXPECT_EQ(r.signers[1].status, "valid");
    EXPECT_EQ(r.status, "valid");
}

}  // namespace
}  // namespace kc::signature
