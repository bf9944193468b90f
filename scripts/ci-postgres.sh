#!/usr/bin/env bash
# Starts a private PostgreSQL server for the store tests and the store load test, and prints the shell line
# that exports its URL:
#
#   eval "$(bash scripts/ci-postgres.sh start)"   # → export HARDEN_TEST_PG_URL=postgres://…
#   bash scripts/ci-postgres.sh stop
#
# Debian's `postgresql` package is installed with apt-get when its server binaries are missing. The cluster is
# a fresh one (initdb) in $HARDEN_PG_DIR (default /tmp/harden-pg), owned by the `postgres` system user, listening
# on 127.0.0.1 only, on $HARDEN_PG_PORT (default 55432) so that it never collides with a system cluster on 5432.
# A role `harden` (password `harden`) owns the database `harden_test`. Everything the script writes goes to stderr
# except the export line.
set -euo pipefail

DIR="${HARDEN_PG_DIR:-/tmp/harden-pg}"
PORT="${HARDEN_PG_PORT:-55432}"
ROLE=harden
PASSWORD=harden
DB=harden_test

log() { echo "ci-postgres: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The newest server installed by Debian's packages (/usr/lib/postgresql/NN/bin).
pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

# Runs a server binary as the `postgres` user (the server refuses to run as root).
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"
  fi
}

install_postgres() {
  if [ -z "$(pg_bin)" ]; then
    log "installing Debian's postgresql"
    as_root apt-get update -q >&2 || true
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q postgresql >&2
  fi
  [ -n "$(pg_bin)" ] || { log "no PostgreSQL server binaries after apt-get install postgresql"; exit 1; }
}

start() {
  install_postgres
  local bin
  bin=$(pg_bin)
  if ! as_postgres "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    as_root rm -rf "$DIR"
    as_root mkdir -p "$DIR"
    as_root chown postgres:postgres "$DIR"
    as_postgres "$bin/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
    # Loopback only; sockets in the cluster's own folder; enough connections for the 32-writer load test.
    as_postgres "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c max_connections=200 -c fsync=on" start >&2
    as_postgres "$bin/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >&2 <<SQL
CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
CREATE DATABASE $DB OWNER $ROLE;
SQL
    log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $DIR/data)"
  else
    log "already running on 127.0.0.1:$PORT"
  fi
  echo "export HARDEN_TEST_PG_URL=postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
}

stop() {
  local bin
  bin=$(pg_bin) || exit 0
  if [ -d "$DIR/data" ]; then as_postgres "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true; fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) log "usage: ci-postgres.sh start|stop"; exit 2 ;;
esac
