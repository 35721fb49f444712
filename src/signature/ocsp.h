// signature/ocsp.h — OCSP responses (RFC 6960) as revocation evidence for a signer
// certificate, verified offline with OpenSSL, plus the optional online query.
//
// Contract
// - check_ocsp_response: the response must be `successful` and basic; its signature must be
//   made by the certificate's CA itself or by a responder the CA delegated (EKU
//   id-kp-OCSPSigning, issued by that CA), and that signer must chain to one of `anchors`
//   at the response's producedAt (OpenSSL OCSP_basic_verify with the store's time set).
//   `pool_der` supplies untrusted helper certificates (the CMS's, the DSS's) for the CA of
//   the leaf and the responder's chain. Then the single response whose CertID names the
//   leaf is read. Whether the response is fresh enough for a signing time is NOT decided
//   here (see revocation.h): this answers "what does a trustworthy responder say".
// - No I/O except `fetch_ocsp`, which makes one HTTP POST (plain http only, no redirects,
//   `timeout_seconds`) to the certificate's AIA OCSP URL with a nonce, and checks the nonce.
//   Callers use it only when the deployment allows network (TrustStore::ocsp_fetch).
// - No exceptions for bad input; hostile bytes give `unusable` with a detail.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::signature {

struct OcspEvidence {
    enum class Status { unusable, good, revoked, unknown };
    Status status = Status::unusable;
    std::string detail;                      // why unusable / unknown (English, no personal data)
    std::int64_t produced_at = 0;            // unix
    std::int64_t this_update = 0;
    std::optional<std::int64_t> next_update;
    std::int64_t revoked_at = 0;             // when revoked
    std::string reason;                      // RFC 5280 reason name, e.g. "keyCompromise"; may be empty
};

OcspEvidence check_ocsp_response(std::string_view response_der, std::string_view leaf_der,
                                 const std::vector<std::string>& pool_der,
                                 const std::vector<std::filesystem::path>& anchors);

// The first http(s) URL of the certificate's Authority Information Access OCSP entries;
// empty when there is none or the certificate is unreadable.
std::string ocsp_url(std::string_view leaf_der);

struct OcspFetch {
    std::string response_der;  // empty on failure
    std::string error;         // why, on failure
};
// Asks the AIA responder about `leaf_der` (issuer found in `pool_der` or `anchors`).
OcspFetch fetch_ocsp(std::string_view leaf_der, const std::vector<std::string>& pool_der,
                     const std::vector<std::filesystem::path>& anchors, int timeout_seconds);

}  // namespace kc::signature
