#!/bin/bash
set -euo pipefail

# ok: shell/lockfile-race
if [ ! -f .env ]; then
  cp .env.example .env
fi

# ok: shell/lockfile-race
[ -f "$HOME/.netrc" ] || touch "$HOME/.netrc"

CONFIG=config/settings.local.yaml
# ok: shell/lockfile-race
if [ -f "$CONFIG" ]; then
  echo "using $CONFIG"
fi
touch logs/dev.log
