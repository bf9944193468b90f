#!/usr/bin/env bash
set -o errexit -o nounset -o pipefail

APP_ROOT=$(jq -r '.app_root' /etc/deploy/config.json)
KEEP=5

# expect: shell/unsafe-rm
sudo rm -rf ${APP_ROOT}/releases/previous

cleanup_staging() {
  # expect: shell/unsafe-rm
  rm --recursive --force "${STAGING_DIR}/"
}

if [[ -d "$SHARED_DIR" ]]; then
  # ok: shell/unsafe-rm
  rm -rf "$SHARED_DIR"/tmp
fi

[ -z "${BUILD_CACHE:-}" ] && { echo "BUILD_CACHE not set" >&2; exit 1; }
# ok: shell/unsafe-rm
rm -fr "$BUILD_CACHE"/*

for rel in $(ls -1dt /srv/app/releases/* | tail -n +$((KEEP + 1))); do
  # ok: shell/unsafe-rm
  rm -rf "$rel"
done

# ok: shell/unsafe-rm
rm -f "$PID_FILE"
# ok: shell/unsafe-rm
rm -rf /var/cache/app/$VERSION
cleanup_staging
