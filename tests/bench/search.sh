#!/usr/bin/env bash
# Search benchmark, run by hand: generates a synthetic corpus (default 100,000 articles) and times /search
# and GET /api/articles?q= requests with the output cache off, so each one runs the full-text query.
# Prints median and p90 per query and endpoint.
# Usage: tests/bench/search.sh [articles] [requests-per-query]
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-100000}" requests="${2:-30}"
work="$(mktemp -d)"
source tests/bench/common.sh
trap 'stop_all; rm -rf "$work"' EXIT

publish_portal
echo "Generating $articles synthetic articles..."
start=$(date +%s)
ConnectionStrings__Portal="Data Source=$work/portal.db" Serilog__MinimumLevel__Default=Warning \
  dotnet "$work/app/Portal.Web.dll" generate-corpus "$articles" >/dev/null
echo "Corpus ready in $(( $(date +%s) - start )) s"
start_portal 5194 "$work/portal.db" Portal__OutputCache__Enabled=false

# From words in every article (the synthetic vocabulary's most common) to rare words and names.
for endpoint in /search /api/articles; do
  for query in summit minister "summit talks" "storm court climate" kalo "kalo renva" renvato denuclearization "Mike Pompeo" sto; do
    encoded=${query// /+}
    curl -fs -o /dev/null "http://127.0.0.1:5194$endpoint?q=$encoded" # warm up
    times=()
    for i in $(seq "$requests"); do
      times+=("$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:5194$endpoint?q=$encoded&page=$(( i % 3 + 1 ))")")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    p90=${sorted[$(( requests * 9 / 10 ))]}
    echo "$endpoint \"$query\": median $(awk -v t="$(median "${times[@]}")" 'BEGIN { printf "%.1f", t * 1000 }') ms, p90 $(awk -v t="$p90" 'BEGIN { printf "%.1f", t * 1000 }') ms"
  done
done
echo "Portal: $(( $(ps -o rss= -p "${pids[0]}") / 1024 )) MB resident"
