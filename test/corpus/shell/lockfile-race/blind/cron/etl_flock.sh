#!/bin/bash
set -euo pipefail
LOCK=/var/lock/etl.lock

exec 200>"$LOCK"
# ok: shell/lockfile-race
flock -n 200 || { echo "etl already running"; exit 0; }
# ok: shell/lockfile-race
[ -f "$LOCK" ] && echo "lock file present (held by us)"
python -m etl.run
