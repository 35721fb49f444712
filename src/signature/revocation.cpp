#include "signature/revocation.h"

#include "util/date.h"

namespace kc::signature {

bool good_evidence_covers(std::int64_t issued, std::optional<std::int64_t> next_update, std::int64_t t) {
    if (issued >= t - k_revocation_clock_skew) return true;  // asked after signing: not revoked then
    if (next_update) return t <= *next_update + k_revocation_clock_skew;  // current at the signing time
    return t - issued <= k_revocation_no_next_update_window;
}

RevocationVerdict judge_revocation(const std::vector<RevocationEvidence>& evidence,
                                   std::optional<std::int64_t> signing_time, std::int64_t validation_time) {
    RevocationVerdict v;
    const std::int64_t t = signing_time.value_or(validation_time);
    const RevocationEvidence* revoked = nullptr;
    const RevocationEvidence* good = nullptr;
    for (const auto& e : evidence) {
        if (e.kind == RevocationEvidence::Kind::unusable) {
            v.set_aside.push_back(e.source + ": " + e.detail);
            continue;
        }
        if (!e.deployment && e.issued > validation_time + k_revocation_clock_skew) {
            v.set_aside.push_back(e.source + ": issued " + kc::date::timestamp_vn(e.issued) +
                                  ", after the validation time (as_of)");
            continue;
        }
        if (e.kind == RevocationEvidence::Kind::revoked) {
            if (!revoked || e.revoked_at < revoked->revoked_at) revoked = &e;
            continue;
        }
        if (e.deployment || good_evidence_covers(e.issued, e.next_update, t)) {
            if (!good || e.issued > good->issued) good = &e;
        } else {
            v.set_aside.push_back(e.source + ": issued " + kc::date::timestamp_vn(e.issued) +
                                  (e.next_update ? ", next update " + kc::date::timestamp_vn(*e.next_update) : "") +
                                  ", not current at the signing time");
        }
    }
    const RevocationEvidence* decisive = revoked ? revoked : good;
    if (!decisive) return v;
    v.source = decisive->source;
    v.issued = decisive->issued;
    if (revoked) {
        v.revoked_at = revoked->revoked_at;
        v.reason = revoked->reason;
        v.outcome = signing_time && revoked->revoked_at > *signing_time ? RevocationVerdict::Outcome::revoked_after
                                                                       : RevocationVerdict::Outcome::revoked_before;
    } else {
        v.outcome = RevocationVerdict::Outcome::good;
    }
    return v;
}

}  // namespace kc::signature
