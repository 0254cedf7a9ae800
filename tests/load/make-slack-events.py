"""Writes COUNT signed Slack Events API bodies (message.im), one "timestamp TAB signature TAB body" per line, for
turns-slack.lua. Every event has its own event_id; user n gets "start" then "knowledge" (the answer to the first
guided question). Signed now with v0 HMAC-SHA256, so the file is good for Slack's 5-minute window.
Usage: SLACK_SIGNING_SECRET=... python3 make-slack-events.py COUNT RUN_ID > events.tsv"""
import hashlib, hmac, json, os, sys, time

count, run = int(sys.argv[1]), sys.argv[2]
secret = os.environ["SLACK_SIGNING_SECRET"].encode()
ts = str(int(time.time()))
out = sys.stdout
for i in range(count):
    user = f"U{run}{i // 2:07d}"
    body = json.dumps({
        "token": "unused", "team_id": "TLOAD", "api_app_id": "ALOAD", "type": "event_callback",
        "event_id": f"Ev{run}{i:08d}", "event_time": int(ts),
        "authorizations": [{"team_id": "TLOAD", "user_id": "UBOT", "is_bot": True}],
        "event": {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
                  "text": "start" if i % 2 == 0 else "knowledge", "ts": f"{ts}.{i:06d}"},
    }, separators=(",", ":"))
    sig = "v0=" + hmac.new(secret, f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    out.write(f"{ts}\t{sig}\t{body}\n")
