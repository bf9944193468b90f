#!/bin/bash
set -euo pipefail
LOCK=/tmp/sync.lock
# ok: shell/lockfile-race
if ( set -o noclobber; echo "$$" > "$LOCK" ) 2>/dev/null; then
  trap 'rm -f "$LOCK"' EXIT
  rsync -a src/ dst/
fi
