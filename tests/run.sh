#!/usr/bin/env bash
# Builds Portal and runs every test project, then prints one line: "N passed, N failed, N skipped".
# Exits non-zero when the build fails or any test fails.
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
source tests/postgres.sh
trap 'stop_test_postgres; rm -rf "$results"' EXIT

# What the tests need: Debian's Chromium, a Java runtime and the Nu Html Checker for the browser tests; sqlmap;
# PostgreSQL's server, redis-server and nginx for the run on PostgreSQL and its scale-out tests.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || missing+=(nginx)
command -v chromium >/dev/null || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v sqlmap >/dev/null || missing+=(sqlmap)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

if ! dotnet build Portal.sln -c Release --nologo -v quiet; then
  echo "The build failed."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

# One test project at a time: the process and browser tests measure time, and two cores are few to share.
dotnet test Portal.sln -c Release --no-build --nologo -m:1 --filter "Store!=PostgreSql" --logger trx --results-directory "$results"
status=$?

# The HTTP suite once more on PostgreSQL, each test with a database of its own on a throwaway server (tests about
# SQLite itself left out), with the tests only PostgreSQL runs: two instances with Redis behind nginx, pg_dump backups.
if start_test_postgres 55433; then
  PORTAL_TEST_PROVIDER=PostgreSql dotnet test tests/Portal.Tests -c Release --no-build --nologo --filter "Store!=Sqlite" \
    --logger "trx;LogFileName=postgresql.trx" --results-directory "$results" || status=1
  stop_test_postgres
else
  echo "PostgreSQL did not start; the run on PostgreSQL counts as one failure."
  unstarted=1
fi

passed=0 failed=${unstarted:-0} skipped=0 runs=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + $(count notExecuted)))
  runs=$((runs + 1))
done

if [ "$runs" -eq 0 ]; then
  echo "No test results were written."
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$skipped" -ne 0 ]; then
  exit 1
fi
