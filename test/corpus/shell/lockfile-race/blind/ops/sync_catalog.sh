#!/bin/sh
set -eu
RUN_MARKER=/tmp/catalog-sync.running

# expect: shell/lockfile-race
if [ ! -f "$RUN_MARKER" ]; then
  touch "$RUN_MARKER"
  python -m catalog.sync --full
  rm -f "$RUN_MARKER"
else
  echo "sync in progress, skipping"
fi
