#!/usr/bin/env bash
# Builds every app manifest for one deployed host, into one output directory:
#   modelstrategy-teams.zip  the Teams app package (teams/package.sh: manifest.json + icons)
#   slack-manifest.yaml      the Slack app manifest (slack/manifest.yaml), ready for "Create an app → From a manifest"
# usage: manifests/build.sh HOST [--bot-id GUID] [--app-id GUID] [--version 1.0.0] [--out DIR]
#   HOST     the bot's public host name (bot.example.com) or https base URL (https://bot.example.com)
#   --bot-id the bot's Microsoft App ID (default: BOT_ID, then Teams__AppId)
#   --app-id the Teams app id (default: TEAMS_APP_ID, then the bot id)
#   --out    output directory (default: artifacts/manifests at the repository root)
# Placeholders filled in the Slack manifest: {{HOST}}, {{BOT_DOMAIN}} (the host) and {{PUBLIC_BASE_URL}}.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
host="$1"; shift
bot_id="${BOT_ID:-${Teams__AppId:-}}"; app_id="${TEAMS_APP_ID:-}"; version="${APP_VERSION:-1.0.0}"
out="$here/../artifacts/manifests"
while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id) bot_id="$2"; shift 2 ;;
    --app-id) app_id="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done

host="${host#https://}"; host="${host%%/*}"
[[ "$host" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$ ]] \
  || { echo "HOST must be a host name like bot.example.com (got '$host')" >&2; exit 2; }
base_url="https://$host"
app_id="${app_id:-$bot_id}"
mkdir -p "$out"; out="$(cd "$out" && pwd)"

"$here/teams/package.sh" --app-id "$app_id" --bot-id "$bot_id" --base-url "$base_url" --version "$version" \
  --out "$out/modelstrategy-teams.zip" >/dev/null

slack_template="$here/slack/manifest.yaml"
if [ -f "$slack_template" ]; then
  sed -e "s#{{HOST}}#$host#g" -e "s#{{BOT_DOMAIN}}#$host#g" -e "s#{{PUBLIC_BASE_URL}}#$base_url#g" \
    "$slack_template" > "$out/slack-manifest.yaml"
  if grep -q '{{' "$out/slack-manifest.yaml"; then echo "unfilled placeholder in slack-manifest.yaml" >&2; exit 1; fi
else
  echo "note: $slack_template does not exist yet; no Slack manifest built" >&2
fi

echo "Teams app package:      $out/modelstrategy-teams.zip"
[ -f "$out/slack-manifest.yaml" ] && echo "Slack app manifest:     $out/slack-manifest.yaml"
echo "Azure Bot endpoint:     $base_url/api/messages"
