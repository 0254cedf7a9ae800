#!/usr/bin/env bash
# Start-up time and memory (docs/PERFORMANCE.md, "Start-up and memory").
#
#   tests/load/run-startup.sh
#
# Publishes the host in Release, then RUNS times: starts it with a fresh SQLite file and measures the wall time from
# launching the process to the first 200 from /readyz (polled every 10 ms), the host's CPU time (user + system, from
# /proc/PID/stat) at that moment, which is far less noisy than wall time while others use the machine (also without the
# quick-triage warm-up threads, which run beside the start-up and do not gate readiness), and the wall
# time of a free-text POST /api/recommendations sent right then (it waits for the quick-triage warm-up if that is
# still building its patterns: the first user's worst case). Then starts it once more with the fake
# Bot Connector (tests/load/FakeApis), opens DIALOGS guided dialogs through POST /api/messages ("start" from as many
# distinct Teams users, each left mid-dialog at the first question) and reads VmRSS/VmHWM of the host from /proc.
# Only ever targets 127.0.0.1. Knobs: PORT=3988 FAKE_PORT=3989 RUNS=5 DIALOGS=10000 (0: start-up runs only)
# OUT_DIR=artifacts/load/startup-<time> APP_DIR=<a published host, e.g. an older commit's, used instead of publishing>.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=runtime-env.sh
source "$ROOT/tests/load/runtime-env.sh"
LOAD_DIR="$ROOT/tests/load"
PORT=${PORT:-3988}
FAKE_PORT=${FAKE_PORT:-3989}
RUNS=${RUNS:-5}
DIALOGS=${DIALOGS:-10000}
OUT_DIR=${OUT_DIR:-"$ROOT/artifacts/load/startup-$(date -u +%Y%m%d-%H%M%S)"}
BASE_URL="http://127.0.0.1:$PORT"
FAKE_URL="http://127.0.0.1:$FAKE_PORT"
SCRIPT_NAME=run-startup
# shellcheck source=lib.sh
source "$LOAD_DIR/lib.sh"
require_tools wrk curl dotnet python3
require_free_ports "$PORT" $( (( DIALOGS > 0 )) && echo "$FAKE_PORT")

mkdir -p "$OUT_DIR"

APP=${APP_DIR:-"$TMP/app"}
if [[ -z "${APP_DIR:-}" ]]; then
  echo "== publish (Release) to $APP"
  dotnet publish "$ROOT/src/ModelStrategy.Bot/ModelStrategy.Bot.csproj" -c Release -nologo -v quiet -o "$APP"
fi
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
TICKS=$(getconf CLK_TCK)
cpu_split() { # "<process CPU ms> <CPU ms of the live quick-triage warm-up threads>" in one quick pass (bash builtins only)
  local pid=$1 stat task comm fields warm=0
  read -r stat <"/proc/$pid/stat"; fields=(${stat##*) })
  local total=$(( (fields[11] + fields[12]) * 1000 / TICKS ))
  for task in /proc/"$pid"/task/*; do # src/ModelStrategy.Bot/Hosting/TriageWarmUp.cs names its threads triage-warm-up
    read -r stat <"$task/stat" 2>/dev/null || continue
    comm=${stat#*(}; comm=${comm%)*}
    [[ "$comm" == triage-warm-up ]] || continue
    fields=(${stat##*) }); warm=$(( warm + (fields[11] + fields[12]) * 1000 / TICKS ))
  done
  echo "$total $warm"
}
# Outside Development the API answers only configured keys: one key for this run, its quota out of the way.
API_KEY="load-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"; export API_KEY
API_KEY_ENV=(Api__Keys__0__Name=load Api__Keys__0__Sha256="$(printf %s "$API_KEY" | sha256sum | cut -d' ' -f1)" Api__Keys__0__PermitsPerMinute=100000 Api__Keys__0__Burst=100000)
start_host() { # label
  (cd "$APP" && exec env $(image_runtime_env) ASPNETCORE_ENVIRONMENT=Production "${API_KEY_ENV[@]}" Teams__AllowUnauthenticatedLoopback=true RateLimits__Enabled="${RateLimits__Enabled:-false}" Storage__SqlitePath="$TMP/$1.db" PublicBaseUrl="$BASE_URL" \
    dotnet ModelStrategy.Bot.dll --urls "$BASE_URL") >"$OUT_DIR/host-$1.log" 2>&1 &
  HOST_PID=$!; PIDS+=("$HOST_PID")
}

{
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$([[ -n "$(git -C "$ROOT" status --porcelain)" ]] && echo ' (dirty)')${APP_DIR:+; host from APP_DIR=$APP_DIR}"
  echo "date (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ); nproc $(nproc); dotnet $(dotnet --version)"
} >"$OUT_DIR/summary.txt"

times=(); cpus=(); host_cpus=()
for run in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(now_ms)
  start_host "run$run"
  until curl -fsS -o /dev/null "$BASE_URL/readyz" 2>/dev/null; do
    kill -0 "$HOST_PID" 2>/dev/null || die "the host exited during start-up (see $OUT_DIR/host-run$run.log)"
    (( $(now_ms) - t0 < 60000 )) || die "/readyz did not answer 200 within 60 s"
    sleep 0.01
  done
  ms=$(( $(now_ms) - t0 )); read -r cpu warm_up < <(cpu_split "$HOST_PID")
  times+=("$ms"); cpus+=("$cpu"); host_cpus+=("$((cpu - warm_up))")
  first=$(curl -fsS -o /dev/null -w '%{time_total}' -H "X-Api-Key: $API_KEY" -H 'Content-Type: application/json' --data-binary "@$LOAD_DIR/bodies/text.json" "$BASE_URL/api/recommendations")
  echo "run $run: ready after $ms ms, CPU $cpu ms ($warm_up ms of it the triage warm-up threads); first free-text recommendation then took $(awk -v s="$first" 'BEGIN { printf "%d", s * 1000 }') ms (load average $load)" | tee -a "$OUT_DIR/summary.txt"
  stop "$HOST_PID"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "ready after (ms, sorted): $(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' '); median $(median "${times[@]}") ms" | tee -a "$OUT_DIR/summary.txt"
echo "CPU at ready (ms, sorted): $(printf '%s\n' "${cpus[@]}" | sort -n | tr '\n' ' '); median $(median "${cpus[@]}") ms" | tee -a "$OUT_DIR/summary.txt"
echo "CPU at ready without the triage warm-up threads (ms, sorted): $(printf '%s\n' "${host_cpus[@]}" | sort -n | tr '\n' ' '); median $(median "${host_cpus[@]}") ms" | tee -a "$OUT_DIR/summary.txt"

if (( DIALOGS == 0 )); then cat "$OUT_DIR/summary.txt"; exit 0; fi

echo "== $DIALOGS dialogs"
dotnet build "$LOAD_DIR/FakeApis/FakeApis.csproj" -c Release -nologo -v quiet
(cd "$ROOT/artifacts/bin/FakeApis/release" && exec dotnet FakeApis.dll --urls "$FAKE_URL") >"$OUT_DIR/fake.log" 2>&1 &
PIDS+=("$!")
start_host dialogs
for _ in $(seq 1 240); do curl -fsS -o /dev/null "$BASE_URL/readyz" 2>/dev/null && curl -fsS -o /dev/null "$FAKE_URL/counts" 2>/dev/null && break; sleep 0.25; done
rss() { awk '/^VmRSS|^VmHWM/ { printf "%s %d MB; ", $1, $2 / 1024 }' "/proc/$HOST_PID/status"; }
echo "idle after start-up: $(rss)" | tee -a "$OUT_DIR/summary.txt"
sent() { curl -fsS "$FAKE_URL/counts" | python3 -c "import json,sys; print(json.load(sys.stdin)['teamsSend'])"; }
round=0
while (( $(sent) < DIALOGS )); do
  round=$((round + 1))
  START_ONLY=1 FAKE_URL="$FAKE_URL/teams/" RUN_ID="d$round" wrk -t2 -c16 -d5s -s "$LOAD_DIR/turns-teams.lua" "$BASE_URL/api/messages" >"$OUT_DIR/dialogs-$round.txt"
  kill -0 "$HOST_PID" 2>/dev/null || die "the host died while opening dialogs"
done
sleep 2
echo "holding $(sent) dialogs (each one user's 'start', answered with a question card): $(rss)(load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT_DIR/summary.txt"
cat "$OUT_DIR/summary.txt"
