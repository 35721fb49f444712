// evaluate/evaluate.h — measures the understand stage (header parser + classifier) on a
// labelled evaluation set: the development set (tests/eval/generate_eval.py) or the held-out
// set (tests/eval/heldout/make_heldout.py). `kiemchung eval` prints what this returns.
//
// Contract: a set is a folder with manifest.json ({"documents": [{id, products, criteria,
// number, symbol, type, date, issuer, period, signer, unit, path, path_style, scan}, …]})
// and the PDFs as <set-dir>/<text|scan>/<id>.pdf, <set-dir>/<id>.pdf or <set-dir>/<path>. The sets are made by
// our own generators, so extraction runs in this process (not in a supervised child).
// Extracted text is cached in <set-dir>/cache/<text|scan>/<id>.<extract version>.txt.
// The same code path as ingestion: extract → first 6000 characters → parse_header →
// classify with the real rule set. Nothing of the documents' text is printed beyond the
// header field values of these fictional sets.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "evaluate/scoring.h"
#include "rules/ruleset.h"
#include "util/result.h"

namespace kc::evaluate {

struct EvalOptions {
    std::filesystem::path set_dir;
    std::string which = "text";  // text: text-layer PDFs · scan: the degraded scans (OCR)
    int limit = 0;               // 0: every document
    double confident = 0.9;      // "confident wrong": classified at or above this
};

// Errors: "NO_MANIFEST", "BAD_MANIFEST", "MISSING_FILE", "EMPTY_SET" (detail says which).
Result<SetScore> evaluate_set(const EvalOptions& o, const kc::rules::RuleSet& rules);

}  // namespace kc::evaluate
