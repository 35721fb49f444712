// signature/verify.h — the signature stage: judges the digital signatures of one PDF.
//
// Contract
// - Runs inside a supervised child process; the supervisor owns time and memory
//   limits. These functions do the work and return values: no logging, no exit,
//   no global state (except that qpdf's process-wide logger is silenced, so hostile
//   files cannot flood the child's stderr). They do not throw for bad input (a
//   hostile PDF yields `invalid` / `indeterminate`); they may throw std::bad_alloc.
// - Reads only `pdf` and the anchor files; writes nothing.
// - Per signature, status is one of
//     valid         digest matches, CMS signature verifies, chain to a trust anchor,
//                   certificate valid at the signing time, key usage fits;
//     invalid       digest/signature mismatch, malformed or non-standard /ByteRange
//                   (gap ≠ /Contents, uncovered bytes not forming a revision), unreadable CMS;
//     modified      intact, but a later incremental update changes pages, page content
//                   or resources (allowed after signing: annotations, form values,
//                   signatures, document timestamps, /DSS, metadata, /Extensions);
//     expired       intact and chained, but the certificate was not valid at signing time;
//     indeterminate unsupported SubFilter or algorithm, missing data;
//     untrusted     intact, no chain to a configured anchor (also when none are configured).
//   Document status = worst (invalid > modified > expired > indeterminate > untrusted
//   > valid), "absent" when the PDF has no signature, and "indeterminate" with no
//   signers when the PDF cannot be parsed at all (extraction reports the damage).
// - Revocation: when a CRL of the trust store is issued by the signer's issuer, the
//   signer is checked against it (X509_V_FLAG_CRL_CHECK). Revoked on or before the
//   signing time → invalid; revoked later → a note, and indeterminate unless the
//   signing time comes from a timestamp (only then is "signed before revocation"
//   proven). No covering CRL → the note "revocation not checked".
// - The timestamp authority must carry the timeStamping extended key usage; its
//   chain to the anchors is checked at the token time, "not trusted" is a note.
// - Signing time: RFC 3161 timestamp token (imprint checked) → "timestamp"; else the
//   signed signingTime attribute → "signing_time"; else /M → "claimed". The chain is
//   checked at that time; with no time at all, at `as_of` (default: now).
// - Document timestamps (/Type /DocTimeStamp) are not signers; they are noted.
// - Personal identifiers in subjects (UID=CCCD:/CMND:/MST: …, long digit runs) are
//   masked unless `mask_identifiers` is false.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/model.h"
#include "util/date.h"

namespace kc::signature {

inline constexpr const char* k_version = "signature-1";

struct TrustStore {
    std::vector<std::filesystem::path> anchors;  // certificate files (PEM/DER) of trust anchors
    std::vector<std::filesystem::path> crls;     // CRL files (PEM/DER)
};

// Every *.pem *.crt *.cer *.der file directly in `dir` as an anchor and every *.crl
// as a CRL, sorted; empty when `dir` does not exist.
TrustStore load_trust_dir(const std::filesystem::path& dir);

struct Options {
    std::optional<kc::Date> as_of;  // validation day when the document gives no time
    bool mask_identifiers = true;
};

kc::SignatureResult verify_pdf(const std::filesystem::path& pdf, const TrustStore& trust,
                               const Options& options = {});

// Same, over bytes already in memory (tests, and callers that hashed the file).
kc::SignatureResult verify_pdf_bytes(std::string_view bytes, const TrustStore& trust,
                                     const Options& options = {});

// {"status":…, "signatures":[{status, field, subfilter, subject, issuer, serial,
//  not_before, not_after, agency_or_person, signed_at, time_source,
//  coverage {byte_range, whole_file, signed_revision_is_last, later_changes[]}, notes[]}]}
Poco::JSON::Object::Ptr to_json(const kc::SignatureResult& result);

// The reason a judge reports for a document status: absent → UNSIGNED, invalid →
// SIGNATURE_INVALID, modified → MODIFIED_AFTER_SIGNING, expired → CERT_EXPIRED,
// untrusted → SIGNATURE_UNTRUSTED, indeterminate → SIGNATURE_INDETERMINATE; valid → none.
std::optional<kc::ReasonCode> reason_for(const std::string& status);

// Rank used for "worst of": invalid 5, modified 4, expired 3, indeterminate 2,
// untrusted 1, valid 0; unknown strings rank as invalid.
int status_rank(const std::string& status);

}  // namespace kc::signature
