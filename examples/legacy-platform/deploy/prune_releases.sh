#!/usr/bin/env bash
# Drops the build cache and all but the newest five releases on the platform host.
set -euo pipefail
umask 077

: "${PLATFORM_HOST:?set PLATFORM_HOST to the platform host name}"
BUILD_DIR=${BUILD_DIR:-/var/tmp/platform-build}
RELEASES=/opt/platform/releases
KEEP=5

exec 9>/var/lock/platform-prune.lock
flock -n 9 || { echo "prune already running" >&2; exit 0; }

rm -rf "${BUILD_DIR:?}/cache"

ssh -o StrictHostKeyChecking=yes "deploy@${PLATFORM_HOST}" bash -s -- "$RELEASES" "$KEEP" <<'REMOTE'
set -euo pipefail
releases=$1
keep=$2
cd "$releases"
ls -1t | tail -n "+$((keep + 1))" | while read -r old; do
    rm -rf -- "${releases:?}/${old:?}"
done
REMOTE

echo "pruned releases on ${PLATFORM_HOST}, kept ${KEEP}"
