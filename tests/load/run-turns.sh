#!/usr/bin/env bash
# Full-turn load for both channels (docs/PERFORMANCE.md, "Full turns per channel").
#
#   tests/load/run-turns.sh [teams|slack|both] [sqlite|redis|both]        (defaults: both both)
#
# Teams: POST /api/messages with message activities (loopback development mode, no auth) whose serviceUrl is a local
# fake Bot Connector; the bot replies to it before it acknowledges. Slack: pre-signed Events API message.im events
# (make-slack-events.py, unique event_id each) to POST /slack/events; the bot acknowledges, then the dialog posts
# with chat.postMessage / chat.update to a local fake Slack Web API. Every user gets "start" then "knowledge".
# The fake APIs (tests/load/FakeApis) count the bot's calls; completed turns/s = calls counted during the wrk run
# / calls per turn (measured on two calibration turns) / duration. p50/p99 are wrk's: the time to acknowledge.
# Only ever targets 127.0.0.1. Knobs: PORT=3985 FAKE_PORT=3986 REDIS_PORT=3987 THREADS=2 CONNECTIONS=32
# DURATION=20 (seconds) WARMUP=5 OUT_DIR=artifacts/load/turns-<time>.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=runtime-env.sh
source "$ROOT/tests/load/runtime-env.sh"
LOAD_DIR="$ROOT/tests/load"
PORT=${PORT:-3985}
FAKE_PORT=${FAKE_PORT:-3986}
REDIS_PORT=${REDIS_PORT:-3987}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
OUT_DIR=${OUT_DIR:-"$ROOT/artifacts/load/turns-$(date -u +%Y%m%d-%H%M%S)"}
BASE_URL="http://127.0.0.1:$PORT"
FAKE_URL="http://127.0.0.1:$FAKE_PORT"
SECRET="load-test-signing-secret"

SCRIPT_NAME=run-turns
# shellcheck source=lib.sh
source "$LOAD_DIR/lib.sh"
case "${1:-both}" in teams) CHANNELS=(teams) ;; slack) CHANNELS=(slack) ;; both) CHANNELS=(teams slack) ;; *) die "usage: $0 [teams|slack|both] [sqlite|redis|both]" ;; esac
case "${2:-both}" in sqlite) STORES=(sqlite) ;; redis) STORES=(redis) ;; both) STORES=(sqlite redis) ;; *) die "usage: $0 [teams|slack|both] [sqlite|redis|both]" ;; esac
require_tools wrk curl dotnet python3
require_free_ports "$PORT" "$FAKE_PORT" "$REDIS_PORT"

echo "== build (Release)"
[[ "${SKIP_BUILD:-0}" == 1 ]] || dotnet build "$ROOT/src/ModelStrategy.Bot/ModelStrategy.Bot.csproj" -c Release -nologo -v quiet
[[ "${SKIP_BUILD:-0}" == 1 ]] || dotnet build "$LOAD_DIR/FakeApis/FakeApis.csproj" -c Release -nologo -v quiet
APP_DIR="$ROOT/artifacts/bin/ModelStrategy.Bot/release"
FAKE_DIR="$ROOT/artifacts/bin/FakeApis/release"

mkdir -p "$OUT_DIR"

wait_ready() { # url pid
  for i in $(seq 1 240); do
    kill -0 "$2" 2>/dev/null || die "process $2 exited during start-up (logs in $OUT_DIR)"
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.25
  done
  die "$1 did not answer within 60 s"
}
# Sum of the fake's counters for one channel.
calls() { curl -fsS "$FAKE_URL/counts" | python3 -c "import json,sys; c=json.load(sys.stdin); print(c['teamsSend']+c['teamsUpdate'] if '$1'=='teams' else c['slackPostMessage']+c['slackUpdate']+c['slackOther'])"; }
# Waits until the channel's count has not moved for 6 s (the Slack backlog drains after the acks, and items that
# went back to the inbox wait for the worker's 5 s poll), at most 3 minutes; prints the count.
settled() {
  local last=-1 now still=0
  for _ in $(seq 1 360); do
    now=$(calls "$1")
    if [[ "$now" == "$last" ]]; then still=$((still + 1)); [[ $still -ge 12 ]] && break; else still=0; fi
    last=$now; sleep 0.5
  done
  echo "$now"
}

# Sends one user's two turns ("start", "knowledge") to the bot with curl.
calibrate() { # channel run
  if [[ "$1" == teams ]]; then
    for text in start knowledge; do
      curl -fsS -o /dev/null -H 'Content-Type: application/json' "$BASE_URL/api/messages" --data-binary \
        "{\"type\":\"message\",\"id\":\"$2-$text\",\"channelId\":\"msteams\",\"serviceUrl\":\"$FAKE_URL/teams/\",\"from\":{\"id\":\"29:$2\",\"name\":\"Load User\"},\"recipient\":{\"id\":\"28:bot\"},\"conversation\":{\"id\":\"a:$2\",\"conversationType\":\"personal\",\"tenantId\":\"load-tenant\"},\"text\":\"$text\"}"
    done
  else
    SLACK_SIGNING_SECRET="$SECRET" python3 "$LOAD_DIR/make-slack-events.py" 2 "$2" | while IFS=$'\t' read -r ts sig body; do
      curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" \
        "$BASE_URL/slack/events" --data-binary "$body"
      sleep 0.5
    done
  fi
}

echo "== fake APIs on $FAKE_URL"
(cd "$FAKE_DIR" && exec dotnet FakeApis.dll --urls "$FAKE_URL") >"$OUT_DIR/fake.log" 2>&1 &
FAKE_PID=$!; PIDS+=("$FAKE_PID")
wait_ready "$FAKE_URL/counts" "$FAKE_PID"

{
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$([[ -n "$(git -C "$ROOT" status --porcelain)" ]] && echo ' (dirty)')"
  echo "date (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ); nproc $(nproc); dotnet $(dotnet --version)"
  echo "load average before the runs (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency (warm-up ${WARMUP}s)"
} >"$OUT_DIR/summary.txt"

run_id=0
for store in "${STORES[@]}"; do
  store_env=(Storage__Provider=Sqlite Storage__SqlitePath="$TMP/$store.db")
  if [[ "$store" == redis ]]; then
    command -v redis-server >/dev/null || die "redis-server is not installed"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >"$OUT_DIR/redis.log" 2>&1 &
    REDIS_PID=$!; PIDS+=("$REDIS_PID")
    for _ in $(seq 1 40); do (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null && break; sleep 0.25; done
    store_env=(Storage__Provider=Redis ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT")
  fi

  echo "== host on $BASE_URL with $store"
  # Development: the fake Slack Web API is http on loopback, which only development allows (Slack:ApiBaseUrl); it also
  # lets the Teams turns arrive unsigned from loopback.
  (cd "$APP_DIR" && exec env $(image_runtime_env) ASPNETCORE_ENVIRONMENT=Development RateLimits__Enabled="${RateLimits__Enabled:-false}" "${store_env[@]}" PublicBaseUrl="$BASE_URL" \
    Slack__SigningSecret="$SECRET" Slack__BotToken=xoxb-load-test Slack__ApiBaseUrl="$FAKE_URL/slack/api/" \
    dotnet ModelStrategy.Bot.dll --urls "$BASE_URL") >"$OUT_DIR/host-$store.log" 2>&1 &
  HOST_PID=$!; PIDS+=("$HOST_PID")
  wait_ready "$BASE_URL/readyz" "$HOST_PID"

  for channel in "${CHANNELS[@]}"; do
    run_id=$((run_id + 1))
    if [[ "$channel" == teams ]]; then
      url="$BASE_URL/api/messages"; script="$LOAD_DIR/turns-teams.lua"
    else
      url="$BASE_URL/slack/events"; script="$LOAD_DIR/turns-slack.lua"
      # Two files of unique events, so that the measured run never replays the warm-up's (a replay is only a cheap
      # repeat acknowledgement); the second is made just before the measured run, well inside Slack's 5-minute
      # signature window. 10,000/s is above any acknowledgement rate we have seen; a thread that runs out starts its
      # lines again, which shows as fewer completed turns, never more.
      SLACK_SIGNING_SECRET="$SECRET" python3 "$LOAD_DIR/make-slack-events.py" $(( (WARMUP + 2) * 10000 )) "W$run_id" >"$TMP/warmup-events.tsv"
    fi
    # Calibration: one user's two turns ("start", "knowledge") sent by curl; the calls they cause are the calls per turn.
    before=$(settled "$channel")
    calibrate "$channel" "C$run_id"
    per_pair=$(( $(settled "$channel") - before ))
    [[ "$per_pair" -gt 0 ]] || die "$channel: the calibration turns reached the fake API 0 times (see $OUT_DIR/host-$store.log)"
    echo "== $channel/$store: warm-up ${WARMUP}s"
    EVENTS_FILE="$TMP/warmup-events.tsv" THREADS=$THREADS FAKE_URL="$FAKE_URL/teams/" RUN_ID="w$run_id" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" "$url" >"$OUT_DIR/$channel-$store.warmup.txt"
    start=$(settled "$channel")
    [[ "$channel" == slack ]] && SLACK_SIGNING_SECRET="$SECRET" python3 "$LOAD_DIR/make-slack-events.py" $(( (DURATION + 2) * 10000 )) "M$run_id" >"$TMP/events.tsv"
    echo "== $channel/$store: measured ${DURATION}s"
    EVENTS_FILE="$TMP/events.tsv" THREADS=$THREADS FAKE_URL="$FAKE_URL/teams/" RUN_ID="m$run_id" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$url" \
      | tee "$OUT_DIR/$channel-$store.wrk.txt"
    in_window=$(( $(calls "$channel") - start ))
    drained=$(( $(settled "$channel") - start ))
    result=$(grep '^RESULT ' "$OUT_DIR/$channel-$store.wrk.txt" | sed 's/^RESULT //')
    field() { tr ' ' '\n' <<<"$result" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
    line=$(awk -v w="$in_window" -v d="$drained" -v pp="$per_pair" -v s="$DURATION" -v n="$(field requests)" -v rps="$(field rps)" \
      -v p50="$(field p50_ms)" -v p99="$(field p99_ms)" -v bad="$(field non2xx)" -v ch="$channel" -v st="$store" 'BEGIN {
        printf "%s/%s: %.0f completed turns/s (%.0f turns in the %d s window; %.0f after the backlog drained; wrk: %d responses at %s req/s); response p50 %s ms, p99 %s ms; non-2xx %s; calls per turn %.1f",
          ch, st, w * 2 / pp / s, w * 2 / pp, s, d * 2 / pp, n, rps, p50, p99, bad, pp / 2 }')
    echo "$line (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT_DIR/summary.txt"
    # Slack: a full work queue answers 503 (so Slack retries), which is cheap; such runs are over capacity.
    [[ "$(field non2xx)" == 0 ]] || echo "NOTE: $channel/$store had non-2xx responses (see $OUT_DIR/host-$store.log): over capacity" | tee -a "$OUT_DIR/summary.txt"
  done
  stop "$HOST_PID"
  [[ "$store" == redis ]] && stop "$REDIS_PID"
done
cat "$OUT_DIR/summary.txt"
