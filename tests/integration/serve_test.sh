#!/usr/bin/env bash
# `kiemchung serve` end to end (issue 9, docs/dashboard.md): ingest the sample
# evidence, start the real server on a free port, log in with curl as a
# reviewer and as unit clerks, and check that
#  - a clerk cannot read another unit's page, document, text, report or bytes by
#    guessing its id, its sha256 or a URL (403/404), on pages, API and download;
#  - traversal attempts (../, %2e%2e, encoded slashes, NUL) are refused (400)
#    and never return a file;
#  - failed logins are rate-limited (429, Retry-After) and logged without the password;
#  - security headers and cookie attributes are present;
#  - Vietnamese text comes back intact (NFC) in JSON and HTML;
#  - the reviewer downloads the original bytes (same sha256 as the catalog's);
#  - a decision recorded meanwhile by `kiemchung review` shows without a restart;
#  - a non-loopback bind without TLS is refused (exit 2); over HTTPS (self-signed
#    certificate) the cookie is Secure and HSTS is sent, and plain HTTP gets nothing.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; [ -f "${tmp:-/nonexistent}/serve.err" ] && tail -20 "$tmp/serve.err" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
command -v curl >/dev/null || fail "curl is not installed (scripts/packages.sh KC_TEST_PACKAGES)"
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
state=$tmp/state
cd "$src"

"$bin" ingest sample_evidence --state "$state" --as-of 2022-11-30 --trust tests/fixtures/pki/trust >"$tmp/ingest.out" 2>&1 ||
    { cat "$tmp/ingest.out" >&2; fail "ingest"; }

hash() { printf '%s\n' "$1" | "$bin" hash-password; }
cat >"$tmp/kc.yaml" <<YAML
state_dir: $state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
trust_dir: $src/tests/fixtures/pki/trust
serve:
  bind: 127.0.0.1
  port: 0
  accounts:
    - {name: chuyen-vien, role: reviewer, password_hash: "$(hash 'Mật-khẩu-thẩm-định-1')"}
    - {name: vt-tu-phap, role: clerk, unit: phong-tu-phap, password_hash: "$(hash 'tu-phap-pass-2')"}
    - {name: vt-xa, role: clerk, unit: xa-quang-thanh, password_hash: "$(hash 'xa-pass-3333')"}
YAML

rc=0; "$bin" serve --config "$tmp/kc.yaml" --bind 0.0.0.0 >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "a non-loopback bind without TLS must be refused with exit 2 (got $rc)"

"$bin" serve --config "$tmp/kc.yaml" --as-of 2022-11-30 >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
for _ in $(seq 100); do grep -q '^kiemchung serve: http://' "$tmp/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's|^kiemchung serve: \(http://[^ ]*\)/$|\1|p' "$tmp/serve.out")
[ -n "$base" ] || fail "the server did not start"

code() { curl -s -o /dev/null -w '%{http_code}' --path-as-is "$@"; }
login() {  # login JAR ACCOUNT PASSWORD → HTTP status
    curl -s -o /dev/null -w '%{http_code}' -c "$1" --data-urlencode "account=$2" --data-urlencode "password=$3" "$base/login"
}

# --- unauthenticated
[ "$(code "$base/api/assessed")" = 401 ] || fail "API without a session should be 401"
[ "$(code "$base/assessed")" = 303 ] || fail "a page without a session should redirect to /login"

# --- login, cookie attributes
curl -s -D "$tmp/login.h" -o /dev/null -c "$tmp/rev.jar" --data-urlencode "account=chuyen-vien" \
    --data-urlencode "password=Mật-khẩu-thẩm-định-1" "$base/login"
grep -qi '^Set-Cookie: kc_session=[0-9a-f]\{64\}; Path=/; HttpOnly; SameSite=Strict' "$tmp/login.h" ||
    fail "session cookie attributes: $(grep -i set-cookie "$tmp/login.h")"
[ "$(login "$tmp/tp.jar" vt-tu-phap tu-phap-pass-2)" = 303 ] || fail "clerk login"
R=(-b "$tmp/rev.jar"); C=(-b "$tmp/tp.jar")

# --- security headers on a page
curl -s -D "$tmp/page.h" -o "$tmp/assessed.html" "${R[@]}" "$base/assessed"
for h in "Content-Security-Policy: default-src 'none'; style-src 'self'" "frame-ancestors 'none'" \
         "X-Content-Type-Options: nosniff" "Referrer-Policy: no-referrer" "X-Frame-Options: DENY"; do
    grep -qiF "$h" "$tmp/page.h" || fail "header missing: $h"
done
grep -qi "unsafe-inline\|unsafe-eval" "$tmp/page.h" && fail "CSP must not allow inline script/style"
grep -qi "<script" "$tmp/assessed.html" && fail "pages carry no script"
grep -q "<svg" "$tmp/assessed.html" || fail "no SVG chart on the overview"

# --- reviewer data: pick a phong-noi-vu document, its sha256 and submission
curl -s "${R[@]}" "$base/api/unit/phong-noi-vu" >"$tmp/nv.json"
curl -s "${R[@]}" "$base/api/assessed" >"$tmp/assessed.json"
curl -s "${R[@]}" "$base/unit/phong-noi-vu" >"$tmp/nv.html"
doc=$("$py" - "$tmp/nv.json" "$tmp/assessed.json" "$tmp/assessed.html" "$tmp/nv.html" <<'PY'
import json, sys, unicodedata
nv, a = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
html, nvhtml = open(sys.argv[3], encoding="utf-8").read(), open(sys.argv[4], encoding="utf-8").read()
assert a["unit_name"] == "UBND huyện Quảng Điền", a["unit_name"]
assert unicodedata.is_normalized("NFC", json.dumps(a, ensure_ascii=False))
assert "Quảng Điền" in open(sys.argv[2], encoding="utf-8").read(), "JSON must carry UTF-8, not \\u escapes"
assert "Tổng quan đơn vị được đánh giá" in html and "UBND huyện Quảng Điền" in html
assert unicodedata.is_normalized("NFC", html) and unicodedata.is_normalized("NFC", nvhtml)
assert "Phòng Nội vụ" in nvhtml, "unit name in Vietnamese"
assert a["criteria"] and a["groups"] and "lead_agencies_at_risk" in a
docs = [d for d in nv["documents"] if d["verdict"] != "refused"]
assert docs and nv["submissions"], nv
print(docs[0]["id"])
PY
) || fail "reviewer views: content"
[ -n "$doc" ] || fail "no document of phong-noi-vu"
curl -s "${R[@]}" "$base/api/document/$doc" >"$tmp/doc.json"
sub=$("$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["download"]=="/document/"+d["id"]+"/original", d["download"]; print(d["submission"])' "$tmp/doc.json") ||
    fail "document API: no download link for the reviewer"

# --- the reviewer downloads the original bytes
curl -s -D "$tmp/dl.h" -o "$tmp/orig.bin" "${R[@]}" "$base/document/$doc/original"
grep -qi '^Content-Disposition: attachment' "$tmp/dl.h" || fail "download: no attachment disposition"
"$py" - "$tmp/orig.bin" "$state/catalog.sqlite" "$doc" <<'PY' || fail "downloaded bytes differ from the catalog's sha256"
import hashlib, sqlite3, sys
body = open(sys.argv[1], "rb").read()
row = sqlite3.connect(sys.argv[2]).execute("select sha256 from documents where id=?", (sys.argv[3],)).fetchone()
assert row and hashlib.sha256(body).hexdigest() == row[0], (len(body), row)
PY

# --- the clerk of phong-tu-phap cannot reach phong-noi-vu's things
[ "$(code "${C[@]}" "$base/unit/phong-tu-phap")" = 200 ] || fail "clerk: own unit page"
[ "$(code "${C[@]}" "$base/api/unit/phong-tu-phap")" = 200 ] || fail "clerk: own unit API"
for u in "/unit/phong-noi-vu" "/api/unit/phong-noi-vu" "/assessed" "/api/assessed"; do
    [ "$(code "${C[@]}" "$base$u")" = 403 ] || fail "clerk reached $u"
done
nvsha=$("$py" -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select sha256 from documents where id=?",(sys.argv[2],)).fetchone()[0])' "$state/catalog.sqlite" "$doc")
for u in "/document/$doc" "/api/document/$doc" "/document/$doc/original" "/report/$sub" "/api/report/$sub" \
         "/document/$nvsha" "/document/$nvsha/original" "/api/document/$nvsha" "/blobs/${nvsha:0:2}/$nvsha" \
         "/document/D0000000000" "/report/S0000"; do
    c=$(code "${C[@]}" "$base$u")
    [ "$c" = 404 ] || [ "$c" = 403 ] || fail "clerk got $c for $u"
done
curl -s "${C[@]}" "$base/api/search?q=191" | grep -q "\"$doc\"" && fail "search leaks another unit's document"
curl -s "${C[@]}" "$base/api/search?unit=phong-noi-vu" | grep -q "\"$doc\"" && fail "search by unit leaks"

# --- a reviewer decision recorded by the CLI shows up without a restart (catalog change → new snapshot)
"$bin" review reject "$doc" --by "Trần Thị B" --comment "bản chụp mờ, đề nghị nộp lại" --state "$state" \
    --as-of 2022-11-30 >/dev/null || fail "review reject"
seen=
for _ in $(seq 50); do
    curl -s "${R[@]}" "$base/api/document/$doc" >"$tmp/doc2.json"
    "$py" - "$tmp/doc2.json" <<'PY' && { seen=1; break; }
import json, sys
d = json.load(open(sys.argv[1]))
assert d["verdict"] == "rejected" and d["decisions"] and d["decisions"][-1]["comment"] == "bản chụp mờ, đề nghị nộp lại"
PY
    sleep 0.2
done
[ -n "$seen" ] || fail "the decision did not reach the dashboard: $(head -c 300 "$tmp/doc2.json")"

# --- traversal: refused, never a file
for u in "/document/../../etc/passwd" "/document/%2e%2e/%2e%2e/etc/passwd" "/static/..%2f..%2fcatalog.sqlite" \
         "/document/..%2F..%2Fcatalog.sqlite/original" "/document/$doc%2f..%2f..%2fcatalog.sqlite" \
         "/static/%2e%2e/%2e%2e/etc/passwd" "/document/$doc%00/original" "/..%5c..%5cetc/passwd" \
         "/report/..%252f..%252fcatalog.sqlite" "/unit/..;/etc/passwd"; do
    for jar in "$tmp/rev.jar" "$tmp/tp.jar"; do
        c=$(curl -s -o "$tmp/t.out" -w '%{http_code}' --path-as-is -b "$jar" "$base$u")
        [ "$c" = 400 ] || [ "$c" = 404 ] || fail "traversal $u gave $c"
        grep -q "SQLite format\|root:x:" "$tmp/t.out" && fail "traversal $u returned a file"
    done
done

# --- failed logins: limited and logged, without the password
for i in 1 2 3 4 5; do
    [ "$(login "$tmp/x.jar" vt-xa "wrong-secret-$i")" = 401 ] || fail "failed login $i should be 401"
done
curl -s -D "$tmp/429.h" -o /dev/null --data-urlencode "account=vt-xa" --data-urlencode "password=xa-pass-3333" "$base/login"
grep -q '^HTTP/1.1 429' "$tmp/429.h" || fail "the 6th login (even with the right password) should be 429: $(head -1 "$tmp/429.h")"
grep -qi '^Retry-After: [0-9]' "$tmp/429.h" || fail "429 without Retry-After"
[ "$(grep -c 'login failed account=vt-xa ip=127.0.0.1' "$tmp/serve.err")" -ge 5 ] || fail "failed logins not logged"
grep -q 'login refused (rate limit) account=vt-xa' "$tmp/serve.err" || fail "rate-limited login not logged"
grep -q 'wrong-secret\|xa-pass-3333\|Mật-khẩu' "$tmp/serve.err" && fail "a password reached the log"
[ "$(login "$tmp/tp2.jar" vt-tu-phap tu-phap-pass-2)" = 303 ] || fail "another account from the same address is not locked"

# --- English, logout
curl -s "${R[@]}" "$base/assessed?lang=en" | grep -q "Assessed unit overview" || fail "?lang=en"
curl -s -o /dev/null -X POST "${C[@]}" "$base/logout"
[ "$(code "${C[@]}" "$base/api/unit/phong-tu-phap")" = 401 ] || fail "the session survives logout"

# --- HTTPS (Poco NetSSL) with a self-signed certificate: Secure cookie, HSTS
if command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -days 2 \
        -keyout "$tmp/tls.key" -out "$tmp/tls.crt" >/dev/null 2>&1
    sed -e "s|^  port: 0|  port: 0\n  tls_cert: $tmp/tls.crt\n  tls_key: $tmp/tls.key|" "$tmp/kc.yaml" >"$tmp/kc-tls.yaml"
    "$bin" serve --config "$tmp/kc-tls.yaml" --as-of 2022-11-30 >"$tmp/tls.out" 2>"$tmp/tls.err" &
    tpid=$!
    for _ in $(seq 100); do grep -q '^kiemchung serve: https://' "$tmp/tls.out" 2>/dev/null && break; sleep 0.1; done
    tbase=$(sed -n 's|^kiemchung serve: \(https://[^ ]*\)/$|\1|p' "$tmp/tls.out")
    [ -n "$tbase" ] || { kill $tpid; cat "$tmp/tls.err" >&2; fail "the HTTPS server did not start"; }
    curl -s -k -D "$tmp/tls.h" -o /dev/null --cacert "$tmp/tls.crt" --data-urlencode "account=vt-tu-phap" \
        --data-urlencode "password=tu-phap-pass-2" "$tbase/login"
    c=$(curl -s -o /dev/null -w '%{http_code}' "${tbase/https:/http:}/login" 2>/dev/null || true)
    kill $tpid; wait $tpid 2>/dev/null || true
    grep -qi '^Set-Cookie: kc_session=.*HttpOnly; SameSite=Strict; Secure' "$tmp/tls.h" || fail "HTTPS: cookie without Secure"
    grep -qi '^Strict-Transport-Security: max-age=' "$tmp/tls.h" || fail "HTTPS: no HSTS"
    [ "$c" != 200 ] && [ "$c" != 303 ] || fail "HTTPS port answered plain HTTP ($c)"
    echo "serve_test: HTTPS ok ($tbase)"
fi
echo "serve_test: ok ($base)"
