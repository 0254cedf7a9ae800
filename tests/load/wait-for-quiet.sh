#!/usr/bin/env bash
# Waits until the machine is quiet (under BUSY_MAX % of all cores busy over a SAMPLE-second window), for at most
# MAX_WAIT seconds, so benchmarks and load tests are not run next to someone else's build on a shared box.
#   tests/load/wait-for-quiet.sh && dotnet run -c Release --project tests/ModelStrategy.Benchmarks -- --filter '*'
# Exit 0 when quiet, 1 when MAX_WAIT passed first (the caller decides whether to measure anyway).
set -euo pipefail
BUSY_MAX=${BUSY_MAX:-10}
SAMPLE=${SAMPLE:-10}
MAX_WAIT=${MAX_WAIT:-900}
ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; }
waited=0
while :; do
  read -r b0 i0 < <(ticks); sleep "$SAMPLE"; read -r b1 i1 < <(ticks)
  busy=$(awk -v b=$((b1 - b0)) -v i=$((i1 - i0)) 'BEGIN { printf "%.0f", 100 * b / (b + i) }')
  waited=$((waited + SAMPLE))
  if (( busy <= BUSY_MAX )); then echo "quiet: ${busy}% busy over ${SAMPLE} s"; exit 0; fi
  if (( waited >= MAX_WAIT )); then echo "still ${busy}% busy after ${waited} s" >&2; exit 1; fi
  echo "busy: ${busy}% over ${SAMPLE} s; waiting" >&2
done
