#!/bin/bash
# Nightly dump of the metrics database, run from cron.
DATE=$(date +%F)
cd /var/backups/metrics
pg_dump -h "$DB_HOST" -U "$DB_USER" metrics | gzip > "metrics-$DATE.sql.gz"
find . -name 'metrics-*.sql.gz' -mtime +14 -delete
