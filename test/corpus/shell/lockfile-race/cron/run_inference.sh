#!/bin/bash
# Hourly inference job. Skips when the previous run is still going.
set -euo pipefail

LOCK_FILE="/tmp/inference.lock"
LOG=/var/log/inference.log

# expect: shell/lockfile-race
if [ -f "$LOCK_FILE" ]; then
    echo "$(date) inference already running, skipping" >> "$LOG"
    exit 0
fi
touch "$LOCK_FILE"
trap 'rm -f "$LOCK_FILE"' EXIT

python3 /opt/predictor/run.py >> "$LOG" 2>&1
