#!/usr/bin/env bash
# Reader benchmark, run by hand: requests/s for the article page from the published Portal with its output
# cache, and with the cache turned off, against nginx serving the same article HTML as a static file.
# Rounds are interleaved so the three share the machine's noise. Needs wrk and nginx (apt-get install wrk nginx).
# Usage: tests/bench/reader.sh [rounds] [duration]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}" duration="${2:-10s}"
work="$(mktemp -d)"
source tests/bench/common.sh
trap 'stop_all; rm -rf "$work"' EXIT

publish_portal
article="/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit"
start_portal 5191 "$work/portal.db"
start_portal 5192 "$work/portal.db" Portal__OutputCache__Enabled=false

mkdir -p "$work/static"
curl -fs "http://127.0.0.1:5191$article" >"$work/static/article.html"
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  server { listen 127.0.0.1:5193; root $work/static; }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
pids+=($!)
sleep 0.5

declare -A urls=([nginx]="http://127.0.0.1:5193/article.html" [cached]="http://127.0.0.1:5191$article" [uncached]="http://127.0.0.1:5192$article")
declare -A results=([nginx]="" [cached]="" [uncached]="")
for name in cached uncached; do wrk -t2 -c64 -d3s "${urls[$name]}" >/dev/null; done # warm up
for round in $(seq "$rounds"); do
  for name in nginx cached uncached; do
    rps=$(wrk -t2 -c64 -d"$duration" "${urls[$name]}" | awk '/Requests\/sec/ { print int($2) }')
    results[$name]+="$rps "
    echo "round $round, $name: $rps requests/s"
  done
done

nginx_rps=$(median ${results[nginx]})
for name in nginx cached uncached; do
  rps=$(median ${results[$name]})
  echo "$name: median $rps requests/s, $(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')x nginx"
done
for pid in "${pids[@]:0:2}"; do
  echo "Portal process $pid: $(( $(ps -o rss= -p "$pid") / 1024 )) MB resident after the load"
done
