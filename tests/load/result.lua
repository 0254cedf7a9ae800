-- Shared by the wrk scripts (post.lua, turns-slack.lua, turns-teams.lua): done() prints one machine-readable RESULT
-- line that run-wrk.sh, run-turns.sh and run-soak.sh parse. Each script loads it with
--   dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "") .. "result.lua")
-- so it is found next to the script whatever the working directory.
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
