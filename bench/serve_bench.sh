#!/usr/bin/env bash
# bench/serve_bench.sh [DOCS] [REQUESTS] [THREADS] — requests per second on the
# dashboard (`kiemchung serve`) with 150 submitting units loaded, sessions open.
#
# The catalog is nightly_bench's synthetic one (real schema, real rule set, 150
# submissions from the registry's units, DOCS documents; KC_BENCH_KEEP keeps it).
# A reviewer logs in once (curl); then bench/http_load.py (stdlib, keep-alive,
# THREADS connections) fetches, REQUESTS times each: the overview /assessed
# (HTML + SVG), its JSON /api/assessed, a unit page /unit/<code>, and a document
# page — each repeated URL is rendered once per catalog state (reply cache),
# so the same pages with a distinct query each time (`?n=<i>`) give the
# rendering rate. Reference in the same run, same client: the same overview HTML saved to
# a file and served by `python3 -m http.server` (a static file server: no
# judging, no session, no rendering), and by `ab` too when installed.
# Aim (issue 9): ≥ 200 requests/s on the dashboard.
# Run from the source root after `cmake --build BUILD --target kiemchung nightly_bench`;
# KC_BUILD_DIR=BUILD (default build).
set -euo pipefail
docs=${1:-3000}; requests=${2:-2000}; threads=${3:-4}
build=${KC_BUILD_DIR:-build}
bin=$build/kiemchung
py=/usr/bin/python3
[ -x "$bin" ] && [ -x "$build/nightly_bench" ] || { echo "build kiemchung and nightly_bench first (KC_BUILD_DIR=$build)" >&2; exit 2; }
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$tmp" "/tmp/kc-nightly-bench-$docs"; }
trap cleanup EXIT

echo "building a synthetic catalog: $docs documents, 150 submissions …"
KC_BENCH_KEEP=1 KC_BINARY=$bin "$build/nightly_bench" "$docs" >"$tmp/nightly.out"
state=/tmp/kc-nightly-bench-$docs
hash=$(printf 'bench-password-1\n' | "$bin" hash-password)
cat >"$tmp/kc.yaml" <<YAML
state_dir: $state
rules_dir: $PWD/rules
pipelines_dir: $PWD/pipelines
serve:
  port: 0
  accounts:
    - {name: bench, role: reviewer, password_hash: "$hash"}
YAML
KC_LOG=quiet "$bin" serve --config "$tmp/kc.yaml" --as-of 2022-12-31 >"$tmp/serve.out" 2>"$tmp/serve.err" &
pids+=($!)
for _ in $(seq 300); do grep -q '^kiemchung serve: http://' "$tmp/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's|^kiemchung serve: \(http://[^ ]*\)/$|\1|p' "$tmp/serve.out")
[ -n "$base" ] || { cat "$tmp/serve.err" >&2; exit 1; }
curl -s -o /dev/null -c "$tmp/jar" --data-urlencode account=bench --data-urlencode password=bench-password-1 "$base/login"
cookie="kc_session=$(awk '$6=="kc_session"{print $7}' "$tmp/jar")"
units=$(sqlite3 "$state/catalog.sqlite" "select count(distinct unit) from submissions" 2>/dev/null || echo "?")
subs=$(sqlite3 "$state/catalog.sqlite" "select count(*) from submissions" 2>/dev/null || echo "?")
unit=$(sqlite3 "$state/catalog.sqlite" "select unit from submissions limit 1" 2>/dev/null || echo phong-noi-vu)
doc=$(sqlite3 "$state/catalog.sqlite" "select id from documents limit 1" 2>/dev/null || echo D1000000)
curl -s -o /dev/null -b "$cookie" "$base/assessed"   # judged once already at start; warm
echo "catalog: $docs documents, $subs submissions from $units distinct registry units; $requests requests, $threads connections"
printf '%-44s %8s %8s %8s %9s %6s\n' "target" "req/s" "p50 ms" "p95 ms" "bytes" "errors"
run() {  # label url [cookie]
    read -r rps p50 p95 bytes err < <("$py" bench/http_load.py "$2" "$requests" "$threads" "${3:-}")
    printf '%-44s %8s %8s %8s %9s %6s\n' "$1" "$rps" "$p50" "$p95" "$bytes" "$err"
}
run "kiemchung /assessed (HTML+SVG)" "$base/assessed" "$cookie"
run "kiemchung /api/assessed (JSON)" "$base/api/assessed" "$cookie"
run "kiemchung /assessed?n=… (rendered each time)" "$base/assessed?n={i}" "$cookie"
run "kiemchung /api/assessed?n=… (rendered each time)" "$base/api/assessed?n={i}" "$cookie"
run "kiemchung /unit/$unit" "$base/unit/$unit" "$cookie"
run "kiemchung /document/$doc" "$base/document/$doc" "$cookie"
mkdir -p "$tmp/static"
curl -s -b "$cookie" "$base/assessed" >"$tmp/static/assessed.html"
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$tmp/static" && exec "$py" -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
pids+=($!)
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/assessed.html" && break; sleep 0.1; done
run "reference: python3 -m http.server (same HTML)" "http://127.0.0.1:$port/assessed.html"
if command -v ab >/dev/null; then
    ab -q -k -n "$requests" -c "$threads" -C "$cookie" "$base/assessed" | grep -E "Requests per second" | sed 's/^/ab kiemchung \/assessed: /'
    ab -q -k -n "$requests" -c "$threads" "http://127.0.0.1:$port/assessed.html" | grep -E "Requests per second" | sed 's/^/ab reference static: /'
fi
echo "server: $(grep -c . "$tmp/serve.err" || true) log lines; peak RSS $(grep VmHWM /proc/${pids[0]}/status 2>/dev/null | awk '{print $2" kB"}')"
