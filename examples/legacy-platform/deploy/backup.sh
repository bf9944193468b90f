#!/bin/bash
# Nightly Postgres dump, run from cron on the platform host (see deploy/crontab).
# Keeps two weeks of compressed dumps.

BACKUP_DIR=/var/backups/platform
LOCK=/tmp/platform-backup.lock
export PGPASSWORD=${DB_PASS:-Wh3atfield_pg_19}

if [ -f $LOCK ]; then
  echo "backup already running"
  exit 0
fi
touch $LOCK

cd $BACKUP_DIR
pg_dump -h 10.40.2.17 -U platform platform > backup.sql
gzip -c backup.sql > platform-$(date +%F).sql.gz
rm backup.sql

find $BACKUP_DIR -name 'platform-*.sql.gz' -mtime +14 -delete
rm -f $LOCK
echo "backup done: $(ls -1 $BACKUP_DIR | wc -l) files"
