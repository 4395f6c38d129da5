#!/usr/bin/env bash
# Newsroom benchmark, run by hand: generates a synthetic corpus (default 100,000 articles), signs an editor in
# and times what an editor waits for: saving the article form (body re-read, revision, audit entry, cache
# eviction, redirect) one save after another, each from a freshly opened form as a person would, and opening
# the admin article list at several pages and statuses. Prints medians and p90s.
# Usage: tests/bench/newsroom.sh [articles] [saves]
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-100000}" saves="${2:-100}"
work="$(mktemp -d)"
source tests/bench/common.sh
trap 'stop_all; rm -rf "$work"' EXIT
base=http://127.0.0.1:5195
slug="pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit"
jar="$work/cookies"

publish_portal
export ConnectionStrings__Portal="Data Source=$work/portal.db" Serilog__MinimumLevel__Default=Warning
echo "Generating $articles synthetic articles..."
dotnet "$work/app/Portal.Web.dll" generate-corpus "$articles" >/dev/null
echo "a long benchmark passphrase" | dotnet "$work/app/Portal.Web.dll" admin create --email bench@example.com 2>/dev/null
start_portal 5195 "$work/portal.db" Portal__Cookies__SecureOnly=false

# field NAME FILE: the value of the named input in a saved page.
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" "$2" | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

curl -fs -c "$jar" -b "$jar" -o "$work/login.html" "$base/admin/login"
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Input.Email=bench@example.com" \
  --data-urlencode "Input.Password=a long benchmark passphrase" \
  --data-urlencode "__RequestVerificationToken=$(field __RequestVerificationToken "$work/login.html")" "$base/admin/login"

edit="$base/admin/articles/$slug/edit"
body="$(python3 -c 'import html,re,sys; print(html.unescape(re.search(r"<textarea[^>]*name=\"Form.Body\"[^>]*>(.*?)</textarea>", open(sys.argv[1]).read(), re.S).group(1)).strip())' \
  <(curl -fs -b "$jar" "$edit"))"
times=()
for i in $(seq "$saves"); do
  curl -fs -b "$jar" -o "$work/edit.html" "$edit"
  times+=("$(curl -fs -b "$jar" -o /dev/null -w '%{time_total}' \
    --data-urlencode "Form.Version=$(field Form.Version "$work/edit.html")" \
    --data-urlencode "Form.Headline=Pompeo says talks move forward, take $i" \
    --data-urlencode "Form.Dateline=New York" --data-urlencode "Form.TagsText=North Korea, Diplomacy" \
    --data-urlencode "Form.Body=$body

An editor's line, save $i." \
    --data-urlencode "__RequestVerificationToken=$(field __RequestVerificationToken "$work/edit.html")" "$edit?handler=Save")")
done
curl -fs -b "$jar" -o "$work/edit.html" "$edit"
grep -q "take $saves" "$work/edit.html" || { echo "the last save is not on the page" >&2; exit 1; }
curl -fs -b "$jar" -o "$work/history.html" "$base/admin/articles/$slug/history"
revisions=$(grep -c '<tr' "$work/history.html" || true)
ms() { awk -v t="$1" 'BEGIN { printf "%.1f", t * 1000 }'; }
p90() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int(NR * 0.9)] }'; }
echo "Editor's save (form post, revision, eviction), $saves saves: median $(ms "$(median "${times[@]}")") ms, p90 $(ms "$(p90 "${times[@]}")") ms; history rows now $revisions"

for list in "/admin/articles" "/admin/articles?page=2" "/admin/articles?page=1000" "/admin/articles?status=Draft" "/admin/articles?status=Published&page=500"; do
  curl -fs -b "$jar" -o /dev/null "$base$list"
  times=()
  for _ in $(seq 30); do times+=("$(curl -fs -b "$jar" -o /dev/null -w '%{time_total}' "$base$list")"); done
  echo "GET $list: median $(ms "$(median "${times[@]}")") ms, p90 $(ms "$(p90 "${times[@]}")") ms"
done
echo "Portal: $(( $(ps -o rss= -p "${pids[0]}") / 1024 )) MB resident"
