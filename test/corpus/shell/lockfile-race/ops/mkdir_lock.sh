#!/bin/bash
set -euo pipefail
LOCKDIR=/tmp/deploy.lock
# ok: shell/lockfile-race
if ! mkdir "$LOCKDIR" 2>/dev/null; then
  echo "another deploy is running" >&2
  exit 1
fi
trap 'rmdir "$LOCKDIR"' EXIT
./deploy.sh
