-- wrk script: full Teams turns. Each request is a message activity in loopback development mode (no auth) whose
-- serviceUrl is the fake Bot Connector (FAKE_URL); every user gets two turns, "start" then "knowledge" (the
-- answer to the first guided question), so half the turns are mid-dialog. Used by run-turns.sh.
local fake = os.getenv("FAKE_URL") or error("set FAKE_URL to the fake Bot Connector's base URL")
local run = os.getenv("RUN_ID") or "r"
-- START_ONLY=1: every request is a new user's "start" (run-startup.sh uses it to open many dialogs).
local start_only = os.getenv("START_ONLY") == "1"
local counter = 0
local next_tid = 0

-- setup runs in the main state; "tid" becomes a global of each thread's own state.
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  counter = counter + 1
  local pair = start_only and counter or math.floor((counter + 1) / 2)
  local user = string.format("%s-%s-%d", run, tostring(tid), pair)
  local text = (start_only or counter % 2 == 1) and "start" or "knowledge"
  local body = string.format(
    '{"type":"message","id":"m-%s-%s-%d","channelId":"msteams","serviceUrl":"%s",' ..
    '"from":{"id":"29:%s","name":"Load User"},"recipient":{"id":"28:bot","name":"Bot"},' ..
    '"conversation":{"id":"a:%s","conversationType":"personal","tenantId":"load-tenant"},"text":"%s"}',
    run, tostring(tid), counter, fake, user, user, text)
  return wrk.format(nil, nil, nil, body)
end
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f " ..
    "non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
