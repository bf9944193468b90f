#!/bin/bash
set -euo pipefail
LOCKFILE="${DEPLOY_ROOT:-/srv/app}/.deploy.lock"

# Wait for a concurrent deploy to finish, then take the lock.
# expect: shell/lockfile-race
while [ -f "$LOCKFILE" ]; do
  echo "waiting for the other deploy..."
  sleep 10
done
hostname > "$LOCKFILE"

./deploy.sh "$@"
rm -f "$LOCKFILE"
