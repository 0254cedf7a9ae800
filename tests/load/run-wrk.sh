#!/usr/bin/env bash
# Load test of POST /api/recommendations with wrk (docs/PERFORMANCE.md).
#
#   tests/load/run-wrk.sh [constraints|text|both|healthz]      (default: both)
#
# constraints: a full constraints object (bodies/constraints.json); text: the PRODUCT.md quick-triage sentence
# (bodies/text.json); healthz: GET /healthz, a diagnostic ceiling of the HTTP stack on this box (no core, no store).
#
# Builds the host in Release, starts it on 127.0.0.1:$PORT with a throw-away SQLite file, waits for /readyz,
# checks that the body is answered with 200, warms up, runs wrk --latency, prints requests/s and p50/p90/p99,
# then stops the host. Only ever targets 127.0.0.1.
#
# The per-client API rate limit is turned off for the run (RateLimits__Enabled=false; set it to true to measure the
# limiter itself): one wrk client would otherwise be answered 429 after its burst.
# Knobs (environment): PORT=3990 THREADS=2 CONNECTIONS=16 DURATION=30s WARMUP=10s OUT_DIR=artifacts/load/<time>
# KEEP_TMP=1 keeps the temporary directory (SQLite file). Host settings can be passed through as usual, e.g.
# Logging__LogLevel__Default=Warning, but the documented numbers use the shipped appsettings.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=runtime-env.sh
source "$ROOT/tests/load/runtime-env.sh"
LOAD_DIR="$ROOT/tests/load"
HOST_ADDR=127.0.0.1
PORT=${PORT:-3990}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
OUT_DIR=${OUT_DIR:-"$ROOT/artifacts/load/$(date -u +%Y%m%d-%H%M%S)"}
BASE_URL="http://$HOST_ADDR:$PORT"
URL="$BASE_URL/api/recommendations"

die() { echo "run-wrk: $*" >&2; exit 1; }

case "${1:-both}" in
  constraints) BODIES=(constraints) ;;
  text) BODIES=(text) ;;
  both) BODIES=(constraints text) ;;
  healthz) BODIES=(healthz) ;;
  *) die "usage: $0 [constraints|text|both|healthz]" ;;
esac

if ! command -v wrk >/dev/null 2>&1; then
  echo "run-wrk: wrk is not installed. On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y wrk" >&2
  exit 2
fi
command -v curl >/dev/null 2>&1 || die "curl is not installed (sudo apt-get install -y curl)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is not installed (sudo apt-get install -y time)"
command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is not on PATH"

if (exec 3<>"/dev/tcp/$HOST_ADDR/$PORT") 2>/dev/null; then
  die "something already listens on $HOST_ADDR:$PORT; choose another PORT"
fi

echo "== build (Release)"
[[ "${SKIP_BUILD:-0}" == 1 ]] || dotnet build "$ROOT/src/ModelStrategy.Bot/ModelStrategy.Bot.csproj" -c Release -nologo -v quiet
APP_DIR="$ROOT/artifacts/bin/ModelStrategy.Bot/release"
[[ -f "$APP_DIR/ModelStrategy.Bot.dll" ]] || die "build output not found in $APP_DIR"

mkdir -p "$OUT_DIR"
TMP=$(mktemp -d)
HOST_PID=
cleanup() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill -TERM "$HOST_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$HOST_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

echo "== start host on $BASE_URL (SQLite: $TMP/modelstrategy.db, log: $OUT_DIR/host.log)"
# Run from the output folder so the shipped appsettings.json applies, as in a deployment.
# Outside Development the API answers only configured keys: one key for this run, its quota out of the way.
API_KEY="load-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"; export API_KEY
API_KEY_ENV=(Api__Keys__0__Name=load Api__Keys__0__Sha256="$(printf %s "$API_KEY" | sha256sum | cut -d' ' -f1)" Api__Keys__0__PermitsPerMinute=100000 Api__Keys__0__Burst=100000)
(cd "$APP_DIR" && exec env $(image_runtime_env) ASPNETCORE_ENVIRONMENT=Production "${API_KEY_ENV[@]}" RateLimits__Enabled="${RateLimits__Enabled:-false}" Storage__SqlitePath="$TMP/modelstrategy.db" \
  dotnet ModelStrategy.Bot.dll --urls "$BASE_URL") >"$OUT_DIR/host.log" 2>&1 &
HOST_PID=$!

for i in $(seq 1 120); do
  kill -0 "$HOST_PID" 2>/dev/null || { tail -20 "$OUT_DIR/host.log" >&2; die "the host exited during start-up"; }
  curl -fsS -o /dev/null "$BASE_URL/readyz" 2>/dev/null && break
  [[ $i == 120 ]] && die "/readyz did not answer 200 within 60 s"
  sleep 0.5
done
echo "ready after ~$((i / 2)) s"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$HOST_PID/stat"; }
# "busy idle" jiffies of the whole machine (all cores), to tell whether the box was saturated.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; }
CLK_TCK=$(getconf CLK_TCK)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ]] && COMMIT="$COMMIT (dirty)"

{
  echo "commit: $COMMIT"
  echo "date (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "dotnet: $(dotnet --version); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "load average before the runs (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk: -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up $WARMUP); host: $BASE_URL; tmp: $TMP"
} >"$OUT_DIR/summary.txt"

for name in "${BODIES[@]}"; do
  if [[ "$name" == healthz ]]; then
    target="$BASE_URL/healthz"; export METHOD=GET; unset BODY_FILE
    curl -fsS -o /dev/null "$target" || die "GET /healthz failed"
  else
    target="$URL"; export METHOD=POST BODY_FILE="$LOAD_DIR/bodies/$name.json"
    status=$(curl -sS -o "$OUT_DIR/$name.response.json" -w '%{http_code}' -H "X-Api-Key: $API_KEY" -H 'Content-Type: application/json' \
      --data-binary "@$BODY_FILE" "$URL")
    [[ "$status" == 200 ]] || die "smoke POST with $name.json answered $status (see $OUT_DIR/$name.response.json)"
  fi

  echo "== $name: warm-up $WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$LOAD_DIR/post.lua" "$target" >"$OUT_DIR/$name.warmup.txt"

  echo "== $name: measured run $DURATION (-t$THREADS -c$CONNECTIONS) against $target"
  before=$(cpu_ticks); read -r busy0 idle0 < <(machine_ticks)
  /usr/bin/time -f '%U %S' -o "$OUT_DIR/$name.wrk-cpu.txt" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LOAD_DIR/post.lua" "$target" | tee "$OUT_DIR/$name.wrk.txt"
  after=$(cpu_ticks); read -r busy1 idle1 < <(machine_ticks)

  result=$(grep '^RESULT ' "$OUT_DIR/$name.wrk.txt" | sed 's/^RESULT //')
  field() { tr ' ' '\n' <<<"$result" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
  host_cpu=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" 'BEGIN { printf "%.1f", t / hz }')
  machine_busy=$(awk -v b=$((busy1 - busy0)) -v i=$((idle1 - idle0)) 'BEGIN { printf "%.0f", 100 * b / (b + i) }')
  wrk_cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$OUT_DIR/$name.wrk-cpu.txt")
  # CPU used by anything other than the host and wrk (other jobs on a shared box disturb the numbers).
  other_cpu=$(awk -v b=$((busy1 - busy0)) -v hz="$CLK_TCK" -v h="$host_cpu" -v w="$wrk_cpu" 'BEGIN { o = b / hz - h - w; printf "%.1f", o < 0 ? 0 : o }')
  cpu_per_req=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v n="$(field requests)" 'BEGIN { printf "%.3f", 1000 * t / hz / n }')
  line="$name: $(field rps) req/s, p50 $(field p50_ms) ms, p90 $(field p90_ms) ms, p99 $(field p99_ms) ms, max $(field max_ms) ms; non-2xx $(field non2xx), socket errors $(( $(field connect_errors) + $(field read_errors) + $(field write_errors) + $(field timeouts) )); host CPU ${host_cpu} s (${cpu_per_req} ms/request), wrk CPU ${wrk_cpu} s, other processes ${other_cpu} s; machine busy ${machine_busy}% of $(nproc) cores"
  echo "$line" | tee -a "$OUT_DIR/summary.txt"
  [[ "$(field non2xx)" == 0 ]] || echo "WARNING: $name had non-2xx responses; req/s is not a valid result" | tee -a "$OUT_DIR/summary.txt"
done

kill -0 "$HOST_PID" 2>/dev/null || die "the host died during the run (see $OUT_DIR/host.log)"
echo "== results in $OUT_DIR"
cat "$OUT_DIR/summary.txt"
