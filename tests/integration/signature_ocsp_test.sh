#!/usr/bin/env bash
# OCSP revocation through the real `kiemchung verify-signature` (issue 7): responses made by
# `openssl ocsp` at fixture time (tests/tools/make_ocsp_fixtures.py, fixture PKI, FOR TESTS
# ONLY) embedded in the signed attribute adbe-revocationInfoArchival or in a DSS, and the online
# path: a real `openssl ocsp -port` responder on 127.0.0.1 asked through the certificate's AIA
# URL when the trust dir's revocation.conf allows network. The responder is started here and
# stopped on exit (also on failure).
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }
if ! "$py" -c 'import cryptography, reportlab' 2>/dev/null; then
    echo "SKIP: $py lacks python3-cryptography or python3-reportlab"; exit 0
fi
command -v openssl >/dev/null || { echo "SKIP: openssl CLI not installed"; exit 0; }
tmp=$(mktemp -d)
responder=""
stop_responder() {
    if [ -n "$responder" ]; then
        kill "$responder" 2>/dev/null || true
        wait "$responder" 2>/dev/null || true
        responder=""
    fi
}
trap 'stop_responder; rm -rf "$tmp"' EXIT
cd "$src"
pki=tests/fixtures/pki

# A free port on localhost (the kernel picks it; the tiny race with other processes is
# acceptable for a test).
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$py" tests/tools/make_ocsp_fixtures.py "$tmp/fx" --aia-port "$port" >/dev/null
as_of=$(cat "$tmp/fx/as_of")

openssl ocsp -port "$port" -index "$tmp/fx/ocsp/index.txt" -CA "$pki/issuing-ca.cert.pem" \
    -rsigner "$pki/ocsp.cert.pem" -rkey "$pki/ocsp.key.pem" -ndays 7 -ignore_err \
    >"$tmp/responder.log" 2>&1 &
responder=$!
# Ready when it says so (a probe connection would occupy the single-threaded responder).
for _ in $(seq 1 100); do
    grep -q "waiting for OCSP client connections" "$tmp/responder.log" 2>/dev/null && break
    sleep 0.1
done

bad() { echo "FAIL: $*" >&2; echo "$*" >>"$tmp/failures"; }

# run NAME TRUST: prints the exit code; JSON in $tmp/NAME.json
run() {
    local rc=0
    "$bin" verify-signature "$tmp/fx/$1.pdf" --trust "$tmp/fx/$2" --as-of "${3:-$as_of}" --format json \
        >"$tmp/$1.json" 2>"$tmp/$1.err" </dev/null || rc=$?
    echo "$rc"
}
# holds NAME PYTHON-EXPRESSION: `d` is the JSON, `notes` the first signature's notes joined.
holds() {
    "$py" - "$tmp/$1.json" "$2" <<'EOF' || { bad "$1: $2"; sed 's/^/    | /' "$tmp/$1.json" | head -40 >&2; }
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
s = d["signatures"]
notes = " | ".join(s[0].get("notes", [])) if s else ""
sys.exit(0 if eval(sys.argv[2]) else 1)
EOF
}

while IFS=$'\t' read -r name doc sigs note trust why; do
    rc=$(run "$name" "$trust")
    want=3; [ "$doc" = valid ] && want=0
    [ "$rc" = "$want" ] || bad "$name ($why): exit $rc, want $want"
    holds "$name" "d['status'] == '$doc' and ','.join(x['status'] for x in s) == '$sigs' and '''$note''' in notes"
done <"$tmp/fx/expected.tsv"

# The facts behind the verdicts.
holds ocsp-archival-good "'OCSP, signed attribute' in notes"
holds ocsp-dss-good "'OCSP, DSS' in notes"
holds ocsp-revoked "'revoked on 2021-06-01' in notes and 'before the signing time' in notes"
holds ocsp-revoked-later-ts "s[0]['time_source'] == 'timestamp' and 'revoked on 2023-03-01' in notes and 'superseded' in notes"
holds ocsp-bad-responder "'OCSP response not trusted' in notes"
holds ocsp-stale "'not current at the signing time' in notes"
holds online-aia-agency "'OCSP, online' in notes"
holds online-aia-revoked "'OCSP, online' in notes and 'revoked on 2021-06-01' in notes"

# Revocation data is judged as of the validation day: a response from after it is not used.
rc=$(run ocsp-dss-good trust-ocsp 2022-01-10)
holds ocsp-dss-good "d['status'] == 'valid' and 'after the validation time' in notes and 'revocation not checked' in notes"

# Network allowed but the responder gone: said so, verdict unchanged, no hang.
stop_responder
rc=$(run online-aia-agency trust-online)
[ "$rc" = 0 ] || bad "online-aia-agency with the responder stopped: exit $rc, want 0"
holds online-aia-agency "'revocation not checked' in notes and 'OCSP, online' in notes and 'did not answer' in notes"

if [ -s "$tmp/failures" ]; then echo "$(wc -l <"$tmp/failures") failure(s)" >&2; exit 1; fi
echo "signature OCSP: all $(wc -l <"$tmp/fx/expected.tsv") fixtures and the detail checks passed"
