#!/usr/bin/env bash
set -euo pipefail
DB=/srv/app/data/app.db
STAMP=$(date +%F)
# expect: security/insecure-file-permissions
sqlite3 "$DB" ".backup '/var/backups/app-$STAMP.db'"
# expect: security/insecure-file-permissions
cp "$DB" "/var/backups/app-$STAMP-copy.db"
# ok: security/insecure-file-permissions
cp config.example.yml config.yml
# ok: security/insecure-file-permissions
cp -a "$DB" /var/backups/app-preserved.db
