#!/bin/bash
set -euo pipefail
STATE_DIR=/var/lib/backup
# expect: shell/lockfile-race
[ -e $STATE_DIR/backup.running ] && { echo "backup in progress"; exit 1; }
date +%s > $STATE_DIR/backup.running
/usr/local/bin/backup-all
rm -f $STATE_DIR/backup.running
