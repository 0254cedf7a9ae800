#!/usr/bin/env bash
# Soak run of POST /api/recommendations (issue 7): a steady closed-loop load for a fixed time against the Release
# host on loopback (SQLite default), sampling the host's RSS, threads, open file descriptors and the database size
# every SAMPLE seconds, and counting non-2xx answers and socket errors. Bounded: wrk stops after DURATION.
#
#   tests/load/run-soak.sh            (knobs: PORT=3991 CONNECTIONS=8 DURATION=600 SAMPLE=30 OUT_DIR=artifacts/soak/<time>)
#
# Prints one line per sample and wrk's RESULT line; writes samples.tsv and host.log into OUT_DIR.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=runtime-env.sh
source "$ROOT/tests/load/runtime-env.sh"
PORT=${PORT:-3991}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-600}
SAMPLE=${SAMPLE:-30}
OUT_DIR=${OUT_DIR:-"$ROOT/artifacts/soak/$(date -u +%Y%m%d-%H%M%S)"}
BASE_URL="http://127.0.0.1:$PORT"
die() { echo "run-soak: $*" >&2; exit 1; }
command -v wrk >/dev/null 2>&1 || die "wrk is not installed (apt-get install -y wrk)"

mkdir -p "$OUT_DIR"
TMP=$(mktemp -d)
HOST_PID=""
cleanup() { [[ -n "$HOST_PID" ]] && kill "$HOST_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

dotnet build "$ROOT/src/ModelStrategy.Bot/ModelStrategy.Bot.csproj" -c Release -nologo -v quiet >/dev/null
APP_DIR="$ROOT/artifacts/bin/ModelStrategy.Bot/release"
[[ -f "$APP_DIR/ModelStrategy.Bot.dll" ]] || die "build output not found in $APP_DIR"
# Outside Development the API answers only configured keys: one key for this run, its quota out of the way.
API_KEY="load-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"; export API_KEY
API_KEY_ENV=(Api__Keys__0__Name=load Api__Keys__0__Sha256="$(printf %s "$API_KEY" | sha256sum | cut -d' ' -f1)" Api__Keys__0__PermitsPerMinute=100000 Api__Keys__0__Burst=100000)
(cd "$APP_DIR" && exec env $(image_runtime_env) ASPNETCORE_ENVIRONMENT=Production "${API_KEY_ENV[@]}" RateLimits__Enabled="${RateLimits__Enabled:-false}" Storage__SqlitePath="$TMP/soak.db" \
  dotnet ModelStrategy.Bot.dll --urls "$BASE_URL") >"$OUT_DIR/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/readyz" || true)" == 200 ]] && break
  sleep 0.5
done
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/readyz")" == 200 ]] || die "host not ready"

sample() {
  local rss threads fds db
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$HOST_PID/status")
  threads=$(awk '/Threads/ {print $2}' "/proc/$HOST_PID/status")
  fds=$(ls "/proc/$HOST_PID/fd" | wc -l)
  db=$(du -k "$TMP" | tail -1 | cut -f1)
  printf '%s\t%d\t%d\t%d\t%d\n' "$1" "$((rss / 1024))" "$threads" "$fds" "$((db / 1024))"
}
printf 'seconds\trss_mb\tthreads\tfds\tdb_mb\n' | tee "$OUT_DIR/samples.tsv"
sample 0 | tee -a "$OUT_DIR/samples.tsv"
BODY_FILE="$ROOT/tests/load/bodies/constraints.json" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency \
  -s "$ROOT/tests/load/post.lua" "$BASE_URL/api/recommendations" >"$OUT_DIR/wrk.txt" 2>&1 &
WRK_PID=$!
elapsed=0
while kill -0 "$WRK_PID" 2>/dev/null; do
  sleep "$SAMPLE"; elapsed=$((elapsed + SAMPLE))
  kill -0 "$WRK_PID" 2>/dev/null && sample "$elapsed" | tee -a "$OUT_DIR/samples.tsv"
done
wait "$WRK_PID" || true
sample "$DURATION" | tee -a "$OUT_DIR/samples.tsv"
grep RESULT "$OUT_DIR/wrk.txt" || { cat "$OUT_DIR/wrk.txt"; die "wrk printed no result"; }
errors=$(grep -c -E '^(fail|crit)|\] (Error|Critical)' "$OUT_DIR/host.log" || true)
echo "host log errors: $errors; stored rows checked: $(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/readyz") readyz"
