#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on loopback only, with a password made up for this run.
# Usage: source tests/postgres.sh; start_test_postgres PORT  (exports PORTAL_TEST_POSTGRES); stop_test_postgres
# Needs the postgresql package (its server binaries) and root, which runs the server as the postgres user.

start_test_postgres() {
  local port=$1 bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$bin" ]; then
    echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    return 1
  fi
  test_postgres_dir="$(mktemp -d /tmp/portal-postgres.XXXXXX)"
  local password
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf '%s\n' "$password" >"$test_postgres_dir/password"
  chown -R postgres "$test_postgres_dir"
  runuser -u postgres -- "$bin/initdb" -D "$test_postgres_dir/data" -U portal --pwfile="$test_postgres_dir/password" \
    --auth=scram-sha-256 --no-sync >"$test_postgres_dir/initdb.log" 2>&1 || { cat "$test_postgres_dir/initdb.log" >&2; return 1; }
  rm "$test_postgres_dir/password"
  # Durability off: the cluster lives for one test run; max_connections for the parallel tests' pools.
  runuser -u postgres -- "$bin/pg_ctl" -D "$test_postgres_dir/data" -l "$test_postgres_dir/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $test_postgres_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null || { cat "$test_postgres_dir/server.log" >&2; return 1; }
  test_postgres_bin="$bin"
  export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=portal;Password=$password"
}

stop_test_postgres() {
  [ -n "${test_postgres_dir:-}" ] || return 0
  runuser -u postgres -- "$test_postgres_bin/pg_ctl" -D "$test_postgres_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$test_postgres_dir"
}
