-- wrk script: POST the JSON file named by BODY_FILE to the URL given on the command line, and print one
-- machine-readable RESULT line at the end. Used by run-wrk.sh; see docs/PERFORMANCE.md.
-- With METHOD=GET and no BODY_FILE it sends plain GETs (run-wrk.sh healthz: the HTTP stack's ceiling).
local method = os.getenv("METHOD") or "POST"
local path = os.getenv("BODY_FILE")
wrk.method = method
wrk.headers["Accept"] = "application/json"
if method == "POST" then
  if path == nil or path == "" then
    error("set BODY_FILE to a JSON request body")
  end
  local file = assert(io.open(path, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
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
