"""A tiny fake Slack Web API for trying the bot by hand: prints a summary of every POST (token cut short) and
appends the full request to a JSONL file. Usage: python3 fake_slack.py PORT [calls.jsonl]"""
import itertools, json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

counter = itertools.count(1)

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        method = self.path.rsplit("/", 1)[-1]
        try:
            request = json.loads(body)
        except ValueError:
            request = {}
        summary = {k: request.get(k) for k in ("channel", "thread_ts", "ts", "trigger_id", "response_type", "text") if k in request}
        if isinstance(summary.get("text"), str):
            summary["text"] = summary["text"][:140]
        print(json.dumps({"path": self.path, "auth": (self.headers.get("Authorization") or "")[:12] + "…",
                          "content_type": self.headers.get("Content-Type"), "blocks": len(request.get("blocks", [])), **summary}), flush=True)
        ts = "1800000000.%06d" % next(counter)
        answer = {"ok": True}
        if method == "chat.postMessage":
            answer.update(channel=request.get("channel"), ts=ts)
        elif method == "chat.update":
            answer.update(channel=request.get("channel"), ts=request.get("ts"))
        elif method == "views.open":
            answer.update(view={"id": "V" + ts.replace(".", "")})
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        with open(sys.argv[2] if len(sys.argv) > 2 else "calls.jsonl", "a") as f:
            f.write(json.dumps({"path": self.path, "body": request}) + "\n")

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
