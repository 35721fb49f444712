#!/usr/bin/env bash
# bench/ingest_bench.sh [COPIES] — throughput of `kiemchung ingest` on the
# sample evidence replicated COPIES times. Each zip copy is made distinct by its
# zip comment, so no submission is a duplicate; the documents INSIDE are the
# same bytes, so kiemchung's per-content caches (extraction, signature) hit
# after the first copy — this measures the ingest path with warm caches, as a
# resubmission-heavy deadline day looks. The reference tools have no cache. And
# the same work done by the reference tools in the same run: unzip + pdftotext
# (text) + pdfsig (signatures), file by file. Prints seconds and files/s.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-10}
bin=${KC_BINARY:-build/kiemchung}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for unit_dir in sample_evidence/*/; do
    unit=$(basename "$unit_dir")
    mkdir -p "$work/in/$unit"
    for z in "$unit_dir"*.zip; do
        for i in $(seq 1 "$copies"); do
            cp "$z" "$work/in/$unit/$(basename "$z" .zip)-$i.zip"
            echo "copy $i" | zip -q -z "$work/in/$unit/$(basename "$z" .zip)-$i.zip" >/dev/null 2>&1 || true  # a damaged zip keeps its bytes: its copies are duplicates
        done
    done
done
zips=$(find "$work/in" -name '*.zip' | wc -l)
t0=$(date +%s.%N)
KC_LOG=quiet "$bin" ingest "$work/in" --state "$work/state" --as-of 2022-11-30 --trust tests/fixtures/pki/trust >/dev/null
t1=$(date +%s.%N)
docs=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['documents']))" "$work/state/index.json")
# Reference: the same files through the standard command-line tools.
t2=$(date +%s.%N)
n=0
for z in $(find "$work/in" -name '*.zip'); do
    d="$work/ref/$n"; mkdir -p "$d"; n=$((n+1))
    unzip -q -o "$z" -d "$d" 2>/dev/null || true
    find "$d" -name '*.pdf' -print0 | while IFS= read -r -d '' f; do
        pdftotext -q "$f" - >/dev/null 2>&1 || true
        pdfsig "$f" >/dev/null 2>&1 || true
    done
done
t3=$(date +%s.%N)
/usr/bin/python3 - "$zips" "$docs" "$t0" "$t1" "$t2" "$t3" <<'PY'
import sys
zips, docs = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2, t3 = map(float, sys.argv[3:])
k, r = t1 - t0, t3 - t2
print(f"zips: {zips}  documents: {docs}")
print(f"kiemchung ingest (isolated children, catalog, per-content caches warm after copy 1, index, reports): {k:.2f} s  {docs / k:.1f} docs/s")
print(f"reference unzip + pdftotext + pdfsig (no OCR, no catalog, no verdicts):        {r:.2f} s  {docs / r:.1f} docs/s")
print(f"ratio kiemchung / reference: {k / r:.2f}")
PY
