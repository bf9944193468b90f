#!/bin/bash
set -euo pipefail
LOCK=/var/lock/mirror.lock

# ok: shell/lockfile-race
lockfile -r 0 "$LOCK" || { echo "mirror sync running"; exit 1; }
trap 'rm -f "$LOCK"' EXIT
rsync -a rsync://mirror.example.org/pypi/ /srv/pypi/
