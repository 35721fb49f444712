#!/usr/bin/env bash
# tests/pg/pg_cluster.sh COMMAND [ARGS…] — runs COMMAND with KC_PG_URL naming a
# THROWAWAY PostgreSQL cluster: initdb into a temporary directory, a server on a
# unix socket in that directory only (no TCP), database "kc"; stopped and deleted
# at exit whatever happens. Debian's postgresql package provides the binaries
# (scripts/packages.sh installs it with the test packages).
# Exit: COMMAND's code; 77 (ctest SKIP_RETURN_CODE) when no PostgreSQL binaries exist.
# As root (CI), the server runs as the `postgres` user (initdb refuses root).
set -u
bindir=""
for d in ${KC_PG_BINDIR:-} /usr/lib/postgresql/*/bin; do
  [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && bindir=$d
done
if [ -z "$bindir" ]; then
  echo "SKIP: PostgreSQL binaries not found (apt-get install postgresql)" >&2
  exit 77
fi
as_server=()
owner=""
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then owner=postgres; else owner=nobody; fi
  as_server=(runuser -u "$owner" --)
fi
dir=$(mktemp -d /tmp/kc-pg-XXXXXX)
chmod 755 "$dir"
[ -n "$owner" ] && chown "$owner" "$dir"
port=$(( 20000 + RANDOM % 20000 ))
cleanup() {
  "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM INT
if ! "${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U kc -A trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2; exit 1
fi
if ! "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
     -o "-k $dir -p $port -c listen_addresses= -c fsync=off -c max_connections=60" start >/dev/null; then
  cat "$dir/server.log" >&2; exit 1
fi
if ! "$bindir/psql" -h "$dir" -p "$port" -U kc -d postgres -qc "CREATE DATABASE kc" >/dev/null; then
  echo "cannot create database kc" >&2; exit 1
fi
export KC_PG_URL="postgresql://kc@/kc?host=$dir&port=$port"
export KC_PG_SOCKET_DIR=$dir KC_PG_PORT=$port KC_PG_BINDIR=$bindir
"$@"
