-- wrk script: POST the JSON file named by BODY_FILE to the URL given on the command line, and print one
-- machine-readable RESULT line at the end. Used by run-wrk.sh; see docs/PERFORMANCE.md.
-- With METHOD=GET and no BODY_FILE it sends plain GETs (run-wrk.sh healthz: the HTTP stack's ceiling).
local method = os.getenv("METHOD") or "POST"
local path = os.getenv("BODY_FILE")
wrk.method = method
wrk.headers["Accept"] = "application/json"
-- Outside Development the API answers only configured keys (the scripts configure one and export API_KEY).
local key = os.getenv("API_KEY")
if key ~= nil and key ~= "" then
  wrk.headers["X-Api-Key"] = key
end
if method == "POST" then
  if path == nil or path == "" then
    error("set BODY_FILE to a JSON request body")
  end
  local file = assert(io.open(path, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end

-- done(): the RESULT line, shared with the other scripts.
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "") .. "result.lua")
