#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on a loopback port, in a temporary directory.
#   scripts/pg-test-server.sh start [PORT]   → prints the URL to export as PARLEY_TEST_PG
#   scripts/pg-test-server.sh stop           → stops it and removes its directory
# Needs Debian's postgresql package (apt-get install postgresql). PostgreSQL refuses to run as
# root, so as root the cluster belongs to the 'postgres' user the package creates. Trust
# authentication is safe here: it listens on 127.0.0.1 only and lives for one test run.
set -euo pipefail
STATE=${PARLEY_PG_STATE:-/tmp/parley-test-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] || { echo "pg-test-server: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    PORT=${2:-54329}
    if [ -f "$STATE/url" ] && as_owner "$BIN/pg_ctl" -D "$STATE/data" status >/dev/null 2>&1; then cat "$STATE/url"; exit 0; fi
    rm -rf "$STATE"
    mkdir -p "$STATE"
    [ "$(id -u)" = 0 ] && chown postgres "$STATE"
    as_owner "$BIN/initdb" -D "$STATE/data" -U parley --auth=trust -E UTF8 --locale=C.UTF-8 >"$STATE/initdb.log" 2>&1 \
      || { cat "$STATE/initdb.log" >&2; exit 1; }
    as_owner "$BIN/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $STATE -c synchronous_commit=off -c max_connections=200" start >/dev/null \
      || { cat "$STATE/server.log" >&2; exit 1; }
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U parley parley_test
    echo "postgres://parley@127.0.0.1:$PORT/parley_test" | tee "$STATE/url"
    ;;
  stop)
    if [ -d "$STATE/data" ]; then as_owner "$BIN/pg_ctl" -D "$STATE/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$STATE"
    ;;
  *) echo "usage: $0 start [PORT] | stop" >&2; exit 2 ;;
esac
