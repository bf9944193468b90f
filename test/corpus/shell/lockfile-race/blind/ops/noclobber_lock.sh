#!/bin/bash
set -euo pipefail
LOCK=/var/run/report.lock

set -o noclobber
# ok: shell/lockfile-race
if ! { echo $$ > "$LOCK"; } 2>/dev/null; then
  echo "report job already running" >&2
  exit 1
fi
set +o noclobber
trap 'rm -f "$LOCK"' EXIT
python -m reports.nightly
