#!/bin/bash
# Nightly backup of the reporting database, kept 14 days.
set -eo pipefail

. /etc/reporting/backup.env
DATE=$(date +"%Y-%m-%d_%H%M")
TARGET="/mnt/nas/backups/reporting"

mkdir -p "$TARGET"
echo "[$(date)] starting backup of $PGDATABASE"
# expect: security/insecure-file-permissions
pg_dump -h "$PGHOST" -U "$PGUSER" -Fc "$PGDATABASE" > "$TARGET/reporting_$DATE.dump"
# expect: security/insecure-file-permissions
mysqldump -h "$MYSQL_HOST" -u "$MYSQL_USER" -p"$MYSQL_PASSWORD" --routines legacy | gzip -9 > "$TARGET/legacy_$DATE.sql.gz"
find "$TARGET" -type f -mtime +14 -delete
echo "[$(date)] done"
