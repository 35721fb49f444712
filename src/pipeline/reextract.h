// pipeline/reextract.h — the nightly run re-extracts a document only when the
// extractor changed: extraction results are cached by (sha256, extract version)
// (stage "extract", extract::k_version); a recorded document whose content has
// no row at the current version was extracted by an older extractor.
//
// Contract
//  - extract_cache_version(): extract::k_version, or the value of the test-only
//    environment variable KC_TEST_EXTRACT_VERSION when set (tests record a
//    document "with an old extractor" that way). ingest and nightly both use it.
//  - reextract_stale(): only when the catalog's meta "extract.version" (the
//    version the last nightly run brought the catalog to) differs from the
//    current one — i.e. once after an upgrade, never on an ordinary night — it
//    looks for documents (not refused, with content) without a current "extract"
//    row, extracts them again in supervised children (blob from the store),
//    stores the new row, re-reads their header and classification with the rule
//    set their submission was routed to, and keeps those document facts in the
//    cache (stage "document-reextract", version "<extract version>|<rules id>|<rules sha256>")
//    and the list of re-extracted contents in meta "reextract.<extract version>".
//    A document whose blob is gone keeps its recorded facts (a warning). The
//    document rows themselves are never changed.
//  - overlay_reextracted(): every judgement (index, nightly) replaces the facts
//    of the listed documents with the cached ones — one meta read when nothing
//    was re-extracted.
#pragma once
#include <string>
#include <vector>

#include "pipeline/engine.h"

namespace kc {

std::string extract_cache_version();
// Returns how many documents were extracted again now.
int reextract_stale(Engine& e, const std::vector<Document>& documents);
void overlay_reextracted(const Engine& e, std::vector<Document>& documents);
// Ingest, after caching extractions made with `version`: when that is not the
// version meta "extract.version" vouches for (a binary of another extractor
// wrote into the catalog), the meta is cleared so the next nightly looks again.
void note_extracted(Catalog& catalog, const std::string& version);

}  // namespace kc
