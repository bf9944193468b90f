#!/usr/bin/env bash
set -e

STAMP=$(date +%F)
pg_dump "$DATABASE_URL" | gzip > "/backups/app-$STAMP.sql.gz"
aws s3 cp "/backups/app-$STAMP.sql.gz" "s3://$BACKUP_BUCKET/pg/"
