#!/bin/bash
set -euo pipefail
LOCKDIR=/tmp/reindex.lock.d

# ok: shell/lockfile-race
if ! mkdir "$LOCKDIR" 2>/dev/null; then
  echo "reindex already running" >&2
  exit 0
fi
trap 'rmdir "$LOCKDIR"' EXIT
python -m search.reindex
