#!/usr/bin/env bash
# qpdf's malformed and fuzz-regression PDFs (../shared/corpora/qpdf-malformed; issue 5, "Bad
# input") through the real `kiemchung inspect`, one process per file: none may crash or hang
# (exit 0 or 3 with a JSON answer; a damaged file says why in `reasons`). Skips cleanly when
# the corpus is absent (a fresh clone without ../shared). Label slow: ~140 files.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py
corpus=${KC_QPDF_CORPUS:-$src/../shared/corpora/qpdf-malformed}
if [ ! -d "$corpus" ]; then
    echo "SKIP: no qpdf-malformed corpus at $corpus"
    exit 0
fi
[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
export OMP_THREAD_LIMIT=1
n=0 failed=0 with_reasons=0
while IFS= read -r -d '' f; do
    n=$((n + 1))
    rc=0
    timeout 300 "$bin" inspect "$f" --as-of 2022-11-30 >"$tmp/out.json" 2>"$tmp/err" </dev/null || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
        echo "FAIL: ${f#"$corpus"/}: exit $rc (124 = hang, >128 = crash): $(tail -2 "$tmp/err")" >&2
        failed=$((failed + 1))
        continue
    fi
    if "$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d.get("reasons") else 1)' "$tmp/out.json" 2>/dev/null; then
        with_reasons=$((with_reasons + 1))
    elif ! "$py" -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out.json" 2>/dev/null; then
        echo "FAIL: ${f#"$corpus"/}: no JSON answer" >&2
        failed=$((failed + 1))
    fi
done < <(find "$corpus" -type f \( -name '*.pdf' -o -name '*.fuzz' \) -print0 | sort -z)
echo "qpdf-malformed: $n files, $with_reasons with a reason, $failed failed"
[ "$failed" -eq 0 ]
