#!/usr/bin/env bash
# tests/pg/watch_enqueue_test.sh — run under tests/pg/pg_cluster.sh (KC_PG_URL set).
# With a PostgreSQL catalog, `kiemchung watch` only claims and enqueues: after one
# pass the drop is in the spool, one `ingest` job is queued (key claim:<id>) and
# nothing is recorded; a `kiemchung worker --once` records it; the next watch pass
# writes the receipt and finishes the claim (journal `done`, spool emptied).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py, q, fail
w=$(mktemp -d /tmp/kc-pg-watch-XXXXXX)
trap 'rm -rf "$w"' EXIT
mkdir -p "$w/inbox/phong-noi-vu"
cp "$src/sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip" "$w/inbox/phong-noi-vu/"
touch -d '-1 min' "$w/inbox/phong-noi-vu/"*.zip
cat > "$w/k.yaml" <<YAML
state_dir: $w/state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
inbox: $w/inbox
catalog: $KC_PG_URL
workers: 1
YAML
"$bin" watch --config "$w/k.yaml" --once --settle 0 >"$w/watch1.out" 2>&1 || { cat "$w/watch1.out"; fail "watch 1"; }
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'ingest' AND key LIKE 'claim:%' AND state = 'queued'")" = 1 ] || fail "no job queued"
[ "$(q "SELECT COUNT(*) FROM submissions")" = 0 ] || fail "the watcher ingested by itself"
[ -z "$(ls "$w/inbox/phong-noi-vu")" ] || fail "the drop was not claimed"
"$bin" watch --config "$w/k.yaml" --once --settle 0 >/dev/null 2>&1   # again: the job is not queued twice
[ "$(q "SELECT COUNT(*) FROM kc_jobs")" = 1 ] || fail "the claim was queued twice"
"$bin" worker --config "$w/k.yaml" --once >"$w/worker.out" 2>&1 || { cat "$w/worker.out"; fail "worker"; }
[ "$(q "SELECT COUNT(*) FROM submissions")" = 1 ] || fail "not recorded by the worker"
sub=$(q "SELECT value FROM meta WHERE key LIKE 'watch.claim.%'")
[ -n "$sub" ] || fail "the worker did not record the claim's submission"
# the record job's report job (queue/stage_jobs.h) wrote the report and the index, not the watcher
[ -f "$w/state/outbox/phong-noi-vu/$sub.report.html" ] && [ -f "$w/state/index.json" ] || fail "no report from the report job"
# a worker without --as-of runs each job as of today (UTC+7; re-read before each job, so a worker
# running for weeks follows the calendar — only the same-day case is checked here: no clock hook)
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'report' AND key LIKE '%|$today'")" = 1 ] || fail "the report job is not as of today ($today)"
"$bin" watch --config "$w/k.yaml" --once --settle 0 >"$w/watch3.out" 2>&1 || { cat "$w/watch3.out"; fail "watch 3"; }
[ -f "$w/state/outbox/phong-noi-vu/$sub.receipt.txt" ] || fail "no receipt for $sub"
grep -q "done" "$w/state/spool/journal.log" || fail "claim not finished"
[ "$(q "SELECT COUNT(*) FROM submissions")" = 1 ] || fail "recorded twice"
echo "OK: claimed, queued, recorded by the worker as $sub, receipt written by the watcher"
