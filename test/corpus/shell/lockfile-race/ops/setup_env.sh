#!/bin/bash
set -euo pipefail
# ok: shell/lockfile-race
if [ -f poetry.lock ]; then
  poetry install --no-root
fi
# ok: shell/lockfile-race
if [ ! -f .env ]; then
  cp .env.example .env
  touch .env.local
fi
# ok: shell/lockfile-race
[ -f yarn.lock ] && yarn install --frozen-lockfile
touch .installed
# ok: shell/lockfile-race
if [ -f /var/run/app.pid ]; then
  kill "$(cat /var/run/app.pid)"
fi
