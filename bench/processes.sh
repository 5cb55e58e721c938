# Sourced by the bench scripts: logging, and stopping every process a script started (by PID) when it ends.
# A script adds each PID it starts to STARTED_PIDS and may set WORK to a temporary folder removed at exit.
STARTED_PIDS=()
# shellcheck disable=SC1091
. "$(dirname "${BASH_SOURCE[0]}")/auth.sh"

log() { printf '\n== %s\n' "$*" >&2; }

# stop_pid PID: TERM, then KILL if it is still there after 10 s.
stop_pid() {
  local pid="$1"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

cleanup() {
  for pid in "${STARTED_PIDS[@]:-}"; do [ -n "$pid" ] && stop_pid "$pid"; done
  [ -n "${WORK:-}" ] && rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
