#!/usr/bin/env bash
# bench/signature_bench.sh [N] — verifying N (default 1000) signed PDFs with distinct bytes
# (generated once into a temp dir by tests/tools/make_signature_fixtures.py --copies N from four
# base documents, agency certificate of the fixture PKI), three ways in the same run:
#   1. `kiemchung verify-signature FILE --format json` once per file (process start, config,
#      supervised child, JSON) — what an operator or a script pays per file;
#   2. the in-process verifier (bench/signature_bench.cpp → kc::signature::verify_pdf_bytes)
#      over the same files held in memory — the stage's own cost;
#   3. poppler's `pdfsig FILE` once per file — the reference tool.
# Prints ms per file for each. Env: KC_BUILD_DIR (default build), KC_BINARY.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
build=${KC_BUILD_DIR:-build}
bin=${KC_BINARY:-$build/kiemchung}
trust=tests/fixtures/pki/trust
cmake --build "$build" --target signature_bench -j1 >/dev/null
# A recognisable name: a shared /tmp may have cleaners for anonymous tmp.* dirs.
work=$(mktemp -d "${TMPDIR:-/tmp}/kc-signature-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Every figure must be over all the files: stop if any disappeared meanwhile.
still_there() {
    local left
    left=$(find "$work" -name 'bench-*.pdf' | wc -l)
    [ "$left" = "${#files[@]}" ] || { echo "ABORT: $left of ${#files[@]} files left in $work ($1)" >&2; exit 1; }
}

t0=$(date +%s.%N)
/usr/bin/python3 tests/tools/make_signature_fixtures.py "$work" --copies "$n"
t1=$(date +%s.%N)
files=("$work"/bench-*.pdf)
distinct=$(sha256sum "${files[@]}" | cut -d' ' -f1 | sort -u | wc -l)
echo "generated ${#files[@]} signed PDFs ($distinct distinct, $(du -sh "$work" | cut -f1)) in $(echo "$t1 - $t0" | bc) s"

ms_per_file() { echo "scale=2; 1000 * ($2 - $1) / ${#files[@]}" | bc; }

t0=$(date +%s.%N)
valid=0
for f in "${files[@]}"; do
    if KC_LOG=quiet "$bin" verify-signature "$f" --trust "$trust" --as-of 2022-01-10 --format json >/dev/null 2>&1
    then valid=$((valid + 1)); fi
done
t1=$(date +%s.%N)
echo "kiemchung verify-signature (one process per file): $(ms_per_file "$t0" "$t1") ms/file; exit 0 (valid) for $valid/${#files[@]}"
still_there "after the CLI"

"$build/bench/signature_bench" "$trust" 2022-01-10 3 "${files[@]}"
still_there "after the in-process run"

t0=$(date +%s.%N)
ok=0
for f in "${files[@]}"; do
    if pdfsig "$f" 2>/dev/null | grep -q "Signature is Valid"; then ok=$((ok + 1)); fi
done
t1=$(date +%s.%N)
echo "pdfsig (one process per file, reference): $(ms_per_file "$t0" "$t1") ms/file; \"Signature is Valid\" for $ok/${#files[@]}"
still_there "after pdfsig"
