#!/bin/bash
set -euo pipefail

PIDFILE=/var/run/refresh_views.pid

# expect: shell/lockfile-race
if [ -e "$PIDFILE" ]; then
  echo "refresh already running (pid $(cat "$PIDFILE"))" >&2
  exit 1
fi
echo $$ > "$PIDFILE"
trap 'rm -f "$PIDFILE"' EXIT

psql "$DATABASE_URL" -c 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales'
