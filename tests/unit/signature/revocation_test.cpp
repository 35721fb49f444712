// The pure revocation rules (signature/revocation.h): which evidence speaks about the
// signing time, and what wins.
#include <gtest/gtest.h>

#include "signature/revocation.h"

namespace kc::signature {
namespace {

constexpr std::int64_t k_day = 86400;
constexpr std::int64_t T = 1641261600;  // 2022-01-04 09:00 +07:00
constexpr std::int64_t k_validation = T + 30 * k_day;

RevocationEvidence good(std::int64_t issued, std::optional<std::int64_t> next = std::nullopt,
                        std::string source = "OCSP, DSS") {
    RevocationEvidence e;
    e.kind = RevocationEvidence::Kind::good;
    e.source = std::move(source);
    e.issued = issued;
    e.next_update = next;
    return e;
}

RevocationEvidence revoked(std::int64_t issued, std::int64_t at, std::string reason = "keyCompromise") {
    RevocationEvidence e;
    e.kind = RevocationEvidence::Kind::revoked;
    e.source = "OCSP, DSS";
    e.issued = issued;
    e.revoked_at = at;
    e.reason = std::move(reason);
    return e;
}

TEST(RevocationRules, GoodEvidenceCoversTheSigningTime) {
    struct Row {
        std::int64_t issued;
        std::optional<std::int64_t> next;
        bool covers;
        const char* why;
    };
    const Row rows[] = {
        {T + k_day, std::nullopt, true, "asked after signing"},
        {T - 200, std::nullopt, true, "within the clock skew"},
        {T - k_day / 2, std::nullopt, true, "no nextUpdate, 12 h before"},
        {T - 2 * k_day, std::nullopt, false, "no nextUpdate, 2 days before"},
        {T - k_day, T + 6 * k_day, true, "current: thisUpdate <= T <= nextUpdate"},
        {T - 10 * k_day, T - 3 * k_day, false, "expired before signing"},
        {T - 10 * k_day, T - 100, true, "nextUpdate within the skew"},
    };
    for (const auto& r : rows) EXPECT_EQ(good_evidence_covers(r.issued, r.next, T), r.covers) << r.why;
}

TEST(RevocationRules, NoEvidenceIsNotChecked) {
    const auto v = judge_revocation({}, T, k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::not_checked);
    EXPECT_TRUE(v.set_aside.empty());
}

TEST(RevocationRules, CurrentGoodEvidenceIsGood) {
    const auto v = judge_revocation({good(T + k_day)}, T, k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::good);
    EXPECT_EQ(v.source, "OCSP, DSS");
    EXPECT_EQ(v.issued, T + k_day);
}

TEST(RevocationRules, StaleGoodEvidenceIsSetAside) {
    const auto v = judge_revocation({good(T - 10 * k_day, T - 3 * k_day)}, T, k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::not_checked);
    ASSERT_EQ(v.set_aside.size(), 1u);
    EXPECT_NE(v.set_aside[0].find("not current at the signing time"), std::string::npos) << v.set_aside[0];
}

TEST(RevocationRules, EvidenceFromAfterTheValidationDayIsNotUsed) {
    const auto v = judge_revocation({good(k_validation + k_day), revoked(k_validation + k_day, T - k_day)}, T,
                                    k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::not_checked);
    ASSERT_EQ(v.set_aside.size(), 2u);
    EXPECT_NE(v.set_aside[0].find("after the validation time"), std::string::npos);
}

TEST(RevocationRules, DeploymentCrlsAreTakenAsCurrent) {
    auto crl = good(T - 200 * k_day, T - 100 * k_day, "CRL");
    crl.deployment = true;
    EXPECT_EQ(judge_revocation({crl}, T, k_validation).outcome, RevocationVerdict::Outcome::good);
    crl.issued = k_validation + 10 * k_day;  // not filtered by as_of either
    EXPECT_EQ(judge_revocation({crl}, T, k_validation).outcome, RevocationVerdict::Outcome::good);
}

TEST(RevocationRules, RevokedBeforeOrAtTheSigningTime) {
    for (std::int64_t at : {T - 100 * k_day, T}) {
        const auto v = judge_revocation({good(T + k_day), revoked(T + k_day, at)}, T, k_validation);
        EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::revoked_before);
        EXPECT_EQ(v.revoked_at, at);
        EXPECT_EQ(v.reason, "keyCompromise");
    }
}

TEST(RevocationRules, RevokedAfterTheSigningTime) {
    const auto v = judge_revocation({revoked(T + 20 * k_day, T + 10 * k_day, "superseded")}, T, k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::revoked_after);
    EXPECT_EQ(v.reason, "superseded");
}

TEST(RevocationRules, EarliestRevocationCountsAndRevokedWinsOverGood) {
    const auto v = judge_revocation(
        {good(T + 2 * k_day), revoked(T + 20 * k_day, T + 10 * k_day), revoked(T + 20 * k_day, T - k_day)}, T,
        k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::revoked_before);
    EXPECT_EQ(v.revoked_at, T - k_day);
}

TEST(RevocationRules, WithoutSigningTimeRevokedMeansBefore) {
    const auto v = judge_revocation({revoked(T, T - k_day)}, std::nullopt, k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::revoked_before);
    // Good evidence is then judged at the validation time.
    EXPECT_EQ(judge_revocation({good(k_validation - k_day, k_validation + k_day)}, std::nullopt, k_validation).outcome,
              RevocationVerdict::Outcome::good);
}

TEST(RevocationRules, UnusableEvidenceIsListed) {
    RevocationEvidence e;
    e.source = "OCSP, online";
    e.detail = "OCSP responder did not answer";
    const auto v = judge_revocation({e}, T, k_validation);
    EXPECT_EQ(v.outcome, RevocationVerdict::Outcome::not_checked);
    ASSERT_EQ(v.set_aside.size(), 1u);
    EXPECT_EQ(v.set_aside[0], "OCSP, online: OCSP responder did not answer");
}

}  // namespace
}  // namespace kc::signature
