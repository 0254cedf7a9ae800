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

-- done(): the RESULT line, shared with the other scripts.
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "") .. "result.lua")
