#!/usr/bin/env bash
# tests/pg/stage_jobs_test.sh — run under tests/pg/pg_cluster.sh (KC_PG_URL set).
# judge and report as queue jobs (queue/stage_jobs.h):
#  1. the sample drops through 2 `kiemchung worker`s: every record job enqueued one
#     judge job (one assessed unit) and one report job after it; each ran once
#     (attempt 1, one fence key each); `status` lists the kinds;
#  2. the index and the submission reports the queue wrote equal those of the
#     single-process SQLite path (`kiemchung ingest`) for the same drops (ids and times
#     ignored, tests/pg/index_compare.py); the judge job's stored unit verdict agrees
#     with the index;
#  3. a second run of a judge job (re-queued, fence present) and of a report job
#     (re-queued with its fence removed: as if its worker died after the files) has no
#     visible effect: the same meta value, the same file bytes, reports not rewritten;
#  4. `nightly --enqueue` enqueues one judge job + one nightly report job after it, a
#     worker runs them, a second call (--wait) adds nothing; the nightly index, reports
#     and digests equal the single-process `kiemchung nightly`'s.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py, q, fail
day=2022-12-31

work=$(mktemp -d /tmp/kc-stage-jobs-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "${KC_KEEP:-}" ]; then trap - EXIT; fi  # KC_KEEP=1: keep $work to look at a failure

mkdir -p "$work/drops"
cp -r "$src"/sample_evidence/* "$work/drops/"
n_drops=$(find "$work/drops" -name '*.zip' | wc -l)

cat > "$work/pg.yaml" <<YAML
state_dir: $work/state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
catalog: $KC_PG_URL
workers: 1
queue:
  lease_seconds: 5
  max_attempts: 3
YAML
cat > "$work/sqlite.yaml" <<YAML
state_dir: $work/sqlite-state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
workers: 1
YAML

echo "--- 1. drops through 2 workers (${SECONDS} s)"
"$bin" enqueue "$work/drops" --config "$work/pg.yaml" >/dev/null 2>"$work/enqueue.err" || { cat "$work/enqueue.err"; fail enqueue; }
for w in 1 2; do
  "$bin" worker --config "$work/pg.yaml" --id "w$w" --once --as-of $day >"$work/w$w.out" 2>"$work/w$w.err" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || { tail -20 "$work"/w*.err; fail "a worker failed"; }; done
pids=()
echo "queue run done after ${SECONDS} s"
q "SELECT kind, state, worker, attempts, left(key, 70), left(result, 50) FROM kc_jobs WHERE kind IN ('judge', 'report') ORDER BY id"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state <> 'done'")" = 0 ] || fail "not every job done"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'judge'")" = "$n_drops" ] || fail "one judge job per submission expected"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'report'")" = "$n_drops" ] || fail "one report job per submission expected"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind IN ('judge', 'report') AND attempts <> 1")" = 0 ] || fail "a stage job ran twice"
# every report job waited for its submission's judge job, which ran before it
[ "$(q "SELECT COUNT(*) FROM kc_jobs r JOIN kc_job_deps d ON d.job = r.id JOIN kc_jobs j ON j.id = d.dep
        WHERE r.kind = 'report' AND j.kind = 'judge' AND j.finished_at <= r.started_at")" = "$n_drops" ] || fail "report before judge"
# one fence key per stage job, naming its result
[ "$(q "SELECT COUNT(*) FROM kc_jobs j JOIN meta m ON m.key = 'queue.job.' || j.id AND m.value = j.result
        WHERE j.kind IN ('judge', 'report')")" = "$((2 * n_drops))" ] || fail "stage job fence keys"
# each report job's submission has its report files
for s in $(q "SELECT id || '/' || unit FROM submissions"); do
  id=${s%/*}; unit=${s#*/}
  [ -f "$work/state/outbox/$unit/$id.report.html" ] && [ -f "$work/state/outbox/$unit/$id.report.json" ] || fail "no report for $id"
done
ls "$work"/state/*.tmp* "$work"/state/outbox/*/*.tmp* 2>/dev/null && fail "temp files left"
"$bin" status --config "$work/pg.yaml" --format json >"$work/status.json"
"$py" - "$work/status.json" "$n_drops" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); n = int(sys.argv[2])
kinds = {k["kind"]: k for k in s["jobs"]}
for kind in ("judge", "report"):
    assert kinds[kind]["done"] == n and kinds[kind]["parked"] == 0, kinds[kind]
PY

echo "--- 2. the queue's index and reports equal the single-process path's (${SECONDS} s)"
# The reference: `kiemchung ingest` of the same drops in the order the queue recorded them (which
# copy of a shared document is the DUPLICATE depends on that order).
order=$(q "SELECT unit || '/' || file FROM submissions ORDER BY received_at, id")
(cd "$work/drops" && "$bin" ingest $order --config "$work/sqlite.yaml" --as-of $day) >"$work/sqlite-ingest.out" 2>&1 ||
  { tail "$work/sqlite-ingest.out"; fail "sqlite ingest"; }
echo "single-process ingest done after ${SECONDS} s"
"$py" "$here/index_compare.py" "$work/state/index.json" "$work/sqlite-state/index.json" || fail "indexes differ"
# reports written by a report job that started after every record job had finished saw the whole catalog, as
# the single-process run's did: they must be equal (the others were right for the catalog of their time)
full=$(q "SELECT s.unit || '/' || s.file FROM kc_jobs r JOIN submissions s ON r.key = 'report|' || s.id || '|$day'
          WHERE r.kind = 'report' AND r.started_at >= (SELECT MAX(finished_at) FROM kc_jobs WHERE kind = 'record')")
[ -n "$full" ] || fail "no report job ran after the last record job"
compare_reports() {  # compare_reports UNIT/FILE... — the two states' report JSON of those drops
  "$py" - "$work/state" "$work/sqlite-state" "$here/index_compare.py" "$@" <<'PY'
import json, subprocess, sys
pg, lite, compare = sys.argv[1:4]
def reports(state):
    idx = json.load(open(f"{state}/index.json"))
    return {f"{s['unit']}/{s['file']}": f"{state}/outbox/{s['unit']}/{s['id']}.report.json" for s in idx["submissions"]}
a, b = reports(pg), reports(lite)
assert a.keys() == b.keys(), (a.keys(), b.keys())
def without_receipt_time(path, out):  # "received": {"vi": "dd/mm/yyyy HH:MM", …} — the time, not content
    r = json.load(open(path))
    r.pop("received", None)
    json.dump(r, open(out, "w"), ensure_ascii=False)
    return out
for k in sys.argv[4:]:
    x = without_receipt_time(a[k], f"{pg}/../cmp-a.json")
    y = without_receipt_time(b[k], f"{pg}/../cmp-b.json")
    if subprocess.run([sys.executable, compare, x, y]).returncode != 0:
        sys.exit(f"report of {k} differs")
print(f"{len(sys.argv) - 4} reports equal: {' '.join(sys.argv[4:])}")
PY
}
compare_reports $full || fail "reports differ"
key="judge.cchc-2022:ubnd-quang-dien.$day"
q "SELECT value FROM meta WHERE key = '$key'" >"$work/unit-verdict.json"
"$py" - "$work/unit-verdict.json" "$work/state/index.json" <<'PY' || fail "unit verdict disagrees with the index"
import json, sys
v = json.load(open(sys.argv[1])); idx = json.load(open(sys.argv[2]))
u = [u for u in idx["units"] if u["unit"] == v["unit"]][0]
assert abs(float(u["points_provisional"]) - v["points_provisional"]) < 1e-3, (u["points_provisional"], v)
ps = {p["id"]: p["status"] for c in u["criteria"] for p in c["products"]}
assert ps and all(v["products"].get(p) == st for p, st in ps.items()), [(p, st, v["products"].get(p)) for p, st in ps.items()][:5]
print(f"unit verdict: {len(v['products'])} products, {v['points_provisional']} points, as in the index")
PY

echo "--- 3. a second run has no second visible effect (${SECONDS} s)"
snap() { (cd "$work/state" && find index.json index.csv outbox -type f -name '*' ! -name '*.receipt.txt' -exec sha256sum {} + | sort;
          find outbox -name '*.report.*' -printf '%p %T@\n' | sort) >"$1"; }
snap "$work/before.txt"
judge_job=$(q "SELECT id FROM kc_jobs WHERE kind = 'judge' ORDER BY id DESC LIMIT 1")
report_job=$(q "SELECT id FROM kc_jobs WHERE kind = 'report' ORDER BY finished_at DESC LIMIT 1")
verdict_before=$(q "SELECT md5(value) FROM meta WHERE key = '$key'")
fences_before=$(q "SELECT COUNT(*) FROM meta WHERE key LIKE 'queue.job.%'")
q "UPDATE kc_jobs SET state = 'queued' WHERE id IN ($judge_job, $report_job)"
q "DELETE FROM meta WHERE key = 'queue.job.$report_job'"   # the report job's worker died after its files
"$bin" worker --config "$work/pg.yaml" --id again --once --as-of $day >"$work/again.out" 2>"$work/again.err" ||
  { cat "$work/again.err"; fail "worker again"; }
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE id IN ($judge_job, $report_job) AND state = 'done' AND attempts = 2")" = 2 ] ||
  fail "the re-queued jobs did not run again"
[ "$(q "SELECT md5(value) FROM meta WHERE key = '$key'")" = "$verdict_before" ] || fail "unit verdict changed"
[ "$(q "SELECT COUNT(*) FROM meta WHERE key LIKE 'queue.job.%'")" = "$fences_before" ] || fail "fence keys: not one per job"
[ "$(q "SELECT COUNT(*) FROM kc_jobs")" = "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state = 'done'")" ] || fail "new jobs"
snap "$work/after.txt"
diff "$work/before.txt" "$work/after.txt" || fail "files changed on the second run"

# the same judge job run twice at once (its first worker presumed dead, only slow): one effect
jj=$(q "SELECT id FROM kc_jobs WHERE kind = 'judge' ORDER BY id LIMIT 1")
q "DELETE FROM meta WHERE key = 'queue.job.$jj'"
q "UPDATE kc_jobs SET state = 'queued' WHERE id = $jj"
KC_TEST_JOB_DELAY_MS=1500 "$bin" worker --config "$work/pg.yaml" --id slow --once --as-of $day >"$work/slow.out" 2>"$work/slow.err" &
pids+=($!)
seen=""
for _ in $(seq 1 300); do
  [ "$(q "SELECT worker FROM kc_jobs WHERE id = $jj AND state = 'running'")" = slow ] && { seen=1; break; }
  sleep 0.1
done
[ -n "$seen" ] || { cat "$work/slow.err"; fail "worker slow never took job $jj"; }
q "UPDATE kc_jobs SET state = 'queued' WHERE id = $jj"   # as if slow's lease had expired
"$bin" worker --config "$work/pg.yaml" --id fast --once --as-of $day >"$work/fast.out" 2>"$work/fast.err" ||
  { cat "$work/fast.err"; fail "worker fast"; }
wait "${pids[0]}" || { cat "$work/slow.err"; fail "worker slow"; }
pids=()
grep -q "lease lost 1" "$work/slow.out" || { cat "$work/slow.out" "$work/slow.err"; fail "slow did not lose its job"; }
got=$(q "SELECT worker || ' ' || state || ' ' || attempts FROM kc_jobs WHERE id = $jj")
[ "$got" = "fast done 3" ] || { tail -5 "$work/slow.err" "$work/fast.err"; fail "job $jj: $got, expected fast done 3"; }
[ "$(q "SELECT COUNT(*) FROM meta WHERE key = 'queue.job.$jj'")" = 1 ] || fail "fence of job $jj"
[ "$(q "SELECT md5(value) FROM meta WHERE key = '$key'")" = "$verdict_before" ] || fail "unit verdict changed by the double run"
[ "$(q "SELECT COUNT(*) FROM meta WHERE key LIKE 'queue.job.%'")" = "$fences_before" ] || fail "fence keys after the double run"
echo "judge job $jj run twice at once: one fence, the same unit verdict"

echo "--- 4. nightly --enqueue (${SECONDS} s)"
"$bin" nightly --enqueue --config "$work/pg.yaml" --as-of $day >"$work/n1.out" 2>&1 || { cat "$work/n1.out"; fail "nightly --enqueue"; }
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state = 'queued'")" = 2 ] || fail "expected 1 judge + 1 report job"
rc=0; "$bin" nightly --enqueue --config "$work/sqlite.yaml" >/dev/null 2>&1 || rc=$?
[ $rc = 2 ] || fail "nightly --enqueue with SQLite: exit $rc, expected 2"
"$bin" nightly --config "$work/sqlite.yaml" --as-of $day >"$work/sqlite-nightly.out" 2>&1 &  # the reference, meanwhile
sqlite_nightly=$!
"$bin" worker --config "$work/pg.yaml" --id nightly --once --as-of $day >"$work/wn.out" 2>"$work/wn.err" || { cat "$work/wn.err"; fail "nightly worker"; }
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state <> 'done'")" = 0 ] || fail "nightly jobs not done"
# again, waiting: the same catalog state and day — nothing new is queued, the done job is waited for
rc=0; "$bin" nightly --enqueue --wait --config "$work/pg.yaml" --as-of $day >"$work/n3.out" 2>&1 || rc=$?
[ $rc = 0 ] || [ $rc = 3 ] || { cat "$work/n3.out"; fail "--wait: exit $rc"; }
grep -q "already queued" "$work/n3.out" || { cat "$work/n3.out"; fail "second enqueue created jobs"; }
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state <> 'done'")" = 0 ] || fail "jobs after the second enqueue"
rc=0; wait $sqlite_nightly || rc=$?
[ $rc = 0 ] || [ $rc = 3 ] || { tail "$work/sqlite-nightly.out"; fail "sqlite nightly"; }
[ -f "$work/state/nightly/$day.json" ] || fail "no nightly summary"
"$py" "$here/index_compare.py" "$work/state/nightly/$day/index.json" "$work/sqlite-state/nightly/$day/index.json" || fail "nightly indexes differ"
compare_reports $order || fail "reports differ after nightly"
for side in state sqlite-state; do  # every digest in one file per side: one comparison
  "$py" -c 'import glob, json, os, sys
print(json.dumps({os.path.basename(f): json.load(open(f)) for f in sorted(glob.glob(sys.argv[1] + "/*.json"))}))' \
    "$work/$side/nightly/$day/digest" >"$work/digests-$side.json"
done
[ "$(wc -c <"$work/digests-sqlite-state.json")" -gt 100 ] || fail "no digests"
"$py" "$here/index_compare.py" "$work/digests-state.json" "$work/digests-sqlite-state.json" || fail "digests differ"
echo "OK: $n_drops drops → $n_drops judge + $n_drops report jobs, each once; index, reports and nightly equal the SQLite path's; re-runs changed nothing"
