// OCSP revocation evidence over real responses made by `openssl ocsp` at fixture time
// (tests/tools/make_ocsp_fixtures.py, fixture PKI, FOR TESTS ONLY): the offline checks of
// check_ocsp_response, the signed attribute and the DSS as read from real PDFs, and the
// verdicts. The online path is tested in tests/integration/signature_ocsp_test.sh.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "signature/certificate.h"
#include "signature/cms_verify.h"
#include "signature/ocsp.h"
#include "signature/pdf_signatures.h"
#include "signature/verify.h"
#include "test_pdfs.h"

namespace kc::signature {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::TempDir;

const fs::path k_root = KC_SOURCE_DIR;
const fs::path k_pki = k_root / "tests/fixtures/pki";

std::string all_notes(const SignerInfo& si) {
    std::string s;
    for (const auto& n : si.notes) s += n + " | ";
    return s;
}

// DER of the first certificate in a PEM file.
std::string cert_der(const fs::path& pem) {
    const auto pool = anchor_certificates_der({pem});
    return pool.empty() ? std::string() : pool[0];
}

class Ocsp : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir;
        const auto cmd = "/usr/bin/python3 '" + (k_root / "tests/tools/make_ocsp_fixtures.py").string() + "' '" +
                         s_dir->path().string() + "' >/dev/null 2>&1";
        s_made = fs::exists("/usr/bin/python3") && std::system(cmd.c_str()) == 0;
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override {
        if (!s_made) GTEST_SKIP() << "make_ocsp_fixtures.py could not run (python3-cryptography, openssl CLI?)";
        const auto as_of = read_file(dir() / "as_of");
        int y = 0, m = 0, d = 0;
        ASSERT_EQ(std::sscanf(as_of.c_str(), "%d-%d-%d", &y, &m, &d), 3);
        m_options.as_of = kc::date::make(y, m, d);
    }
    static fs::path dir() { return s_dir->path(); }
    std::string response(const std::string& name) { return read_file(dir() / "ocsp" / (name + ".resp.der")); }
    kc::SignatureResult verify(const std::string& name, const fs::path& trust) {
        return verify_pdf(dir() / (name + ".pdf"), load_trust_dir(trust), m_options);
    }
    kc::SignatureResult verify(const std::string& name) { return verify(name, dir() / "trust-ocsp"); }

    static inline TempDir* s_dir = nullptr;
    static inline bool s_made = false;
    Options m_options;
    const std::vector<fs::path> m_anchors = {k_pki / "trust/root-ca.cert.pem"};
    const std::vector<std::string> m_pool = {cert_der(k_pki / "issuing-ca.cert.pem")};
};

TEST_F(Ocsp, GoodResponseFromTheDelegatedResponder) {
    const auto e = check_ocsp_response(response("agency"), cert_der(k_pki / "agency.cert.pem"), m_pool, m_anchors);
    EXPECT_EQ(e.status, OcspEvidence::Status::good) << e.detail;
    EXPECT_GT(e.this_update, 1700000000);  // made at fixture time
    ASSERT_TRUE(e.next_update.has_value());
    EXPECT_EQ(*e.next_update - e.this_update, 7 * 86400);  // -ndays 7
    EXPECT_GE(e.this_update, e.produced_at - 5);
}

TEST_F(Ocsp, RevokedResponseCarriesTimeAndReason) {
    const auto e = check_ocsp_response(response("revoked"), cert_der(k_pki / "revoked.cert.pem"), m_pool, m_anchors);
    ASSERT_EQ(e.status, OcspEvidence::Status::revoked) << e.detail;
    EXPECT_EQ(e.revoked_at, 1622505600);  // 2021-06-01T00:00:00Z
    EXPECT_EQ(e.reason, "keyCompromise");
    const auto later =
        check_ocsp_response(response("revoked-later"), cert_der(k_pki / "revoked-later.cert.pem"), m_pool, m_anchors);
    ASSERT_EQ(later.status, OcspEvidence::Status::revoked) << later.detail;
    EXPECT_EQ(later.revoked_at, 1677628800);  // 2023-03-01T00:00:00Z
    EXPECT_EQ(later.reason, "superseded");
}

TEST_F(Ocsp, ResponderThatIsNotAuthorisedIsRejected) {
    // Signed by the agency's own key: chains to the root, but has no OCSPSigning EKU.
    const auto e = check_ocsp_response(response("agency-by-agency"), cert_der(k_pki / "agency.cert.pem"), m_pool,
                                       m_anchors);
    EXPECT_EQ(e.status, OcspEvidence::Status::unusable);
    EXPECT_NE(e.detail.find("not trusted"), std::string::npos) << e.detail;
}

TEST_F(Ocsp, ResponderMustChainToAnAnchor) {
    const auto other = std::vector<fs::path>{k_pki / "other-root.cert.pem"};
    const auto e = check_ocsp_response(response("agency"), cert_der(k_pki / "agency.cert.pem"), m_pool, other);
    EXPECT_EQ(e.status, OcspEvidence::Status::unusable);
    EXPECT_NE(e.detail.find("not trusted"), std::string::npos) << e.detail;
    const auto none = check_ocsp_response(response("agency"), cert_der(k_pki / "agency.cert.pem"), m_pool, {});
    EXPECT_EQ(none.status, OcspEvidence::Status::unusable);
}

TEST_F(Ocsp, ResponseAboutAnotherCertificateIsNotEvidence) {
    const auto e = check_ocsp_response(response("agency"), cert_der(k_pki / "commune.cert.pem"), m_pool, m_anchors);
    EXPECT_EQ(e.status, OcspEvidence::Status::unusable);
    EXPECT_EQ(e.detail, "OCSP response is about another certificate");
}

TEST_F(Ocsp, IssuerIsNeededAndGarbageIsUnreadable) {
    const auto leaf = cert_der(k_pki / "agency.cert.pem");
    EXPECT_NE(check_ocsp_response(response("agency"), leaf, {}, m_anchors).detail.find("issuer"), std::string::npos);
    const auto garbage = check_ocsp_response("\x30\x03\x0a\x01\x00 trailing", leaf, m_pool, m_anchors);
    EXPECT_EQ(garbage.status, OcspEvidence::Status::unusable);
    // An unsuccessful response (status malformedRequest, no body).
    const auto failed = check_ocsp_response(std::string("\x30\x03\x0a\x01\x01", 5), leaf, m_pool, m_anchors);
    EXPECT_NE(failed.detail.find("malformedrequest"), std::string::npos) << failed.detail;
}

TEST_F(Ocsp, NoAiaUrlInTheCommittedCertificates) {
    EXPECT_EQ(ocsp_url(cert_der(k_pki / "agency.cert.pem")), "");
    const auto fetched = fetch_ocsp(cert_der(k_pki / "agency.cert.pem"), m_pool, m_anchors, 2);
    EXPECT_TRUE(fetched.response_der.empty());
    EXPECT_EQ(fetched.error, "no OCSP URL in the certificate");
}

TEST_F(Ocsp, SignedAttributeAndDssAreRead) {
    const auto archival = find_signatures(read_file(dir() / "ocsp-archival-good.pdf"));
    ASSERT_EQ(archival.signatures.size(), 1u);
    EXPECT_TRUE(archival.dss_ocsps.empty());
    // The CMS's signed attribute carries the response byte for byte.
    const auto& sig = archival.signatures[0];
    const auto bytes = read_file(dir() / "ocsp-archival-good.pdf");
    const auto& br = sig.byte_range;
    const auto signed_bytes = bytes.substr(0, static_cast<std::size_t>(br[1])) +
                              bytes.substr(static_cast<std::size_t>(br[2]), static_cast<std::size_t>(br[3]));
    const auto cms = verify_cms(sig.contents, signed_bytes, ContentKind::detached);
    ASSERT_EQ(cms.integrity, Integrity::ok) << cms.detail;
    ASSERT_EQ(cms.archived_ocsps.size(), 1u);
    EXPECT_EQ(cms.archived_ocsps[0], response("agency"));
    EXPECT_TRUE(cms.archived_crls.empty());

    const auto dss = find_signatures(read_file(dir() / "ocsp-dss-good.pdf"));
    ASSERT_EQ(dss.dss_ocsps.size(), 1u);
    EXPECT_EQ(dss.dss_ocsps[0], response("agency"));
}

TEST_F(Ocsp, Verdicts) {
    struct Row {
        const char* name;
        const char* status;
        const char* note;
    };
    const Row rows[] = {
        {"ocsp-archival-good", "valid", "not revoked (OCSP, signed attribute"},
        {"ocsp-dss-good", "valid", "not revoked (OCSP, DSS"},
        {"ocsp-revoked", "invalid", "(keyCompromise; source OCSP, DSS), before the signing time"},
        {"ocsp-revoked-later-ts", "valid", "(superseded; source OCSP, DSS), after the signing time"},
        {"ocsp-revoked-later", "indeterminate", "not proven without a trusted timestamp"},
        {"ocsp-bad-responder", "valid", "revocation not checked"},
        {"ocsp-stale", "valid", "not current at the signing time"},
    };
    for (const auto& row : rows) {
        const auto r = verify(row.name);
        ASSERT_EQ(r.signers.size(), 1u) << row.name;
        EXPECT_EQ(r.status, row.status) << row.name << ": " << all_notes(r.signers[0]);
        EXPECT_NE(all_notes(r.signers[0]).find(row.note), std::string::npos) << row.name << ": " << all_notes(r.signers[0]);
    }
}

TEST_F(Ocsp, RevokedEvidenceWinsOverAGoodCrl) {
    // The trust dir's 2021 CRL does not list revoked-later (good); the DSS's OCSP says
    // revoked in 2023: the revocation is reported, after the (timestamped) signing time.
    const auto r = verify("ocsp-revoked-later-ts", k_pki / "trust");
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.status, "valid") << all_notes(r.signers[0]);
    EXPECT_NE(all_notes(r.signers[0]).find("revoked on 2023-03-01"), std::string::npos) << all_notes(r.signers[0]);
}

TEST_F(Ocsp, ResponsesFromAfterTheValidationDayAreNotUsed) {
    m_options.as_of = kc::date::make(2022, 1, 10);
    const auto r = verify("ocsp-revoked-later-ts");
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.status, "valid");
    EXPECT_NE(all_notes(r.signers[0]).find("after the validation time"), std::string::npos) << all_notes(r.signers[0]);
    EXPECT_NE(all_notes(r.signers[0]).find("revocation not checked"), std::string::npos);
}

TEST_F(Ocsp, NetworkIsOffByDefaultAndTheConfIsRead) {
    const auto off = load_trust_dir(dir() / "trust-ocsp");
    EXPECT_FALSE(off.ocsp_fetch);
    const auto on = load_trust_dir(dir() / "trust-online");
    EXPECT_TRUE(on.ocsp_fetch);
    EXPECT_EQ(on.ocsp_timeout_seconds, 5);
    EXPECT_EQ(on.anchors.size(), 1u);  // revocation.conf is not an anchor
    TempDir custom;
    testing::write_file(custom.path() / "revocation.conf",
                        "# comment\nocsp_fetch = off\nocsp_timeout_seconds: 600\nunknown: 1\n");
    const auto c = load_trust_dir(custom.path());
    EXPECT_FALSE(c.ocsp_fetch);
    EXPECT_EQ(c.ocsp_timeout_seconds, 60);  // clamped
}

}  // namespace
}  // namespace kc::signature
