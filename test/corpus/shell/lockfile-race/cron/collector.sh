#!/bin/bash
set -euo pipefail
PID_FILE=/var/run/collector.pid

# expect: shell/lockfile-race
if [[ -e ${PID_FILE} ]] && kill -0 "$(cat "${PID_FILE}")" 2>/dev/null; then
  exit 0
fi
echo $$ > "${PID_FILE}"
exec /opt/collector/bin/collect
