#!/usr/bin/env bash
set -euo pipefail
# ok: security/insecure-file-permissions
cp /srv/app/data/app.db /srv/snapshots/app.db
chmod 600 /srv/snapshots/app.db
