# tests/pg/lib.sh — sourced by the tests run under tests/pg/pg_cluster.sh (KC_PG_URL set):
# here, src, bin, py; q SQL (psql on the throwaway cluster, unaligned, tuples only); fail MSG.
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
src=${KC_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
py=/usr/bin/python3
: "${KC_PG_URL:?run me under tests/pg/pg_cluster.sh}"
psql_bin=${KC_PG_BINDIR:-/usr/lib/postgresql/15/bin}/psql
q() { "$psql_bin" -h "$KC_PG_SOCKET_DIR" -p "$KC_PG_PORT" -U kc -d kc -XAtqc "$1"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
