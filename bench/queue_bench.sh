#!/usr/bin/env bash
# bench/queue_bench.sh [COPIES] — the same corpus three ways on this machine:
#   (1) the single-process SQLite path: `kiemchung ingest DROPS --workers 1`
#   (2) PostgreSQL catalog, `kiemchung enqueue` + 1 `kiemchung worker --once`
#   (3) PostgreSQL catalog, the same jobs through 2 workers at once
# Corpus: the sample evidence replicated COPIES times (default 4) with DISTINCT
# documents (each PDF inside gets a trailing PDF comment, so no copy hits another's
# extraction cache; each zip a zip comment). Every run starts from an empty state.
# `workers: 1` in every config: one child at a time per process, so 2 workers use
# 2 cores and the SQLite path 1 — the scaling ratio is (3)/(2).
# Runs itself under tests/pg/pg_cluster.sh (throwaway cluster) when KC_PG_URL is unset.
# Needs: postgresql (Debian), python3 (zip rewriting). Usage from the source root:
#   KC_BINARY=build/kiemchung bash bench/queue_bench.sh 4
set -euo pipefail
. "$(dirname "$0")/pg_lib.sh" "$@"   # here, src, bin; under a throwaway cluster; pq
copies=${1:-4}

work=$(mktemp -d /tmp/kc-queue-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/drops"
for c in $(seq 1 "$copies"); do
  for z in "$src"/sample_evidence/*/*.zip; do
    unit=$(basename "$(dirname "$z")")
    mkdir -p "$work/drops/$unit"
    if /usr/bin/python3 - "$z" "$work/drops/$unit/c$c-$(basename "$z")" "$c" 2>/dev/null <<'PY'
import sys, zipfile
src, dst, copy = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info)
        if info.filename.lower().endswith(".pdf"):
            data += ("\n%% kc-bench copy %s\n" % copy).encode()
        zout.writestr(info, data)
    zout.comment = ("copy %s" % copy).encode()
PY
    then :; else  # not a zip python reads (a damaged sample): made distinct by trailing bytes
      cp "$z" "$work/drops/$unit/c$c-$(basename "$z")"; printf 'copy %s' "$c" >>"$work/drops/$unit/c$c-$(basename "$z")"
    fi
  done
done
n_drops=$(find "$work/drops" -name '*.zip' | wc -l)

config() {  # config NAME CATALOG
  cat > "$work/$1.yaml" <<YAML
state_dir: $work/state-$1
rules_dir: $src/rules
pipelines_dir: $src/pipelines
workers: 1
${2:+catalog: $2}
YAML
}
now() { date +%s.%N; }

# (1) single process, SQLite
config sqlite ""
t0=$(now)
"$bin" ingest "$work/drops" --config "$work/sqlite.yaml" >/dev/null 2>"$work/sqlite.err"
t1=$(now)
sqlite_s=$(echo "$t1 - $t0" | bc)
docs=$(/usr/bin/python3 -c "
import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('select count(*) from documents').fetchone()[0])" \
  "$work/state-sqlite/catalog.sqlite")

run_pg() {  # run_pg WORKERS → seconds
  local n=$1 db="bench$1"
  pq postgres "CREATE DATABASE $db" >/dev/null
  local url="${KC_PG_URL/\/kc\?//$db?}"
  config "pg$n" "$url"
  "$bin" enqueue "$work/drops" --config "$work/pg$n.yaml" >/dev/null 2>&1
  local s e pids=()
  s=$(now)
  for w in $(seq 1 "$n"); do
    "$bin" worker --config "$work/pg$n.yaml" --id "w$w" --once >/dev/null 2>"$work/pg$n-w$w.err" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  e=$(now)
  local done_jobs pg_docs
  done_jobs=$(pq "$db" "SELECT COUNT(*) FROM kc_jobs WHERE state = 'done' AND kind = 'record'")
  pg_docs=$(pq "$db" "SELECT COUNT(*) FROM documents")
  [ "$done_jobs" = "$n_drops" ] || { echo "pg $n workers: $done_jobs/$n_drops jobs done" >&2; exit 1; }
  [ "$pg_docs" = "$docs" ] || { echo "pg $n workers: $pg_docs documents, SQLite path $docs" >&2; exit 1; }
  echo "$e - $s" | bc
}
pg1_s=$(run_pg 1)
pg2_s=$(run_pg 2)

rate() { echo "scale=2; $1 * 60 / $2" | bc; }
echo "corpus: $n_drops drops (sample evidence × $copies, distinct documents), $docs document occurrences; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
printf "%-34s %8s s  %8s drops/min  %8s docs/min\n" "single process, SQLite (ingest)" "$sqlite_s" "$(rate "$n_drops" "$sqlite_s")" "$(rate "$docs" "$sqlite_s")"
printf "%-34s %8s s  %8s drops/min  %8s docs/min\n" "PostgreSQL queue, 1 worker" "$pg1_s" "$(rate "$n_drops" "$pg1_s")" "$(rate "$docs" "$pg1_s")"
printf "%-34s %8s s  %8s drops/min  %8s docs/min\n" "PostgreSQL queue, 2 workers" "$pg2_s" "$(rate "$n_drops" "$pg2_s")" "$(rate "$docs" "$pg2_s")"
echo "scaling 1 → 2 workers: $(echo "scale=2; $pg1_s / $pg2_s" | bc)×   queue overhead (1 worker vs SQLite path): $(echo "scale=2; $pg1_s / $sqlite_s" | bc)×"
