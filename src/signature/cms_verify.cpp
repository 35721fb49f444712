#include "signature/cms_verify.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/sha.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <memory>

namespace kc::signature {
namespace {

struct BioFree { void operator()(BIO* p) const { BIO_free(p); } };
struct CmsFree { void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); } };
struct CertsFree { void operator()(STACK_OF(X509)* p) const { sk_X509_pop_free(p, X509_free); } };
// CMS_get0_signers returns a stack of borrowed certificates: free the stack only.
struct SignersFree { void operator()(STACK_OF(X509)* p) const { sk_X509_free(p); } };
struct TstFree { void operator()(TS_TST_INFO* p) const { TS_TST_INFO_free(p); } };
struct ObjFree { void operator()(ASN1_OBJECT* p) const { ASN1_OBJECT_free(p); } };
using BioPtr = std::unique_ptr<BIO, BioFree>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;

BioPtr mem_bio(std::string_view s) {
    return BioPtr(BIO_new_mem_buf(s.data(), static_cast<int>(s.size())));
}

std::string bio_string(BIO* b) {
    char* data = nullptr;
    long n = BIO_get_mem_data(b, &data);
    return n > 0 ? std::string(data, static_cast<std::size_t>(n)) : std::string();
}

// Drains OpenSSL's error queue into one line; tells "unsupported" apart because an
// algorithm we cannot check is not evidence of tampering (→ indeterminate).
std::string drain_errors(bool* unsupported) {
    std::string out;
    while (unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        std::string s = buf;
        std::string lower = s;
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        if (unsupported &&
            (lower.find("unsupported") != std::string::npos ||
             lower.find("unknown digest") != std::string::npos ||
             lower.find("unknown algorithm") != std::string::npos ||
             lower.find("no such") != std::string::npos ||
             // Provider refuses the digest for this key type (e.g. Ed448 with SHAKE256).
             lower.find("invalid digest") != std::string::npos))
            *unsupported = true;
        if (!out.empty()) out += "; ";
        out += s;
    }
    return out;
}

std::string cert_der(X509* x) {
    unsigned char* buf = nullptr;
    int n = i2d_X509(x, &buf);
    if (n <= 0) return {};
    std::string s(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
    OPENSSL_free(buf);
    return s;
}

std::optional<std::int64_t> asn1_time_unix(const ASN1_TIME* t) {
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return std::nullopt;
    return static_cast<std::int64_t>(timegm(&tm));
}

std::vector<std::string> all_certs(CMS_ContentInfo* cms) {
    std::vector<std::string> out;
    std::unique_ptr<STACK_OF(X509), CertsFree> certs(CMS_get1_certs(cms));
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
        out.push_back(cert_der(sk_X509_value(certs.get(), i)));
    return out;
}

std::string first_signer(CMS_ContentInfo* cms) {
    std::unique_ptr<STACK_OF(X509), SignersFree> signers(CMS_get0_signers(cms));
    if (!signers || sk_X509_num(signers.get()) < 1) return {};
    return cert_der(sk_X509_value(signers.get(), 0));
}

void read_signing_time(CMS_SignerInfo* si, CmsFacts& f) {
    int idx = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (idx < 0) return;
    X509_ATTRIBUTE* attr = CMS_signed_get_attr(si, idx);
    ASN1_TYPE* t = attr ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
    if (!t || (t->type != V_ASN1_UTCTIME && t->type != V_ASN1_GENERALIZEDTIME)) return;
    f.signing_time = asn1_time_unix(reinterpret_cast<const ASN1_TIME*>(t->value.asn1_string));
}

// One DER element's children: for a constructed element at `der`, the complete TLVs
// inside it. Bounded by the input (ASN1_get_object checks lengths); empty when malformed.
std::vector<std::string_view> der_children(std::string_view der, int* tag_out = nullptr, int* class_out = nullptr) {
    std::vector<std::string_view> out;
    const auto* start = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* p = start;
    long len = 0;
    int tag = 0, cls = 0;
    const int r = ASN1_get_object(&p, &len, &tag, &cls, static_cast<long>(der.size()));
    if ((r & 0x80) || !(r & V_ASN1_CONSTRUCTED) || r == 0x21) return out;  // error / primitive / indefinite
    if (tag_out) *tag_out = tag;
    if (class_out) *class_out = cls;
    const unsigned char* end = p + len;
    while (p < end) {
        const unsigned char* item = p;
        long ilen = 0;
        int itag = 0, icls = 0;
        const int ir = ASN1_get_object(&p, &ilen, &itag, &icls, static_cast<long>(end - p));
        if ((ir & 0x80) || ir == 0x21) return {};
        p += ilen;
        out.emplace_back(reinterpret_cast<const char*>(item), static_cast<std::size_t>(p - item));
    }
    return out;
}

// adbe-revocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CertificateList
//   OPTIONAL, ocsp [1] EXPLICIT SEQUENCE OF OCSPResponse OPTIONAL, otherRevInfo [2] … }
void read_revocation_archival(CMS_SignerInfo* si, CmsFacts& f) {
    std::unique_ptr<ASN1_OBJECT, ObjFree> oid(OBJ_txt2obj("1.2.840.113583.1.1.8", 1));
    const int idx = CMS_signed_get_attr_by_OBJ(si, oid.get(), -1);
    if (idx < 0) return;
    X509_ATTRIBUTE* attr = CMS_signed_get_attr(si, idx);
    ASN1_TYPE* t = attr ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
    if (!t || t->type != V_ASN1_SEQUENCE) return;
    const std::string_view info(reinterpret_cast<const char*>(t->value.sequence->data),
                                static_cast<std::size_t>(t->value.sequence->length));
    constexpr std::size_t k_max_items = 64;  // a signature carries a handful at most
    for (auto part : der_children(info)) {
        int tag = -1, cls = 0;
        auto inner = der_children(part, &tag, &cls);
        if (cls != V_ASN1_CONTEXT_SPECIFIC || inner.size() != 1 || (tag != 0 && tag != 1)) continue;
        auto& into = tag == 0 ? f.archived_crls : f.archived_ocsps;
        for (auto item : der_children(inner[0]))
            if (into.size() < k_max_items) into.emplace_back(item);
    }
    ERR_clear_error();
}

// The token signs a hash of our SignerInfo's signature value (RFC 3161 appendix A);
// checking that imprint is what binds the trusted time to this very signature.
void read_timestamp(CMS_SignerInfo* si, CmsFacts& f) {
    std::unique_ptr<ASN1_OBJECT, ObjFree> oid(OBJ_txt2obj("1.2.840.113549.1.9.16.2.14", 1));
    int idx = CMS_unsigned_get_attr_by_OBJ(si, oid.get(), -1);
    if (idx < 0) return;
    X509_ATTRIBUTE* attr = CMS_unsigned_get_attr(si, idx);
    ASN1_TYPE* t = attr ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
    if (!t || t->type != V_ASN1_SEQUENCE) {
        f.timestamp_note = "timestamp token unreadable";
        return;
    }
    const unsigned char* p = t->value.sequence->data;
    CmsPtr token(d2i_CMS_ContentInfo(nullptr, &p, t->value.sequence->length));
    if (!token) {
        ERR_clear_error();
        f.timestamp_note = "timestamp token unreadable";
        return;
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (CMS_verify(token.get(), nullptr, nullptr, nullptr, out.get(),
                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
        f.timestamp_note = "timestamp token signature does not verify: " + drain_errors(nullptr);
        return;
    }
    if (OBJ_obj2nid(CMS_get0_eContentType(token.get())) != NID_id_smime_ct_TSTInfo) {
        f.timestamp_note = "timestamp token does not hold a TSTInfo";
        return;
    }
    {
        std::unique_ptr<STACK_OF(X509), SignersFree> signers(CMS_get0_signers(token.get()));
        X509* tsa = signers && sk_X509_num(signers.get()) > 0 ? sk_X509_value(signers.get(), 0) : nullptr;
        // RFC 3161 2.3: a TSA certificate carries exactly the timeStamping purpose.
        if (!tsa || X509_check_purpose(tsa, X509_PURPOSE_TIMESTAMP_SIGN, 0) != 1) {
            ERR_clear_error();
            f.timestamp_note = "timestamp signer lacks the timeStamping extended key usage";
            return;
        }
    }
    f.tsa_cert_der = first_signer(token.get());
    f.tsa_certs_der = all_certs(token.get());
    std::unique_ptr<TS_TST_INFO, TstFree> tst(d2i_TS_TST_INFO_bio(out.get(), nullptr));
    if (!tst) {
        ERR_clear_error();
        f.timestamp_note = "timestamp token has no TSTInfo";
        return;
    }
    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(tst.get());
    X509_ALGOR* alg = TS_MSG_IMPRINT_get_algo(imprint);
    ASN1_OCTET_STRING* expected = TS_MSG_IMPRINT_get_msg(imprint);
    const EVP_MD* md = EVP_get_digestbyobj(alg->algorithm);
    ASN1_OCTET_STRING* sig = CMS_SignerInfo_get0_signature(si);
    if (!md || !sig || !expected) {
        f.timestamp_note = "timestamp imprint algorithm unsupported";
        return;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (EVP_Digest(ASN1_STRING_get0_data(sig), static_cast<std::size_t>(ASN1_STRING_length(sig)),
                   digest, &n, md, nullptr) != 1 ||
        static_cast<int>(n) != ASN1_STRING_length(expected) ||
        std::memcmp(digest, ASN1_STRING_get0_data(expected), n) != 0) {
        f.timestamp_note = "timestamp imprint does not match the signature";
        return;
    }
    f.timestamp_time = asn1_time_unix(TS_TST_INFO_get_time(tst.get()));
    if (!f.timestamp_time) f.timestamp_note = "timestamp time unreadable";
}

}  // namespace

CmsFacts verify_cms(std::string_view der, std::string_view signed_bytes, ContentKind kind) {
    CmsFacts f;
    ERR_clear_error();
    // d2i reads one DER object by its own length, so the zero padding after it in
    // /Contents is ignored.
    auto in = mem_bio(der);
    CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms) {
        f.integrity = Integrity::unreadable;
        f.detail = "CMS unreadable: " + drain_errors(nullptr);
        return f;
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        f.integrity = Integrity::unreadable;
        f.detail = "CMS is not SignedData";
        return f;
    }
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
        f.integrity = Integrity::unreadable;
        f.detail = "CMS must hold exactly one SignerInfo";
        return f;
    }
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    f.certs_der = all_certs(cms.get());
    {
        X509_ALGOR* dig = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &dig, nullptr);
        if (dig) f.digest_algorithm = OBJ_nid2sn(OBJ_obj2nid(dig->algorithm));
    }

    ASN1_OCTET_STRING** econtent = CMS_get0_content(cms.get());
    const bool encapsulated = econtent && *econtent;
    bool unsupported = false;
    if (kind == ContentKind::detached) {
        // A "detached" signature that carries its own content could be signing
        // something other than the PDF bytes: reject it (pyHanko does too).
        if (encapsulated) {
            f.integrity = Integrity::mismatch;
            f.detail = "detached signature encapsulates content";
            return f;
        }
        auto content = mem_bio(signed_bytes);
        if (CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                       CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
            f.detail = drain_errors(&unsupported);
            f.integrity = unsupported ? Integrity::unsupported : Integrity::mismatch;
            return f;
        }
    } else {
        if (!encapsulated) {
            f.integrity = Integrity::unreadable;
            f.detail = "adbe.pkcs7.sha1 signature without encapsulated digest";
            return f;
        }
        BioPtr out(BIO_new(BIO_s_mem()));
        if (CMS_verify(cms.get(), nullptr, nullptr, nullptr, out.get(),
                       CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
            f.detail = drain_errors(&unsupported);
            f.integrity = unsupported ? Integrity::unsupported : Integrity::mismatch;
            return f;
        }
        unsigned char digest[SHA_DIGEST_LENGTH];
        SHA1(reinterpret_cast<const unsigned char*>(signed_bytes.data()), signed_bytes.size(), digest);
        if (bio_string(out.get()) !=
            std::string(reinterpret_cast<char*>(digest), SHA_DIGEST_LENGTH)) {
            f.integrity = Integrity::mismatch;
            f.detail = "encapsulated SHA-1 digest does not match the signed bytes";
            return f;
        }
    }
    f.integrity = Integrity::ok;
    f.signer_cert_der = first_signer(cms.get());
    read_signing_time(si, f);
    read_timestamp(si, f);
    read_revocation_archival(si, f);
    ERR_clear_error();
    return f;
}

}  // namespace kc::signature
