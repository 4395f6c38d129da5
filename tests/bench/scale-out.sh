#!/usr/bin/env bash
# Scale-out benchmark, run by hand: the article page and GET /api/articles/{slug} with wrk -t2 -c64, through nginx in
# front of two Portal instances on PostgreSQL and Redis, beside one Portal instance on SQLite, rounds interleaved.
# Needs root (PostgreSQL runs as the postgres user), wrk, nginx, redis-server and the postgresql package.
# Usage: tests/bench/scale-out.sh [rounds] [duration]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}" duration="${2:-8s}"
work="$(mktemp -d)"
source tests/bench/common.sh
source tests/postgres.sh
trap 'stop_all; stop_test_postgres; rm -rf "$work"' EXIT

publish_portal
start_test_postgres 55434
redis_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
redis-server --port 6391 --bind 127.0.0.1 --requirepass "$redis_password" --save "" --appendonly no >"$work/redis.log" 2>&1 &
pids+=($!)
scaled=(Portal__Database__Provider=PostgreSql "ConnectionStrings__Portal=$PORTAL_TEST_POSTGRES;Database=portal_bench"
  "ConnectionStrings__Redis=127.0.0.1:6391,password=$redis_password" Portal__Proxy__Addresses__0=127.0.0.1)
# The first instance creates and migrates the database; the second starts on it.
start_portal 5211 unused "${scaled[@]}"
start_portal 5212 unused "${scaled[@]}"
start_portal 5213 "$work/portal.db"

cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream portal { server 127.0.0.1:5211; server 127.0.0.1:5212; keepalive 64; }
  server {
    listen 127.0.0.1:5210;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
pids+=($!)
sleep 0.5

slug="pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit"
declare -A urls=(
  [page-scaled]="http://127.0.0.1:5210/articles/$slug" [page-sqlite]="http://127.0.0.1:5213/articles/$slug"
  [api-scaled]="http://127.0.0.1:5210/api/articles/$slug" [api-sqlite]="http://127.0.0.1:5213/api/articles/$slug")
names=(page-scaled page-sqlite api-scaled api-sqlite)
declare -A results=()
for name in "${names[@]}"; do
  curl -fs -o /dev/null "${urls[$name]}"
  wrk -t2 -c64 -d3s "${urls[$name]}" >/dev/null # warm up
done
for round in $(seq "$rounds"); do
  for name in "${names[@]}"; do
    rps=$(wrk -t2 -c64 -d"$duration" "${urls[$name]}" | awk '/Requests\/sec/ { print int($2) }')
    results[$name]+="$rps "
    echo "round $round, $name: $rps requests/s"
  done
done
for name in "${names[@]}"; do
  echo "$name: median $(median ${results[$name]}) requests/s"
done
echo "scaled = nginx + two instances on PostgreSQL and Redis; sqlite = one instance on SQLite, no proxy"
