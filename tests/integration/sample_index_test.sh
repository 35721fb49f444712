#!/usr/bin/env bash
# The demo output is correct for the sample units (sample_evidence/README.md):
# statuses of submissions and documents, the duplicate counted once, reasons,
# reports in the outbox, personal identifiers masked, and a second ingest of the
# same folder adding only `duplicate` submissions. Assertions that need the
# signature stage are tagged [signature] by check_sample.py.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin (set KC_BINARY or build build/kiemchung)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
state=$tmp/state

cd "$src"  # the binary finds rules/ and pipelines/ relative to the working directory
ingest() {  # $1: log name
    local rc=0
    "$bin" ingest sample_evidence --state "$state" --as-of 2022-11-30 --trust tests/fixtures/pki/trust \
        >"$tmp/$1.out" 2>"$tmp/$1.err" || rc=$?
    [ "$rc" -eq 0 ] || { cat "$tmp/$1.out" "$tmp/$1.err" >&2; fail "ingest ($1) exited $rc"; }
}

ingest run1
cp "$state/index.json" "$tmp/index.first.json"
status=0
"$py" "$here/check_sample.py" first "$state" "$tmp/run1.out" "$tmp/run1.err" || status=1

ingest run2
"$py" "$here/check_sample.py" rerun "$tmp/index.first.json" "$state" || status=1
# The second run's logs and reports must not leak personal data either.
for f in "$tmp/run2.out" "$tmp/run2.err" "$state/index.json" "$state/index.csv"; do
    if grep -Eq '00123456780[1-4]|090512340[1-4]' "$f"; then
        echo "FAIL: personal identifier unmasked in $f after the 2nd ingest" >&2
        status=1
    fi
done
if grep -rEl '00123456780[1-4]|090512340[1-4]' "$state/outbox" >"$tmp/leaks"; then
    echo "FAIL: personal identifier unmasked in: $(tr '\n' ' ' <"$tmp/leaks")" >&2
    status=1
fi

[ "$status" -eq 0 ] || fail "sample_index_test: the index of sample_evidence/ is not as sample_evidence/README.md says"
echo "sample_index_test: ok"
