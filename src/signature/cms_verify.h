// signature/cms_verify.h — integrity of one CMS/PKCS#7 signature over the signed
// bytes (OpenSSL), plus the facts a verdict needs: certificates and times.
// Trust is NOT decided here (see certificate.h): this answers "do the bytes match
// the signature", which must hold whether or not we know the signer.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::signature {

enum class Integrity { ok, mismatch, unreadable, unsupported };

struct CmsFacts {
    Integrity integrity = Integrity::unreadable;
    std::string detail;                   // why, when not ok (English, no personal data)
    std::string signer_cert_der;          // empty when not identified
    std::vector<std::string> certs_der;   // every certificate embedded in the CMS
    std::optional<std::int64_t> signing_time;  // signed attribute signingTime (unix)
    // RFC 3161 token in the unsigned attribute id-aa-timeStampToken, accepted only
    // when its own signature verifies and its imprint matches our signature value.
    std::optional<std::int64_t> timestamp_time;
    std::string timestamp_note;           // why a present token was not used
    std::string tsa_cert_der;             // the token's signer, for a chain check
    std::vector<std::string> tsa_certs_der;
    std::string digest_algorithm;         // e.g. "sha256"
    // Revocation data the signer archived in the signed attribute adbe-revocationInfoArchival
    // (1.2.840.113583.1.1.8), DER, unverified here: OCSPResponse and CertificateList objects.
    std::vector<std::string> archived_ocsps;
    std::vector<std::string> archived_crls;
};

enum class ContentKind {
    detached,     // adbe.pkcs7.detached, ETSI.CAdES.detached: CMS over the bytes
    sha1_digest,  // adbe.pkcs7.sha1: CMS encapsulates SHA-1(bytes)
};

CmsFacts verify_cms(std::string_view der, std::string_view signed_bytes, ContentKind kind);

}  // namespace kc::signature
