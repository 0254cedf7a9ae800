-- wrk script: Teams dialog turns over a fixed set of conversations, one message per request (run-sdk-compare.sh).
-- CONVERSATIONS conversations (default 2000) are split between wrk's threads; each thread takes its conversations in
-- turn, so one conversation never has two messages in flight (far more conversations than connections). Each
-- conversation goes round "restart", "knowledge", "weekly": a fresh guided dialog and its first two answers (ours) and the
-- SDK bot's three waterfall steps. FAKE_URL is the fake Bot Connector both bots reply to; RUN_ID names the
-- conversations, PHASE the activity ids (warm-up and measured run apart); THREADS must be wrk's -t.
local fake = os.getenv("FAKE_URL") or error("set FAKE_URL to the fake Bot Connector's base URL")
local run = os.getenv("RUN_ID") or "r"
-- Activity ids must differ between the warm-up and the measured run (ours drops a repeated id as a redelivery).
local phase = os.getenv("PHASE") or "p"
local conversations = tonumber(os.getenv("CONVERSATIONS") or "2000")
local texts = { "restart", "knowledge", "weekly" }
local threads = tonumber(os.getenv("THREADS") or "2")
local next_tid = 0

-- setup runs in the main state; "tid" becomes a global of each thread's own state.
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

function init(args)
  -- This thread's conversations: tid, tid + THREADS, …
  local count = threads
  mine = {}
  for c = tid, conversations - 1, count do
    mine[#mine + 1] = c
  end
  steps = {}
  next_index = 0
  sent = 0
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  next_index = next_index % #mine + 1
  local conversation = mine[next_index]
  local step = (steps[conversation] or 0) % #texts + 1
  steps[conversation] = step
  sent = sent + 1
  local user = string.format("%s-%d", run, conversation)
  local body = string.format(
    '{"type":"message","id":"m-%s-%s-%d-%d","channelId":"msteams","serviceUrl":"%s",' ..
    '"from":{"id":"29:%s","name":"Load User"},"recipient":{"id":"28:bot","name":"Bot"},' ..
    '"conversation":{"id":"a:%s","conversationType":"personal","tenantId":"load-tenant"},"text":"%s"}',
    run, phase, tid, sent, fake, user, user, texts[step])
  return wrk.format(nil, nil, nil, body)
end

-- done(): the RESULT line, shared with the other scripts.
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "") .. "result.lua")
