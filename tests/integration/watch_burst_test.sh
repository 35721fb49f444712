#!/usr/bin/env bash
# Many units dropping at once (issue 4, "Durability"): 50 zips written into five unit
# folders within one second while `kiemchung watch` runs. All must be processed — 50
# receipts, 50 accepted submissions, nothing left in the inbox or half-done in the spool
# journal — and each unit's drops must be claimed and recorded in their order of arrival
# (the order the test wrote them, interleaved across units).
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py
[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }

tmp=$(mktemp -d)
watch_pid=
cleanup() {
    [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
bad() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

units=(phong-noi-vu phong-tu-phap phong-vhtt phong-tckh phong-tnmt)
inbox=$tmp/inbox state=$tmp/state outbox=$tmp/state/outbox
for u in "${units[@]}"; do mkdir -p "$inbox/$u"; done
cat >"$tmp/kc.yaml" <<YAML
state_dir: $state
inbox: $inbox
rules_dir: $src/rules
pipelines_dir: $src/pipelines
trust_dir: $src/tests/fixtures/pki/trust
watch:
  interval_seconds: 1
  settle_seconds: 1
YAML
export KC_LOG=${KC_LOG:-quiet}

# The zips are built first (distinct bytes: no duplicates), then written into the inbox
# in one burst, in the order listed in drops.txt — which is neither the order of their
# names nor grouped by unit, and all within the same second of mtime.
"$py" - "$tmp/build" "$tmp/drops.txt" "${units[@]}" <<'PY'
import io, os, sys, zipfile
build, listing, units = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(build)
with open(listing, "w") as out:
    for i in range(50):
        unit = units[(i * 3) % len(units)]  # interleaved across units, not grouped
        name = "nop-%02d.zip" % ((i * 37) % 50)  # names out of arrival order: the name proves nothing
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("TC 1.1/Báo cáo số %d.txt" % i, "Báo cáo số %d/BC-UBND về cải cách hành chính\n" % i)
        open(os.path.join(build, unit + "--" + name), "wb").write(buf.getvalue())
        out.write(unit + "/" + name + "\n")
PY

"$bin" watch --config "$tmp/kc.yaml" --as-of 2022-11-30 >"$tmp/watch.out" 2>&1 &
watch_pid=$!
sleep 1.5  # the watcher is up and has scanned an empty inbox

start=$(date +%s.%N)
"$py" - "$tmp/build" "$inbox" "$tmp/drops.txt" <<'PY'
import os, sys
build, inbox, listing = sys.argv[1:4]
for rel in open(listing).read().split():
    unit, name = rel.split("/")
    data = open(os.path.join(build, unit + "--" + name), "rb").read()
    with open(os.path.join(inbox, rel), "wb") as f:  # written whole, as a share delivers a finished copy
        f.write(data)
PY
end=$(date +%s.%N)
"$py" -c "import sys; d=float(sys.argv[2])-float(sys.argv[1]); sys.exit(0 if d < 1.0 else 1)" "$start" "$end" ||
    echo "note: the burst took longer than a second on this machine ($start → $end)" >&2

for _ in $(seq 1 600); do
    n=$(ls "$outbox"/*/*.receipt.txt 2>/dev/null | wc -l || true)
    [ "$n" -ge 50 ] && break
    kill -0 "$watch_pid" 2>/dev/null || break
    sleep 0.5
done
n=$(ls "$outbox"/*/*.receipt.txt 2>/dev/null | wc -l || true)
[ "$n" -eq 50 ] || { bad "$n receipts after the burst, want 50"; tail -20 "$tmp/watch.out" >&2; }

kill -TERM "$watch_pid"
for _ in $(seq 1 60); do kill -0 "$watch_pid" 2>/dev/null || break; sleep 0.5; done
wait "$watch_pid" 2>/dev/null || bad "the watcher did not end cleanly"
watch_pid=

left=$(find "$inbox" -type f | wc -l)
[ "$left" -eq 0 ] || bad "$left drop(s) left in the inbox"

"$py" - "$state" "$tmp/drops.txt" <<'PY' || bad "order of arrival / completeness (details above)"
import json, os, sys
state, listing = sys.argv[1], sys.argv[2]
dropped = open(listing).read().split()
journal = [l.rstrip("\n").split("\t") for l in open(os.path.join(state, "spool", "journal.log"), encoding="utf-8")]
last = {}
claimed = []  # inbox-relative paths in claim order
for f in journal:
    if len(f) < 2: continue
    last[f[1]] = f[0]
    if f[0] == "begin": claimed.append(f[4])
bad = []
if not all(v in ("done", "abandoned") for v in last.values()): bad.append("a claim was left unfinished in the journal")
if sorted(claimed) != sorted(dropped) or len(set(claimed)) != 50:
    bad.append(f"claimed {len(claimed)} ({len(set(claimed))} distinct), want the 50 drops once each")
ix = json.load(open(os.path.join(state, "index.json")))
subs = ix["submissions"]
if len(subs) != 50 or any(s["status"] != "accepted" for s in subs):
    bad.append(f"{len(subs)} submissions, statuses {sorted({s['status'] for s in subs})}: want 50 accepted")
by_file = {(s["unit"], s["file"]): s for s in subs}
for unit in sorted({d.split('/')[0] for d in dropped}):
    want = [d for d in dropped if d.startswith(unit + "/")]
    got = [c for c in claimed if c.startswith(unit + "/")]
    if got != want: bad.append(f"{unit}: claimed in the order {got}, dropped in the order {want}")
    times = [by_file[(unit, d.split('/')[1])]["received_at"] for d in want if (unit, d.split('/')[1]) in by_file]
    if times != sorted(times): bad.append(f"{unit}: recorded out of arrival order: {times}")
if bad:
    print("\n".join("  " + b for b in bad)); sys.exit(1)
print("watch_burst: 50 drops from 5 units, all recorded, in order of arrival per unit")
PY

if [ "$failures" -gt 0 ]; then
    echo "watch_burst_test: $failures failure(s)" >&2
    exit 1
fi
echo "watch_burst_test: OK"
