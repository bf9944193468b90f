#!/bin/bash
set -eo pipefail

WORKSPACE=$1
CACHE=${XDG_CACHE_HOME}/myapp

echo "cleaning $WORKSPACE"
# expect: shell/unsafe-rm
rm -rf $WORKSPACE/node_modules $WORKSPACE/.venv
# ok: shell/unsafe-rm
rm -fr "${CACHE}"/*

# ok: shell/unsafe-rm
rm -f "$WORKSPACE/.coverage"
