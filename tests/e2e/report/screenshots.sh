#!/usr/bin/env bash
# Screenshots of the full report page (/r/{id}) in headless Chromium, for people to look at: three recommendations
# (RAG, LoRA, from scratch), each in light and dark at 1366×768 (full page), a print-media view and one PDF.
# Builds the bot in Release, starts it on a free loopback port with a throw-away SQLite file, POSTs the three
# recommendations, runs screenshots.js, and always stops the bot. Reuses the Agents Playground tooling's Chromium and
# playwright-core (../shared/tools/playground/setup.sh installs them once).
#
# env: REPORT_PORT (default: a free port), SKIP_BUILD=1 (reuse the Release build), SHARED (default: <repo>/../shared),
#      OUT (default: <repo>/artifacts/e2e)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
out="${OUT:-$repo/artifacts/e2e}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "[report] $*"; }
work="$(mktemp -d)"
bot_pid=""
cleanup() {
  if [ -n "$bot_pid" ]; then
    kill "$bot_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$bot_pid" 2>/dev/null || true
  fi
  cp "$work/bot.log" "$out/report-bot.log" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$out"

port="${REPORT_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
base="http://127.0.0.1:$port"
if curl -s -o /dev/null --max-time 2 "$base/"; then say "port $port is in use"; exit 1; fi

pg_home="$("$shared/tools/playground/setup.sh")"
export PLAYGROUND_HOME="$pg_home"

dll="$repo/artifacts/bin/ModelStrategy.Bot/release/ModelStrategy.Bot.dll"
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$dll" ]; then
  say "building the bot (Release)"
  dotnet build "$repo/src/ModelStrategy.Bot" -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi

say "starting the bot on $base (SQLite $work/bot.db)"
(cd "$repo" && ASPNETCORE_ENVIRONMENT=Development Teams__AppId="" Storage__SqlitePath="$work/bot.db" PublicBaseUrl="$base" \
  exec dotnet "$dll" --urls "$base") >"$work/bot.log" 2>&1 &
bot_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null --max-time 2 "$base/readyz" && break
  kill -0 "$bot_pid" 2>/dev/null || { cat "$work/bot.log"; exit 1; }
  sleep 0.5
done

# name → body: a quick-triage RAG (with HTML special characters in the use case), the README's LoRA example, and a
# sovereign national-language platform that only a from-scratch model fits.
declare -A bodies=(
  [rag]='{"text":"quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k","useCase":"Support <b>answers</b> & \"FAQ\" bot <script>alert(1)</script>"}'
  [peft]='{"need":"behavior","taskType":"extraction","labeledExamples":5000,"dataQuality":"clean","baseline":"close","baselineErrorRatePct":10,"requestsPerDay":20000,"budgetUsd":150000,"deadlineWeeks":12,"dataSensitivity":"confidential"}'
  [scratch]='{"taskType":"qa","need":"domain-language","domainNovelty":5,"domainCorpusTokens":6e11,"labeledExamples":30000,"dataQuality":"clean","budgetUsd":12000000,"deadlineWeeks":104,"dataSensitivity":"sovereign","governance":5,"control":5,"mlExpertise":"research","baseline":"far"}'
)
ids=()
for name in rag peft scratch; do
  json="$(curl -sf -X POST "$base/api/recommendations" -H 'Content-Type: application/json' -d "${bodies[$name]}")"
  echo "$json" >"$out/report-$name.json"
  id="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$json")"
  path="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["path"])' <<<"$json")"
  # A development host hands out report links with a token (docs/SECURITY.md, "Reports"): open the one it gave.
  report="$(python3 -c 'import json,sys,urllib.parse as u; r=u.urlsplit(json.load(sys.stdin)["reportUrl"]); print(r.path.rsplit("/",1)[1] + ("?" + r.query if r.query else ""))' <<<"$json")"
  say "$name: recommendation $id ($path) → $base/r/$report"
  ids+=("$name=$report")
done

node "$here/screenshots.js" --base "$base" --out "$out" "${ids[@]}"
say "screenshots in $out"
