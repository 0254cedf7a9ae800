#!/usr/bin/env bash
# End-to-end test through the Microsoft 365 Agents Playground (see README.md next to this file).
# Builds the bot in Release, starts it on loopback in development mode with a throw-away SQLite
# file, starts the playground against it, runs run.js in headless Chromium, and always stops both.
# Last line: "N passed, N failed" (scenarios). Exit status non-zero on any failure.
#
# env: BOT_PORT (3978), PLAYGROUND_PORT (56150), E2E_SKIP_BUILD=1 (reuse the Release build),
#      SHARED (default: <repo>/../shared), E2E_OUT (default: <repo>/artifacts/e2e)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
tools="$shared/tools/playground"
bot_port="${BOT_PORT:-3978}"
pg_port="${PLAYGROUND_PORT:-56150}"
out="${E2E_OUT:-$repo/artifacts/e2e}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "[e2e] $*"; }
fail() { echo "[e2e] $*" >&2; status=1; exit 1; }

rm -rf "$out"; mkdir -p "$out"
work="$(mktemp -d)"
bot_pid=""; pg_pid=""; status=1; summary="0 passed, 9 failed"

stop() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  stop "$pg_pid"; stop "$bot_pid"
  cp "$work/bot.log" "$out/bot.log" 2>/dev/null || true
  [ -n "${pg_home:-}" ] && cp "$pg_home/playground.log" "$out/playground.log" 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    echo "----- bot log (last 150 lines) -----";        tail -n 150 "$out/bot.log" 2>/dev/null || true
    echo "----- playground log (last 80 lines) -----";  tail -n 80 "$out/playground.log" 2>/dev/null || true
    echo "----- screenshots and logs: $out"
  fi
  rm -rf "$work"
  echo "$summary"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -x "$tools/start.sh" ] || fail "playground tools not found at $tools (set SHARED=...)"
for port in "$bot_port" "$pg_port"; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    fail "port $port is already in use on 127.0.0.1; stop what is listening there first"
  fi
done


start_s=$(date +%s)
say "installing Chromium, the playground and playwright-core (once)"
pg_home="$("$tools/setup.sh")"
export PLAYGROUND_HOME="$pg_home"

dll="$repo/artifacts/bin/ModelStrategy.Bot/release/ModelStrategy.Bot.dll"
if [ "${E2E_SKIP_BUILD:-}" != 1 ] || [ ! -f "$dll" ]; then
  say "building the bot (Release)"
  dotnet build "$repo/src/ModelStrategy.Bot" -c Release -nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; fail "build failed"; }
fi

say "starting the bot on 127.0.0.1:$bot_port (development mode, SQLite $work/bot.db)"
# A review "month" of 5 seconds (Development only) lets scenario 5 see a review come due.
(cd "$repo" && ASPNETCORE_ENVIRONMENT=Development Teams__AppId="" Reviews__MonthLength=00:00:05 Reviews__CheckInterval=00:00:01 Storage__Provider=Sqlite Storage__SqlitePath="$work/bot.db" PublicBaseUrl="http://127.0.0.1:$bot_port" \
  exec dotnet "$dll" --urls "http://127.0.0.1:$bot_port") >"$work/bot.log" 2>&1 &
bot_pid=$!
ready=""
for _ in $(seq 1 120); do
  kill -0 "$bot_pid" 2>/dev/null || break
  if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$bot_port/readyz"; then ready=1; break; fi
  sleep 0.5
done
[ -n "$ready" ] || { tail -n 50 "$work/bot.log"; fail "the bot did not become ready on port $bot_port"; }

say "starting the Agents Playground on 127.0.0.1:$pg_port"
pg_pid="$("$tools/start.sh" "http://127.0.0.1:$bot_port/api/messages" "$pg_port")" || fail "the playground did not start"

say "running the scenarios in headless Chromium (screenshots: $out)"
set +e
node "$here/run.js" --url "http://127.0.0.1:$pg_port" --out "$out" | tee "$work/run.out"
status=${PIPESTATUS[0]}
set -e
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/run.out" | tail -n 1)"
[ -n "$summary" ] || { summary="0 passed, 9 failed"; [ "$status" -ne 0 ] || status=1; }
say "done in $(( $(date +%s) - start_s ))s"
