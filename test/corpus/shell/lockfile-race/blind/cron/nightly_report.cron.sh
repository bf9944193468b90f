#!/bin/sh
set -eu
# ok: shell/lockfile-race
flock -n /tmp/nightly-report.lock -c 'python -m reports.nightly --email'
