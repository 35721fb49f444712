#!/usr/bin/env bash
# tests/pg/worker_kill_test.sh — run under tests/pg/pg_cluster.sh (KC_PG_URL set).
# Three `kiemchung worker` processes share one PostgreSQL catalog and one state dir
# (blobs). Jobs are made slow with KC_TEST_JOB_DELAY_MS (the worker sleeps inside
# the job's catalog transaction, after its fence key is taken). One worker is
# killed with SIGKILL while it holds a job; its lease (2 s) expires, another worker
# takes the job again. Then: every drop recorded exactly once (one submission per
# job, one fence key per job, no file twice), the killed job on its 2nd attempt,
# the same documents for every copy of a drop, `status` showing the drained queue.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${KC_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
py=/usr/bin/python3
: "${KC_PG_URL:?run me under tests/pg/pg_cluster.sh}"
psql_bin=${KC_PG_BINDIR:-/usr/lib/postgresql/15/bin}/psql
q() { "$psql_bin" -h "$KC_PG_SOCKET_DIR" -p "$KC_PG_PORT" -U kc -d kc -XAtqc "$1"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d /tmp/kc-worker-kill-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# Drops: copies of the sample zips, each made distinct by a zip comment (distinct sha256).
mkdir -p "$work/drops"
copies=1  # 4 drops: enough for 3 workers and one kill, fast enough for the fast suite
for c in $(seq 1 $copies); do
  for z in "$src"/sample_evidence/*/*.zip; do
    unit=$(basename "$(dirname "$z")")
    mkdir -p "$work/drops/$unit"
    cp "$z" "$work/drops/$unit/c$c-$(basename "$z")"
    "$py" - "$work/drops/$unit/c$c-$(basename "$z")" "$c" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "a") as z:
    z.comment = ("ban sao %s" % sys.argv[2]).encode()
PY
  done
done
n_drops=$(find "$work/drops" -name '*.zip' | wc -l)

cat > "$work/kiemchung.yaml" <<YAML
state_dir: $work/state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
catalog: $KC_PG_URL
workers: 1
queue:
  lease_seconds: 2
  max_attempts: 3
YAML

"$bin" enqueue "$work/drops" --config "$work/kiemchung.yaml" >"$work/enqueue.out" 2>"$work/enqueue.err" ||
  { cat "$work/enqueue.err"; fail "enqueue"; }
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'ingest'")" = "$n_drops" ] || fail "expected $n_drops jobs"
# enqueueing the same drops again adds nothing
"$bin" enqueue "$work/drops" --config "$work/kiemchung.yaml" >/dev/null 2>&1
[ "$(q "SELECT COUNT(*) FROM kc_jobs")" = "$n_drops" ] || fail "enqueue is not idempotent"

for w in 1 2 3; do
  KC_TEST_JOB_DELAY_MS=1200 "$bin" worker --config "$work/kiemchung.yaml" --id "w$w" --once \
    >"$work/w$w.out" 2>"$work/w$w.err" &
  pids+=($!)
done
victim=${pids[0]}

# Wait until w1 holds a job, then kill it in the middle (it sleeps 1.2 s inside the transaction).
killed_job=""
for _ in $(seq 1 300); do
  killed_job=$(q "SELECT id FROM kc_jobs WHERE worker = 'w1' AND state = 'running'" || true)
  [ -n "$killed_job" ] && break
  sleep 0.1
done
[ -n "$killed_job" ] || { cat "$work"/w1.err; fail "w1 never took a job"; }
sleep 0.3
kill -9 "$victim"
echo "killed w1 (pid $victim) during job $killed_job"

for p in "${pids[@]:1}"; do
  wait "$p" || { cat "$work"/w2.err "$work"/w3.err | tail -20; fail "a surviving worker failed"; }
done

echo "--- status"
"$bin" status --config "$work/kiemchung.yaml" | tee "$work/status.txt"
"$bin" status --config "$work/kiemchung.yaml" --format json >"$work/status.json"
"$py" - "$work/status.json" "$n_drops" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
ingest = [k for k in s["jobs"] if k["kind"] == "ingest"][0]
assert ingest["done"] == n and ingest["queued"] == 0 and ingest["running"] == 0 and ingest["parked"] == 0, ingest
assert "oldest_job" not in s, s.get("oldest_job")
# w1 was killed (its heartbeat went stale), w2 and w3 stopped when the queue drained
assert s["workers_alive"] == 0, s["workers"]
assert sorted(w["id"] for w in s["workers"]) == ["w1", "w2", "w3"], s["workers"]
PY

echo "--- exactly once"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state = 'done'")" = "$n_drops" ] || fail "not every job done"
[ "$(q "SELECT attempts FROM kc_jobs WHERE id = $killed_job")" = 2 ] || fail "the killed job was not taken again exactly once"
[ "$(q "SELECT COUNT(*) FROM meta WHERE key LIKE 'queue.job.%'")" = "$n_drops" ] || fail "fence keys"
[ "$(q "SELECT COUNT(*) FROM submissions")" = "$n_drops" ] || fail "submissions: $(q 'SELECT COUNT(*) FROM submissions') for $n_drops drops"
[ "$(q "SELECT COUNT(DISTINCT file) FROM submissions")" = "$n_drops" ] || fail "a drop recorded twice"
[ "$(q "SELECT COUNT(*) FROM submissions WHERE status = 'duplicate'")" = 0 ] || fail "a copy was taken for a duplicate"
# every job's result is the submission its fence key names
[ "$(q "SELECT COUNT(*) FROM kc_jobs j JOIN meta m ON m.key = 'queue.job.' || j.id AND m.value = j.result")" = "$n_drops" ] ||
  fail "job results and fence keys disagree"
# the copies of one drop have the same documents (none lost or doubled by the kill)
uneven=$(q "SELECT COUNT(*) FROM (SELECT regexp_replace(s.file, '^c[0-9]+-', '') AS orig, COUNT(d.id) AS n
            FROM submissions s LEFT JOIN documents d ON d.submission = s.id GROUP BY s.id, s.file) x
            GROUP BY orig HAVING COUNT(DISTINCT n) > 1" | wc -l)
[ "$uneven" = 0 ] || fail "copies of a drop differ in documents"
[ "$(q "SELECT COUNT(*) FROM documents")" -gt 0 ] || fail "no documents"
echo "OK: $n_drops drops, $(q 'SELECT COUNT(*) FROM documents') documents, job $killed_job redone after SIGKILL"
