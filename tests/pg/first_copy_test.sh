#!/usr/bin/env bash
# tests/pg/first_copy_test.sh — run under tests/pg/pg_cluster.sh (KC_PG_URL set).
# Two identical drops (same bytes, same unit) enqueued under different keys (two paths)
# and recorded at the same instant by two workers: exactly one first copy, the other a
# DUPLICATE_SUBMISSION of it — decided by the first-copy key inside the record
# transaction (catalog first_copies, migration 5), not by the read before it. The record
# jobs of both drops wait for the same extract jobs, so they become claimable together;
# KC_TEST_JOB_DELAY_MS holds the first record transaction open (after its fence key and
# first-copy claim) while the second worker reads, finds nothing committed, and claims.
# Also: each drop unpacked once (by its ingest job; the record job reuses the result
# from the catalog cache, stage "unpack": queue/unpack_once.h).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py, q, fail
fail() { echo "FAIL: $*" >&2; tail -n 30 "$work"/w*.err >&2 || true; exit 1; }

work=$(mktemp -d /tmp/kc-first-copy-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

zip="$src/sample_evidence/phong-noi-vu/nop-lan-2-2022-03-11.zip"  # 2 documents
for copy in a b; do
  mkdir -p "$work/$copy/phong-noi-vu"
  cp "$zip" "$work/$copy/phong-noi-vu/"
done
cat > "$work/kiemchung.yaml" <<YAML
state_dir: $work/state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
catalog: $KC_PG_URL
workers: 1
queue:
  lease_seconds: 30
  max_attempts: 3
YAML

"$bin" enqueue "$work/a" "$work/b" --config "$work/kiemchung.yaml" >"$work/enqueue.out" 2>&1 ||
  { cat "$work/enqueue.out"; fail "enqueue"; }
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'ingest'")" = 2 ] || fail "expected 2 ingest jobs (different keys)"

for w in 1 2; do
  KC_TEST_JOB_DELAY_MS=3000 "$bin" worker --config "$work/kiemchung.yaml" --id "w$w" --once \
    >"$work/w$w.out" 2>"$work/w$w.err" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || fail "a worker failed"; done
pids=()

echo "--- jobs"
q "SELECT id, kind, state, worker, attempts, left(result, 50) FROM kc_jobs ORDER BY id"
echo "--- submissions"
q "SELECT id, status, left(reasons_json, 120) FROM submissions ORDER BY id"

[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state <> 'done'")" = 0 ] || fail "not every job done"
[ "$(q "SELECT COUNT(DISTINCT worker) FROM kc_jobs WHERE kind = 'record'")" = 2 ] ||
  fail "the two record jobs were not run by two workers"
[ "$(q "SELECT COUNT(*) FROM submissions")" = 2 ] || fail "expected 2 submissions"
[ "$(q "SELECT COUNT(*) FROM submissions WHERE status <> 'duplicate'")" = 1 ] || fail "not exactly one first copy"
[ "$(q "SELECT COUNT(*) FROM submissions WHERE status = 'duplicate'")" = 1 ] || fail "not exactly one duplicate"
first=$(q "SELECT id FROM submissions WHERE status <> 'duplicate'")
[ "$(q "SELECT submission FROM first_copies")" = "$first" ] || fail "first_copies does not name the first copy"
q "SELECT reasons_json FROM submissions WHERE status = 'duplicate'" | grep -q "DUPLICATE_SUBMISSION" ||
  fail "the duplicate has no DUPLICATE_SUBMISSION reason"
q "SELECT reasons_json FROM submissions WHERE status = 'duplicate'" | grep -q "$first" ||
  fail "the duplicate does not name the first copy"
[ "$(q "SELECT COUNT(*) FROM documents")" = 2 ] || fail "documents of the duplicate recorded"
# The duplicate was caught by the key at record time (both workers passed the read first).
grep -h "first-copy key" "$work"/w*.err >/dev/null || fail "the race did not happen (duplicate found by the read)"

echo "--- unpack once per drop"
unpacks=$(cat "$work"/w*.err | grep -c "unpacking drop" || true)
reused=$(cat "$work"/w*.err | grep -c "reused (ingest job)" || true)
[ "$unpacks" = 2 ] || fail "unpacked $unpacks times for 2 drops"
[ "$reused" = 2 ] || fail "record jobs reused the unpack result $reused times, expected 2"
[ "$(q "SELECT COUNT(*) FROM cache WHERE stage = 'unpack'")" = 1 ] || fail "expected one unpack cache row (same bytes)"
echo "OK: one first copy ($first), one duplicate caught by the first-copy key; $unpacks unpacks for 2 drops"
