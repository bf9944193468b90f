#!/bin/bash
set -euo pipefail
PID_FILE=/run/ingest-worker.pid

start() {
  # expect: shell/lockfile-race
  if [ -s "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    echo "worker already running"
    return 0
  fi
  nohup python -m ingest.worker >> /var/log/ingest.log 2>&1 &
  echo $! >| "$PID_FILE"
}

stop() {
  # ok: shell/lockfile-race
  if [ -f "$PID_FILE" ]; then
    kill "$(cat "$PID_FILE")" || true
    rm -f "$PID_FILE"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
esac
