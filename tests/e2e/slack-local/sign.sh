#!/usr/bin/env bash
# POSTs a body to the running bot signed as Slack signs it (v0 HMAC-SHA256 of "v0:{timestamp}:{body}").
# usage: SLACK_SIGNING_SECRET=… [BOT=http://127.0.0.1:3978] sign.sh PATH CONTENT_TYPE BODY [extra curl args]
set -euo pipefail
path=$1; type=$2; body=$3; shift 3
ts=$(date +%s)
sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$SLACK_SIGNING_SECRET" -hex | sed 's/^.* //')"
curl -s -w '\n→ HTTP %{http_code}\n' -X POST "${BOT:-http://127.0.0.1:3978}$path" \
  -H "Content-Type: $type" -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" --data-binary "$body" "$@"
