#!/bin/sh
set -eu
LOCK=/tmp/retrain.lock
# expect: shell/lockfile-race
test -f $LOCK && exit 0
: > $LOCK
python retrain.py
rm -f $LOCK
