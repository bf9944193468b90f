#!/bin/sh
set -e

NOW=$(date +'%Y%m%d_%H%M%S')
BACKUP_FILE="/backups/db_$NOW.sql.gz"
pg_dump -h db -U app app | gzip > "$BACKUP_FILE"
