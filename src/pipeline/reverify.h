// pipeline/reverify.h — trust stores change: a signature recorded as
// `indeterminate` or `untrusted` is verified again (never re-extracted) by the
// nightly run, against the trust directory's current contents, as of the day.
// The result goes to the catalog cache under stage "signature-reverify", keyed
// by (sha256, verifier version, trust-store fingerprint, revocation data):
// version "<signature version>|trust:<sha256 over the trust files>|revocation:…".
// The trust fingerprint covers every file of the trust directory — anchors,
// CRL files and revocation.conf — so a changed store means a new verification.
// The revocation part is "offline" (the day does not matter: the same store
// gives the same answer every night, so nothing is verified again) unless the
// day can change the answer, then "day:<as-of>" and it is verified each day:
//  - revocation.conf allows OCSP fetching (a responder's answer changes), or
//  - a signer has no proven signing time (time_source not timestamp or
//    signing_time): its chain is checked at the as-of day, and certificates expire.
// Every judgement (index, nightly, ingest) reads it back through
// overlay_reverified(), so the same catalog, trust directory and as-of give
// the same index. The document rows themselves are never changed.
#pragma once
#include <string>
#include <vector>

#include "pipeline/engine.h"

namespace kc {

// The cache version for a trust fingerprint and a day ("" = not day-bound).
std::string reverify_version(const std::string& trust_fingerprint, const std::string& day);
// sha256 over the sorted (file name, file sha256) of the trust directory; "none" when unset.
std::string trust_fingerprint(const Config& c);
// Verifies again, in supervised children, each such signature not yet cached
// for this key; returns how many were verified now.
int reverify_signatures(Engine& e);
// The same over documents already read from the catalog (nightly reads them once).
int reverify_signatures(Engine& e, const std::vector<Document>& documents);
// Replaces those documents' signatures with the cached re-verification, if any.
void overlay_reverified(const Engine& e, std::vector<Document>& docs);

}  // namespace kc
