#!/usr/bin/env bash
# Type-checks every Block Kit payload the bot emits against Slack's own definitions (@slack/types, pinned in
# package.json) with the TypeScript compiler (tsc --noEmit --strict):
#   1. the C# export test (PayloadExportTests) writes each message and modal the renderer makes as JSON
#      (skipped when SLACK_PAYLOADS already holds them, e.g. right after `dotnet test` in CI);
#   2. generate.mjs turns each into a .ts file assigning it to KnownBlock[] / ModalView;
#   3. tsc checks them, together with controls/*.ts: known-wrong payloads each marked @ts-expect-error, so a
#      control that the types fail to reject is an error too;
#   4. a real payload with one deliberate mistake must make tsc fail (the pipeline can fail).
# Last line: "N passed, N failed" (one per payload file, control and the broken-payload check). Exit 1 on any failure.
# env: SLACK_PAYLOADS (default <repo>/artifacts/slack-payloads), SLACK_TYPES_EXPORT=1 to re-run the export test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
payloads="${SLACK_PAYLOADS:-$repo/artifacts/slack-payloads}"
export SLACK_PAYLOADS="$payloads" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
passed=0; failed=0
say() { echo "[slack-types] $*"; }
finish() { echo "$passed passed, $failed failed"; }
trap finish EXIT

if [ "${SLACK_TYPES_EXPORT:-0}" = 1 ] || [ ! -d "$payloads/messages" ]; then
  say "exporting payloads with the C# export test"
  dotnet test "$repo/tests/ModelStrategy.Channels.Slack.Tests/ModelStrategy.Channels.Slack.Tests.csproj" \
    --filter "FullyQualifiedName~PayloadExportTests" --nologo -v q >/dev/null || { failed=$((failed + 1)); say "export failed"; exit 1; }
fi

cd "$here"
say "node $(node --version), installing the pinned packages (npm ci)"
npm ci --no-audit --no-fund --loglevel=error >/dev/null || { failed=$((failed + 1)); say "npm ci failed"; exit 1; }
say "$(node -p "'typescript ' + require('typescript/package.json').version + ', @slack/types ' + require('@slack/types/package.json').version")"

count=$(node generate.mjs "$payloads" .generated/payloads)
controls=$(ls controls/*.ts | wc -l)
say "checking $count payloads and $controls known-wrong controls"
log=$(mktemp); trap 'rm -f "$log"; finish' EXIT
status=0; node node_modules/typescript/bin/tsc -p tsconfig.json >"$log" 2>&1 || status=$?
files() { { grep -oE "^$1[^(]+\.ts" "$log" || true; } | sort -u | wc -l; }
bad_payloads=$(files '\.generated/payloads/')
bad_controls=$(files 'controls/')
if [ "$status" -ne 0 ] && [ $((bad_payloads + bad_controls)) -eq 0 ]; then
  bad_payloads=$count  # tsc failed without naming a file: count everything as failed
fi
passed=$((count - bad_payloads + controls - bad_controls)); failed=$((bad_payloads + bad_controls))
if [ "$failed" -ne 0 ]; then
  say "tsc rejected these (a control listed here was NOT rejected as it should be):"; head -n 60 "$log"
fi

node generate.mjs "$payloads" .generated/broken --broken >/dev/null
if node node_modules/typescript/bin/tsc -p tsconfig.broken.json >"$log" 2>&1; then
  failed=$((failed + 1)); say "a payload with a deliberate mistake passed tsc: the check cannot fail"
elif grep -q '^\.generated/broken/.*error TS' "$log"; then
  passed=$((passed + 1)); say "a payload with a deliberate mistake is rejected: $(grep -m1 -oE 'error TS[0-9]+' "$log")"
else
  failed=$((failed + 1)); say "tsc failed on the broken payload for another reason:"; head -n 20 "$log"
fi
[ "$failed" -eq 0 ]
