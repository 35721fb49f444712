#!/usr/bin/env bash
# Every signed-PDF fixture of issue 7 (tests/tools/make_signature_fixtures.py, FOR TESTS ONLY)
# through the real `kiemchung verify-signature`, each with its expected document status,
# signature statuses and exit code (0 all valid, 3 otherwise), plus the facts that make the
# verdict (time source, signer kinds, revocation and timestamp notes).
#   --table   also run pdfsig on the same files and print the Markdown comparison table of
#             docs/signature-corpus.md (informative: never fails the test)
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py
table=0
[ "${1:-}" = "--table" ] && table=1

[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }
if ! "$py" -c 'import cryptography, reportlab' 2>/dev/null; then
    echo "SKIP: $py lacks python3-cryptography or python3-reportlab"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
trust=tests/fixtures/pki/trust
"$py" tests/tools/make_signature_fixtures.py "$tmp/fx" >/dev/null

# Failures go to a file: check() runs in command substitutions (subshells).
bad() { echo "FAIL: $*" >&2; echo "$*" >>"$tmp/failures"; }

# check NAME PYTHON-EXPRESSION [TRUST]: the expression sees `d` (the JSON) and must hold.
check() {
    local name=$1 expr=$2 t=${3:-$trust} rc=0
    "$bin" verify-signature "$tmp/fx/$name.pdf" --trust "$t" --as-of 2022-01-10 --format json \
        >"$tmp/$name.json" 2>"$tmp/$name.err" </dev/null || rc=$?
    "$py" - "$tmp/$name.json" "$expr" <<'EOF' || { bad "$name: $expr"; sed 's/^/    | /' "$tmp/$name.json" | head -40 >&2; }
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
s = d["signatures"]
notes = [" ".join(x.get("notes", [])) for x in s]
sys.exit(0 if eval(sys.argv[2]) else 1)
EOF
    echo "$rc"
}

while IFS=$'\t' read -r name doc sigs why; do
    [ "$sigs" = - ] && sigs=""
    rc=$(check "$name" "d['status'] == '$doc' and ','.join(x['status'] for x in s) == '$sigs'")
    want=3; [ "$doc" = valid ] && want=0
    [ "$rc" = "$want" ] || bad "$name: exit $rc, want $want"
done <"$tmp/fx/expected.tsv"

# The facts behind the verdicts.
check timestamped "s[0]['time_source'] == 'timestamp' and s[0]['signed_at'] == '2022-01-04T09:01:00+07:00' \
    and 'timestamp verified' in notes[0]" >/dev/null
check valid "s[0]['time_source'] == 'signing_time' and 'checked against a CRL: not revoked' in notes[0]" >/dev/null
check two-signatures "[x['agency_or_person'] for x in s] == ['person', 'agency'] \
    and '*' in s[0]['subject'] and '001234567890' not in s[0]['subject']" >/dev/null
check two-signatures "d['present'] == {'agency': True, 'agency_valid': True, 'person': True, 'person_valid': True}" >/dev/null
check valid "d['present']['agency'] != d['present']['person']" >/dev/null
check sha1 "s[0]['subfilter'] == 'adbe.pkcs7.sha1' and 'digest SHA1' in notes[0]" >/dev/null
check revoked "'revoked on 2021-06-01' in notes[0]" >/dev/null
check other-unit "'QUẢNG THÀNH' in s[0]['subject']" >/dev/null
check other-root "'revocation not checked' not in notes[0] and 'no chain' in notes[0]" >/dev/null
check annotated "s[0]['coverage']['signed_revision_is_last'] is False and 'allowed changes' in notes[0]" >/dev/null
# A trust dir with the root only (no CRL): revocation is said to be unchecked, verdict unchanged.
mkdir -p "$tmp/root-only" && cp "$trust/root-ca.cert.pem" "$tmp/root-only/"
check valid "d['status'] == 'valid' and 'revocation not checked' in notes[0]" "$tmp/root-only" >/dev/null
check revoked "d['status'] == 'valid' and 'revocation not checked' in notes[0]" "$tmp/root-only" >/dev/null
# The TSA is not trusted without anchors, so the timestamp still gives the time but says so.
mkdir -p "$tmp/empty"
check timestamped "d['status'] == 'untrusted' and s[0]['time_source'] == 'timestamp' \
    and 'timestamp authority not trusted' in notes[0]" "$tmp/empty" >/dev/null

if [ "$table" = 1 ]; then
    echo "| fixture | pdfsig says | we say | why we differ |"
    echo "|---|---|---|---|"
    while IFS=$'\t' read -r name doc sigs why; do
        p=$(pdfsig "$tmp/fx/$name.pdf" 2>&1 | grep -E "Signature Validation|Certificate Validation|Total document|Not total" \
            | sed -e 's/^ *- //' | paste -sd';' - | sed 's/;/; /g')
        [ -z "$p" ] && p="$(pdfsig "$tmp/fx/$name.pdf" 2>&1 | head -1)"
        echo "| $name ($why) | $p | $doc ($sigs) | |"
    done <"$tmp/fx/expected.tsv"
fi

if [ -s "$tmp/failures" ]; then echo "$(wc -l <"$tmp/failures") failure(s)" >&2; exit 1; fi
echo "signature fixtures: all $(wc -l <"$tmp/fx/expected.tsv") fixtures and the detail checks passed"
