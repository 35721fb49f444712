// The pyHanko corpus (../shared/corpora/pyhanko, see its MANIFEST.md): signed PDFs
// whose verdicts pyHanko's own tests assert. Validated with pyHanko's test root as
// the only anchor, as of 2020-11-01. Where our verdict deliberately differs the row
// says why; docs/signature-corpus.md explains each difference.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "signature/verify.h"

namespace kc::signature {
namespace {

namespace fs = std::filesystem;

fs::path corpus_dir() { return fs::path(KC_SOURCE_DIR) / ".." / "shared" / "corpora" / "pyhanko"; }

enum class Agreement { agrees, differs, no_verdict };

struct CorpusCase {
    const char* file;
    std::vector<const char*> statuses;  // ours, per signature in document order
    Agreement agreement;                // with pyHanko's expected verdict
    const char* why;
};

// Files with signatures. Every other PDF of the corpus must come out "absent".
const CorpusCase k_signed[] = {
    {"pdf/certified-with-indirect-refs-in-dir.pdf", {"valid"}, Agreement::agrees, "VALID, trusted"},
    {"pdf/coverage-anomalies/one-byterange.pdf", {"invalid"}, Agreement::agrees, "non-standard coverage"},
    {"pdf/coverage-anomalies/signature-gap-too-big.pdf", {"invalid"}, Agreement::agrees, "non-standard coverage"},
    {"pdf/coverage-anomalies/tail-uncovered.pdf", {"invalid"}, Agreement::agrees, "non-standard coverage"},
    {"pdf/coverage-anomalies/weird-byterange.pdf", {"invalid"}, Agreement::agrees, "non-standard coverage"},
    {"pdf/coverage-anomalies/base.pdf", {"invalid"}, Agreement::no_verdict, "placeholder CMS"},
    {"pdf/ed448-disallowed-hash.pdf", {"indeterminate"}, Agreement::agrees, "INDETERMINATE"},
    {"pdf/ed448-shake256-nolen.pdf", {"indeterminate"}, Agreement::differs,
     "OpenSSL 3.0 CMS cannot verify Ed448 with SHAKE256"},
    // Sig1 of these was made in 2022 with a certificate that expired 2022-01-01:
    // "expired" at its signing time; the later update is allowed, as pyHanko says.
    {"pdf/extensions-direct.pdf", {"expired", "indeterminate"}, Agreement::agrees, "FORM_FILLING"},
    {"pdf/extensions-indirect.pdf", {"expired", "indeterminate"}, Agreement::agrees, "FORM_FILLING"},
    {"pdf/extensions-update-direct.pdf", {"expired", "indeterminate"}, Agreement::agrees, "FORM_FILLING"},
    {"pdf/extensions-update-indirect.pdf", {"expired", "indeterminate"}, Agreement::agrees, "FORM_FILLING"},
    {"pdf/extensions-indirect-not-all-paths.pdf", {"modified", "indeterminate"}, Agreement::agrees,
     "disallowed change"},
    {"pdf/form-update-ap-indirect-sneaky-trailer.pdf", {"expired", "expired"}, Agreement::differs,
     "no object visible elsewhere was overwritten"},
    {"pdf/form-update-no-override-appearance-stream-ap-indirect-sneaky.pdf", {"expired", "expired"},
     Agreement::differs, "no object visible elsewhere was overwritten"},
    {"pdf/form-update-no-override-appearance-stream-ap-indirect.pdf", {"expired", "expired"},
     Agreement::agrees, "FORM_FILLING"},
    {"pdf/form-update-original-ap-type-wrong.pdf", {"expired", "expired"}, Agreement::agrees, "FORM_FILLING"},
    {"pdf/form-update-override-appearance-stream-ap-indirect-sneaky.pdf", {"modified", "expired"},
     Agreement::agrees, "disallowed change"},
    {"pdf/form-update-override-appearance-stream-ap-indirect.pdf", {"expired", "expired"}, Agreement::agrees,
     "FORM_FILLING"},
    {"pdf/form-update-override-appearance-stream-sneaky.pdf", {"modified", "expired"}, Agreement::agrees,
     "disallowed change"},
    {"pdf/form-update-override-appearance-stream.pdf", {"expired", "expired"}, Agreement::agrees,
     "FORM_FILLING"},
    {"pdf/minimal-signed-twice-both-created.pdf", {"untrusted", "untrusted"}, Agreement::agrees,
     "FORM_FILLING, self-signed"},
    {"pdf/minimal-signed-twice-no-sig-type.pdf", {"untrusted", "untrusted"}, Agreement::agrees,
     "FORM_FILLING; signed with the certomancer PKI, not testing-ca"},
    {"pdf/minimal-signed-twice-second-created.pdf", {"untrusted", "untrusted"}, Agreement::agrees,
     "FORM_FILLING, self-signed"},
    {"pdf/minimal-two-fields-signed-twice.pdf", {"untrusted", "untrusted"}, Agreement::agrees,
     "FORM_FILLING, self-signed"},
    {"pdf/pades-lta-dss-indirect-arrs-test.pdf", {"valid"}, Agreement::agrees, "bottom_line True"},
    {"pdf/pades-lta-dss-indirect-arrs-test-2.pdf", {"valid", "valid"}, Agreement::agrees, "val_trusted"},
    {"pdf/pades-with-old-style-signing-cert-attr.pdf", {"valid"}, Agreement::agrees, "VALID/trusted"},
    {"pdf/pades-with-old-style-signing-cert-attr-issser.pdf", {"valid"}, Agreement::agrees, "VALID/trusted"},
    {"pdf/pdf-sig-with-econtent.pdf", {"invalid"}, Agreement::agrees, "rejected"},
    {"pdf/separate-annots-kids-indir.pdf", {"valid", "valid"}, Agreement::no_verdict, "fixture"},
    // pyHanko's test validates these without our trust root; the CMS verdict agrees.
    {"pdf/sig-no-signed-attrs.pdf", {"valid"}, Agreement::agrees, "validates"},
    {"pdf/sig-with-ski-sid.pdf", {"valid"}, Agreement::agrees, "validates"},
    {"pdf/signed-encrypted-pubkey-with-catalog-ref.pdf", {}, Agreement::no_verdict,
     "public-key encrypted: we cannot read it (indeterminate)"},
};

std::string worst_of(const std::vector<const char*>& statuses) {
    std::string w = statuses.empty() ? "indeterminate" : "valid";
    for (const char* s : statuses)
        if (status_rank(s) > status_rank(w)) w = s;
    return w;
}

class PyhankoCorpus : public ::testing::Test {
protected:
    void SetUp() override {
        if (!fs::exists(corpus_dir() / "MANIFEST.md"))
            GTEST_SKIP() << "pyHanko corpus not found at " << corpus_dir() << " (../shared/corpora absent)";
        m_trust.anchors = {corpus_dir() / "crypto/testing-ca/root/root.cert.pem"};
        m_options.as_of = kc::date::make(2020, 11, 1);
    }
    TrustStore m_trust;
    Options m_options;
};

TEST_F(PyhankoCorpus, SignedFilesMatchExpectedVerdicts) {
    int agrees = 0, differs = 0, no_verdict = 0;
    for (const auto& c : k_signed) {
        SCOPED_TRACE(c.file);
        const auto r = verify_pdf(corpus_dir() / c.file, m_trust, m_options);
        ASSERT_EQ(r.signers.size(), c.statuses.size());
        for (std::size_t i = 0; i < c.statuses.size(); ++i) {
            std::string notes;
            for (const auto& n : r.signers[i].notes) notes += n + "; ";
            EXPECT_EQ(r.signers[i].status, c.statuses[i]) << "signature " << i << ": " << notes;
        }
        EXPECT_EQ(r.status, worst_of(c.statuses));
        (c.agreement == Agreement::agrees ? agrees : c.agreement == Agreement::differs ? differs : no_verdict)++;
    }
    std::cout << "[ corpus   ] pyHanko signed files: " << agrees << " agree, " << differs
              << " differ deliberately (docs/signature-corpus.md), " << no_verdict << " without a verdict\n";
}

TEST_F(PyhankoCorpus, AllowedLaterChangesAreListed) {
    const auto r = verify_pdf(corpus_dir() / "pdf/pades-lta-dss-indirect-arrs-test.pdf", m_trust, m_options);
    ASSERT_EQ(r.signers.size(), 1u);
    const auto& si = r.signers[0];
    EXPECT_FALSE(si.signed_revision_is_last);
    EXPECT_FALSE(si.whole_file);
    EXPECT_EQ(si.time_source, "timestamp");
    EXPECT_EQ(si.signed_at, "2020-11-01T07:00:00+07:00");
    const auto has = [&](const std::string& what) {
        return std::find(si.later_changes.begin(), si.later_changes.end(), what) != si.later_changes.end();
    };
    EXPECT_TRUE(has("catalog /DSS changed"));
    EXPECT_TRUE(has("document timestamp added"));
}

TEST_F(PyhankoCorpus, DisallowedChangeNamesTheObject) {
    const auto r = verify_pdf(corpus_dir() / "pdf/form-update-override-appearance-stream-sneaky.pdf", m_trust,
                              m_options);
    ASSERT_FALSE(r.signers.empty());
    bool named = false;
    for (const auto& c : r.signers[0].later_changes) named |= c.find("/FooBar") != std::string::npos;
    EXPECT_TRUE(named);
}

TEST_F(PyhankoCorpus, WithoutAnchorsIntactSignaturesAreUntrusted) {
    const auto r = verify_pdf(corpus_dir() / "pdf/certified-with-indirect-refs-in-dir.pdf", {}, m_options);
    ASSERT_EQ(r.signers.size(), 1u);
    EXPECT_EQ(r.signers[0].status, "untrusted");
}

TEST_F(PyhankoCorpus, SelfSignedCertificateAsAnchorIsTrusted) {
    TrustStore t;
    t.anchors = {corpus_dir() / "crypto/selfsigned.cert.pem"};
    const auto r = verify_pdf(corpus_dir() / "pdf/minimal-two-fields-signed-twice.pdf", t, m_options);
    ASSERT_EQ(r.signers.size(), 2u);
    EXPECT_EQ(r.signers[0].status, "valid");
}

// pyHanko's PAdES-LTA files carry OCSP responses of its testing CA's responder in the DSS:
// made by another project's tooling, they verify offline and cover the signing time.
TEST_F(PyhankoCorpus, DssOcspResponsesFromAnotherProjectVerify) {
    for (const char* file : {"pdf/pades-lta-dss-indirect-arrs-test.pdf", "pdf/pades-lta-dss-indirect-arrs-test-2.pdf"}) {
        const auto r = verify_pdf(corpus_dir() / file, m_trust, m_options);
        ASSERT_FALSE(r.signers.empty()) << file;
        for (const auto& si : r.signers) {
            std::string notes;
            for (const auto& n : si.notes) notes += n + " | ";
            EXPECT_EQ(si.status, "valid") << file << ": " << notes;
            EXPECT_NE(notes.find("revocation checked: not revoked (OCSP, DSS"), std::string::npos) << file << ": " << notes;
        }
    }
}

TEST_F(PyhankoCorpus, EveryOtherPdfIsAbsent) {
    std::set<std::string> signed_files;
    for (const auto& c : k_signed) signed_files.insert(c.file);
    int checked = 0;
    for (const auto& e : fs::recursive_directory_iterator(corpus_dir() / "pdf")) {
        if (e.path().extension() != ".pdf") continue;
        const auto rel = e.path().lexically_relative(corpus_dir()).generic_string();
        if (signed_files.count(rel)) continue;
        SCOPED_TRACE(rel);
        EXPECT_EQ(verify_pdf(e.path(), m_trust, m_options).status, "absent");
        ++checked;
    }
    EXPECT_GT(checked, 50);
}

}  // namespace
}  // namespace kc::signature
