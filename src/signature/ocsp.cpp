#include "signature/ocsp.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/http.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

#include "signature/certificate.h"

namespace kc::signature {
namespace {

struct X509Free { void operator()(X509* p) const { X509_free(p); } };
struct StackFree { void operator()(STACK_OF(X509)* p) const { sk_X509_pop_free(p, X509_free); } };
struct StoreFree { void operator()(X509_STORE* p) const { X509_STORE_free(p); } };
struct RespFree { void operator()(OCSP_RESPONSE* p) const { OCSP_RESPONSE_free(p); } };
struct BasicFree { void operator()(OCSP_BASICRESP* p) const { OCSP_BASICRESP_free(p); } };
struct CertIdFree { void operator()(OCSP_CERTID* p) const { OCSP_CERTID_free(p); } };
struct ReqFree { void operator()(OCSP_REQUEST* p) const { OCSP_REQUEST_free(p); } };
struct BioFree { void operator()(BIO* p) const { BIO_free_all(p); } };
struct OsslFree { void operator()(char* p) const { OPENSSL_free(p); } };
struct AiaFree { void operator()(AUTHORITY_INFO_ACCESS* p) const { AUTHORITY_INFO_ACCESS_free(p); } };
using X509Ptr = std::unique_ptr<X509, X509Free>;
using StackPtr = std::unique_ptr<STACK_OF(X509), StackFree>;

X509Ptr from_der(std::string_view der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

std::optional<std::int64_t> to_unix(const ASN1_GENERALIZEDTIME* t) {
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return std::nullopt;
    return static_cast<std::int64_t>(timegm(&tm));
}

std::string last_error() {
    std::string out;
    while (unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!out.empty()) out += "; ";
        out += buf;
    }
    return out;
}

StackPtr to_stack(const std::vector<std::string>& ders) {
    StackPtr s(sk_X509_new_null());
    for (const auto& der : ders)
        if (auto c = from_der(der)) sk_X509_push(s.get(), c.release());
    ERR_clear_error();
    return s;
}

// The certificate among `pool` and the anchors that issued `leaf` (name and key
// identifier match, and its key verifies the leaf's signature).
X509Ptr find_issuer(X509* leaf, const std::vector<std::string>& pool_der,
                    const std::vector<std::filesystem::path>& anchors) {
    auto candidates = pool_der;
    for (auto& der : anchor_certificates_der(anchors)) candidates.push_back(std::move(der));
    for (const auto& der : candidates) {
        auto c = from_der(der);
        if (!c) continue;
        if (X509_check_issued(c.get(), leaf) != X509_V_OK) continue;
        EVP_PKEY* key = X509_get0_pubkey(c.get());
        if (key && X509_verify(leaf, key) == 1) {
            ERR_clear_error();
            return c;
        }
    }
    ERR_clear_error();
    return nullptr;
}

}  // namespace

OcspEvidence check_ocsp_response(std::string_view response_der, std::string_view leaf_der,
                                 const std::vector<std::string>& pool_der,
                                 const std::vector<std::filesystem::path>& anchors) {
    OcspEvidence ev;
    ERR_clear_error();
    auto unusable = [&](std::string why) {
        ev.status = OcspEvidence::Status::unusable;
        ev.detail = std::move(why);
        ERR_clear_error();
        return ev;
    };
    const auto* p = reinterpret_cast<const unsigned char*>(response_der.data());
    std::unique_ptr<OCSP_RESPONSE, RespFree> resp(
        d2i_OCSP_RESPONSE(nullptr, &p, static_cast<long>(response_der.size())));
    if (!resp) return unusable("OCSP response unreadable");
    const int rs = OCSP_response_status(resp.get());
    if (rs != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return unusable(std::string("OCSP response status ") + OCSP_response_status_str(rs));
    std::unique_ptr<OCSP_BASICRESP, BasicFree> basic(OCSP_response_get1_basic(resp.get()));
    if (!basic) return unusable("OCSP response is not a basic response");
    auto leaf = from_der(leaf_der);
    if (!leaf) return unusable("signer certificate unreadable");
    auto issuer = find_issuer(leaf.get(), pool_der, anchors);
    if (!issuer) return unusable("the certificate's issuer is not available to match the OCSP response");

    ev.produced_at = to_unix(OCSP_resp_get0_produced_at(basic.get())).value_or(0);
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    int loaded = 0;
    for (const auto& der : anchor_certificates_der(anchors))
        if (auto c = from_der(der); c && X509_STORE_add_cert(store.get(), c.get()) == 1) ++loaded;
    ERR_clear_error();
    if (loaded == 0) return unusable("no trust anchors configured for the OCSP responder");
    // The responder's certificate is judged when it answered, not today.
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), static_cast<time_t>(ev.produced_at));
    auto helpers = to_stack(pool_der);
    sk_X509_push(helpers.get(), X509_dup(issuer.get()));
    // OCSP_basic_verify: signature, signer chain to the store (purpose OCSP helper), and that
    // the signer is the CA of every CertID or a responder that CA delegated (OCSPSigning).
    if (OCSP_basic_verify(basic.get(), helpers.get(), store.get(), 0) != 1)
        return unusable("OCSP response not trusted: " + last_error());

    // Our CertID, with the hash the responder used, then the matching single response.
    for (int i = 0; i < OCSP_resp_count(basic.get()); ++i) {
        OCSP_SINGLERESP* single = OCSP_resp_get0(basic.get(), i);
        const OCSP_CERTID* cid = OCSP_SINGLERESP_get0_id(single);
        ASN1_OBJECT* md_oid = nullptr;
        if (!cid || OCSP_id_get0_info(nullptr, &md_oid, nullptr, nullptr, const_cast<OCSP_CERTID*>(cid)) != 1)
            continue;
        const EVP_MD* md = EVP_get_digestbyobj(md_oid);
        if (!md) continue;
        std::unique_ptr<OCSP_CERTID, CertIdFree> mine(OCSP_cert_to_id(md, leaf.get(), issuer.get()));
        if (!mine || OCSP_id_cmp(mine.get(), cid) != 0) continue;
        int reason = -1;
        ASN1_GENERALIZEDTIME *revtime = nullptr, *thisupd = nullptr, *nextupd = nullptr;
        const int status = OCSP_single_get0_status(single, &reason, &revtime, &thisupd, &nextupd);
        ev.this_update = to_unix(thisupd).value_or(0);
        ev.next_update = to_unix(nextupd);
        if (!thisupd) return unusable("OCSP response without thisUpdate");
        if (status == V_OCSP_CERTSTATUS_GOOD) {
            ev.status = OcspEvidence::Status::good;
        } else if (status == V_OCSP_CERTSTATUS_REVOKED) {
            ev.status = OcspEvidence::Status::revoked;
            ev.revoked_at = to_unix(revtime).value_or(0);
            if (reason >= 0) ev.reason = OCSP_crl_reason_str(reason);
        } else {
            ev.status = OcspEvidence::Status::unknown;
            ev.detail = "the responder does not know the certificate";
        }
        ERR_clear_error();
        return ev;
    }
    return unusable("OCSP response is about another certificate");
}

std::string ocsp_url(std::string_view leaf_der) {
    auto leaf = from_der(leaf_der);
    if (!leaf) {
        ERR_clear_error();
        return {};
    }
    std::unique_ptr<AUTHORITY_INFO_ACCESS, AiaFree> aia(static_cast<AUTHORITY_INFO_ACCESS*>(
        X509_get_ext_d2i(leaf.get(), NID_info_access, nullptr, nullptr)));
    ERR_clear_error();
    for (int i = 0; aia && i < sk_ACCESS_DESCRIPTION_num(aia.get()); ++i) {
        ACCESS_DESCRIPTION* ad = sk_ACCESS_DESCRIPTION_value(aia.get(), i);
        if (OBJ_obj2nid(ad->method) != NID_ad_OCSP || ad->location->type != GEN_URI) continue;
        const ASN1_IA5STRING* uri = ad->location->d.uniformResourceIdentifier;
        std::string url(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)),
                        static_cast<std::size_t>(ASN1_STRING_length(uri)));
        if (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0) return url;
    }
    return {};
}

OcspFetch fetch_ocsp(std::string_view leaf_der, const std::vector<std::string>& pool_der,
                     const std::vector<std::filesystem::path>& anchors, int timeout_seconds) {
    OcspFetch out;
    ERR_clear_error();
    const auto url = ocsp_url(leaf_der);
    if (url.empty()) {
        out.error = "no OCSP URL in the certificate";
        return out;
    }
    auto leaf = from_der(leaf_der);
    auto issuer = leaf ? find_issuer(leaf.get(), pool_der, anchors) : nullptr;
    if (!issuer) {
        out.error = "the certificate's issuer is not available to ask its OCSP responder";
        return out;
    }
    char *host = nullptr, *port = nullptr, *path = nullptr;
    int use_ssl = 0;
    if (OSSL_HTTP_parse_url(url.c_str(), &use_ssl, nullptr, &host, &port, nullptr, &path, nullptr, nullptr) != 1) {
        out.error = "OCSP URL unreadable";
        ERR_clear_error();
        return out;
    }
    std::unique_ptr<char, OsslFree> free_host(host), free_port(port), free_path(path);
    if (use_ssl) {
        out.error = "https OCSP URLs are not supported";
        return out;
    }
    std::unique_ptr<OCSP_REQUEST, ReqFree> req(OCSP_REQUEST_new());
    OCSP_CERTID* id = OCSP_cert_to_id(nullptr, leaf.get(), issuer.get());
    if (!req || !id || !OCSP_request_add0_id(req.get(), id) || OCSP_request_add1_nonce(req.get(), nullptr, -1) != 1) {
        out.error = "OCSP request could not be built";
        ERR_clear_error();
        return out;
    }
    unsigned char* req_der = nullptr;
    const int req_len = i2d_OCSP_REQUEST(req.get(), &req_der);
    std::unique_ptr<BIO, BioFree> req_bio(BIO_new_mem_buf(req_der, req_len));
    std::unique_ptr<BIO, BioFree> resp_bio(OSSL_HTTP_transfer(
        nullptr, host, port, path, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, 0, nullptr,
        "application/ocsp-request", req_bio.get(), "application/ocsp-response", 1, 1 << 20, timeout_seconds, 0));
    req_bio.reset();
    OPENSSL_free(req_der);
    if (!resp_bio) {
        out.error = "OCSP responder did not answer: " + last_error();
        return out;
    }
    std::unique_ptr<OCSP_RESPONSE, RespFree> resp(d2i_OCSP_RESPONSE_bio(resp_bio.get(), nullptr));
    if (!resp) {
        out.error = "OCSP responder sent something unreadable";
        ERR_clear_error();
        return out;
    }
    if (OCSP_response_status(resp.get()) == OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        std::unique_ptr<OCSP_BASICRESP, BasicFree> basic(OCSP_response_get1_basic(resp.get()));
        // 1: nonce echoed; -1: responder sends none (pre-produced responses): freshness is
        // then judged by thisUpdate; anything else is a replayed or foreign answer.
        const int nonce = basic ? OCSP_check_nonce(req.get(), basic.get()) : 0;
        if (nonce != 1 && nonce != -1) {
            out.error = "OCSP response nonce does not match the request";
            ERR_clear_error();
            return out;
        }
    }
    unsigned char* der = nullptr;
    const int n = i2d_OCSP_RESPONSE(resp.get(), &der);
    if (n > 0) out.response_der.assign(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
    OPENSSL_free(der);
    ERR_clear_error();
    return out;
}

}  // namespace kc::signature
