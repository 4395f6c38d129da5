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
# form PAGE NAME=VALUE|NAME+=LINE...: the editor page's one form as a browser posts it (every field, review included, as
# the page has it), with fields set or a paragraph added to them, URL-encoded.
form() {
  python3 - "$@" <<'PY'
import html, re, sys, urllib.parse
page = open(sys.argv[1]).read()
form = re.search(r'<form[^>]*handler=Save[^>]*>.*?</form>', page, re.S).group(0)
fields = []
for tag in re.findall(r'<input[^>]*>', form):
    attrs = dict((k, html.unescape(v)) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag))
    kind = attrs.get("type", "text")
    if "name" not in attrs or kind in ("file", "submit", "button") or (kind in ("checkbox", "radio") and "checked" not in tag):
        continue
    fields.append((attrs["name"], attrs.get("value", "")))
for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.S):
    fields.append((name, html.unescape(text).strip()))
for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
    chosen = re.search(r'<option[^>]*selected[^>]*value="([^"]*)"|<option[^>]*value="([^"]*)"[^>]*selected', options)
    fields.append((name, html.unescape((chosen.group(1) or chosen.group(2)) if chosen else "")))
for change in sys.argv[2:]:
    name, add, value = re.match(r"([^+=]+)(\+?)=(.*)", change, re.S).groups()
    fields = [(n, (v + "\n\n" + value if add else value) if n == name else v) for n, v in fields]
print(urllib.parse.urlencode(fields))
PY
}
save() { curl -fs -b "$jar" -o /dev/null -w '%{time_total}' --data "$1" "$edit?handler=Save"; }
times=() merges=()
for i in $(seq "$saves"); do
  curl -fs -b "$jar" -o "$work/edit.html" "$edit"
  curl -fs -b "$jar" -o "$work/stale.html" "$edit"
  times+=("$(save "$(form "$work/edit.html" "Form.Headline=Pompeo says talks move forward, take $i" "Form.Body+=An editor's line, save $i.")")")
  # A second editor's form, opened at the same time, changes the standfirst: merged three ways on save.
  merges+=("$(save "$(form "$work/stale.html" "Form.Standfirst=A second editor's standfirst, save $i.")")")
done
curl -fs -b "$jar" -o "$work/edit.html" "$edit"
grep -q "take $saves" "$work/edit.html" || { echo "the last save is not on the page" >&2; exit 1; }
curl -fs -b "$jar" -o "$work/history.html" "$base/admin/articles/$slug/history"
revisions=$(grep -c '<tr' "$work/history.html" || true)
ms() { awk -v t="$1" 'BEGIN { printf "%.1f", t * 1000 }'; }
p90() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int(NR * 0.9)] }'; }
echo "Editor's save (the whole form: fields, quotes, people, photos; revision, merge check, eviction), $saves saves: median $(ms "$(median "${times[@]}")") ms, p90 $(ms "$(p90 "${times[@]}")") ms"
echo "Save of a form opened before someone else's save (three-way merge), $saves saves: median $(ms "$(median "${merges[@]}")") ms, p90 $(ms "$(p90 "${merges[@]}")") ms; history rows now $revisions"

# The speaker picker's search, at as many people as articles.
python3 - "$work/portal.db" "$articles" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
given = ["Anna", "Ben", "Chen", "Dara", "Elif", "Femi", "Goran", "Hana", "Ivo", "Jun"]
db.executemany('INSERT INTO "People" ("Slug", "Name", "Version") VALUES (?, ?, 0)',
    ((f"bench-person-{n}", f"{given[n % 10]} Person{n:06d} Example", ) for n in range(int(sys.argv[2]))))
db.commit()
PY
# Each search a different one, so that none is answered from the reader cache: given names (thousands of matches),
# name prefixes (tens), whole names (one), nothing.
times=()
for q in anna ben chen dara elif femi goran hana ivo jun person01 person02 person03 person04 person05 \
    person012345 person054321 person077777 person099999 person000001 zzz qqq xyz nobody; do
  times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$base/api/people?q=$q")")
done
echo "GET /api/people?q= at $articles more people, ${#times[@]} searches: median $(ms "$(median "${times[@]}")") ms, p90 $(ms "$(p90 "${times[@]}")") ms"

for list in "/admin/articles" "/admin/articles?page=2" "/admin/articles?page=1000" "/admin/articles?status=Draft" "/admin/articles?status=Published&page=500"; do
  curl -fs -b "$jar" -o /dev/null "$base$list"
  times=()
  for _ in $(seq 30); do times+=("$(curl -fs -b "$jar" -o /dev/null -w '%{time_total}' "$base$list")"); done
  echo "GET $list: median $(ms "$(median "${times[@]}")") ms, p90 $(ms "$(p90 "${times[@]}")") ms"
done
echo "Portal: $(( $(ps -o rss= -p "${pids[0]}") / 1024 )) MB resident"
