#!/usr/bin/env bash
# API benchmark, run by hand. Interleaves wrk runs of GET /api/articles/{slug} (anonymous, from the output
# cache) with a minimal Kestrel endpoint serving the same JSON bytes from memory, then measures PUT latency
# (one editor, one connection, If-Match: *, so every request is a full save with revision and eviction).
# Needs wrk. Usage: tests/bench/api.sh [rounds] [duration]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}" duration="${2:-10s}"
work="$(mktemp -d)"
source tests/bench/common.sh
trap 'stop_all; rm -rf "$work"' EXIT

publish_portal
slug="pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit"
export ConnectionStrings__Portal="Data Source=$work/portal.db" Serilog__MinimumLevel__Default=Warning
dotnet "$work/app/Portal.Web.dll" migrate >/dev/null
echo "a long benchmark passphrase" | dotnet "$work/app/Portal.Web.dll" admin create --email bench@example.com 2>/dev/null
token=$(dotnet "$work/app/Portal.Web.dll" token create --email bench@example.com --name bench 2>/dev/null)
start_portal 5197 "$work/portal.db" Portal__Api__WritesPerMinute=100000000

curl -fs "http://127.0.0.1:5197/api/articles/$slug" >"$work/article.json"
(cd tests/bench/baseline && dotnet run -c Release JsonBaseline.cs -- "$work/article.json" http://127.0.0.1:5198 >"$work/baseline.log" 2>&1) &
pids+=($!)
for _ in $(seq 600); do curl -fs -o /dev/null http://127.0.0.1:5198/ && break; sleep 0.2; done

declare -A urls=([baseline]="http://127.0.0.1:5198/" [api]="http://127.0.0.1:5197/api/articles/$slug")
declare -A results=([baseline]="" [api]="")
for name in baseline api; do wrk -t2 -c64 -d3s "${urls[$name]}" >/dev/null; done # warm up
for round in $(seq "$rounds"); do
  for name in baseline api; do
    rps=$(wrk -t2 -c64 -d"$duration" "${urls[$name]}" | awk '/Requests\/sec/ { print int($2) }')
    results[$name]+="$rps "
    echo "round $round, $name: $rps requests/s"
  done
done
baseline_rps=$(median ${results[baseline]})
api_rps=$(median ${results[api]})
echo "GET article: median $api_rps requests/s against $baseline_rps for the bytes from memory: $(awk -v a="$api_rps" -v b="$baseline_rps" 'BEGIN { printf "%.2f", a / b }')x"

cat >"$work/put.lua" <<LUA
wrk.method = "PUT"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["If-Match"] = "*"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"headline":"Benchmark headline","body":"SEOUL -- A paragraph.\\\\n\\\\n\\\\"A quote,\\\\" Mike Pompeo said.","tags":["Bench"]}'
LUA
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"headline":"Benchmark headline","body":"A paragraph."}' http://127.0.0.1:5197/api/articles
wrk -t1 -c1 -d"$duration" --latency -s "$work/put.lua" http://127.0.0.1:5197/api/articles/benchmark-headline \
  | awk '/Requests\/sec/ { print "PUT: " int($2) " saves/s" } / 50%/ { print "PUT latency median " $2 } / 99%/ { print "PUT latency p99 " $2 } /Non-2xx/ { print "non-2xx responses: " $NF }'
echo "Portal: $(( $(ps -o rss= -p "${pids[0]}") / 1024 )) MB resident"
