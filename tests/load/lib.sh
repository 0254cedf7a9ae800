# Shared by run-startup.sh and run-turns.sh (sourced, not run). Expects SCRIPT_NAME to be set before sourcing.
# die MESSAGE; require_tools TOOL...; require_free_ports PORT...; track PID (stopped on exit, with TMP removed).

die() { echo "$SCRIPT_NAME: $*" >&2; exit 1; }

require_tools() {
  for tool in "$@"; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
}

require_free_ports() { # every port must be free on the loopback interface
  for p in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "something already listens on 127.0.0.1:$p"; fi
  done
}

TMP=$(mktemp -d)
PIDS=()
stop() { # stop one of our processes by pid, politely first
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() { for pid in "${PIDS[@]}"; do stop "$pid"; done; rm -rf "$TMP"; }
trap cleanup EXIT
