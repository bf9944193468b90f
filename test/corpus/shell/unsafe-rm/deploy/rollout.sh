#!/bin/sh
set -eu
APP_HOME=${APP_HOME:-/srv/app}
# ok: shell/unsafe-rm
rm -rf "$APP_HOME/current.tmp"
# ok: shell/unsafe-rm
rm -rf "${DEPLOY_TMP:?}/"*
# expect: shell/unsafe-rm
rm -r -f $SHARED_DIR/releases/
# ok: shell/unsafe-rm
rm -r "$SHARED_DIR/releases.old"
