#!/usr/bin/env bash
set -euo pipefail
BACKUP_DIR=/var/backups/shop
TS=$(date +%Y%m%d-%H%M)
mkdir -p "$BACKUP_DIR"

# expect: security/insecure-file-permissions
pg_dump -h db.internal -U shop -Fc shop > "$BACKUP_DIR/shop-$TS.dump"

# expect: security/insecure-file-permissions
mysqldump --single-transaction --routines legacy | gzip > "$BACKUP_DIR/legacy-$TS.sql.gz"

# expect: security/insecure-file-permissions
mongodump --uri "$MONGO_URI" --archive="$BACKUP_DIR/events-$TS.archive" --gzip

# ok: security/insecure-file-permissions
pg_dump -h db.internal -U shop -Fc shop | aws s3 cp - "s3://acme-backups/shop/$TS.dump" --sse aws:kms
