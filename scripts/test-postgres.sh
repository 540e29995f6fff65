#!/usr/bin/env bash
# Start (or stop) a throwaway PostgreSQL server on 127.0.0.1 for the test suite, from Debian's
# package. Prints the export line for NEWSGRAPH_TEST_PG_URL (and NEWSGRAPH_PG_STARTED=1 when this
# call started the server). `install` adds the package first; `stop` stops it.
set -euo pipefail
PORT="${NEWSGRAPH_PG_PORT:-54329}"
DATA="${NEWSGRAPH_PG_DATA:-/tmp/newsgraph-pg-$PORT}"
action="${1:-start}"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && echo "$dir"
}

run_as_pg() {
  # PostgreSQL refuses to run as root: use the postgres account that Debian's package creates.
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$action" in
  install)
    if [ -z "$(pg_bin)" ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    fi
    ;;
  start)
    BIN=$(pg_bin) || { echo "# PostgreSQL is not installed: the PostgreSQL tests will be skipped" >&2; exit 0; }
    if [ ! -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"
      [ "$(id -u)" = "0" ] && chown postgres "$DATA"
      run_as_pg "$BIN/initdb -D '$DATA' --auth=trust -U postgres -E UTF8 >/dev/null"
    fi
    if ! run_as_pg "$BIN/pg_ctl -D '$DATA' status" >/dev/null 2>&1; then
      run_as_pg "$BIN/pg_ctl -D '$DATA' -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l '$DATA/server.log' -w start" >/dev/null
      # started here, so `make test` stops it afterwards (a server someone else started stays up)
      echo "export NEWSGRAPH_PG_STARTED=1"
    fi
    run_as_pg "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='newsgraph_test'\"" | grep -q 1 \
      || run_as_pg "$BIN/createdb -h 127.0.0.1 -p $PORT -U postgres newsgraph_test"
    echo "export NEWSGRAPH_TEST_PG_URL=postgresql://postgres@127.0.0.1:$PORT/newsgraph_test"
    ;;
  stop)
    BIN=$(pg_bin) || exit 0
    run_as_pg "$BIN/pg_ctl -D '$DATA' -m fast stop" >/dev/null 2>&1 || true
    ;;
esac
