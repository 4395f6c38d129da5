# Shared by the benchmark scripts: publish Portal as the Dockerfile does and start it on a port.
# Source it after cd to the repository root; set $work to a scratch folder first.

publish_portal() {
  dotnet publish src/Portal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/app" --nologo -v quiet >/dev/null
}

# start_portal PORT DATABASE [extra environment assignments...]: starts Portal and waits until it is ready.
start_portal() {
  local port=$1 database=$2
  shift 2
  env ConnectionStrings__Portal="Data Source=$database" Serilog__MinimumLevel__Default=Warning "$@" \
    dotnet "$work/app/Portal.Web.dll" --urls "http://127.0.0.1:$port" >"$work/portal-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" && return 0
    sleep 0.1
  done
  echo "Portal on port $port did not become ready" >&2
  cat "$work/portal-$port.log" >&2
  return 1
}

pids=()
# Children first: a server started through `dotnet run` or a subshell outlives a kill of its parent alone.
kill_tree() {
  local child
  for child in $(pgrep -P "$1"); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
stop_all() {
  for pid in "${pids[@]}"; do kill_tree "$pid"; done
  wait 2>/dev/null || true
}

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
