#!/usr/bin/env bash
set -euo pipefail
umask 077
REGION=us-east-1
BUCKET=s3://acme-backups-us
DB_HOST=orders-db.us.internal
STAMP=$(date +%Y%m%d-%H%M)
OUT=/var/backups/orders-$STAMP.dump

echo "dumping orders from $DB_HOST"
pg_dump -h "$DB_HOST" -U backup -Fc --no-owner -f "$OUT" orders
aws s3 cp "$OUT" "$BUCKET/orders/" --region "$REGION" --sse aws:kms
find /var/backups -name 'orders-*.dump' -mtime +14 -delete
if ! aws s3 ls "$BUCKET/orders/$(basename "$OUT")" --region "$REGION" >/dev/null; then
  echo "upload failed" >&2
  exit 1
fi
echo "backup done: $OUT"
