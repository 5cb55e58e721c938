#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the storage tests (needs Debian's `postgresql` package).
#
#   eval "$(tests/scripts/postgres.sh start)"   # starts it, exports FLOWBUILDER_TEST_POSTGRES
#   dotnet test tests/FlowBuilder.Data.Tests
#   tests/scripts/postgres.sh stop              # stops it and deletes its files
#
# `start` prints one line, `export FLOWBUILDER_TEST_POSTGRES='…'`, and nothing else on stdout; it is
# idempotent (a running cluster is reused). The cluster listens on 127.0.0.1 only, on the first free
# port from FLOWBUILDER_PG_PORT (default 55432), keeps its files in FLOWBUILDER_PG_DIR (default
# /tmp/flowbuilder-pg), runs as the `postgres` OS user when started by root, and trades durability
# for speed (fsync off): it is for tests only.
set -euo pipefail

DIR="${FLOWBUILDER_PG_DIR:-/tmp/flowbuilder-pg}"
FIRST_PORT="${FLOWBUILDER_PG_PORT:-55432}"
DATABASE=flowbuilder_test
USER_NAME=flowbuilder

log() { echo "postgres.sh: $*" >&2; }

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$bin" ]] || { log "PostgreSQL is not installed; run: apt-get update && apt-get install -y postgresql"; exit 1; }
  echo "$bin"
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

export_line() {
  local port password
  port=$(cat "$DIR/port")
  password=$(cat "$DIR/password")
  echo "export FLOWBUILDER_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Database=$DATABASE;Username=$USER_NAME;Password=$password'"
}

is_running() { [[ -f "$DIR/data/postmaster.pid" ]] && as_owner "$(pg_bin)/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }

start() {
  local bin port password
  bin=$(pg_bin)
  if is_running; then export_line; return; fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  port=$FIRST_PORT
  while port_in_use "$port"; do port=$((port + 1)); done
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  echo "$port" > "$DIR/port"
  (umask 077; echo "$password" > "$DIR/password")
  [[ $(id -u) -eq 0 ]] && chown -R postgres: "$DIR"
  as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 1; }
  # The test user owns the test database and may create (and drop) one database per test.
  as_owner "$bin/psql" -h "$DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE $USER_NAME LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE $DATABASE OWNER $USER_NAME" >/dev/null
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port (files in $DIR)"
  export_line
}

stop() {
  if is_running; then as_owner "$(pg_bin)/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null; fi
  rm -rf "$DIR"
  log "stopped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  env) is_running && export_line || { log "not running"; exit 1; } ;;
  *) echo "usage: $0 [start|stop|env]" >&2; exit 2 ;;
esac
