// tests/fuzz/fuzz_entries.h — the entry functions shared by the libFuzzer targets
// (tests/fuzz/*_fuzz.cpp, built with -DKC_BUILD_FUZZ=ON under clang) and by the
// corpus replay test (tests/unit/signature/fuzz_corpus_test.cpp, every build), so a
// seed or a crash reproducer runs through exactly the same code in both.
//
// Contract: each takes arbitrary bytes, must not crash, hang or leak, and returns a
// small number derived from the result (so the work is not optimised away and the
// replay test can see that real parsing happened).
#pragma once
#include <cstdint>
#include <string_view>

#include "signature/byte_range.h"
#include "signature/cms_verify.h"
#include "signature/incremental_updates.h"
#include "signature/ocsp.h"
#include "signature/pdf_signatures.h"

namespace kc::signature::fuzz {

// Content the CMS seeds sign (tests/fuzz/make_corpus.py uses the same bytes).
inline constexpr std::string_view k_cms_content = "kiemchung fuzz seed content";

// Bytes = a PDF. Finds the signature dictionaries (qpdf) and runs the strict
// ByteRange checks on each, as verify.cpp does before any cryptography.
inline int byte_range_entry(std::string_view bytes) {
    int ok = 0;
    const auto found = find_signatures(bytes);
    for (const auto& sig : found.signatures) {
        const auto spans = find_contents_spans(bytes, sig.contents);
        const auto check = check_byte_range(sig.byte_range, static_cast<std::int64_t>(bytes.size()),
                                            choose_contents_span(spans, sig.byte_range));
        if (check.ok) {
            ++ok;
            ends_at_revision_boundary(bytes, check.signed_end);
        }
        parse_pdf_date(sig.claimed_time);
    }
    return ok;
}

// Bytes = a DER CMS. Verified as a detached signature and as adbe.pkcs7.sha1 over
// k_cms_content; a matching seed goes on to the signingTime and timestamp code.
inline int cms_entry(std::string_view der) {
    int ok = 0;
    for (auto kind : {ContentKind::detached, ContentKind::sha1_digest}) {
        const auto facts = verify_cms(der, k_cms_content, kind);
        if (facts.integrity == Integrity::ok) ++ok;
        if (facts.timestamp_time) ++ok;
        // Archived revocation data goes through the OCSP parser (no anchors: parse only).
        for (const auto& ocsp : facts.archived_ocsps)
            if (check_ocsp_response(ocsp, facts.signer_cert_der, facts.certs_der, {}).status ==
                OcspEvidence::Status::unusable)
                ++ok;
    }
    return ok;
}

// Bytes = a PDF whose first revision (up to the first %%EOF and its end of line)
// stands for the signed one; the later revisions are analysed.
inline int revision_entry(std::string_view bytes) {
    std::int64_t signed_end = static_cast<std::int64_t>(bytes.size() / 2);
    if (auto eof = bytes.find("%%EOF"); eof != std::string_view::npos) {
        std::size_t end = eof + 5;
        while (end < bytes.size() && (bytes[end] == '\r' || bytes[end] == '\n')) ++end;
        signed_end = static_cast<std::int64_t>(end);
    }
    const auto report = analyse_later_updates(bytes, signed_end);
    return report.modified() ? 2 : report.changes.empty() ? 0 : 1;  // modified / allowed changes / none
}

}  // namespace kc::signature::fuzz
