#!/bin/bash
set -euo pipefail
LOCKDIR=/var/lock/etl.d
PIDFILE=/var/run/etl.pid

# The lock is the directory: mkdir is atomic and fails when another run holds it.
mkdir "$LOCKDIR" 2>/dev/null || { echo "etl already running" >&2; exit 1; }
trap 'rm -f "$PIDFILE"; rmdir "$LOCKDIR"' EXIT

# A stale pid file from a crashed run: replaced, not used as the lock.
# ok: shell/lockfile-race
if [ -f "$PIDFILE" ]; then
  rm -f "$PIDFILE"
fi
echo $$ > "$PIDFILE"
python -m etl.run
