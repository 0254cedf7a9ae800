-- wrk script: full Slack turns. Sends the pre-signed Events API bodies in EVENTS_FILE (one "timestamp TAB signature
-- TAB body" per line, from make-slack-events.py; each with its own event_id), thread k taking lines k, k+T, k+2T, …
-- A thread that runs out of lines starts again, and the repeats are acknowledged as retries without work (so a run
-- must be shorter than the file). Used by run-turns.sh.
local path = os.getenv("EVENTS_FILE") or error("set EVENTS_FILE")
local threads = tonumber(os.getenv("THREADS") or "2")
local next_tid = 0
local lines = nil
local index = 0

-- setup runs in the main state; "tid" becomes a global of each thread's own state.
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

function init(args)
  lines = {}
  local n = 0
  for line in io.lines(path) do
    if n % threads == tid then
      local ts, sig, body = line:match("^([^\t]+)\t([^\t]+)\t(.*)$")
      lines[#lines + 1] = { ts = ts, sig = sig, body = body }
    end
    n = n + 1
  end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  index = index % #lines + 1
  local e = lines[index]
  return wrk.format(nil, nil, { ["Content-Type"] = "application/json", ["X-Slack-Request-Timestamp"] = e.ts,
    ["X-Slack-Signature"] = e.sig }, e.body)
end

-- done(): the RESULT line, shared with the other scripts.
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "") .. "result.lua")
