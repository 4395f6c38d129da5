#!/usr/bin/env bash
# Importer benchmark, run by hand: times POST /api/imports (parse, attribution and the draft stored) for the
# seed story, a 200,000-character story made of the real stories in tests/corpus, and hostile shapes of the
# same size (thousands of quotes, long runs of capitals, hundreds of speech verbs, unbalanced marks, hundreds
# of figures), while a reader keeps fetching the seed article. Prints each import's median time over a few
# runs and the reader's median and p99 latency meanwhile. Target: every import under 2 s.
# Usage: tests/bench/importer.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
work="$(mktemp -d)"
source tests/bench/common.sh
trap 'stop_all; rm -rf "$work"' EXIT
base=http://127.0.0.1:5196
slug="pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit"

publish_portal
python3 tests/bench/importer/inputs.py . "$work/inputs" >/dev/null
export ConnectionStrings__Portal="Data Source=$work/portal.db" Serilog__MinimumLevel__Default=Warning
echo "a long benchmark passphrase" | dotnet "$work/app/Portal.Web.dll" admin create --email bench@example.com 2>/dev/null
token="$(dotnet "$work/app/Portal.Web.dll" token create --email bench@example.com --name bench 2>/dev/null)"
start_portal 5196 "$work/portal.db" Portal__Api__WritesPerMinute=100000
curl -fs -o /dev/null "$base/articles/$slug"

# A reader in the background: one request after another, each time written down.
( while :; do curl -fs -o /dev/null -w '%{time_total}\n' "$base/articles/$slug" || true; done ) >"$work/reads" &
pids+=($!)

ms() { awk -v t="$1" 'BEGIN { printf "%.0f", t * 1000 }'; }
for input in "$work"/inputs/*.txt; do
  name="$(basename "$input" .txt)"
  times=()
  for i in $(seq "$runs"); do
    times+=("$(curl -fs -o "$work/answer.json" -w '%{time_total}' -H "Authorization: Bearer $token" \
      -H "Content-Type: text/plain; charset=utf-8" --data-binary "@$input" "$base/api/imports?headline=Bench+$name+$i")")
  done
  quotes=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(len(a["article"]["quotes"]))' "$work/answer.json")
  printf '%-26s %7s chars  %6s quotes  median %6s ms  max %6s ms\n' "$name" "$(wc -m <"$input")" "$quotes" \
    "$(ms "$(median "${times[@]}")")" "$(ms "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)")"
done
kill_tree "${pids[-1]}"
mapfile -t reads <"$work/reads"
p99=$(printf '%s\n' "${reads[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int(NR * 0.99)] }')
echo "Reader meanwhile: ${#reads[@]} article pages, median $(ms "$(median "${reads[@]}")") ms, p99 $(ms "$p99") ms"
