#!/bin/bash
set -euo pipefail
MARKER="$APP_ROOT/.migration_in_progress"
# expect: shell/lockfile-race
while [ -f "$MARKER" ]; do
  sleep 5
done
touch "$MARKER"
./manage.py migrate
rm "$MARKER"
