#include "signature/certificate.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>

namespace kc::signature {
namespace {

struct X509Free { void operator()(X509* p) const { X509_free(p); } };
struct StoreFree { void operator()(X509_STORE* p) const { X509_STORE_free(p); } };
struct CtxFree { void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); } };
struct StackFree { void operator()(STACK_OF(X509)* p) const { sk_X509_pop_free(p, X509_free); } };
struct BioFree { void operator()(BIO* p) const { BIO_free(p); } };
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr from_der(std::string_view der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

std::optional<std::int64_t> to_unix(const ASN1_TIME* t) {
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return std::nullopt;
    return static_cast<std::int64_t>(timegm(&tm));
}

NameParts name_parts(const X509_NAME* name) {
    NameParts out;
    static const std::pair<int, const char*> k_wanted[] = {
        {NID_commonName, "CN"}, {NID_organizationName, "O"}, {NID_organizationalUnitName, "OU"},
        {NID_localityName, "L"}, {NID_stateOrProvinceName, "ST"}, {NID_countryName, "C"},
        {NID_userId, "UID"}};
    for (int i = 0; name && i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
        int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(e));
        const char* label = nullptr;
        for (const auto& [n, l] : k_wanted)
            if (n == nid) label = l;
        if (!label) continue;
        unsigned char* utf8 = nullptr;
        int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
        if (len < 0) continue;
        out.emplace_back(label, std::string(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(len)));
        OPENSSL_free(utf8);
    }
    return out;
}

// Anchors files may hold one DER certificate or several PEM ones.
std::vector<X509Ptr> read_certificates(const std::filesystem::path& file) {
    std::vector<X509Ptr> out;
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.find("-----BEGIN") != std::string::npos) {
        std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
        while (X509* x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) out.emplace_back(x);
        ERR_clear_error();  // the loop ends on a "no start line" error
    } else if (auto x = from_der(bytes)) {
        out.push_back(std::move(x));
    }
    ERR_clear_error();
    return out;
}

// Masks runs of 9+ digits (CMND 9, MST 10/13, CCCD 12) keeping their last 3;
// works on bytes without breaking UTF-8 because only ASCII digits change.
std::string mask_digit_runs(std::string_view v) {
    std::string out(v);
    std::size_t i = 0;
    while (i < out.size()) {
        if (out[i] < '0' || out[i] > '9') { ++i; continue; }
        std::size_t j = i;
        while (j < out.size() && out[j] >= '0' && out[j] <= '9') ++j;
        if (j - i >= 9)
            for (std::size_t m = i; m + 3 < j; ++m) out[m] = '*';
        i = j;
    }
    return out;
}

}  // namespace

std::vector<std::string> anchor_certificates_der(const std::vector<std::filesystem::path>& files) {
    std::vector<std::string> out;
    for (const auto& file : files)
        for (auto& cert : read_certificates(file)) {
            unsigned char* buf = nullptr;
            const int n = i2d_X509(cert.get(), &buf);
            if (n > 0) out.emplace_back(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
            OPENSSL_free(buf);
        }
    return out;
}

std::string mask_identifier(std::string_view value) {
    std::size_t start = 0;
    if (auto colon = value.find(':'); colon != std::string_view::npos) start = colon + 1;
    std::string out(value);
    if (out.size() <= start + 3) {  // too short to keep 3: hide it all
        for (std::size_t i = start; i < out.size(); ++i) out[i] = '*';
        return out;
    }
    for (std::size_t i = start; i + 3 < out.size(); ++i) out[i] = '*';
    return out;
}

std::string format_name(const NameParts& parts, bool mask_identifiers) {
    std::string out;
    for (const auto& [k, v] : parts) {
        if (!out.empty()) out += ", ";
        // UIDs carry citizen / tax numbers; mask them, and any other value that is
        // mostly an ID number (some CAs put CCCD into CN or OU as well).
        std::string value = v;
        if (mask_identifiers) value = k == "UID" ? mask_identifier(v) : mask_digit_runs(v);
        out += k + "=" + value;
    }
    return out;
}

std::string guess_agency_or_person(const NameParts& subject) {
    std::string cn, uid;
    bool has_org = false;
    for (const auto& [k, v] : subject) {
        if (k == "CN" && cn.empty()) cn = v;
        if (k == "UID") uid += v + ";";
        if (k == "O" || k == "OU") has_org = true;
    }
    for (const char* p : {"CCCD:", "CMND:", "HC:", "PASSPORT:"})
        if (uid.find(p) != std::string::npos) return "person";
    if (uid.find("MST:") != std::string::npos || uid.find("MNS:") != std::string::npos) return "agency";
    if (cn.empty()) return "unknown";
    // Agency names are written in capitals and start with a unit word; personal
    // names are 2–6 capitalised words without digits.
    bool has_lower = false, has_digit = false;
    int words = 1;
    for (unsigned char c : cn) {
        if (c >= 'a' && c <= 'z') has_lower = true;
        if (c >= '0' && c <= '9') has_digit = true;
        if (c == ' ') ++words;
    }
    if (!has_lower && !has_digit) {
        // ASCII-uppercase check is enough: Vietnamese lowercase letters with marks
        // always come with some plain lowercase letters in a name.
        return "agency";
    }
    for (const char* unit : {"UBND", "Ủy ban", "Uỷ ban", "Sở ", "Phòng ", "Cục ", "Bộ ", "Văn phòng",
                             "Trường ", "Ban ", "Chi cục", "Trung tâm", "Công ty"})
        if (cn.rfind(unit, 0) == 0) return "agency";
    if (has_org && !has_digit && words >= 2 && words <= 6) return "person";
    return "unknown";
}

CertFacts describe_certificate(std::string_view der, bool mask_identifiers) {
    CertFacts f;
    auto x = from_der(der);
    if (!x) {
        ERR_clear_error();
        return f;
    }
    f.readable = true;
    auto subject = name_parts(X509_get_subject_name(x.get()));
    f.subject = format_name(subject, mask_identifiers);
    f.issuer = format_name(name_parts(X509_get_issuer_name(x.get())), mask_identifiers);
    f.agency_or_person = guess_agency_or_person(subject);
    if (BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x.get()), nullptr)) {
        char* hex = BN_bn2hex(bn);
        f.serial = hex ? hex : "";
        OPENSSL_free(hex);
        BN_free(bn);
    }
    f.not_before = to_unix(X509_get0_notBefore(x.get())).value_or(0);
    f.not_after = to_unix(X509_get0_notAfter(x.get())).value_or(0);
    // Without a KeyUsage extension every usage is allowed (RFC 5280 4.2.1.3).
    if (X509_get_extension_flags(x.get()) & EXFLAG_KUSAGE) {
        const std::uint32_t ku = X509_get_key_usage(x.get());
        f.key_usage_ok = (ku & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
    }
    return f;
}

ChainCheck check_chain(std::string_view leaf_der, const std::vector<std::string>& intermediates_der,
                       const std::vector<std::filesystem::path>& anchors, std::int64_t at) {
    ChainCheck r;
    auto leaf = from_der(leaf_der);
    if (!leaf) {
        ERR_clear_error();
        r.detail = "signer certificate unreadable";
        return r;
    }
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    int loaded = 0;
    for (const auto& file : anchors)
        for (auto& cert : read_certificates(file))
            if (X509_STORE_add_cert(store.get(), cert.get()) == 1) ++loaded;
    ERR_clear_error();  // duplicate anchors are harmless
    if (loaded == 0) {
        r.detail = "no trust anchors configured";
        return r;
    }
    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    for (const auto& der : intermediates_der)
        if (auto c = from_der(der)) sk_X509_push(untrusted.get(), c.release());
    std::unique_ptr<X509_STORE_CTX, CtxFree> ctx(X509_STORE_CTX_new());
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        r.detail = "chain context failed";
        return r;
    }
    // X509_STORE_CTX_set_time sets X509_V_FLAG_USE_CHECK_TIME: validity is judged
    // at the signing time, not now (state certificates outlive few documents).
    X509_STORE_CTX_set_time(ctx.get(), 0, static_cast<time_t>(at));
    if (X509_verify_cert(ctx.get()) == 1) {
        r.status = ChainStatus::trusted;
        return r;
    }
    int err = X509_STORE_CTX_get_error(ctx.get());
    r.detail = X509_verify_cert_error_string(err);
    if (err == X509_V_ERR_CERT_HAS_EXPIRED || err == X509_V_ERR_CERT_NOT_YET_VALID) {
        // Only an expired certificate on an otherwise good chain counts as expired;
        // re-check with time checks off to make sure the chain itself exists.
        std::unique_ptr<X509_STORE_CTX, CtxFree> again(X509_STORE_CTX_new());
        X509_STORE_CTX_init(again.get(), store.get(), leaf.get(), untrusted.get());
        X509_STORE_CTX_set_flags(again.get(), X509_V_FLAG_NO_CHECK_TIME);
        if (X509_verify_cert(again.get()) == 1) r.status = ChainStatus::expired;
    }
    ERR_clear_error();
    return r;
}

}  // namespace kc::signature

namespace kc::signature {
namespace {

struct CrlFree { void operator()(X509_CRL* p) const { X509_CRL_free(p); } };
using CrlPtr = std::unique_ptr<X509_CRL, CrlFree>;

std::vector<CrlPtr> read_crls(const std::string& bytes) {
    std::vector<CrlPtr> out;
    if (bytes.find("-----BEGIN") != std::string::npos) {
        std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
        while (X509_CRL* c = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr)) out.emplace_back(c);
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
        if (X509_CRL* c = d2i_X509_CRL(nullptr, &p, static_cast<long>(bytes.size()))) out.emplace_back(c);
    }
    ERR_clear_error();
    return out;
}

std::vector<CrlPtr> read_crls(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return read_crls(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
}

}  // namespace

RevocationCheck check_revocation(std::string_view leaf_der, const std::vector<std::string>& intermediates_der,
                                 const std::vector<std::filesystem::path>& anchors,
                                 const std::vector<std::filesystem::path>& crls,
                                 const std::vector<std::string>& crls_der) {
    RevocationCheck r;
    auto leaf = from_der(leaf_der);
    if (!leaf) {
        ERR_clear_error();
        r.detail = "signer certificate unreadable";
        return r;
    }
    std::vector<CrlPtr> covering;
    auto take = [&](std::vector<CrlPtr> found) {
        for (auto& crl : found)
            if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(leaf.get())) == 0)
                covering.push_back(std::move(crl));
    };
    for (const auto& file : crls) take(read_crls(file));
    for (const auto& der : crls_der) take(read_crls(der));
    for (auto& crl : covering) {
        const auto t = to_unix(X509_CRL_get0_lastUpdate(crl.get())).value_or(0);
        if (t < r.this_update) continue;
        r.this_update = t;
        r.next_update = to_unix(X509_CRL_get0_nextUpdate(crl.get()));
    }
    if (covering.empty()) {
        r.detail = "no CRL for the issuer";
        return r;
    }
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    for (const auto& file : anchors)
        for (auto& cert : read_certificates(file)) X509_STORE_add_cert(store.get(), cert.get());
    for (auto& crl : covering) X509_STORE_add_crl(store.get(), crl.get());
    ERR_clear_error();
    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    for (const auto& der : intermediates_der)
        if (auto c = from_der(der)) sk_X509_push(untrusted.get(), c.release());
    std::unique_ptr<X509_STORE_CTX, CtxFree> ctx(X509_STORE_CTX_new());
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        r.detail = "chain context failed";
        return r;
    }
    X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_CRL_CHECK | X509_V_FLAG_NO_CHECK_TIME);
    if (X509_verify_cert(ctx.get()) == 1) {
        r.status = Revocation::good;
        return r;
    }
    const int err = X509_STORE_CTX_get_error(ctx.get());
    r.detail = X509_verify_cert_error_string(err);
    ERR_clear_error();
    if (err != X509_V_ERR_CERT_REVOKED) return r;  // e.g. a CRL with a bad signature: not checked
    r.status = Revocation::revoked;
    for (auto& crl : covering) {
        X509_REVOKED* entry = nullptr;
        if (X509_CRL_get0_by_cert(crl.get(), &entry, leaf.get()) == 1 && entry) {
            r.revoked_at = to_unix(X509_REVOKED_get0_revocationDate(entry)).value_or(0);
            int crit = 0;
            if (auto* code = static_cast<ASN1_ENUMERATED*>(
                    X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, &crit, nullptr))) {
                r.reason = OCSP_crl_reason_str(static_cast<int>(ASN1_ENUMERATED_get(code)));
                ASN1_ENUMERATED_free(code);
            }
            ERR_clear_error();
        }
    }
    return r;
}

}  // namespace kc::signature
