#!/usr/bin/env bash
# The index written by a real ingest of sample_evidence/ follows its contract:
# index.json validates against docs/index.schema.json (+ invariants the schema
# cannot express), `kiemchung index` prints exactly the files, and index.csv has
# the BOM, the documented header, RFC 4180 quoting and one row per unit x
# criterion x product. Contract: docs/index-format.md.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin (set KC_BINARY or build build/kiemchung)"
[ -x "$py" ] || fail "$py not found"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
state=$tmp/state
as_of=2022-11-30

cd "$src"  # the binary finds rules/ and pipelines/ relative to the working directory
rc=0
"$bin" ingest sample_evidence --state "$state" --as-of "$as_of" --trust tests/fixtures/pki/trust \
    >"$tmp/ingest.out" 2>"$tmp/ingest.err" || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/ingest.out" "$tmp/ingest.err" >&2; fail "ingest exited $rc"; }
[ -s "$state/index.json" ] || fail "ingest wrote no $state/index.json"
[ -s "$state/index.csv" ] || fail "ingest wrote no $state/index.csv"

"$py" "$here/check_index.py" json "$state/index.json" docs/index.schema.json
"$py" "$here/check_index.py" csv "$state/index.json" "$state/index.csv" docs/index-format.md

# `index` re-judges at its own --as-of (default today), so give it the ingest's.
"$bin" index --state "$state" --as-of "$as_of" --format json >"$tmp/index.json" ||
    fail "index --format json exited $?"
cmp -s "$tmp/index.json" "$state/index.json" || {
    diff -u "$state/index.json" "$tmp/index.json" | head -40 >&2
    fail "'kiemchung index --as-of $as_of --format json' differs from $state/index.json"
}
"$bin" index --state "$state" --as-of "$as_of" --format csv >"$tmp/index.csv" ||
    fail "index --format csv exited $?"
cmp -s "$tmp/index.csv" "$state/index.csv" || {
    diff -u "$state/index.csv" "$tmp/index.csv" | head -40 >&2
    fail "'kiemchung index --as-of $as_of --format csv' differs from $state/index.csv"
}

# Without --as-of: today in UTC+7, written out; still valid against the schema.
"$bin" index --state "$state" --format json >"$tmp/today.json" || fail "index (default as-of) exited $?"
"$py" "$here/check_index.py" json "$tmp/today.json" docs/index.schema.json
"$py" - "$tmp/today.json" <<'EOF' || fail "index without --as-of must judge as of today in UTC+7"
import datetime, json, sys
tz = datetime.timezone(datetime.timedelta(hours=7))
now = datetime.datetime.now(tz).date()
ok = {now.isoformat(), (now - datetime.timedelta(days=1)).isoformat()}  # midnight race
got = json.load(open(sys.argv[1]))["as_of"]
if got not in ok:
    sys.exit(f"as_of is {got!r}, today in UTC+7 is {now}")
EOF

echo "index_schema_test: ok"
