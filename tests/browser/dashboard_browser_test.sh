#!/usr/bin/env bash
# The dashboard in a real browser (issue 9): headless Debian `chromium`, driven
# over the DevTools protocol by tests/browser/cdp.py (stdlib Python only). Logs
# in through the login form, checks the rendered DOM of the assessed-unit,
# submitting-unit, document and report views (Vietnamese text intact, chart
# laid out, stylesheet applied under the CSP, no CSP violation), prints the
# report to an A4 PDF, and saves screenshots as test artifacts in
# $KC_ARTIFACT_DIR/dashboard (ctest: <build>/artifacts/browser/dashboard).
# Installs nothing: chromium comes from KC_TEST_PACKAGES (scripts/packages.sh).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${KC_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
py=/usr/bin/python3
out=${KC_ARTIFACT_DIR:-$(dirname "$bin")/artifacts/browser}/dashboard

fail() { echo "FAIL: $*" >&2; exit 1; }
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || fail "chromium is not installed (scripts/packages.sh KC_TEST_PACKAGES; apt-get install chromium)"
[ -x "$bin" ] || fail "binary not found: $bin"
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
state=$tmp/state
cd "$src"

"$bin" ingest sample_evidence --state "$state" --as-of 2022-11-30 --trust tests/fixtures/pki/trust >"$tmp/ingest.out" 2>&1 ||
    { cat "$tmp/ingest.out" >&2; fail "ingest"; }
cat >"$tmp/kc.yaml" <<YAML
state_dir: $state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
trust_dir: $src/tests/fixtures/pki/trust
serve:
  port: 0
  accounts:
    - {name: chuyen-vien, role: reviewer, password_hash: "$(printf 'Trình-duyệt-9\n' | "$bin" hash-password)"}
YAML
"$bin" serve --config "$tmp/kc.yaml" --as-of 2022-11-30 >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
for _ in $(seq 100); do grep -q '^kiemchung serve: http://' "$tmp/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's|^kiemchung serve: \(http://[^ ]*\)/$|\1|p' "$tmp/serve.out")
[ -n "$base" ] || { cat "$tmp/serve.err" >&2; fail "the server did not start"; }

rm -rf "$out"
"$py" "$here/cdp.py" "$chromium" "$base" chuyen-vien 'Trình-duyệt-9' "$out" || fail "browser checks"
for f in assessed-unit submitting-unit document report; do
    [ -s "$out/$f.png" ] || fail "no screenshot $f.png"
done
echo "dashboard_browser_test: ok (artifacts in $out)"
