#!/usr/bin/env bash
# bench/ingest_watch_latency_bench.sh [DROPS] [INTERVAL] [SETTLE] — time from a completed drop to
# its receipt under `kiemchung watch` (stages: scan/inotify wake → settle → probe → claim
# (rename) → ingest: receive hash, unpack child, extract + signature children, catalog →
# receipt). DROPS (default 5) copies of a sample zip (distinct by their zip comment) are
# dropped one at a time into inbox/phong-noi-vu/; the clock starts when the copy has been
# written and closed, and stops when outbox/phong-noi-vu/<id>.receipt.txt exists (polled
# every 20 ms). Scan interval INTERVAL s (default 10), settle period SETTLE s (default 2).
# The inbox is on a local disk, so inotify events wake the watcher; on a CIFS/NFS share
# (no events) add up to one scan interval. Reference: the same zip through a one-shot
# `kiemchung ingest` (no watcher, no settle period) — what the watcher adds is the settle
# period and the claim.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${KC_BINARY:-build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
drops=${1:-5} interval=${2:-10} settle=${3:-2}
py=/usr/bin/python3
zip=sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip
work=$(mktemp -d /tmp/kc-bench-watch.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/inbox/phong-noi-vu" "$work/src"
cat >"$work/kc.yaml" <<YAML
state_dir: $work/state
inbox: $work/inbox
rules_dir: $PWD/rules
pipelines_dir: $PWD/pipelines
trust_dir: $PWD/tests/fixtures/pki/trust
watch:
  interval_seconds: $interval
  settle_seconds: $settle
YAML
for i in $(seq 1 "$drops"); do
    cp "$zip" "$work/src/nop-$i.zip"
    echo "bench copy $i" | zip -q -z "$work/src/nop-$i.zip"
done
cp "$zip" "$work/src/ref.zip" && echo "bench reference" | zip -q -z "$work/src/ref.zip"

KC_LOG=quiet "$bin" watch --config "$work/kc.yaml" --as-of 2022-11-30 >"$work/watch.out" 2>&1 &
pid=$!
sleep 2
"$py" - "$work" "$drops" <<'PY'
import glob, os, shutil, statistics, sys, time
work, drops = sys.argv[1], int(sys.argv[2])
out = os.path.join(work, "state", "outbox", "phong-noi-vu")
lat = []
for i in range(1, drops + 1):
    before = set(glob.glob(os.path.join(out, "*.receipt.txt")))
    dst = os.path.join(work, "inbox", "phong-noi-vu", "nop-%d.zip" % i)
    with open(os.path.join(work, "src", "nop-%d.zip" % i), "rb") as s, open(dst, "wb") as d:
        shutil.copyfileobj(s, d)
    t0 = time.monotonic()  # the drop is complete
    while set(glob.glob(os.path.join(out, "*.receipt.txt"))) == before:
        if time.monotonic() - t0 > 300: sys.exit("no receipt within 300 s")
        time.sleep(0.02)
    lat.append(time.monotonic() - t0)
    time.sleep(1.5)  # the watcher is idle again
print("drop → receipt (s): " + " ".join("%.2f" % x for x in lat) +
      "  median %.2f  max %.2f" % (statistics.median(lat), max(lat)))
PY
kill "$pid" && wait "$pid" 2>/dev/null || true
pid=
t0=$(date +%s.%N)
KC_LOG=quiet "$bin" ingest "$work/src/ref.zip" --unit phong-noi-vu --config "$work/kc.yaml" --state "$work/ref-state" \
    --as-of 2022-11-30 >/dev/null
t1=$(date +%s.%N)
"$py" -c "import sys; print('reference: one-shot kiemchung ingest of the same zip (no settle, no claim): %.2f s' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$t1"
echo "scan interval ${interval} s, settle ${settle} s, inbox on a local disk (inotify events)"
