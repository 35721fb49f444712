# bench/pg_lib.sh — sourced by the PostgreSQL benches as `. "$(dirname "$0")/pg_lib.sh" "$@"`:
# here, src, bin (absolute); re-runs the calling script under tests/pg/pg_cluster.sh (a
# throwaway cluster) when KC_PG_URL is unset; pq DB SQL (psql, unaligned, tuples only).
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
src=$(cd "$here/.." && pwd)
bin=${KC_BINARY:-$src/build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
if [ -z "${KC_PG_URL:-}" ]; then
  exec bash "$src/tests/pg/pg_cluster.sh" env KC_BINARY="$bin" bash "$0" "$@"
fi
psql_bin=${KC_PG_BINDIR:-/usr/lib/postgresql/15/bin}/psql
pq() { "$psql_bin" -h "$KC_PG_SOCKET_DIR" -p "$KC_PG_PORT" -U kc -d "$1" -XAtqc "$2"; }
