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
// - Revocation (docs/trust.md): evidence from the trust directory's CRLs, CRLs and OCSP
//   responses embedded in the PDF (the document's /DSS, the signature's signed attribute
//   adbe-revocationInfoArchival), and — only when the trust directory's revocation.conf
//   says `ocsp_fetch: yes` — the certificate's AIA OCSP responder. OCSP responses count
//   only when signed by the CA or its delegated responder chaining to the anchors; good
//   evidence only when it speaks about the signing time (revocation.h). Revoked on or
//   before the signing time → invalid (note with date, reason, source); revoked later → a
//   note, and indeterminate unless the signing time comes from a timestamp whose authority
//   chains to an anchor (only then is
//   "signed before revocation" proven). No usable evidence → "revocation not checked".
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

inline constexpr const char* k_version = "signature-2";  // 2: OCSP, embedded CRLs, DSS

struct TrustStore {
    std::vector<std::filesystem::path> anchors;  // certificate files (PEM/DER) of trust anchors
    std::vector<std::filesystem::path> crls;     // CRL files (PEM/DER)
    // From DIR/revocation.conf: may the verifier ask OCSP responders over the network?
    // Off unless the deployment says so.
    bool ocsp_fetch = false;
    int ocsp_timeout_seconds = 5;
};

// Every *.pem *.crt *.cer *.der file directly in `dir` as an anchor and every *.crl
// as a CRL, sorted; empty when `dir` does not exist. DIR/revocation.conf, when present,
// holds `key: value` lines (`#` comments): ocsp_fetch (yes|no|true|false|on|off, default
// no) and ocsp_timeout_seconds (1..60, default 5); unknown keys are ignored.
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
//  plus "present": {"agency": …, "person": …} (see signer_kinds_present).
Poco::JSON::Object::Ptr to_json(const kc::SignatureResult& result);

// Nghị định 30/2020 asks for the person's and the agency's signature: whether each kind is
// present among the signatures ("agency_or_person", a heuristic) and whether one of that
// kind is valid.
struct SignerKindsPresent {
    bool agency = false, agency_valid = false;
    bool person = false, person_valid = false;
};
SignerKindsPresent signer_kinds_present(const kc::SignatureResult& result);

// The reason a judge reports for a document status: absent → UNSIGNED, invalid →
// SIGNATURE_INVALID, modified → MODIFIED_AFTER_SIGNING, expired → CERT_EXPIRED,
// untrusted → SIGNATURE_UNTRUSTED, indeterminate → SIGNATURE_INDETERMINATE; valid → none.
std::optional<kc::ReasonCode> reason_for(const std::string& status);

// Rank used for "worst of": invalid 5, modified 4, expired 3, indeterminate 2,
// untrusted 1, valid 0; unknown strings rank as invalid.
int status_rank(const std::string& status);

}  // namespace kc::signature
