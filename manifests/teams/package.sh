#!/usr/bin/env bash
# Fills the manifest placeholders and zips manifest.json + icons (at the zip root) into a sideloadable package.
# usage: package.sh [--app-id GUID] [--bot-id GUID] [--base-url https://bot.example.com] [--version 1.0.0] [--out FILE.zip]
# Each value also comes from the environment: TEAMS_APP_ID, BOT_ID (default: Teams__AppId, then TEAMS_APP_ID),
# PUBLIC_BASE_URL, APP_VERSION (default 1.0.0). BOT_DOMAIN is the host of PUBLIC_BASE_URL.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="${TEAMS_APP_ID:-}"; bot_id="${BOT_ID:-${Teams__AppId:-}}"; base_url="${PUBLIC_BASE_URL:-}"
version="${APP_VERSION:-1.0.0}"; out="${OUT:-$here/modelstrategy-teams.zip}"
while [ $# -gt 0 ]; do
  case "$1" in
    --app-id) app_id="$2"; shift 2 ;;
    --bot-id) bot_id="$2"; shift 2 ;;
    --base-url) base_url="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
bot_id="${bot_id:-$app_id}"
# zip runs in a temporary directory: make the output path absolute first.
mkdir -p "$(dirname "$out")"; out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$app_id" =~ $guid ]] || { echo "TEAMS_APP_ID / --app-id must be a GUID" >&2; exit 2; }
[[ "$bot_id" =~ $guid ]] || { echo "BOT_ID / --bot-id must be a GUID (the bot's Microsoft App ID)" >&2; exit 2; }
[[ "$base_url" =~ ^https://[^/]+ ]] || { echo "PUBLIC_BASE_URL / --base-url must be an https URL" >&2; exit 2; }
base_url="${base_url%/}"
domain="$(printf '%s' "$base_url" | sed -E 's#^https://([^/:]+).*#\1#')"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
sed -e "s#{{TEAMS_APP_ID}}#$app_id#g" -e "s#{{BOT_ID}}#$bot_id#g" -e "s#{{PUBLIC_BASE_URL}}#$base_url#g" \
    -e "s#{{BOT_DOMAIN}}#$domain#g" -e "s#{{APP_VERSION}}#$version#g" "$here/manifest.json" > "$work/manifest.json"
if grep -q '{{' "$work/manifest.json"; then echo "unfilled placeholder in manifest.json" >&2; exit 1; fi
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
(cd "$work" && if command -v zip >/dev/null; then zip -q -X "$out" manifest.json color.png outline.png;
  else python3 -c 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED); [z.write(f) for f in sys.argv[2:]]; z.close()' "$out" manifest.json color.png outline.png; fi)
echo "$out"
