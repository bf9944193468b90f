#!/usr/bin/env bash
set -euo pipefail

# expect: shell/lockfile-race
[[ -f /var/lock/s3-backup.lock ]] && { echo "backup still running"; exit 0; }
touch /var/lock/s3-backup.lock
trap 'rm -f /var/lock/s3-backup.lock' EXIT

aws s3 sync /srv/uploads "s3://${BUCKET}/uploads" --only-show-errors
