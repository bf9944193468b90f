#!/bin/bash
set -euo pipefail
LOCK=/tmp/compact.lock

# expect: shell/lockfile-race
test -f $LOCK && exit 0
date +%s >> $LOCK
python -m storage.compact
rm -f $LOCK
