#!/usr/bin/env bash
# Teams dialog turns, ours against the official Bot Framework SDK for JavaScript, in the same run
# (docs/PERFORMANCE.md, "Against the official SDK").
#
#   tests/load/run-sdk-compare.sh
#
# Starts a local fake Bot Connector (tests/load/FakeApis), our host (Release, SQLite in a temporary file, loopback
# development mode: unsigned activities) and a minimal botbuilder-js bot (tests/load/sdk-bot: botbuilder and
# botbuilder-dialogs, a 3-step waterfall dialog on MemoryStorage, Node's http server). Both reply to the fake connector
# before they acknowledge. For each bot in turn: wrk warms up for WARMUP seconds, then measures DURATION seconds with
# the same script (turns-compare.lua: CONVERSATIONS conversations, one message per request, each conversation going
# round "restart", "knowledge", "weekly"). Every request is a whole turn, so turns/s is wrk's requests/s; p99 is the time
# to the acknowledgement. The fake connector's count checks that every turn posted its reply. Prints both turns/s,
# both p99s and the ratio, with the load average and the CPU the two bots, wrk and everything else used.
# Only ever targets 127.0.0.1. Knobs: PORT=3985 SDK_PORT=3989 FAKE_PORT=3986 THREADS=2 CONNECTIONS=32 DURATION=30
# WARMUP=15 CONVERSATIONS=2000 ORDER="ours sdk" WRK_TIMEOUT=10s OUT_DIR=artifacts/load/compare-<time>; SKIP_BUILD=1 reuses the builds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=runtime-env.sh
source "$ROOT/tests/load/runtime-env.sh"
LOAD_DIR="$ROOT/tests/load"
PORT=${PORT:-3985}
SDK_PORT=${SDK_PORT:-3989}
FAKE_PORT=${FAKE_PORT:-3986}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-15}
CONVERSATIONS=${CONVERSATIONS:-2000}
ORDER=${ORDER:-"ours sdk"}
# wrk counts a request slower than this as a timeout and leaves it out of the latencies (its default, 2 s, is reached on a busy box).
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
OUT_DIR=${OUT_DIR:-"$ROOT/artifacts/load/compare-$(date -u +%Y%m%d-%H%M%S)"}
FAKE_URL="http://127.0.0.1:$FAKE_PORT"

SCRIPT_NAME=run-sdk-compare
# shellcheck source=lib.sh
source "$LOAD_DIR/lib.sh"
require_tools wrk curl dotnet node npm python3
require_free_ports "$PORT" "$SDK_PORT" "$FAKE_PORT"

echo "== build (Release) and the SDK bot's packages"
[[ "${SKIP_BUILD:-0}" == 1 ]] || dotnet build "$ROOT/src/ModelStrategy.Bot/ModelStrategy.Bot.csproj" -c Release -nologo -v quiet
[[ "${SKIP_BUILD:-0}" == 1 ]] || dotnet build "$LOAD_DIR/FakeApis/FakeApis.csproj" -c Release -nologo -v quiet
# --ignore-scripts: botbuilder-dialogs' install script only tidies a nested package with npx (which needs a download).
[[ -d "$LOAD_DIR/sdk-bot/node_modules/botbuilder-dialogs" ]] || (cd "$LOAD_DIR/sdk-bot" && npm ci --ignore-scripts --no-audit --no-fund)
APP_DIR="$ROOT/artifacts/bin/ModelStrategy.Bot/release"
FAKE_DIR="$ROOT/artifacts/bin/FakeApis/release"
mkdir -p "$OUT_DIR"

wait_ready() { # url pid
  for _ in $(seq 1 240); do
    kill -0 "$2" 2>/dev/null || die "process $2 exited during start-up (logs in $OUT_DIR)"
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.25
  done
  die "$1 did not answer within 60 s"
}
sends() { curl -fsS "$FAKE_URL/counts" | python3 -c "import json,sys; print(json.load(sys.stdin)['teamsSend'])"; }
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
CLK_TCK=$(getconf CLK_TCK)

echo "== fake Bot Connector on $FAKE_URL"
(cd "$FAKE_DIR" && exec dotnet FakeApis.dll --urls "$FAKE_URL") >"$OUT_DIR/fake.log" 2>&1 &
FAKE_PID=$!; PIDS+=("$FAKE_PID")
wait_ready "$FAKE_URL/counts" "$FAKE_PID"

echo "== our host on http://127.0.0.1:$PORT (SQLite) and the SDK bot on http://127.0.0.1:$SDK_PORT"
(cd "$APP_DIR" && exec env $(image_runtime_env) ASPNETCORE_ENVIRONMENT=Development RateLimits__Enabled=false Storage__Provider=Sqlite \
  Storage__SqlitePath="$TMP/ours.db" PublicBaseUrl="http://127.0.0.1:$PORT" dotnet ModelStrategy.Bot.dll --urls "http://127.0.0.1:$PORT") \
  >"$OUT_DIR/ours.log" 2>&1 &
OURS_PID=$!; PIDS+=("$OURS_PID")
(cd "$LOAD_DIR/sdk-bot" && exec node bot.js "$SDK_PORT") >"$OUT_DIR/sdk.log" 2>&1 &
SDK_PID=$!; PIDS+=("$SDK_PID")
wait_ready "http://127.0.0.1:$PORT/readyz" "$OURS_PID"
wait_ready "http://127.0.0.1:$SDK_PORT/healthz" "$SDK_PID"

{
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$([[ -n "$(git -C "$ROOT" status --porcelain)" ]] && echo ' (dirty)')"
  echo "date (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ); nproc $(nproc); dotnet $(dotnet --version); node $(node --version); botbuilder $(node -p "require('$LOAD_DIR/sdk-bot/node_modules/botbuilder/package.json').version")"
  echo "load average before the runs (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency after a ${WARMUP} s warm-up; $CONVERSATIONS conversations, one message per turn"
} >"$OUT_DIR/summary.txt"

declare -A RPS P99
for bot in $ORDER; do
  case "$bot" in
    ours) url="http://127.0.0.1:$PORT/api/messages"; pid=$OURS_PID ;;
    sdk) url="http://127.0.0.1:$SDK_PORT/api/messages"; pid=$SDK_PID ;;
    *) die "ORDER names ours and sdk" ;;
  esac
  echo "== $bot: warm-up ${WARMUP}s"
  FAKE_URL="$FAKE_URL/teams/" RUN_ID="$bot" PHASE=w THREADS=$THREADS CONVERSATIONS=$CONVERSATIONS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "$WRK_TIMEOUT" -s "$LOAD_DIR/turns-compare.lua" "$url" >"$OUT_DIR/$bot.warmup.txt"
  echo "== $bot: measured ${DURATION}s"
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  sent0=$(sends); bot0=$(ticks "$pid"); fake0=$(ticks "$FAKE_PID"); busy0=$(machine_busy)
  /usr/bin/time -f '%U %S' -o "$OUT_DIR/$bot.wrk-cpu.txt" env FAKE_URL="$FAKE_URL/teams/" RUN_ID="$bot" PHASE=m THREADS=$THREADS CONVERSATIONS=$CONVERSATIONS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency -s "$LOAD_DIR/turns-compare.lua" "$url" | tee "$OUT_DIR/$bot.wrk.txt"
  sent1=$(sends); bot1=$(ticks "$pid"); fake1=$(ticks "$FAKE_PID"); busy1=$(machine_busy)
  result=$(grep '^RESULT ' "$OUT_DIR/$bot.wrk.txt" | sed 's/^RESULT //')
  field() { tr ' ' '\n' <<<"$result" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
  RPS[$bot]=$(field rps); P99[$bot]=$(field p99_ms)
  line=$(awk -v b="$bot" -v rps="$(field rps)" -v p50="$(field p50_ms)" -v p99="$(field p99_ms)" -v n="$(field requests)" -v bad="$(field non2xx)" \
    -v to="$(field timeouts)" -v sent=$((sent1 - sent0)) -v cpu=$((bot1 - bot0)) -v fake=$((fake1 - fake0)) -v busy=$((busy1 - busy0)) -v hz="$CLK_TCK" \
    -v wrk="$(awk '{ print $1 + $2 }' "$OUT_DIR/$bot.wrk-cpu.txt")" -v load="$load_before" 'BEGIN {
      other = busy / hz - cpu / hz - fake / hz - wrk; if (other < 0) other = 0
      printf "%s: %.0f turns/s, p50 %s ms, p99 %s ms (%d turns; non-2xx %s, timeouts %s; replies posted %d); CPU: bot %.1f s (%.2f ms/turn), fake connector %.1f s, wrk %.1f s, other processes %.1f s; load average %s before",
        b, rps, p50, p99, n, bad, to, sent, cpu / hz, 1000 * cpu / hz / n, fake / hz, wrk, other, load }')
  echo "$line (and $(cut -d' ' -f1 /proc/loadavg) after)" | tee -a "$OUT_DIR/summary.txt"
  # Every turn posts one reply before its 200: fewer replies than turns means turns that did not do the work.
  (( sent1 - sent0 >= $(field requests) )) || echo "WARNING: $bot posted $((sent1 - sent0)) replies for $(field requests) turns" | tee -a "$OUT_DIR/summary.txt"
  [[ "$(field non2xx)" == 0 && "$(field timeouts)" == 0 ]] || echo "WARNING: $bot had non-2xx answers or timeouts; its turns/s is not a valid result" | tee -a "$OUT_DIR/summary.txt"
done

if [[ -n "${RPS[ours]:-}" && -n "${RPS[sdk]:-}" ]]; then
  awk -v o="${RPS[ours]}" -v s="${RPS[sdk]}" -v po="${P99[ours]}" -v ps="${P99[sdk]}" 'BEGIN {
    printf "ratio: ours %.0f turns/s / SDK %.0f turns/s = %.2fx; p99 ours %s ms, SDK %s ms\n", o, s, o / s, po, ps }' | tee -a "$OUT_DIR/summary.txt"
fi
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT_DIR/summary.txt"
cat "$OUT_DIR/summary.txt"
