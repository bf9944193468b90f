#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%Y%m%d)
# expect: security/insecure-file-permissions
tar -czf "/srv/backups/uploads-$STAMP.tar.gz" -C /srv/app uploads
# ok: security/insecure-file-permissions
tar -czf "/srv/releases/app-$STAMP.tar.gz" -C /srv/app dist
# ok: security/insecure-file-permissions
pg_dump --schema-only appdb > "/srv/backups/schema-$STAMP.sql"
chmod 0600 "/srv/backups/schema-$STAMP.sql"
