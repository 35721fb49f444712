#!/usr/bin/env bash
# What `nightly` does again, and only when it must (issue 8; pipeline/reverify.h,
# pipeline/reextract.h):
#  1. an `untrusted` signature with a proven signing time (timestamp) is verified
#     again when the trust directory changes — not every night: two nights with
#     the same trust directory keep one cache row; after the root is added the
#     signature is `valid` in the index;
#  2. a document recorded by an older extractor (ingested with the test-only
#     KC_TEST_EXTRACT_VERSION=extract-old) is extracted again by the next
#     nightly run, a document of the current extractor is not, and a second
#     nightly run extracts nothing.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
if ! "$py" -c 'import cryptography, reportlab' 2>/dev/null; then
    echo "SKIP: $py lacks python3-cryptography or python3-reportlab"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
"$py" tests/tools/make_signature_fixtures.py "$tmp/fx" >/dev/null
state=$tmp/state
mkdir -p "$tmp/trust-empty" "$tmp/in1/phong-noi-vu" "$tmp/in2/phong-noi-vu" "$tmp/in3/phong-noi-vu"
cp "$tmp/fx/timestamped.pdf" "$tmp/in1/phong-noi-vu/ky-so.pdf"

sql() {  # QUERY → rows, tab separated
    "$py" - "$state/catalog.sqlite" "$1" <<'PY'
import sqlite3, sys
for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]):
    print("\t".join(str(x) for x in row))
PY
}
night() {  # AS-OF TRUST-DIR
    local rc=0
    "$bin" nightly --state "$state" --as-of "$1" --trust "$2" >"$tmp/night.out" 2>&1 || rc=$?
    [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { cat "$tmp/night.out" >&2; fail "nightly $1 exited $rc"; }
}

# ---- 1. re-verification keyed on the trust store, not on the day ------------------
rc=0; "$bin" ingest "$tmp/in1" --state "$state" --as-of 2022-11-30 --trust "$tmp/trust-empty" >"$tmp/ingest.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { cat "$tmp/ingest.out" >&2; fail "ingest exited $rc"; }
status=$(sql "SELECT json_extract(signature_json, '$.status') FROM documents")
[ "$status" = "untrusted" ] || fail "the timestamped PDF without anchors should be untrusted, is '$status'"

night 2022-11-30 "$tmp/trust-empty"
n1=$(sql "SELECT COUNT(*) FROM cache WHERE stage = 'signature-reverify'")
[ "$n1" -eq 1 ] || fail "first night: one re-verification expected, $n1 rows"
night 2022-12-01 "$tmp/trust-empty"
n2=$(sql "SELECT COUNT(*) FROM cache WHERE stage = 'signature-reverify'")
[ "$n2" -eq 1 ] || fail "the next day with the same trust store verified again ($n2 rows)"
sql "SELECT version FROM cache WHERE stage = 'signature-reverify'" | grep -q 'revocation:offline' ||
    fail "a timestamped signature's re-verification should not be day-bound: $(sql "SELECT version FROM cache WHERE stage = 'signature-reverify'")"

cp -r tests/fixtures/pki/trust "$tmp/trust-root"
night 2022-12-02 "$tmp/trust-root"
n3=$(sql "SELECT COUNT(*) FROM cache WHERE stage = 'signature-reverify'")
[ "$n3" -eq 2 ] || fail "a changed trust store must be verified against ($n3 rows)"
"$py" - "$state/nightly/2022-12-02/index.json" <<'PY' || fail "after the trust store changed the signature should be valid"
import json, sys
idx = json.load(open(sys.argv[1]))
docs = [d for d in idx["documents"] if d["path_in_archive"] == "ky-so.pdf"]
assert docs and docs[0]["signature"]["status"] == "valid", [d["signature"]["status"] for d in docs]
PY
night 2022-12-03 "$tmp/trust-root"
[ "$(sql "SELECT COUNT(*) FROM cache WHERE stage = 'signature-reverify'")" -eq 2 ] || fail "verified again with an unchanged store"

# ---- 2. re-extraction only after an extractor version change ----------------------
printf 'ỦY BAN NHÂN DÂN\nHUYỆN QUẢNG ĐIỀN\nSố: 10/BC-UBND\nQuảng Điền, ngày 10 tháng 01 năm 2022\nBÁO CÁO\nCông tác cải cách hành chính năm 2022\n' \
    >"$tmp/in2/phong-noi-vu/cu.txt"
printf 'ỦY BAN NHÂN DÂN\nHUYỆN QUẢNG ĐIỀN\nSố: 11/KH-UBND\nQuảng Điền, ngày 11 tháng 01 năm 2022\nKẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2022\n' \
    >"$tmp/in3/phong-noi-vu/moi.txt"
KC_TEST_EXTRACT_VERSION=extract-old "$bin" ingest "$tmp/in2" --state "$state" --as-of 2022-12-03 \
    --trust "$tmp/trust-root" >/dev/null 2>&1 || true
"$bin" ingest "$tmp/in3" --state "$state" --as-of 2022-12-03 --trust "$tmp/trust-root" >/dev/null 2>&1 || true
old_sha=$(sql "SELECT sha256 FROM documents WHERE path_in_archive = 'cu.txt'")
new_sha=$(sql "SELECT sha256 FROM documents WHERE path_in_archive = 'moi.txt'")
[ -n "$old_sha" ] && [ -n "$new_sha" ] || fail "the two text documents were not recorded"
[ "$(sql "SELECT version FROM cache WHERE stage = 'extract' AND sha256 = '$old_sha'")" = "extract-old" ] ||
    fail "the old document should be cached under extract-old only"
new_rows_before=$(sql "SELECT version || created_at FROM cache WHERE stage = 'extract' AND sha256 = '$new_sha'")

night 2022-12-04 "$tmp/trust-root"
[ "$(sql "SELECT COUNT(*) FROM cache WHERE stage = 'extract' AND sha256 = '$old_sha'")" -eq 2 ] ||
    fail "the document of the old extractor was not extracted again"
[ "$(sql "SELECT version || created_at FROM cache WHERE stage = 'extract' AND sha256 = '$new_sha'")" = "$new_rows_before" ] ||
    fail "a document of the current extractor was extracted again"
listed=$(sql "SELECT value FROM meta WHERE key LIKE 'reextract.%'")
case $listed in *"$old_sha"*) ;; *) fail "meta does not list the re-extracted document: $listed" ;; esac
case $listed in *"$new_sha"*) fail "meta lists a document that was not re-extracted" ;; esac
# The re-extracted facts are used by the judgement: the header read again (date, type) is in the index.
"$py" - "$state/nightly/2022-12-04/index.json" <<'PY' || fail "re-extracted header not in the index"
import json, sys
idx = json.load(open(sys.argv[1]))
d = next(d for d in idx["documents"] if d["path_in_archive"] == "cu.txt")
assert (d["header"] or {}).get("date") == "2022-01-10", d["header"]
PY
rows=$(sql "SELECT COUNT(*) || '/' || MAX(created_at) FROM cache WHERE stage = 'extract'")
sleep 1  # created_at has whole seconds
night 2022-12-05 "$tmp/trust-root"
[ "$(sql "SELECT COUNT(*) || '/' || MAX(created_at) FROM cache WHERE stage = 'extract'")" = "$rows" ] ||
    fail "a second nightly run extracted again"
echo "nightly_recheck_test: OK"
