#!/usr/bin/env bash
# Start-up benchmark: time from launching Portal on an existing database to the first article page served.
# Measures, interleaved in one run, the plain Release build and the ReadyToRun build the Dockerfile publishes.
# Usage: tests/bench/startup.sh [runs]   (run by hand; prints each run and the medians)
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-10}"
port=5181
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export ConnectionStrings__Portal="Data Source=$work/portal.db" Serilog__MinimumLevel__Default=Warning
url="http://127.0.0.1:$port/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit"

dotnet build src/Portal.Web -c Release --nologo -v quiet >/dev/null
dotnet publish src/Portal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/published" --nologo -v quiet >/dev/null
declare -A apps=([build]=src/Portal.Web/bin/Release/net10.0/Portal.Web.dll [readytorun]="$work/published/Portal.Web.dll")

serve_once() {
  local start end
  start=$(date +%s%N)
  dotnet "$1" --urls "http://127.0.0.1:$port" >"$work/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$url"; do
    sleep 0.01
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ]; then echo "no answer within 30 s" >&2; cat "$work/log" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
  echo $(( (end - start) / 1000000 ))
}

echo "first start (creates, migrates and seeds the database): $(serve_once "${apps[build]}") ms"
declare -A times=([build]="" [readytorun]="")
for i in $(seq "$runs"); do
  for variant in build readytorun; do
    ms=$(serve_once "${apps[$variant]}")
    times[$variant]+="$ms "
    echo "run $i, $variant: $ms ms"
  done
done
for variant in build readytorun; do
  sorted=($(printf '%s\n' ${times[$variant]} | sort -n))
  echo "$variant: median start-up to first article ${sorted[$(( runs / 2 ))]} ms (min ${sorted[0]}, max ${sorted[-1]}) over $runs runs"
done
