#!/usr/bin/env bash
# tests/pg/worker_kill_test.sh — run under tests/pg/pg_cluster.sh (KC_PG_URL set).
# Three `kiemchung worker` processes share one PostgreSQL catalog and one state dir
# (blobs). Each drop's ingest job unpacks it and enqueues one extract job per
# document and a record job after them (queue/jobs.h). Jobs are made slow with
# KC_TEST_JOB_DELAY_MS (the worker sleeps inside the job's catalog transaction,
# after its fence key is taken). One worker is killed with SIGKILL while it holds
# an EXTRACT job; its lease (2 s) expires, another worker takes the job again.
# Then: the extract jobs of the drops were done by ≥ 2 workers; every document
# extracted exactly once (one cache row and one fence key per extract job); every
# drop recorded exactly once (one submission per record job); the killed job on its
# 2nd attempt; `status` showing the drained queue; and the index equals the one the
# single-process SQLite path (`kiemchung ingest`) builds from the same drops,
# ignoring ids and times.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py, q, fail

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

# Wait until w1 holds an extract job, then kill it in the middle (it sleeps 1.2 s inside the transaction).
killed_job=""
for _ in $(seq 1 300); do
  killed_job=$(q "SELECT id FROM kc_jobs WHERE worker = 'w1' AND state = 'running' AND kind = 'extract'" || true)
  [ -n "$killed_job" ] && break
  sleep 0.1
done
[ -n "$killed_job" ] || { cat "$work"/w1.err; fail "w1 never took an extract job"; }
sleep 0.3
kill -9 "$victim"
echo "killed w1 (pid $victim) during extract job $killed_job"

for p in "${pids[@]:1}"; do
  wait "$p" || { cat "$work"/w2.err "$work"/w3.err | tail -20; fail "a surviving worker failed"; }
done

echo "--- jobs"
q "SELECT kind, state, worker, attempts, left(result, 60) FROM kc_jobs ORDER BY id"
echo "--- status"
"$bin" status --config "$work/kiemchung.yaml" | tee "$work/status.txt"
"$bin" status --config "$work/kiemchung.yaml" --format json >"$work/status.json"
"$py" - "$work/status.json" "$n_drops" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
kinds = {k["kind"]: k for k in s["jobs"]}
for kind in ("ingest", "record"):
    k = kinds[kind]
    assert k["done"] == n and k["queued"] == 0 and k["running"] == 0 and k["parked"] == 0, k
x = kinds["extract"]
assert x["done"] >= 2 and x["queued"] == 0 and x["running"] == 0 and x["parked"] == 0, x
assert "oldest_job" not in s, s.get("oldest_job")
# w1 was killed (its heartbeat went stale), w2 and w3 stopped when the queue drained
assert s["workers_alive"] == 0, s["workers"]
assert sorted(w["id"] for w in s["workers"]) == ["w1", "w2", "w3"], s["workers"]
PY

echo "--- spread and exactly once"
n_extract=$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'extract'")
[ "$(q "SELECT COUNT(DISTINCT worker) FROM kc_jobs WHERE kind = 'extract'")" -ge 2 ] || fail "extract jobs not spread over 2 workers"
# one drop's own extract jobs spread too (the drop with the most documents)
[ "$(q "SELECT MAX(n) FROM (SELECT COUNT(DISTINCT e.worker) AS n FROM kc_jobs r JOIN kc_job_deps d ON d.job = r.id
        JOIN kc_jobs e ON e.id = d.dep WHERE r.kind = 'record' GROUP BY r.id) x")" -ge 2 ] ||
  fail "no drop had its extract jobs done by 2 workers"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state <> 'done'")" = 0 ] || fail "not every job done"
[ "$(q "SELECT attempts FROM kc_jobs WHERE id = $killed_job")" = 2 ] || fail "the killed job was not taken again exactly once"
[ "$(q "SELECT COUNT(DISTINCT key) FROM kc_jobs WHERE kind = 'extract'")" = "$n_extract" ] || fail "an extract job twice"
# every extract job wrote its document's cache row once, with its fence key
[ "$(q "SELECT COUNT(*) FROM kc_jobs j JOIN meta m ON m.key = 'queue.job.' || j.id AND m.value = j.result
        WHERE j.kind = 'extract'")" = "$n_extract" ] || fail "extract fence keys"
[ "$(q "SELECT COUNT(*) FROM kc_jobs j JOIN cache c ON c.stage = 'extract' AND c.sha256 = j.result
        WHERE j.kind = 'extract'")" = "$n_extract" ] || fail "extract cache rows"
n_stage=$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind IN ('judge', 'report')")  # after each record (queue/stage_jobs.h)
[ "$n_stage" = "$((2 * n_drops))" ] || fail "expected one judge and one report job per drop, got $n_stage"
[ "$(q "SELECT COUNT(*) FROM meta WHERE key LIKE 'queue.job.%'")" = "$((n_extract + n_drops + n_stage))" ] || fail "fence keys"
[ "$(q "SELECT COUNT(*) FROM submissions")" = "$n_drops" ] || fail "submissions: $(q 'SELECT COUNT(*) FROM submissions') for $n_drops drops"
[ "$(q "SELECT COUNT(DISTINCT file) FROM submissions")" = "$n_drops" ] || fail "a drop recorded twice"
[ "$(q "SELECT COUNT(*) FROM submissions WHERE status = 'duplicate'")" = 0 ] || fail "a copy was taken for a duplicate"
# every record job's result is the submission its fence key names
[ "$(q "SELECT COUNT(*) FROM kc_jobs j JOIN meta m ON m.key = 'queue.job.' || j.id AND m.value = j.result
        WHERE j.kind = 'record'")" = "$n_drops" ] || fail "record job results and fence keys disagree"
[ "$(q "SELECT COUNT(*) FROM documents")" -gt 0 ] || fail "no documents"

echo "--- same index as the single-process SQLite path"
cat > "$work/sqlite.yaml" <<YAML
state_dir: $work/sqlite-state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
workers: 1
YAML
"$bin" ingest "$work/drops" --config "$work/sqlite.yaml" >"$work/sqlite-ingest.out" 2>&1 || [ $? = 3 ] ||
  { tail "$work/sqlite-ingest.out"; fail "sqlite ingest"; }
"$bin" index --config "$work/kiemchung.yaml" --format json --as-of 2022-12-31 >"$work/index-pg.json" || [ $? = 3 ] || fail "index pg"
"$bin" index --config "$work/sqlite.yaml" --format json --as-of 2022-12-31 >"$work/index-sqlite.json" || [ $? = 3 ] || fail "index sqlite"
"$py" "$here/index_compare.py" "$work/index-pg.json" "$work/index-sqlite.json" || fail "indexes differ"
echo "OK: $n_drops drops, $n_extract extract jobs over $(q "SELECT COUNT(DISTINCT worker) FROM kc_jobs WHERE kind = 'extract'") workers, $(q 'SELECT COUNT(*) FROM documents') documents, extract job $killed_job redone after SIGKILL"
