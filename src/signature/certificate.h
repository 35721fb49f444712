// signature/certificate.h — what a signer certificate says (subject, issuer,
// validity) and whether it chains to a configured trust anchor at a given time.
// Certificates travel as DER bytes so no OpenSSL type leaks out of the .cpp.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::signature {

struct CertFacts {
    bool readable = false;
    std::string subject;   // "CN=…, O=…, UID=CCCD:*********890" (one line, UTF-8)
    std::string issuer;
    std::string serial;    // hex
    std::int64_t not_before = 0;  // unix
    std::int64_t not_after = 0;
    std::string agency_or_person;  // agency | person | unknown (heuristic)
    bool key_usage_ok = true;      // digitalSignature or nonRepudiation when KU present
};

CertFacts describe_certificate(std::string_view der, bool mask_identifiers);

enum class ChainStatus { trusted, untrusted, expired };
struct ChainCheck {
    ChainStatus status = ChainStatus::untrusted;
    std::string detail;  // OpenSSL's verify error, when not trusted
};

// Builds a path from `leaf` to one of `anchors` (files with PEM or DER
// certificates), using `intermediates` as untrusted helpers, checked at `at`.
ChainCheck check_chain(std::string_view leaf_der, const std::vector<std::string>& intermediates_der,
                       const std::vector<std::filesystem::path>& anchors, std::int64_t at);

// Every certificate in the anchor files (PEM, several per file, or one DER), as DER.
std::vector<std::string> anchor_certificates_der(const std::vector<std::filesystem::path>& files);

// Revocation from CRL files (PEM or DER, as found in the trust directory) or from CRLs
// embedded in the PDF (`crls_der`: DSS /CRLs, adbe-revocationInfoArchival).
// Checked only when one of the CRLs is issued by the leaf's issuer: then OpenSSL
// verifies the path again with X509_V_FLAG_CRL_CHECK (the CRL's own signature is
// checked too). Time checks are off in that pass: the leaf's validity at signing
// time is check_chain's business, the CRL is whatever the deployment holds on the
// validation day. A revoked leaf reports its revocation date so the caller can
// compare it with the signing time.
enum class Revocation { not_checked, good, revoked };
struct RevocationCheck {
    Revocation status = Revocation::not_checked;
    std::string detail;           // why not checked / OpenSSL's error
    std::int64_t revoked_at = 0;  // unix, when revoked
    std::string reason;           // CRLReason of the entry ("keyCompromise"), may be empty
    std::int64_t this_update = 0;  // of the (latest) covering CRL
    std::optional<std::int64_t> next_update;
};
RevocationCheck check_revocation(std::string_view leaf_der, const std::vector<std::string>& intermediates_der,
                                 const std::vector<std::filesystem::path>& anchors,
                                 const std::vector<std::filesystem::path>& crls,
                                 const std::vector<std::string>& crls_der = {});

// ---- pure helpers (table-tested) ---------------------------------------------

// "CCCD:001234567890" → "CCCD:*********890"; keeps the prefix and the last 3
// characters. Values without a prefix are masked the same way.
std::string mask_identifier(std::string_view value);

// Subject attributes in certificate order: (short name, UTF-8 value).
using NameParts = std::vector<std::pair<std::string, std::string>>;
std::string format_name(const NameParts& parts, bool mask_identifiers);
// agency | person | unknown, from UID prefixes and the shape of CN.
std::string guess_agency_or_person(const NameParts& subject);

}  // namespace kc::signature
