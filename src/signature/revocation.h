// signature/revocation.h — what the revocation evidence found for a signer certificate
// (CRLs, OCSP responses) says about one signature. Pure: no I/O, no OpenSSL; the
// evidence is gathered and cryptographically checked by certificate.h / ocsp.h.
//
// Rules (docs/trust.md "Revocation"):
// - Evidence issued (thisUpdate) after the validation time (end of --as-of, else now) is
//   not used: the verdict is what could be known on the validation day.
// - Revoked evidence wins over good evidence (revocation is final). The earliest
//   revocation time counts: on or before the signing time → revoked_before; after it →
//   revoked_after. With no signing time at all, revoked_before.
// - Good evidence counts only when it speaks about the signing time T: issued at or after
//   T (minus a 5-minute clock skew), or current at T (thisUpdate ≤ T ≤ nextUpdate), or,
//   without nextUpdate, issued at most 24 hours before T. Evidence marked `deployment`
//   (CRL files the deployment put in its trust directory) is taken as current: the
//   deployment decides how fresh its CRLs are.
// - Without a signing time, T is the validation time.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kc::signature {

struct RevocationEvidence {
    enum class Kind { good, revoked, unusable };
    Kind kind = Kind::unusable;
    std::string source;                      // "CRL", "CRL in the PDF", "OCSP, DSS", "OCSP, signed attribute", "OCSP, online"
    bool deployment = false;                 // trust-directory CRL: freshness and as-of not enforced
    std::int64_t issued = 0;                 // thisUpdate (unix)
    std::optional<std::int64_t> next_update;
    std::int64_t revoked_at = 0;
    std::string reason;                      // e.g. keyCompromise
    std::string detail;                      // why unusable
};

struct RevocationVerdict {
    enum class Outcome { not_checked, good, revoked_before, revoked_after };
    Outcome outcome = Outcome::not_checked;
    // The deciding evidence (good/revoked outcomes).
    std::string source;
    std::int64_t issued = 0;
    std::int64_t revoked_at = 0;
    std::string reason;
    // Why evidence was set aside, one line each (English, no personal data).
    std::vector<std::string> set_aside;
};

inline constexpr std::int64_t k_revocation_clock_skew = 300;
inline constexpr std::int64_t k_revocation_no_next_update_window = 86400;

// True when good evidence issued at `issued` (nextUpdate `next_update`) speaks about time `t`.
bool good_evidence_covers(std::int64_t issued, std::optional<std::int64_t> next_update, std::int64_t t);

RevocationVerdict judge_revocation(const std::vector<RevocationEvidence>& evidence,
                                   std::optional<std::int64_t> signing_time, std::int64_t validation_time);

}  // namespace kc::signature
