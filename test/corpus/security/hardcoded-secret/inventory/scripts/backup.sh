#!/usr/bin/env bash
set -euo pipefail
# ok: security/hardcoded-secret
: "${BACKUP_DIR:=/var/backups/inventory}"
# expect: security/hardcoded-secret
export PGPASSWORD="${DB_PASSWORD:-Inv3nt0ry#2023}"
# ok: security/hardcoded-secret
export PGUSER="${DB_USER:-inventory}"
pg_dump -h "${DB_HOST:-inventory-db}" inventory > "$BACKUP_DIR/inventory.sql"
