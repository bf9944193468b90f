#!/bin/bash
set -euo pipefail
PUID=${PUID:-1000}
PGID=${PGID:-1000}

if [ "$(id -u)" = "0" ]; then
    groupmod -o -g "$PGID" app
    usermod -o -u "$PUID" app
    chown -R "$PUID:$PGID" /srv/app/data
    exec gosu "$PUID" "$0" "$@"
fi

exec python -m recipes.server
