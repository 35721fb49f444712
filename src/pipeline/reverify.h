// pipeline/reverify.h — trust stores change: a signature recorded as
// `indeterminate` or `untrusted` is verified again (never re-extracted) by the
// nightly run, against the trust directory's current contents, as of the day.
// The result goes to the catalog cache under stage "signature-reverify",
// version "<signature version>|trust:<sha256 over the trust files>|as_of:<day>",
// and every judgement (index, nightly, ingest) reads it back through
// overlay_reverified(), so the same catalog, trust directory and as-of give
// the same index. The document rows themselves are never changed.
#pragma once
#include <string>
#include <vector>

#include "pipeline/engine.h"

namespace kc {

// sha256 over the sorted (file name, file sha256) of the trust directory; "none" when unset.
std::string trust_fingerprint(const Config& c);
// Verifies again, in supervised children, each such signature not yet cached
// for this trust store and day; returns how many were verified now.
int reverify_signatures(Engine& e);
// The same over documents already read from the catalog (nightly reads them once).
int reverify_signatures(Engine& e, const std::vector<Document>& documents);
// Replaces those documents' signatures with the cached re-verification, if any.
void overlay_reverified(const Engine& e, std::vector<Document>& docs);

}  // namespace kc
