#!/usr/bin/env bash
# The report sign-in end to end in headless Chromium: the bot (Release, Production, reports under SignIn) signs readers
# in with Microsoft Entra ID played by a local OpenID provider (FakeOpenId, the Bot tests' provider as a process).
# A recommendation is made through the API with an Entra access token of tenant A; then in Chromium a member of A signs
# in on the provider's form and reads the report, a member of B is turned away, and a reader who does not sign in never
# sees it. Screenshots and logs: artifacts/e2e/signin-*. Last line: "N passed, N failed". Needs what the Agents
# Playground test needs (../shared/tools/playground/setup.sh installs Chromium and playwright-core).
#
# env: SKIP_BUILD=1 (reuse the Release builds), SHARED (default: <repo>/../shared), OUT (default: <repo>/artifacts/e2e)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
out="${OUT:-$repo/artifacts/e2e}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say() { echo "[signin] $*"; }
work="$(mktemp -d)"; bot_pid=""; idp_pid=""; summary="0 passed, 3 failed"; status=1
stop() { local pid="$1"; [ -n "$pid" ] || return 0; kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$pid" 2>/dev/null || true; }
cleanup() {
  stop "$bot_pid"; stop "$idp_pid"
  cp "$work/bot.log" "$out/signin-bot.log" 2>/dev/null || true; cp "$work/idp.log" "$out/signin-idp.log" 2>/dev/null || true
  [ "$status" -eq 0 ] || { echo "----- bot log (last 60 lines) -----"; tail -n 60 "$work/bot.log" 2>/dev/null || true; }
  rm -rf "$work"; echo "$summary"; exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$out"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
bot_port="$(free_port)"; idp_port="$(free_port)"
base="http://127.0.0.1:$bot_port"; idp="http://127.0.0.1:$idp_port"

pg_home="$("$shared/tools/playground/setup.sh")"
export PLAYGROUND_HOME="$pg_home"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  say "building the bot and the local OpenID provider (Release)"
  dotnet build "$repo/src/ModelStrategy.Bot" -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  dotnet build "$here/FakeOpenId" -c Release -nologo -v quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi

say "starting the provider on $idp"
dotnet "$repo/artifacts/bin/FakeOpenId/release/FakeOpenId.dll" "$idp_port" entra >"$work/idp.log" 2>&1 &
idp_pid=$!
authority="$idp/organizations/v2.0"
for _ in $(seq 1 100); do curl -sf -o /dev/null "$authority/.well-known/openid-configuration" && break; sleep 0.2; done

say "starting the bot on $base (Production, Reports:Access=SignIn)"
(cd "$repo/artifacts/bin/ModelStrategy.Bot/release" && exec env ASPNETCORE_ENVIRONMENT=Production \
  Storage__SqlitePath="$work/bot.db" PublicBaseUrl="$base" Reports__Access=SignIn Reports__EntraAuthority="$authority" \
  Teams__AppId=fake-client-id Teams__AppPassword=fake-client-secret Teams__TenantId=organizations \
  dotnet ModelStrategy.Bot.dll --urls "$base") >"$work/bot.log" 2>&1 &
bot_pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/readyz" && break; kill -0 "$bot_pid" 2>/dev/null || exit 1; sleep 0.5; done

tenant="72f988bf-0000-4000-8000-00000000c0de"
token="$(curl -sf "$idp/test/access-token?tenant=$tenant&audience=fake-client-id")"
json="$(curl -sf -X POST "$base/api/recommendations" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"text":"quick: launch in 6 weeks, 300 labeled tickets, customer PII","useCase":"Project Falcon for Contoso"}')"
id="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$json")"
say "recommendation $id made by tenant $tenant through the API"

set +e
node "$here/run.js" --base "$base" --idp "$idp" --id "$id" --tenant "$tenant" --out "$out" | tee "$work/run.out"
status=${PIPESTATUS[0]}
set -e
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/run.out" | tail -n 1)"
[ -n "$summary" ] || { summary="0 passed, 3 failed"; [ "$status" -ne 0 ] || status=1; }
