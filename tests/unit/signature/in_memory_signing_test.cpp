// Signs PDFs in memory with OpenSSL and a throw-away self-signed key, to cover what
// the fixture tools do not: adbe.pkcs7.sha1, CMS without signed attributes (time
// from /M), unknown SubFilters, validity at the signing time and at as_of.
#include <gtest/gtest.h>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <memory>

#include "signature/cms_verify.h"
#include "signature/verify.h"
#include "test_pdfs.h"

namespace kc::signature {
namespace {

using testing::append_update;
using testing::minimal_pdf;
using testing::TempDir;
using testing::write_file;

struct KeyFree { void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); } };
struct CertFree { void operator()(X509* p) const { X509_free(p); } };
struct BioFree { void operator()(BIO* p) const { BIO_free(p); } };
struct CmsFree { void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); } };

struct Signer {
    std::unique_ptr<EVP_PKEY, KeyFree> key;
    std::unique_ptr<X509, CertFree> cert;
};

// Self-signed P-256 certificate valid [from, to] (unix seconds).
Signer make_signer(std::int64_t from, std::int64_t to) {
    Signer s;
    s.key.reset(EVP_EC_gen("P-256"));
    s.cert.reset(X509_new());
    X509_set_version(s.cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(s.cert.get()), 4242);
    ASN1_TIME_set(X509_getm_notBefore(s.cert.get()), static_cast<time_t>(from));
    ASN1_TIME_set(X509_getm_notAfter(s.cert.get()), static_cast<time_t>(to));
    X509_NAME* name = X509_get_subject_name(s.cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("UBND XÃ THỬ (TEST)"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "UID", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("MST:0101234567"), -1, -1, 0);
    X509_set_issuer_name(s.cert.get(), name);
    X509_set_pubkey(s.cert.get(), s.key.get());
    X509_sign(s.cert.get(), s.key.get(), EVP_sha256());
    return s;
}

std::string cert_pem(const Signer& s) {
    std::unique_ptr<BIO, BioFree> b(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(b.get(), s.cert.get());
    char* data = nullptr;
    long n = BIO_get_mem_data(b.get(), &data);
    return std::string(data, static_cast<std::size_t>(n));
}

std::string cms_der(const Signer& s, const std::string& content, unsigned flags) {
    std::unique_ptr<BIO, BioFree> in(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
    std::unique_ptr<CMS_ContentInfo, CmsFree> cms(CMS_sign(s.cert.get(), s.key.get(), nullptr, in.get(), flags));
    if (!cms) return {};
    unsigned char* der = nullptr;
    int n = i2d_CMS_ContentInfo(cms.get(), &der);
    std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
    OPENSSL_free(der);
    return out;
}

struct SignSpec {
    std::string subfilter = "adbe.pkcs7.detached";
    bool signed_attributes = true;     // false: no signingTime → time from /M
    std::string m = "D:20220104090000+07'00'";  // empty: no /M
};

// Appends a /Type /Sig dictionary in an incremental update and signs the result.
std::string sign_pdf(const Signer& s, const SignSpec& spec) {
    const std::string placeholder = "[0000000000 0000000000 0000000000 0000000000]";
    const std::size_t hex_len = 8192;
    std::string dict = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /" + spec.subfilter +
                       (spec.m.empty() ? "" : " /M (" + spec.m + ")") + " /ByteRange " + placeholder +
                       " /Contents <" + std::string(hex_len, '0') + "> >>";
    std::string pdf = append_update(minimal_pdf(), {{6, dict}});
    const auto lt = pdf.find("/Contents <0000") + 10;
    const auto gt = lt + hex_len + 2;
    char br[64];
    std::snprintf(br, sizeof br, "[%010zu %010zu %010zu %010zu]", std::size_t{0}, lt, gt, pdf.size() - gt);
    pdf.replace(pdf.find(placeholder), placeholder.size(), br);
    const std::string signed_bytes = pdf.substr(0, lt) + pdf.substr(gt);
    std::string der;
    const unsigned attrs = spec.signed_attributes ? 0u : static_cast<unsigned>(CMS_NOATTR);
    if (spec.subfilter == "adbe.pkcs7.sha1") {
        unsigned char digest[SHA_DIGEST_LENGTH];
        SHA1(reinterpret_cast<const unsigned char*>(signed_bytes.data()), signed_bytes.size(), digest);
        der = cms_der(s, std::string(reinterpret_cast<char*>(digest), sizeof digest), CMS_BINARY | attrs);
    } else {
        der = cms_der(s, signed_bytes, CMS_DETACHED | CMS_BINARY | attrs);
    }
    static const char* k_hex = "0123456789ABCDEF";
    std::string hex;
    for (unsigned char c : der) {
        hex += k_hex[c >> 4];
        hex += k_hex[c & 15];
    }
    EXPECT_LE(hex.size(), hex_len);
    pdf.replace(lt + 1, hex.size(), hex);
    return pdf;
}

constexpr std::int64_t k_2020 = 1577836800;  // 2020-01-01T00:00:00Z
constexpr std::int64_t k_2021 = 1609459200;
constexpr std::int64_t k_2040 = 2208988800;

class InMemorySigning : public ::testing::Test {
protected:
    void SetUp() override {
        m_signer = make_signer(k_2020, k_2040);
        write_file(m_dir.path() / "anchor.pem", cert_pem(m_signer));
        m_trust = load_trust_dir(m_dir.path());
    }
    TempDir m_dir;
    Signer m_signer;
    TrustStore m_trust;
};

TEST_F(InMemorySigning, DetachedWithSigningTimeIsValid) {
    const auto r = verify_pdf_bytes(sign_pdf(m_signer, {}), m_trust);
    ASSERT_EQ(r.signers.size(), 1u);
    const auto& si = r.signers[0];
    EXPECT_EQ(si.status, "valid");
    EXPECT_EQ(si.time_source, "signing_time");  // CMS_sign stamps the current time
    EXPECT_EQ(si.subject, "CN=UBND XÃ THỬ (TEST), UID=MST:*******567");
    EXPECT_EQ(si.agency_or_person, "agency");
    EXPECT_EQ(si.serial, "1092");
    EXPECT_EQ(si.not_before, "2020-01-01T07:00:00+07:00");
    EXPECT_TRUE(si.whole_file);
}

TEST_F(InMemorySigning, WithoutSignedAttributesTheTimeIsClaimed) {
    SignSpec spec;
    spec.signed_attributes = false;
    const auto r = verify_pdf_bytes(sign_pdf(m_signer, spec), m_trust);
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.signers[0].status, "valid");
    EXPECT_EQ(r.signers[0].time_source, "claimed");
    EXPECT_EQ(r.signers[0].signed_at, "2022-01-04T09:00:00+07:00");
}

TEST_F(InMemorySigning, LegacySha1SubFilter) {
    SignSpec spec;
    spec.subfilter = "adbe.pkcs7.sha1";
    auto pdf = sign_pdf(m_signer, spec);
    EXPECT_EQ(verify_pdf_bytes(pdf, m_trust).status, "valid");
    pdf[pdf.find("(Hello)") + 1] = 'J';
    EXPECT_EQ(verify_pdf_bytes(pdf, m_trust).status, "invalid");
}

TEST_F(InMemorySigning, TamperedDetachedIsInvalid) {
    auto pdf = sign_pdf(m_signer, {});
    pdf[pdf.find("(Hello)") + 1] = 'J';
    const auto r = verify_pdf_bytes(pdf, m_trust);
    EXPECT_EQ(r.status, "invalid");
    EXPECT_TRUE(r.signers.at(0).subject.empty());  // nothing reported about an unverified signer
}

TEST_F(InMemorySigning, UnknownSubFilterIsIndeterminate) {
    SignSpec spec;
    spec.subfilter = "adbe.x509.rsa_sha1";
    EXPECT_EQ(verify_pdf_bytes(sign_pdf(m_signer, spec), m_trust).status, "indeterminate");
}

TEST_F(InMemorySigning, NoAnchorIsUntrusted) {
    EXPECT_EQ(verify_pdf_bytes(sign_pdf(m_signer, {}), {}).status, "untrusted");
}

TEST_F(InMemorySigning, CertificateExpiredAtClaimedSigningTime) {
    auto old = make_signer(k_2020, k_2021);
    TempDir dir;
    write_file(dir.path() / "old.pem", cert_pem(old));
    SignSpec spec;
    spec.signed_attributes = false;  // /M says 2022-01-04, after the certificate ended
    const auto r = verify_pdf_bytes(sign_pdf(old, spec), load_trust_dir(dir.path()));
    EXPECT_EQ(r.status, "expired");
}

TEST_F(InMemorySigning, WithoutAnyTimeTheCertificateIsCheckedAtAsOf) {
    SignSpec spec;
    spec.signed_attributes = false;
    spec.m.clear();
    const auto pdf = sign_pdf(m_signer, spec);
    Options o;
    o.as_of = kc::date::make(2022, 6, 1);
    EXPECT_EQ(verify_pdf_bytes(pdf, m_trust, o).status, "valid");
    o.as_of = kc::date::make(2019, 6, 1);  // before the certificate's validity
    const auto r = verify_pdf_bytes(pdf, m_trust, o);
    EXPECT_EQ(r.status, "expired");
    EXPECT_TRUE(r.signers.at(0).signed_at.empty());
}

TEST(VerifyCms, GarbageIsUnreadable) {
    EXPECT_EQ(verify_cms("not der", "content", ContentKind::detached).integrity, Integrity::unreadable);
    EXPECT_EQ(verify_cms("", "content", ContentKind::detached).integrity, Integrity::unreadable);
}

TEST(VerifyCms, DetachedSubFilterWithEncapsulatedContentIsRejected) {
    auto s = make_signer(k_2020, k_2040);
    const auto der = cms_der(s, "content", CMS_BINARY);  // not detached
    const auto f = verify_cms(der, "content", ContentKind::detached);
    EXPECT_EQ(f.integrity, Integrity::mismatch);
}

TEST(VerifyCms, ZeroPaddingAfterTheDerIsIgnored) {
    auto s = make_signer(k_2020, k_2040);
    const auto der = cms_der(s, "content", CMS_BINARY | CMS_DETACHED) + std::string(100, '\0');
    const auto f = verify_cms(der, "content", ContentKind::detached);
    EXPECT_EQ(f.integrity, Integrity::ok);
    EXPECT_TRUE(f.signing_time.has_value());
    EXPECT_FALSE(f.signer_cert_der.empty());
}

}  // namespace
}  // namespace kc::signature
